#!/bin/bash
# Usage: scripts/build-docs.sh DOCC SYMBOL_GRAPHS OUTPUT HOSTING_BASE_PATH
#
# Builds the DocC archives of WixMedia (OpenAPIClientKit included), WixMediaTesting and the generator from their
# catalogs and the symbol graphs of scripts/symbol-graphs.sh, for static hosting, and merges them into one
# site in OUTPUT. Fails on any DocC warning: `--warnings-as-errors` turns them into errors, and a grep of the
# output catches any diagnostic that option lets through.
set -euo pipefail
docc=$1
graphs=$2
output=$3
base=$4
work=$(dirname "$output")/docs-archives
log=$(dirname "$output")/docs.log
rm -rf "$work" "$output"
mkdir -p "$work"
: >"$log"

convert() { # NAME CATALOG [SYMBOL_GRAPH_DIR]
    local name=$1 catalog=$2 symbols=${3:-}
    local arguments=(
        convert "$catalog" --output-path "$work/$name.doccarchive" --warnings-as-errors
        --fallback-display-name "$name" --fallback-bundle-identifier "com.wix-media-swift.$name"
        --transform-for-static-hosting --hosting-base-path "$base")
    [ -n "$symbols" ] && arguments+=(--additional-symbol-graph-dir "$symbols")
    echo "docc convert $catalog" | tee -a "$log"
    if ! "$docc" "${arguments[@]}" >>"$log" 2>&1; then
        cat "$log" >&2
        echo "error: docc convert $catalog failed (log: $log)" >&2
        exit 1
    fi
}

convert WixMedia Sources/WixMedia/WixMedia.docc "$graphs/WixMedia"
convert WixMediaTesting Simulator/WixMediaTesting/WixMediaTesting.docc "$graphs/WixMediaTesting"
convert generator Generator/CLI/Generator.docc

"$docc" merge "$work/WixMedia.doccarchive" "$work/WixMediaTesting.doccarchive" "$work/generator.doccarchive" \
    --synthesized-landing-page-name wix-media-swift --output-path "$output" >>"$log" 2>&1 || {
    cat "$log" >&2
    echo "error: docc merge failed (log: $log)" >&2
    exit 1
}
if grep -E '(warning|error):' "$log" >&2; then
    echo "error: DocC reported the diagnostics above" >&2
    exit 1
fi
echo "docs: $output (serve it, e.g. python3 -m http.server --directory $output, and open /documentation/wixmedia)"
