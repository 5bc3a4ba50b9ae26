# wix-media-swift — see README.md. `make generate` and `make test` are all a fresh checkout needs.
SWIFT ?= swift
SCHEMA ?= Schema/wix-media.openapi.json
OUTPUT ?= Sources/WixMedia/Generated
PYTHON ?= python3
BUILD_LOG := .build/make-build.log

.PHONY: fuzz all generate check api-diff check-diff-classification check-framework-names check-runtime-neutral compile-fixtures corpus-small corpus-yaml test build-warnings-free validate-schema golden bench lint format corpus clean docs doc-coverage symbol-graphs

all: test

# The schema's whole directory at HEAD, so that a description split across files (issue #12) is compared whole.
BASELINE_DIR := .build/baseline

## generate: regenerate Sources/WixMedia/Generated from the committed schema (release generator); in a git
## checkout the summary line also counts the API changes since the schema at HEAD. SCHEMA is the root file:
## the files its `$ref`s lead into are read beside it (and all count for `make check`).
generate:
	$(SWIFT) build -c release --product generator
	@rm -rf $(BASELINE_DIR) && mkdir -p $(BASELINE_DIR); \
		if git archive HEAD -- $(dir $(SCHEMA)) 2>/dev/null | tar -x -C $(BASELINE_DIR) 2>/dev/null \
			&& test -f $(BASELINE_DIR)/$(SCHEMA); then baseline="--baseline $(BASELINE_DIR)/$(SCHEMA)"; \
		else baseline=; fi; \
		echo ".build/release/generator generate --schema $(SCHEMA) --output $(OUTPUT) $$baseline"; \
		.build/release/generator generate --schema $(SCHEMA) --output $(OUTPUT) $$baseline

## check: fail, listing stale files, when the committed output differs from a fresh generation
check:
	$(SWIFT) build --product generator
	.build/debug/generator generate --schema $(SCHEMA) --output $(OUTPUT) --check

BASE ?= HEAD
FORMAT ?= text
API_DIFF_FLAGS ?=

## api-diff: the Swift API changes from the schema at BASE (a git ref, default HEAD) to the working tree's;
## FORMAT=text|markdown|json, API_DIFF_FLAGS=--fail-on-breaking; stdout holds only the report
api-diff:
	@mkdir -p .build
	@$(SWIFT) build --product generator >&2
	@rm -rf .build/api-diff-base && mkdir -p .build/api-diff-base
	@git archive $(BASE) -- $(dir $(SCHEMA)) | tar -x -C .build/api-diff-base
	@.build/debug/generator diff --old .build/api-diff-base/$(SCHEMA) --new $(SCHEMA) --format $(FORMAT) $(API_DIFF_FLAGS)

## validate-schema: the schema must be valid OpenAPI (openapi-spec-validator)
validate-schema:
	$(PYTHON) scripts/validate-schema.py $(SCHEMA)

## build-warnings-free: build everything, tests included, and fail on any compiler warning
build-warnings-free: SHELL := /bin/bash
build-warnings-free:
	@mkdir -p .build
	$(SWIFT) build --build-tests 2>&1 | tee $(BUILD_LOG); test $${PIPESTATUS[0]} -eq 0
	@if grep -E '^/.*: warning:' $(BUILD_LOG) | grep -v '/.build/' ; then echo "error: the build has warnings (above)"; exit 1; fi

TEST_LOG := .build/make-test.log

## test: schema validation, lint, warning-free build, all tests, staleness check, generated code compiles

test: SHELL := /bin/bash
test: validate-schema lint build-warnings-free
	$(SWIFT) test --skip-build 2>&1 | tee $(TEST_LOG); test $${PIPESTATUS[0]} -eq 0
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory compile-fixtures
	$(MAKE) --no-print-directory check-diff-classification
	$(MAKE) --no-print-directory check-framework-names
	$(MAKE) --no-print-directory check-runtime-neutral
	$(MAKE) --no-print-directory corpus-small
	$(MAKE) --no-print-directory doc-coverage
	@# XCTest's and Swift Testing's totals, added up and restated last so that it is the run's closing line.
	@scripts/test-summary.sh $(TEST_LOG)

## compile-fixtures: the golden fixtures' expected output must compile, without warnings, over the runtime
compile-fixtures:
	scripts/compile-generated.sh .build/fixture-compile $(foreach dir,$(wildcard Tests/GeneratorKitTests/Fixtures/*),Fixture_$(subst -,_,$(notdir $(dir)))=$(CURDIR)/$(dir)/expected)

## check-diff-classification: each DiffFixtures consumer.swift compiles against the old output, and fails
## against the new one exactly when `generator diff` reports a breaking change
check-diff-classification:
	scripts/check-diff-classification.sh .build/diff-classification

## check-framework-names: a file importing stand-ins for every type name of Tests/FrameworkNames/
## AppleFrameworkTypeNames.txt (SwiftUI, RealityKit, Foundation, …) beside WixMedia names every public WixMedia
## type unqualified, and compiles: no WixMedia type fights a framework's
check-framework-names:
	scripts/check-framework-names.sh .build/framework-names

## check-runtime-neutral: no word of Wix in the API-agnostic runtime (Sources/OpenAPIClientKit), which code generated
## from any document depends on alone
check-runtime-neutral:
	scripts/check-runtime-neutral.sh Sources/OpenAPIClientKit

## golden: re-record the golden files (read the diff before committing!)
golden:
	UPDATE_GOLDENS=1 $(SWIFT) test --filter 'GoldenTests|APIDiffTests'

## bench: generator speed and memory, and time per size of hostile document shapes; client decode,
## request-building and loopback throughput; pacing of 16 tasks against a simulator enforcing Wix's rate limit
## (scaled 60x); peak memory of a 1 GiB resumable upload to a simulator in a child process; peak memory of
## hostile responses (figures for notes)
bench:
	$(SWIFT) build -c release --product generator
	$(SWIFT) build -c release --product generator-bench
	@# github.json is also rendered as YAML: the read speed of one description in both formats, and generation time.
	@yaml=; if [ -f ../shared/corpus/github.json ]; then mkdir -p .build/bench && \
		$(PYTHON) scripts/json-to-yaml.py ../shared/corpus/github.json .build/bench/github.yaml && \
		yaml=".build/bench/github.yaml --read ../shared/corpus/github.json .build/bench/github.yaml"; fi; \
		set -x; .build/release/generator-bench --shapes --scaling $(SCHEMA) --schema $(SCHEMA) \
		$(wildcard ../shared/corpus/github.json) $$yaml $(wildcard ../shared/corpus/stripe.json)
	$(SWIFT) build -c release --product client-bench
	.build/release/client-bench
	$(SWIFT) build -c release --product wix-media-simulator
	$(SWIFT) build -c release --product upload-bench
	.build/release/upload-bench --simulator .build/release/wix-media-simulator
	$(SWIFT) build -c release --product transport-bench
	.build/release/transport-bench

## lint: swift format lint --strict on hand-written and generated code
lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Package.swift Sources Generator Tests Benchmarks Simulator Examples

## format: apply swift format to hand-written code
format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Package.swift Sources/OpenAPIClientKit Sources/WixMedia/*.swift Generator Tests/GeneratorKitTests/*.swift Tests/GeneratorKitTests/Support Tests/WixMediaTests Tests/WixMediaIntegrationTests Tests/WixMediaTestingTests Tests/OpenAPIClientKitTests Benchmarks Simulator

FUZZ_DOCUMENTS ?= 10000

## fuzz: the full seeded fuzz run of the release generator (FUZZ_DOCUMENTS hostile documents, FUZZ_SEED in hex;
## a sample of 200 outputs is compiled); `make test` runs a small one
fuzz:
	$(SWIFT) build -c release --product generator
	$(SWIFT) build --build-tests
	FUZZ_DOCUMENTS=$(FUZZ_DOCUMENTS) FUZZ_GENERATOR=$(CURDIR)/.build/release/generator \
		$(SWIFT) test --skip-build --filter GeneratorFuzzTests >.build/fuzz.log 2>&1; status=$$?; \
		grep -E '^fuzz:|error:|Executed' .build/fuzz.log | cut -c1-400; exit $$status

## corpus: generate and compile every document of ../shared/corpus, one table row each (slow: minutes; skipped
## when ../shared is not beside the checkout)
corpus:
	$(SWIFT) build -c release --product generator
	scripts/corpus.sh

## corpus-yaml: render every document of ../shared/corpus as YAML (scripts/json-to-yaml.py, into .build) and require
## the release generator's Swift from the YAML to equal that from the JSON, apart from the header line (skipped when
## ../shared is not beside the checkout; the vendored small documents are covered by CorpusYAMLTests)
corpus-yaml:
	$(SWIFT) build -c release --product generator
	scripts/corpus-yaml.sh

## corpus-small: the same for the small documents vendored in Tests/Corpus, with the debug generator (part of
## `make test`, so it needs nothing beside the checkout)
corpus-small:
	$(SWIFT) build --product generator
	scripts/corpus.sh --corpus Tests/Corpus --generator .build/debug/generator

clean:
	rm -rf .build

# ---------------------------------------------------------------------------------------------------------------
# Documentation: the DocC site and the documentation-coverage check (docs/DESIGN-notes.md, "Documentation").
# The symbol graphs come from the debug build's modules (scripts/symbol-graphs.sh), so after `make test`'s build
# both need no compilation of their own; `docc` is the toolchain's, so there is no plugin package.

DOCC ?= $(dir $(shell command -v $(SWIFT)))docc
SYMBOL_GRAPHS := .build/symbol-graphs
DOCS_OUTPUT ?= .build/docs
DOCS_HOSTING_BASE ?= /
DOCS_LOG := .build/docs.log

## symbol-graphs: the public symbol graphs of WixMedia (with OpenAPIClientKit) and WixMediaTesting, from the debug build
symbol-graphs:
	$(SWIFT) build --target WixMediaTesting
	scripts/symbol-graphs.sh $(SYMBOL_GRAPHS)

## doc-coverage: print the share of public symbols with a doc comment; fail below 100 % (part of `make test`)
doc-coverage: symbol-graphs
	$(PYTHON) scripts/doc-coverage.py $(SYMBOL_GRAPHS)

## docs: static DocC sites for WixMedia, WixMediaTesting and the generator in .build/docs (DOCS_HOSTING_BASE sets
## the path they are served under); fails on any DocC warning
docs: SHELL := /bin/bash
docs: symbol-graphs
	scripts/build-docs.sh "$(DOCC)" $(SYMBOL_GRAPHS) $(DOCS_OUTPUT) "$(DOCS_HOSTING_BASE)"
