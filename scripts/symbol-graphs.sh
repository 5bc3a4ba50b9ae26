#!/bin/sh
# Usage: scripts/symbol-graphs.sh OUTPUT_DIR [BUILD_DIR]
#
# Extracts the public symbol graphs of the documented modules from an existing build (default .build/debug;
# `swift build` first), one directory per module: OUTPUT_DIR/WixMedia (OpenAPIClientKit's symbols included, as
# `import WixMedia` re-exports it) and OUTPUT_DIR/WixMediaTesting (WixMediaSimulator's, likewise). Reading the
# built modules takes well under a second, where `swift package dump-symbol-graph` or
# `-emit-symbol-graph` would build everything again with other flags.
set -eu
out=$1
build=${2:-.build/debug}
swift_bin=$(dirname "$(command -v swift)")
extract=${SYMBOLGRAPH_EXTRACT:-$swift_bin/swift-symbolgraph-extract}
# The host's target triple, as the build used it.
triple=$(swift -print-target-info | sed -n 's/^ *"triple": "\(.*\)",*$/\1/p' | head -n 1)

rm -rf "$out"
extract_module() { # MODULE RE-EXPORTED-MODULE
    mkdir -p "$out/$1"
    # -skip-synthesized-members: leave out what protocol extensions give every conforming type (Equatable's !=
    # and the like), which belongs to the protocol's documentation.
    "$extract" -module-name "$1" -target "$triple" -I "$build/Modules" -I "$build" \
        -output-dir "$out/$1" -minimum-access-level public -skip-synthesized-members \
        -experimental-allowed-reexported-modules="$2"
}
extract_module WixMedia OpenAPIClientKit
extract_module WixMediaTesting WixMediaSimulator
