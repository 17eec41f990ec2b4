#!/usr/bin/env bash
# Randomized crash test of the embedded file store (format 2), issue 18.
#
# Imports a national-scale events file (about 100,000 course events, one batch of 20,000 resident records) into a
# store holding everything imported before it in the README order, and kills the import with SIGKILL at a random
# moment (up to 15 % beyond the time an uninterrupted import takes), KILLS times. After each kill it opens the store (read-only, then read-write by the re-import) and checks
# that the store holds exactly the state before the batch or the state after it (every document's version count,
# and every stored document's checksum), then re-imports the file and checks that the store converges to the state
# after the batch. It prints how many kills the store survived and exits non-zero if any did not.
#
#   scripts/store-crash-test.sh [KILLS] [SCALE] [WORK]
#
# KILLS defaults to 50, SCALE to national (hovedstaden is quicker), WORK to a new temporary directory (kept, so a
# failing trial can be inspected). The test suite runs the same check with a handful of kills of a batch writer
# (FileStoreFormatTwoTests.randomKills), to fit CI's time.
set -euo pipefail
KILLS=${1:-50}
SCALE=${2:-national}
WORK=${3:-$(mktemp -d /tmp/brobygger-crash.XXXXXX)}
cd "$(dirname "$0")/.."
swift build -c release --product brobygger >/dev/null
swift build -c release --product StoreCrashWriter >/dev/null
BIN=$(swift build -c release --show-bin-path)
TOOL="$BIN/brobygger"
SUMMARY="$BIN/StoreCrashWriter"
mkdir -p "$WORK"
INPUT="$WORK/input"
[ -f "$INPUT/events.csv" ] || "$TOOL" generate --scale "$SCALE" "$INPUT" >/dev/null
BASE="$WORK/base"
if [ ! -f "$WORK/before.txt" ]; then
    rm -rf "$BASE"
    "$TOOL" import organisations "$INPUT/organisations.csv" --store "$BASE" >/dev/null
    "$TOOL" import documents "$INPUT/organisations.json" --store "$BASE" >/dev/null
    "$TOOL" import facilities "$INPUT/facilities.csv" --store "$BASE" >/dev/null
    "$TOOL" import residents "$INPUT/residents.csv" --store "$BASE" >/dev/null
    "$TOOL" import placements "$INPUT/placements.csv" --store "$BASE" >/dev/null
    "$SUMMARY" --summary "$BASE" >"$WORK/before.txt"
    rm -rf "$WORK/reference" && cp -a "$BASE" "$WORK/reference"
    START=$(date +%s%N)
    "$TOOL" import events "$INPUT/events.csv" --store "$WORK/reference" >/dev/null
    echo $(( ($(date +%s%N) - START) / 1000000 )) >"$WORK/import-ms.txt"
    "$SUMMARY" --summary "$WORK/reference" >"$WORK/after.txt"
fi
IMPORT_MS=$(cat "$WORK/import-ms.txt")
if cmp -s "$WORK/before.txt" "$WORK/after.txt"; then
    echo "the events import changes nothing; no test" >&2
    exit 2
fi
echo "an uninterrupted import of events.csv takes ${IMPORT_MS} ms; killing it at random moments up to 15 % beyond that"
survived=0 before=0 after=0 state=""
for kill in $(seq 1 "$KILLS"); do
    TRIAL="$WORK/trial"
    rm -rf "$TRIAL" && cp -a "$BASE" "$TRIAL"
    "$TOOL" import events "$INPUT/events.csv" --store "$TRIAL" >/dev/null 2>&1 &
    PID=$!
    DELAY=$(( RANDOM * 32768 + RANDOM ))
    # Up to 15 % beyond the uninterrupted import's time, so that some kills land around and after the commit.
    DELAY=$(( DELAY % (IMPORT_MS * 115 / 100 + 1) ))
    sleep "$(printf '%d.%03d' $((DELAY / 1000)) $((DELAY % 1000)))"
    kill -9 "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    ok=1
    if ! "$SUMMARY" --summary "$TRIAL" >"$WORK/trial.txt" 2>"$WORK/trial.err"; then
        echo "kill $kill at ${DELAY} ms: the store does not open: $(cat "$WORK/trial.err")"
        ok=0
    elif cmp -s "$WORK/trial.txt" "$WORK/before.txt"; then
        before=$((before + 1))
        state="before the batch"
    elif cmp -s "$WORK/trial.txt" "$WORK/after.txt"; then
        after=$((after + 1))
        state="after the batch"
    else
        echo "kill $kill at ${DELAY} ms: the store is neither before nor after the batch"
        ok=0
    fi
    if [ $ok = 1 ]; then
        if ! "$TOOL" import events "$INPUT/events.csv" --store "$TRIAL" >"$WORK/reimport.txt" 2>&1; then
            echo "kill $kill at ${DELAY} ms: the re-import failed: $(tail -3 "$WORK/reimport.txt")"
            ok=0
        elif ! "$SUMMARY" --summary "$TRIAL" | cmp -s - "$WORK/after.txt"; then
            echo "kill $kill at ${DELAY} ms: the re-import did not converge to the state after the batch"
            ok=0
        fi
    fi
    survived=$((survived + ok))
    [ $ok = 1 ] && echo "kill $kill at ${DELAY} ms: $state; the re-import converged"
done
echo "survived $survived of $KILLS kills ($before left the state before the batch, $after the state after it)"
[ "$survived" = "$KILLS" ]
