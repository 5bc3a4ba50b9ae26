# wix-media-swift — see README.md. `make generate` and `make test` are all a fresh checkout needs.
SWIFT ?= swift
SCHEMA ?= Schema/wix-media.openapi.json
OUTPUT ?= Sources/WixMedia/Generated
PYTHON ?= python3
BUILD_LOG := .build/make-build.log

.PHONY: all generate check compile-fixtures test build-warnings-free validate-schema golden bench lint format corpus clean

all: test

## generate: regenerate Sources/WixMedia/Generated from the committed schema (release generator)
generate:
	$(SWIFT) build -c release --product generator
	.build/release/generator generate --schema $(SCHEMA) --output $(OUTPUT)

## check: fail, listing stale files, when the committed output differs from a fresh generation
check:
	$(SWIFT) build --product generator
	.build/debug/generator generate --schema $(SCHEMA) --output $(OUTPUT) --check

## validate-schema: the schema must be valid OpenAPI (openapi-spec-validator)
validate-schema:
	$(PYTHON) scripts/validate-schema.py $(SCHEMA)

## build-warnings-free: build everything, tests included, and fail on any compiler warning
build-warnings-free: SHELL := /bin/bash
build-warnings-free:
	@mkdir -p .build
	$(SWIFT) build --build-tests 2>&1 | tee $(BUILD_LOG); test $${PIPESTATUS[0]} -eq 0
	@if grep -E '^/.*: warning:' $(BUILD_LOG) | grep -v '/.build/' ; then echo "error: the build has warnings (above)"; exit 1; fi

## test: schema validation, warning-free build, all tests, and the staleness check
test: SHELL := /bin/bash
test: validate-schema build-warnings-free
	$(SWIFT) test --skip-build --parallel --num-workers 2
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory compile-fixtures

## compile-fixtures: the golden fixtures' expected output must compile, without warnings, over the runtime
compile-fixtures:
	scripts/compile-generated.sh .build/fixture-compile $(foreach dir,$(wildcard Tests/GeneratorKitTests/Fixtures/*),Fixture_$(subst -,_,$(notdir $(dir)))=$(CURDIR)/$(dir)/expected)

## golden: re-record the golden files (read the diff before committing!)
golden:
	UPDATE_GOLDENS=1 $(SWIFT) test --filter GoldenTests

## bench: generator speed and memory, build time, decode throughput (figures for notes)
bench:
	$(SWIFT) build -c release --product generator
	$(SWIFT) build -c release --product generator-bench
	.build/release/generator-bench --schema $(SCHEMA)

## lint: swift format lint --strict on hand-written and generated code
lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Package.swift Sources Generator Tests Benchmarks

## format: apply swift format to hand-written code
format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Package.swift Sources/APIRuntime Sources/WixMedia/*.swift Generator Tests/GeneratorKitTests/*.swift Tests/GeneratorKitTests/Support Tests/WixMediaTests Tests/APIRuntimeTests Benchmarks

clean:
	rm -rf .build
