#!/usr/bin/env bash
# Compiles folders of generated code, each as its own module over the OpenAPIClientKit sources, in one
# scratch package: proof that golden fixtures (and corpus output) are valid Swift, with no warnings.
# usage: scripts/compile-generated.sh SCRATCH_DIR NAME=FOLDER [NAME=FOLDER ...]
# With ALLOW_WARNINGS=1, warnings are counted ("compiled N modules with W warnings") but do not fail.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
scratch=$(cd "$1" && pwd)
shift
rm -rf "$scratch/Sources"
mkdir -p "$scratch/Sources"
ln -s "$repo/Sources/OpenAPIClientKit" "$scratch/Sources/OpenAPIClientKit"
targets=""
for pair in "$@"; do
    name=${pair%%=*}
    folder=$(cd "${pair#*=}" && pwd)
    mkdir -p "$scratch/Sources/$name"
    # Only the Swift files: fixtures also hold warnings.txt.
    (cd "$folder" && find . -name '*.swift' -print0 | while IFS= read -r -d '' file; do
        mkdir -p "$scratch/Sources/$name/$(dirname "$file")"
        ln -s "$folder/$file" "$scratch/Sources/$name/$file"
    done)
    targets+="        .target(name: \"$name\", dependencies: [\"OpenAPIClientKit\"]),"$'\n'
done
cat > "$scratch/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GeneratedCompileCheck",
    targets: [
        .target(name: "OpenAPIClientKit"),
$targets    ]
)
SWIFT
cd "$scratch"
log=$(mktemp)
if ! swift build 2>&1 | tee "$log" | grep -E "error:|warning:" ; then :; fi
if grep -q "error:" "$log"; then echo "generated code does not compile"; exit 1; fi
warnings=$(grep -c "warning:" "$log" || true)
if [ "$warnings" != "0" ]; then
    echo "compiled $# generated modules with $warnings warnings"
    [ "${ALLOW_WARNINGS:-0}" = "1" ] && exit 0
    exit 1
fi
echo "compiled $# generated modules without warnings"
