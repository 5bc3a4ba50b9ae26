#!/usr/bin/env bash
# Proves that `generator diff` classifies by what a change does to code. Each DiffFixtures pair with a
# consumer.swift (a few lines a user of the library would write) is compiled inside the module generated
# from old.json and inside the one generated from new.json:
#   - against old, every consumer compiles without warnings (scripts/compile-generated.sh);
#   - a pair the diff does not report as breaking must compile against new too, without warnings;
#   - a pair it reports as breaking (`--fail-on-breaking` exits 1) must fail to type-check against new,
#     with every error in consumer.swift: the new generated code itself is fine, the user's code is not.
# The consumer shares the generated module (no import to rename between old and new); every generated
# declaration is public, so it sees what a client module sees.
# usage: scripts/check-diff-classification.sh [SCRATCH_DIR]   (default: .build/diff-classification)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=${1:-$repo/.build/diff-classification}
mkdir -p "$scratch/results"
scratch=$(cd "$scratch" && pwd)
cd "$repo"
swift build --product generator >/dev/null
generator=$repo/.build/debug/generator

# Generate both sides of every pair. Outputs are kept between runs (the generator rewrites only what
# changed, `cp -p` keeps times), so an unchanged pair is not compiled again.
modules=()
breaking=()
compatible=()
for pair in Tests/GeneratorKitTests/DiffFixtures/*; do
    [ -f "$pair/consumer.swift" ] || continue
    name=$(basename "$pair")
    out=$scratch/modules/$name
    "$generator" generate --schema "$pair/old.json" --output "$out/old" >/dev/null
    "$generator" generate --schema "$pair/new.json" --output "$out/new" >/dev/null
    cp -p "$pair/consumer.swift" "$out/old/"
    modules+=("Old_${name//-/_}=$out/old")
    if "$generator" diff --old "$pair/old.json" --new "$pair/new.json" --fail-on-breaking >/dev/null; then
        cp -p "$pair/consumer.swift" "$out/new/"
        modules+=("New_${name//-/_}=$out/new")
        compatible+=("$name")
    else
        status=$?
        [ "$status" -eq 1 ] || { echo "generator diff failed on $name (exit $status)"; exit 1; }
        rm -f "$out/new/consumer.swift"
        breaking+=("$name")
    fi
done

echo "pairs not reported as breaking, whose consumer must compile against both versions: ${compatible[*]}"
scripts/compile-generated.sh "$scratch/package" "${modules[@]}" || {
    echo "FAIL  a consumer above does not compile: against old, or against a new output the diff calls compatible"
    exit 1
}

# One breaking pair: type-check new's output with the consumer against the OpenAPIClientKit just built.
check_breaking() {
    local name=$1 out=$scratch/modules/$1 log errors sources
    mapfile -d '' sources < <(find "$out/new" -name '*.swift' -print0 | sort -z)
    if log=$(swiftc -typecheck -parse-as-library -swift-version 6 -module-name "New_${name//-/_}" \
        -I "$scratch/package/.build/debug/Modules" -I "$scratch/package/.build/debug" \
        "${sources[@]}" "$repo/Tests/GeneratorKitTests/DiffFixtures/$name/consumer.swift" 2>&1); then
        echo "FAIL  $name: reported breaking, but its consumer still compiles against the new output"
        return 1
    fi
    errors=$(grep -E '^/.*: error: ' <<<"$log" | sort -u || true)
    if [ -z "$errors" ] || grep -qv '/consumer.swift:' <<<"$errors"; then
        printf 'FAIL  %s: not only the consumer fails against the new output:\n%s\n' "$name" "$log"
        return 1
    fi
    echo "  $name: ${errors%%$'\n'*}" | sed "s|$repo/Tests/GeneratorKitTests/DiffFixtures/||"
}
export -f check_breaking
export scratch repo
rm -f "$scratch"/results/*
if [ "${#breaking[@]}" -gt 0 ]; then
    printf '%s\0' "${breaking[@]}" \
        | xargs -0 -P "$(nproc)" -I {} bash -c 'check_breaking "$1" > "$scratch/results/$1" 2>&1' _ {} \
        || true
fi
failures=0
echo "breaking pairs whose consumer no longer compiles:"
for name in "${breaking[@]}"; do
    cat "$scratch/results/$name"
    grep -q '^FAIL' "$scratch/results/$name" && failures=$((failures + 1))
done
if [ "$failures" -ne 0 ]; then
    echo "$failures breaking classification(s) not confirmed by the compiler"
    exit 1
fi
echo "classifications confirmed: ${#breaking[@]} breaking pairs fail to compile against new," \
    "${#compatible[@]} other pairs compile against both"
