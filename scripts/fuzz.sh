#!/usr/bin/env bash
# Fuzzes Brobygger's parsers of outside input with libFuzzer and AddressSanitizer (Fuzz/README.md).
#
#   scripts/fuzz.sh --list              the targets
#   scripts/fuzz.sh --build             build the instrumented binary only
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER FLAG…]
#                                       build, then fuzz TARGET for SECONDS from its seeds (Fuzz/Corpus/TARGET)
#   scripts/fuzz.sh --all SECONDS       fuzz every target for SECONDS each (CI's smoke run)
#
# New inputs that reach new code go to .build-fuzz/corpus/TARGET/ (not committed); a crashing input goes to
# .build-fuzz/crashes/TARGET/ and the run fails. Reproduce one with
#   BROBYGGER_FUZZ_TARGET=TARGET .build-fuzz/release/BrobyggerFuzz CRASH-FILE
# or, without instrumentation, `swift run BrobyggerFuzz TARGET CRASH-FILE`.
#
# Environment: FUZZ_SCRATCH (default .build-fuzz), FUZZ_CONFIGURATION (release or debug; default release),
# FUZZ_SKIP_BUILD=1 to run the binary already built.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=${FUZZ_SCRATCH:-.build-fuzz}
configuration=${FUZZ_CONFIGURATION:-release}
targets=(identifiers documents fhir medcom imports arguments renderers)

build() {
    [ -n "${FUZZ_SKIP_BUILD:-}" ] && return
    # `-Xswiftc -sanitize=fuzzer,address`, not SwiftPM's `--sanitize=fuzzer --sanitize=address`: swiftc keeps only
    # the last `-sanitize=` it is given, and SwiftPM passes its sanitizers in no fixed order, so that build would get
    # either coverage or AddressSanitizer (and rebuild everything whenever the order changes). `--sanitize=fuzzer`
    # stays: it tells SwiftPM that libFuzzer provides `main`, so the executable is linked without its own entry
    # point; the `-Xswiftc` flag comes after it and wins.
    swift build -c "$configuration" --scratch-path "$scratch" --product BrobyggerFuzz \
        --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING >&2
}

run() {
    local target=$1 seconds=$2
    shift 2
    local corpus="$scratch/corpus/$target" crashes="$scratch/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    # The first directory receives new inputs; the committed seeds are only read. Leak checking is off: the Swift
    # runtime keeps metadata caches for the life of the process, which LeakSanitizer reports at exit.
    # The Swift runtime's own crash backtracer is off: libFuzzer catches the trap of a broken property itself, and
    # the backtracer's reads of other threads' memory trip AddressSanitizer.
    SWIFT_BACKTRACE=enable=no BROBYGGER_FUZZ_TARGET=$target "$scratch/$configuration/BrobyggerFuzz" \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$@" "$corpus" "Fuzz/Corpus/$target"
}

case "${1:-}" in
--list)
    for target in "${targets[@]}"; do echo "$target"; done
    ;;
--build)
    build
    ;;
--all)
    seconds=${2:?usage: scripts/fuzz.sh --all SECONDS}
    build
    for target in "${targets[@]}"; do
        echo "== fuzz $target for ${seconds}s"
        run "$target" "$seconds" 2>&1 | tail -n 12
    done
    ;;
"" | -h | --help)
    sed -n '2,18p' "$0"
    ;;
*)
    target=$1
    seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
    shift 2
    [[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target '$target'; see --list" >&2; exit 2; }
    build
    run "$target" "$seconds" "$@"
    ;;
esac
