#!/usr/bin/env python3
"""Renders a JSON document as YAML 1.2 with the same meaning under the core schema (Python stdlib only).

usage: scripts/json-to-yaml.py INPUT.json [OUTPUT.yaml]   (stdout when OUTPUT is left out)
       scripts/json-to-yaml.py --folder IN_DIR OUT_DIR    (every IN_DIR/*.json → OUT_DIR/*.yaml)

The output is meant to exercise a YAML reader, not to be pretty: block mappings and sequences (indented and
indentless), short scalar lists and small scalar maps in flow style, plain scalars where they read back as the same
string, single quotes for strings that would resolve to something else (`'true'`, `'200'`), JSON-style double
quotes where escapes are needed, literal blocks (`|`, `|-`, `|+`, with an indentation indicator when needed) for
multi-line text, folded blocks (`>-`) for long single-line text, comments, and `---`/`...` around the document.
Numbers keep their JSON literal text. Mapping keys stay plain even when they look like numbers (`200:`), since a
key is always a string to the generator.
"""
import json
import os
import re
import sys

CORE_NON_STRING = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
# Characters a plain or block scalar must not hold: C0 controls but tab and LF, DEL, C1, line/paragraph separators,
# the byte order mark (YAML readers may treat them as breaks or refuse them).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


class Number(str):
    """A JSON number, kept as its literal text."""


def plain_ok(text, flow=False, key=False):
    if not text or text != text.strip(" \t") or "\n" in text or "\t" in text or UNSAFE.search(text):
        return False
    if text[0] in INDICATORS or text.startswith("...") or text == "<<":
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (any(c in text for c in ",[]{}") or ":" in text):
        return False
    return key or not CORE_NON_STRING.match(text)


def quoted(text):
    if not UNSAFE.search(text) and "\n" not in text and "\\" not in text and len(text) < 60:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def scalar_flow(value, key=False):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, Number):
        return str(value)
    return value if plain_ok(value, flow=True, key=key) else quoted(value)


def is_scalar(value):
    return not isinstance(value, (list, dict))


def block_string(text, indent):
    """Lines of a literal or folded block for `text`, or None when it must be quoted."""
    if UNSAFE.search(text) or "\r" in text:
        return None
    pad = " " * indent
    if "\n" in text.rstrip("\n") or text.endswith("\n"):
        trailing = len(text) - len(text.rstrip("\n"))
        chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
        body = text[: len(text) - trailing] if trailing else text
        leading = re.match(r"^[ \n]*", body).group(0)
        indicator = "2" if " " in leading or body.startswith("\t") else ""
        lines = body.split("\n") + [""] * (trailing - 1 if trailing > 1 else 0)
        out = ["|" + indicator + chomp]
        out += [(pad + line) if line else "" for line in lines]
        return out
    if len(text) > 60 and "  " not in text and text == text.strip() and "\t" not in text:
        words, lines, line = text.split(" "), [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > 72:
                lines.append(line)
                line = word
            else:
                line = word if not line else line + " " + word
        lines.append(line)
        if len(lines) > 1:
            return [">-"] + [pad + line for line in lines]
    return None


def emit_value(value, indent, out, prefix, depth):
    """Writes `value` after `prefix` (a key with ':' or a '-' on the current line) at nesting `indent`."""
    if isinstance(value, dict):
        if not value:
            out.append(prefix + " {}")
        elif len(value) <= 3 and all(is_scalar(v) for v in value.values()) and depth % 2 == 1:
            items = ", ".join("%s: %s" % (scalar_flow(k, key=True), scalar_flow(v)) for k, v in value.items())
            if len(items) < 70:
                out.append(prefix + " {" + items + "}")
                return
            out.append(prefix)
            emit_mapping(value, indent + 2, out, depth + 1)
        else:
            out.append(prefix)
            emit_mapping(value, indent + 2, out, depth + 1)
    elif isinstance(value, list):
        if not value:
            out.append(prefix + " []")
        elif all(is_scalar(v) for v in value) and len(value) <= 8:
            items = ", ".join(scalar_flow(v) for v in value)
            if len(items) < 70:
                out.append(prefix + " [" + items + "]")
                return
            out.append(prefix)
            emit_sequence(value, indent + 2, out, depth + 1)
        else:
            out.append(prefix)
            # Sequences under a key alternate between indented and indentless, both common in the wild.
            indentless = prefix.endswith(":") and depth % 2 == 0
            emit_sequence(value, indent if indentless else indent + 2, out, depth + 1)
    elif value is None:
        out.append(prefix if prefix.endswith(":") else prefix + " ~")
    elif isinstance(value, str) and not isinstance(value, Number):
        block = block_string(value, indent + 2)
        if block is not None:
            out.append(prefix + " " + block[0])
            out.extend(block[1:])
        else:
            out.append(prefix + " " + (value if plain_ok(value) else quoted(value)))
    else:
        out.append(prefix + " " + scalar_flow(value))


def emit_mapping(mapping, indent, out, depth):
    pad = " " * indent
    for key, value in mapping.items():
        key_text = key if plain_ok(key, key=True) else quoted(key)
        emit_value(value, indent, out, pad + key_text + ":", depth)


def emit_sequence(sequence, indent, out, depth):
    pad = " " * indent
    for item in sequence:
        if isinstance(item, dict) and item and not (len(item) <= 3 and all(map(is_scalar, item.values()))):
            # A compact mapping: its first key on the dash's line, the others below it.
            first = True
            for key, value in item.items():
                key_text = key if plain_ok(key, key=True) else quoted(key)
                lead = pad + "- " if first else pad + "  "
                emit_value(value, indent + 2, out, lead + key_text + ":", depth + 1)
                first = False
        else:
            emit_value(item, indent, out, pad + "-", depth)


def render(document, name):
    out = ["# %s, rendered as YAML by scripts/json-to-yaml.py" % name, "---"]
    if isinstance(document, dict) and document:
        for key, value in document.items():
            key_text = key if plain_ok(key, key=True) else quoted(key)
            start = len(out)
            if isinstance(value, (dict, list)) and value:
                out.append("")
                out.append("# %s" % key)
                start += 2
            emit_value(value, 0, out, key_text + ":", 0)
            if out[start] == key_text + ":":
                # A comment after a key: the reader must skip it before the block value below.
                out[start] += "  # %d entries" % len(value)
    else:
        out.append(json.dumps(document, ensure_ascii=False))
    out.append("...")
    return "\n".join(out) + "\n"


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle, parse_int=Number, parse_float=Number)


def convert(source, target):
    text = render(load(source), os.path.basename(source))
    if target is None:
        sys.stdout.write(text)
    else:
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)


def main(arguments):
    if len(arguments) == 3 and arguments[0] == "--folder":
        os.makedirs(arguments[2], exist_ok=True)
        for name in sorted(os.listdir(arguments[1])):
            if name.endswith(".json"):
                convert(os.path.join(arguments[1], name), os.path.join(arguments[2], name[:-5] + ".yaml"))
    elif len(arguments) in (1, 2):
        convert(arguments[0], arguments[1] if len(arguments) == 2 else None)
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
