#!/usr/bin/env python3
"""Vendors the cases of the YAML test suite (github.com/yaml/yaml-test-suite, `data` branch, MIT) that fall
inside the subset the generator's YAML reader covers, into Tests/GeneratorKitTests/YAMLTestSuite/<case>/.

usage: scripts/vendor-yaml-test-suite.py DATA_DIR [OUT_DIR]
  DATA_DIR: an extracted `data` branch (`git archive data | tar -x -C DATA_DIR`).

Each vendored case keeps in.yaml and either in.json (valid) or an empty `error` file (the reader must refuse it).
Valid cases outside the subset are left out, one reason each; the tally is printed (for docs/DESIGN-notes.md) and
written to OUT_DIR/OUT-OF-SCOPE.md. Error cases are all in scope: refusing more than YAML does is allowed, so
every invalid input must still be refused.
"""
import json
import os
import re
import shutil
import sys

CORE_TAGS = {"<tag:yaml.org,2002:%s>" % name for name in ("str", "int", "float", "bool", "null", "map", "seq")}
CORE_TAGS.add("<!>")


def cases(data_dir):
    for name in sorted(os.listdir(data_dir)):
        folder = os.path.join(data_dir, name)
        if not os.path.isdir(folder) or not re.fullmatch(r"[0-9A-Z]{4}", name):
            continue
        if os.path.exists(os.path.join(folder, "in.yaml")):
            yield name, folder
        else:
            for sub in sorted(os.listdir(folder)):
                if os.path.exists(os.path.join(folder, sub, "in.yaml")):
                    yield "%s-%s" % (name, sub), os.path.join(folder, sub)


def out_of_scope_reason(folder):
    """Why a valid case is outside the reader's subset, or None when it is inside."""
    yaml = open(os.path.join(folder, "in.yaml"), "rb").read()
    events = open(os.path.join(folder, "test.event"), encoding="utf-8").read().splitlines()
    if sum(1 for e in events if e.startswith("+DOC")) != 1:
        return "not exactly one document (several documents, or an empty stream)"
    if re.search(rb"^%(?!YAML )", yaml, re.M):
        return "directives other than %YAML (%TAG, reserved)"
    for event in events:
        for tag in re.findall(r"<[^>]*>", event):
            if tag not in CORE_TAGS:
                return "tags outside the core schema"
    if not os.path.exists(os.path.join(folder, "in.json")):
        return "no JSON equivalent (no in.json)"
    # Walk the events to find the keys of every mapping.
    stack = []  # per open collection: ["MAP", keys, expecting_key] or ["SEQ"]
    for event in events:
        kind = event[:4]
        if kind in ("+MAP", "+SEQ", "=VAL", "=ALI"):
            if stack and stack[-1][0] == "MAP":
                frame = stack[-1]
                if frame[2]:
                    if kind in ("+MAP", "+SEQ"):
                        return "complex keys (collections as keys)"
                    if kind == "=VAL":
                        value = event.split(" ", 1)[1] if " " in event else ""
                        value = re.sub(r"^(&\S+ |<[^>]*> )*", "", value)
                        if value == ":":
                            return "empty or null keys"
                        text = value[1:]
                        if text in frame[1]:
                            return "duplicate keys"
                        frame[1].add(text)
                frame[2] = not frame[2]
            if kind == "+MAP":
                stack.append(["MAP", set(), True])
            elif kind == "+SEQ":
                stack.append(["SEQ"])
        elif kind in ("-MAP", "-SEQ"):
            stack.pop()
    if re.search(rb"(^|[\s\[{,])\?(\s|$)", yaml, re.M):
        return "explicit ('? ') keys"
    if re.search(rb"(^|[\s:,\[{-])[-+]?\.(inf|Inf|INF|nan|NaN|NAN)\b", yaml):
        return ".inf/.nan (no JSON equivalent)"
    return None


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    data_dir = sys.argv[1]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "Tests/GeneratorKitTests/YAMLTestSuite")
    for name in os.listdir(out_dir) if os.path.isdir(out_dir) else []:
        path = os.path.join(out_dir, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
    os.makedirs(out_dir, exist_ok=True)
    excluded = {}
    valid = errors = 0
    for name, folder in cases(data_dir):
        is_error = os.path.exists(os.path.join(folder, "error"))
        if not is_error:
            reason = out_of_scope_reason(folder)
            if reason:
                excluded.setdefault(reason, []).append(name)
                continue
        target = os.path.join(out_dir, name)
        os.makedirs(target)
        shutil.copyfile(os.path.join(folder, "in.yaml"), os.path.join(target, "in.yaml"))
        if is_error:
            open(os.path.join(target, "error"), "w").close()
            errors += 1
        else:
            # Normalise to one JSON value so the test needs no multi-document JSON reader.
            value = json.load(open(os.path.join(folder, "in.json"), encoding="utf-8"))
            with open(os.path.join(target, "in.json"), "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False, indent=1)
                out.write("\n")
            valid += 1
    lines = ["# YAML test suite cases left out (valid YAML outside the reader's subset)", ""]
    for reason, names in sorted(excluded.items()):
        lines.append("- %s (%d): %s" % (reason, len(names), " ".join(names)))
    open(os.path.join(out_dir, "OUT-OF-SCOPE.md"), "w").write("\n".join(lines) + "\n")
    print("vendored %d valid and %d error cases; left out %d:" % (valid, errors, sum(map(len, excluded.values()))))
    for reason, names in sorted(excluded.items()):
        print("  %s: %d" % (reason, len(names)))


if __name__ == "__main__":
    main()
