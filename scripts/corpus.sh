#!/usr/bin/env bash
# Runs the release generator on every OpenAPI document of ../shared/corpus (or --corpus DIR) and compiles each output
# over the runtime, printing one table row per document. Exit status 1 when any row is FAILED:
# a crash, a non-zero exit without a located diagnostic, or output that does not compile.
# usage: scripts/corpus.sh [--max-kb N] [--corpus DIR] [--generator PATH]
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/corpus"
max_kb=0
generator="$repo/.build/release/generator"
while [ $# -gt 0 ]; do
    case "$1" in
        --max-kb) max_kb=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --generator) generator=$2; shift 2 ;;
        *) echo "usage: $0 [--max-kb N] [--corpus DIR] [--generator PATH]" >&2; exit 2 ;;
    esac
done
if [ ! -d "$corpus" ]; then
    # The large documents live beside the checkout, not in it; a lone clone has nothing to run here.
    echo "corpus: skipped, no folder $corpus"
    exit 0
fi
work="$repo/.build/corpus"
mkdir -p "$work"
failed=0
printf '| document | size | operations | schemas | generation | peak memory | lines | result |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for doc in "$corpus"/*.json; do
    name=$(basename "$doc" .json)
    bytes=$(wc -c <"$doc")
    if [ "$max_kb" -gt 0 ] && [ "$bytes" -gt $((max_kb * 1024)) ]; then continue; fi
    counts=$(python3 - "$doc" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1], encoding="utf-8"))
    ops = sum(1 for item in (d.get("paths") or {}).values() if isinstance(item, dict)
              for k in item if k in ("get", "put", "post", "delete", "patch", "head", "options", "trace"))
    print(ops, len(((d.get("components") or {}).get("schemas") or {})))
except Exception:
    print("? ?")
PY
)
    out="$work/out/$name"
    rm -rf "$out"
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$generator" generate --schema "$doc" --output "$out" \
        >"$work/$name.stdout" 2>"$work/$name.stderr"
    status=$?
    read -r seconds kilobytes < <(tail -n 1 "$work/$name.time")
    lines=$( [ -d "$out" ] && find "$out" -name '*.swift' -exec cat {} + | wc -l || echo 0)
    if [ "$status" -eq 0 ]; then
        module="Corpus_$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')"
        ALLOW_WARNINGS=1 "$repo/scripts/compile-generated.sh" "$work/compile" "$module=$out" >"$work/$name.compile" 2>&1
        compile=$(tail -n 1 "$work/$name.compile")
        if [[ "$compile" == compiled* ]]; then
            warnings=$(echo "$compile" | sed -n 's/.* with \([0-9]*\) warnings/\1/p')
            result="compiled (${warnings:-0} warnings)"
        else
            result="FAILED: output does not compile: $(grep -m1 ': error:' "$work/$name.compile" | sed "s|$work/compile/Sources/||" | cut -c1-200)"
            failed=1
        fi
    elif [ "$status" -eq 1 ] && grep -qE '^[^ ]+:[0-9]+:[0-9]+: error: .*\[at #' "$work/$name.stderr"; then
        result="refused: $(grep -m1 -E ': error: ' "$work/$name.stderr" | sed "s|$corpus/||" | cut -c1-160)"
    else
        result="FAILED: exit $status without a located diagnostic: $(head -c 160 "$work/$name.stderr" | tr '\n' ' ')"
        failed=1
    fi
    printf '| %s | %s KB | %s | %s | %s s | %s MB | %s | %s |\n' "$name" $((bytes / 1024)) \
        "$(echo "$counts" | cut -d' ' -f1)" "$(echo "$counts" | cut -d' ' -f2)" "$seconds" $((kilobytes / 1024)) "$lines" "$result"
done
exit $failed
