#!/usr/bin/env bash
# Checks the package manifests shown in the documentation articles: every ```swift block in
# Documentation/Brobygger.docc that starts with `// swift-tools-version` is written to a scratch package next to a
# link to this repository (as `../brobygger`, the path the articles use) and loaded by SwiftPM, which fails when the
# manifest does not compile or names a product this package does not have. (Every other ```swift block must be a
# compiled snippet region; ArticleCodeSpec in Tests/BrobyggerScenarioSpecs checks those.)
#
#   bash scripts/check-article-manifests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" Documentation/Brobygger.docc/*.md <<'PYTHON'
import os
import re
import sys

work, articles = sys.argv[1], sys.argv[2:]
count = 0
for article in articles:
    with open(article, encoding="utf-8") as handle:
        text = handle.read()
    for block in re.findall(r"^```swift\n(.*?)^```", text, re.S | re.M):
        if not block.startswith("// swift-tools-version"):
            continue
        count += 1
        folder = os.path.join(work, "manifest-%d" % count, "app")
        os.makedirs(folder)
        with open(os.path.join(folder, "Package.swift"), "w", encoding="utf-8") as handle:
            handle.write(block)
        with open(os.path.join(work, "manifest-%d" % count, "source"), "w", encoding="utf-8") as handle:
            handle.write(os.path.basename(article))
print("%d manifests in the articles" % count)
PYTHON

status=0
for folder in "$work"/manifest-*; do
    [ -d "$folder" ] || continue
    article=$(cat "$folder/source")
    ln -s "$repo" "$folder/brobygger"
    app="$folder/app"
    # A target's folder must exist for SwiftPM to load the package: make one per target the manifest declares.
    (cd "$app" && swift package dump-package > "$folder/manifest.json" 2> "$folder/error.txt") || {
        echo "$article: the manifest does not compile:" >&2
        cat "$folder/error.txt" >&2
        status=1
        continue
    }
    python3 - "$folder/manifest.json" "$app" <<'PYTHON'
import json
import os
import sys

manifest, app = json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2]
for target in manifest["targets"]:
    folder = os.path.join(app, "Tests" if target["type"] == "test" else "Sources", target["name"])
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, "Empty.swift"), "w").close()
PYTHON
    if ! (cd "$app" && swift package --scratch-path "$folder/.build" show-dependencies > "$folder/load.txt" 2>&1); then
        echo "$article: the manifest does not load against this package:" >&2
        cat "$folder/load.txt" >&2
        status=1
    else
        echo "$article: manifest loads"
    fi
done
exit $status
