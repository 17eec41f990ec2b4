#!/usr/bin/env bash
# The embedded store's figures of issue 18, whole process, for one `brobygger` build (run it for the build before
# and after a change, on the same machine, in the same session):
#   - importing every file of `brobygger generate --scale national` in its README's order (each, and in total);
#   - size on disk of the resulting store (apparent bytes and allocated blocks) beside the input files;
#   - `brobygger plans due` and `brobygger compliance --format csv` on it (best of three);
#   - re-importing the 1,000-row facilities.csv (nothing changes) and importing it with every row changed;
#   - with a StoreCrashWriter built beside the tool (format 2 only): opening read-only and listing every key,
#     and 10,000 durable single saves.
#
#   scripts/store-figures.sh BIN_DIR INPUT_DIR WORK_DIR
#
# BIN_DIR holds `brobygger` (and, optionally, `StoreCrashWriter`), e.g. `.build/release`; INPUT_DIR is the output of
# `brobygger generate --scale national`; WORK_DIR is made and holds the store. Times are wall-clock seconds, with the
# process's user+system CPU seconds in brackets (the machine may be shared).
set -euo pipefail
BIN=$1 INPUT=$2 WORK=$3
TOOL="$BIN/brobygger"
rm -rf "$WORK" && mkdir -p "$WORK"
STORE="$WORK/store"
measure() { # label, command…
    local label=$1; shift
    local code=0
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || code=$?
    # Exit code 1 is "findings" (compliance, plans due), not a failure.
    if [ "$code" -gt 1 ]; then echo "$label: failed ($code): $(tail -2 "$WORK/err.txt")"; return 0; fi
    read -r wall user system < <(tail -1 "$WORK/time.txt")
    printf '%-58s %7.2f s  (cpu %.2f s)\n' "$label" "$wall" "$(echo "$user + $system" | bc)"
    echo "$wall" >>"$WORK/walls.txt"
}
best_of_three() { # label, command…
    local label=$1; shift
    : >"$WORK/walls.txt"
    for _ in 1 2 3; do measure "$label" "$@" >/dev/null; done
    printf '%-58s %7.2f s  (best of 3: %s)\n' "$label" "$(sort -n "$WORK/walls.txt" | head -1)" \
        "$(tr '\n' ' ' <"$WORK/walls.txt")"
}
: >"$WORK/walls.txt"
for step in "organisations organisations.csv" "documents organisations.json" "facilities facilities.csv" \
    "residents residents.csv" "placements placements.csv" "events events.csv" "team-contacts team_contacts.csv" \
    "discharge-documents discharge_documents.csv" "documents documents.json" "rc-responses rc_responses.csv"; do
    set -- $step
    measure "import $1 $2" "$TOOL" import "$1" "$INPUT/$2" --store "$STORE"
done
printf '%-58s %7.2f s\n' "import, all files in order" "$(paste -sd+ "$WORK/walls.txt" | bc)"
input=$(cat "$INPUT"/organisations.csv "$INPUT"/organisations.json "$INPUT"/facilities.csv "$INPUT"/residents.csv \
    "$INPUT"/placements.csv "$INPUT"/events.csv "$INPUT"/team_contacts.csv "$INPUT"/discharge_documents.csv \
    "$INPUT"/documents.json "$INPUT"/rc_responses.csv | wc -c)
echo "input files imported: $input bytes; store: $(du -sb "$STORE" | cut -f1) bytes apparent, \
$(du -sk "$STORE" | cut -f1) KiB allocated, $(find "$STORE" -type f | wc -l) files"
best_of_three "plans due" "$TOOL" plans due --store "$STORE" --as-of 2025-12-31
best_of_three "compliance --format csv" "$TOOL" compliance --format csv --store "$STORE"
measure "re-import facilities.csv (1,000 rows, unchanged)" "$TOOL" import facilities "$INPUT/facilities.csv" --store "$STORE"
awk -F, 'BEGIN { OFS = "," } NR > 1 { $4 = $4 + 1 } { print }' "$INPUT/facilities.csv" >"$WORK/facilities-changed.csv"
measure "import facilities (1,000 rows, every row changed)" "$TOOL" import facilities "$WORK/facilities-changed.csv" --store "$STORE"
if [ -x "$BIN/StoreCrashWriter" ] && "$BIN/StoreCrashWriter" --keys "$STORE" >/dev/null 2>&1; then
    best_of_three "open read-only and list every key" "$BIN/StoreCrashWriter" --keys "$STORE"
    cat "$WORK/out.txt"
    "$BIN/StoreCrashWriter" --saves 10000 "$WORK/saves"
fi
echo "audit log: $(wc -l <"$STORE"/audit.jsonl 2>/dev/null || wc -l <"$STORE"/audit/audit.jsonl) entries"
