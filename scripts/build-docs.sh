#!/usr/bin/env bash
# Builds the DocC documentation of every module (the umbrella module's catalog is Documentation/Brobygger.docc,
# which holds the articles) and merges them into one archive. Fails on any documentation warning.
#
#   bash scripts/build-docs.sh [OUTPUT]     (default: .build/docs/Brobygger.doccarchive)
set -euo pipefail
cd "$(dirname "$0")/.."

output=${1:-.build/docs/Brobygger.doccarchive}
work=.build/docs/work
rm -rf "$work" "$output"
mkdir -p "$work/graphs"

swift package dump-symbol-graph --minimum-access-level public > "$work/dump.log"
graphs=$(sed -n 's/^Files written to //p' "$work/dump.log" | tail -n 1)
[ -d "$graphs" ] || { echo "no symbol graphs written" >&2; cat "$work/dump.log" >&2; exit 1; }

# Each module's catalog is Sources/MODULE/MODULE.docc; the umbrella module's is the article catalog
# Documentation/Brobygger.docc.
archives=()
for catalog in Documentation/Brobygger.docc Sources/*/*.docc; do
    module=$(basename "$catalog" .docc)
    mkdir -p "$work/graphs/$module"
    cp "$graphs/$module".symbols.json "$work/graphs/$module/"
    cp "$graphs/$module"@*.symbols.json "$work/graphs/$module/" 2>/dev/null || true
    docc convert "$catalog" \
        --additional-symbol-graph-dir "$work/graphs/$module" \
        --fallback-display-name "$module" --fallback-bundle-identifier "dk.brobygger.$module" \
        --warnings-as-errors --output-path "$work/$module.doccarchive" > "$work/$module.log" 2>&1 \
        || { cat "$work/$module.log" >&2; exit 1; }
    archives+=("$work/$module.doccarchive")
done

mkdir -p "$(dirname "$output")"
docc merge "${archives[@]}" --synthesized-landing-page-name Brobygger --output-path "$output" > "$work/merge.log" 2>&1 \
    || { cat "$work/merge.log" >&2; exit 1; }
echo "documentation: $output (${#archives[@]} archives merged)"
