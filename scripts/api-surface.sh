#!/usr/bin/env bash
# Lists every public symbol of every module, from the compiler's symbol graphs, into Documentation/PublicAPI.md:
# the reviewed public surface of the SDK. A change to the public API shows up as a change to that file.
#
#   bash scripts/api-surface.sh            rewrite Documentation/PublicAPI.md
#   bash scripts/api-surface.sh --check    fail (exit 1, with a diff) when the file is out of date (CI)
#
# Needs python3 (to read the symbol graphs' JSON). Symbols are listed per module by their path, with their kind and
# declaration; a type also lists the protocols it conforms to. Extensions a module declares on another module's
# types are listed under the declaring module. Members the compiler synthesizes or inherits from the standard
# library's protocols are left out, so the list changes only when the package's own declarations do.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-write}
case "$mode" in
    write | --check) ;;
    *)
        echo "usage: bash scripts/api-surface.sh [--check]" >&2
        exit 2
        ;;
esac

target=Documentation/PublicAPI.md
work=.build/api-surface
rm -rf "$work"
mkdir -p "$work"

swift package dump-symbol-graph --minimum-access-level public > "$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; exit 1; }
graphs=$(sed -n 's/^Files written to //p' "$work/dump.log" | tail -n 1)
[ -d "$graphs" ] || { echo "no symbol graphs written" >&2; cat "$work/dump.log" >&2; exit 1; }

python3 - "$graphs" "$work/PublicAPI.md" <<'PYTHON'
import glob
import json
import os
import sys

graphs, output = sys.argv[1], sys.argv[2]
# The library modules an app can import (the products) and the package's other modules, whose public symbols
# are listed too so that an accidental `public` in them is visible.
modules = sorted(
    os.path.basename(path)[: -len(".symbols.json")]
    for path in glob.glob(os.path.join(graphs, "*.symbols.json"))
    if "@" not in os.path.basename(path)
)
modules = [m for m in modules if m.startswith("Brobygger") and not m.endswith("Tests")]

def declaration(symbol):
    text = "".join(fragment["spelling"] for fragment in symbol.get("declarationFragments", []))
    return " ".join(text.split())

lines = [
    "# Public API",
    "",
    "Every public symbol of Brobygger's modules, generated from the compiler's symbol graphs by",
    "`bash scripts/api-surface.sh`; CI fails when this file is out of date (`--check`). Review a change to this",
    "file as a change to the SDK's public API. Types list the protocols they conform to.",
    "",
]
for module in modules:
    files = [os.path.join(graphs, module + ".symbols.json")]
    files += sorted(glob.glob(os.path.join(graphs, module + "@*.symbols.json")))
    symbols = {}
    conformances = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            graph = json.load(handle)
        names = {}
        for symbol in graph.get("symbols", []):
            # Only what the package declares: synthesized members (`!=`, Codable's) and members inherited from
            # the standard library's protocols (an actor's `assumeIsolated`) have no source location.
            if symbol.get("accessLevel") not in ("public", "open") or "location" not in symbol:
                continue
            names[symbol["identifier"]["precise"]] = ".".join(symbol["pathComponents"])
            key = ".".join(symbol["pathComponents"])
            entry = (symbol["kind"]["displayName"], declaration(symbol))
            symbols.setdefault(key, set()).add(entry)
        for relation in graph.get("relationships", []):
            if relation["kind"] != "conformsTo" or relation["source"] not in names:
                continue
            target = relation.get("targetFallback") or relation["target"]
            conformances.setdefault(names[relation["source"]], set()).add(target.split(".")[-1])
    if not symbols:
        continue
    lines += ["## " + module, "", "%d public symbols." % sum(len(v) for v in symbols.values()), ""]
    for key in sorted(symbols):
        for kind, text in sorted(symbols[key]):
            line = "- `%s` (%s): `%s`" % (key, kind.lower(), text.replace("`", "'"))
            if key in conformances and kind.lower() in ("structure", "enumeration", "class", "actor", "protocol"):
                line += "; conforms to " + ", ".join(sorted(conformances[key]))
            lines.append(line)
    lines.append("")
with open(output, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines))
PYTHON

if [ "$mode" = --check ]; then
    if ! diff -u "$target" "$work/PublicAPI.md" > "$work/diff.txt"; then
        echo "$target is out of date: run 'bash scripts/api-surface.sh' and review the change:" >&2
        head -n 200 "$work/diff.txt" >&2
        exit 1
    fi
    echo "public API: $target is up to date"
else
    cp "$work/PublicAPI.md" "$target"
    echo "public API: wrote $target ($(grep -c '^- ' "$target") symbols)"
fi
