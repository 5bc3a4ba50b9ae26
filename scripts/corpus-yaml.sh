#!/usr/bin/env bash
# For every OpenAPI document of ../shared/corpus (or --corpus DIR): renders it as YAML with scripts/json-to-yaml.py,
# generates Swift from both, and requires the outputs to be byte-identical apart from each file's header line
# (which names the source file). One table row per document; exit status 1 when any differs or only one side fails.
# usage: scripts/corpus-yaml.sh [--corpus DIR] [--generator PATH]
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/corpus"
generator="$repo/.build/release/generator"
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus=$2; shift 2 ;;
        --generator) generator=$2; shift 2 ;;
        *) echo "usage: $0 [--corpus DIR] [--generator PATH]" >&2; exit 2 ;;
    esac
done
if [ ! -d "$corpus" ]; then
    echo "corpus-yaml: skipped, no folder $corpus"
    exit 0
fi
work="$repo/.build/corpus-yaml"
rm -rf "$work"
mkdir -p "$work/yaml"
python3 "$repo/scripts/json-to-yaml.py" --folder "$corpus" "$work/yaml" || exit 1
failed=0
same=0
total=0
printf '| document | JSON | YAML | JSON generation | YAML generation | result |\n|---|---|---|---|---|---|\n'
for doc in "$corpus"/*.json; do
    name=$(basename "$doc" .json)
    yaml="$work/yaml/$name.yaml"
    total=$((total + 1))
    for format in json yaml; do
        input=$doc
        [ "$format" = yaml ] && input=$yaml
        /usr/bin/time -f "%e" -o "$work/$name.$format.time" "$generator" generate --schema "$input" \
            --output "$work/$format/$name" >"$work/$name.$format.stdout" 2>"$work/$name.$format.stderr"
        echo $? >"$work/$name.$format.status"
    done
    json_status=$(cat "$work/$name.json.status")
    yaml_status=$(cat "$work/$name.yaml.status")
    if [ "$json_status" -ne 0 ] || [ "$yaml_status" -ne 0 ]; then
        if [ "$json_status" -ne 0 ] && [ "$yaml_status" -ne 0 ]; then
            result="both refused"
            same=$((same + 1))
        else
            result="FAILED: exit $json_status (JSON) vs $yaml_status (YAML): $(grep -m1 'error:' "$work/$name.yaml.stderr" "$work/$name.json.stderr" | cut -c1-200)"
            failed=1
        fi
    else
        differing=0
        while IFS= read -r file; do
            if ! cmp -s <(tail -n +2 "$work/json/$name/$file") <(tail -n +2 "$work/yaml/$name/$file" 2>/dev/null); then
                differing=$((differing + 1))
                [ $differing -eq 1 ] && first=$file
            fi
        done < <(cd "$work/json/$name" && find . -type f | sort)
        json_count=$(find "$work/json/$name" -type f | wc -l)
        yaml_count=$(find "$work/yaml/$name" -type f | wc -l)
        if [ $differing -eq 0 ] && [ "$json_count" -eq "$yaml_count" ]; then
            result="identical ($json_count files)"
            same=$((same + 1))
        else
            result="FAILED: $differing of $json_count files differ (first: $first), $yaml_count YAML files"
            failed=1
        fi
    fi
    printf '| %s | %s KB | %s KB | %s s | %s s | %s |\n' "$name" $(($(wc -c <"$doc") / 1024)) \
        $(($(wc -c <"$yaml") / 1024)) "$(tail -n 1 "$work/$name.json.time")" "$(tail -n 1 "$work/$name.yaml.time")" "$result"
done
echo "corpus-yaml: $same/$total documents generate the same Swift from JSON and YAML"
exit $failed
