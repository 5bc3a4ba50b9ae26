#!/usr/bin/env python3
"""Documentation coverage of the public API, from symbol graphs (scripts/symbol-graphs.sh writes them).

Usage: scripts/doc-coverage.py SYMBOL_GRAPH_DIR [--minimum PERCENT]

Prints the coverage of each module and in all, lists every undocumented symbol, and exits 1 below the minimum
(default 100). The rule (docs/DESIGN-notes.md, "Documentation"):

- Counted: every public or open symbol written in this repository's sources (it has a source location under the
  checkout). Symbols the compiler synthesizes (Codable's init(from:) for a struct that does not spell it out,
  memberwise conformances) have no location and are not counted.
- Documented: the symbol has a doc comment of its own.
- Inherited, not counted: a symbol that implements a requirement of a protocol declared outside the repository
  (Equatable.==, Hashable.hash(into:), Codable's init(from:) and encode(to:), RawRepresentable.rawValue,
  CustomStringConvertible.description, AsyncSequence.makeAsyncIterator(), ...) and has no comment of its own: it
  does what the standard library documents, and DocC shows that documentation.
- Implementations of this repository's own protocols (APIOperation.operationID, OpenEnum.init(rawValue:), ...)
  must have their own comment: the requirement's says what the member is for in general, not for this type.
"""
import json
import os
import sys


def load(directory):
    """(symbols, relationships) of every symbol graph file under `directory`."""
    symbols, relationships = [], []
    for folder, _, files in os.walk(directory):
        for name in sorted(files):
            if name.endswith(".symbols.json"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    graph = json.load(handle)
                symbols += graph["symbols"]
                relationships += graph["relationships"]
    return symbols, relationships


def text(comment):
    """A doc comment's lines, without their locations."""
    return [line["text"] for line in comment["lines"]] if comment else None


def module_of(uri, root):
    """The module a source file belongs to: the folder under Sources/, Simulator/ or Generator/."""
    path = uri[len("file://"):] if uri.startswith("file://") else uri
    if not path.startswith(root + "/"):
        return None
    parts = path[len(root) + 1:].split("/")
    return parts[1] if len(parts) > 2 else None


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    directory = argv[1]
    minimum = float(argv[argv.index("--minimum") + 1]) if "--minimum" in argv else 100.0
    root = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    symbols, relationships = load(directory)
    if not symbols:
        print(f"doc-coverage: no symbol graphs in {directory}", file=sys.stderr)
        return 2

    by_id = {symbol["identifier"]["precise"]: symbol for symbol in symbols}
    origin = {r["source"]: r["sourceOrigin"]["identifier"] for r in relationships if "sourceOrigin" in r}
    counted, documented, inherited, missing = {}, {}, 0, []
    seen = set()
    for symbol in symbols:
        precise = symbol["identifier"]["precise"]
        module = module_of(symbol.get("location", {}).get("uri", ""), root)
        if precise in seen or module is None or symbol.get("accessLevel") not in ("public", "open"):
            continue
        seen.add(precise)
        comment = symbol.get("docComment")
        own = comment is not None and comment.get("module", module) == module
        requirement = by_id.get(origin.get(precise, ""))
        if precise in origin and requirement is None and not own:
            inherited += 1  # a Swift or Foundation protocol's requirement, documented there
            continue
        if own and requirement is not None and text(requirement.get("docComment")) == text(comment):
            own = False  # the comment was copied from this repository's protocol, not written for this symbol
        counted[module] = counted.get(module, 0) + 1
        if own and any(line["text"].strip() for line in comment["lines"]):
            documented[module] = documented.get(module, 0) + 1
        else:
            location = symbol["location"]
            path = location["uri"].split(root + "/", 1)[-1]
            line = location["position"]["line"] + 1
            missing.append(f"{path}:{line}: {'.'.join(symbol['pathComponents'])}")

    for path in sorted(missing):
        print(f"undocumented: {path}")
    for module in sorted(counted):
        share = 100.0 * documented.get(module, 0) / counted[module]
        print(f"doc-coverage: {module}: {documented.get(module, 0)}/{counted[module]} ({share:.1f} %)")
    total, done = sum(counted.values()), sum(documented.values())
    share = 100.0 * done / total
    print(
        f"doc-coverage: {share:.1f} % of {total} public symbols documented "
        f"({inherited} implementations of Swift/Foundation protocol requirements not counted)"
    )
    if share < minimum:
        print(f"doc-coverage: below {minimum:g} %: document the symbols listed above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
