#!/usr/bin/env bash
# Bounded coverage-guided fuzzing (cargo-fuzz / libFuzzer) of the scenario decoder, the calculation and
# a chosen file's bytes (CSV, .xlsx, .ods; seeds: the test fixtures).
# usage: bash scripts/fuzz.sh [seconds per target, default 120]
# Stable Rust: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z sanitizer flags. Seeds: the case files'
# scenarios (fuzz/seeds). Crashes land in fuzz/artifacts/<target>/ and must become regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDEN=${1:-120}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.12.0 --locked
export RUSTC_BOOTSTRAP=1
# The file target starts from the test fixtures (not the zip bomb: 300 MB to unpack on every run).
rm -rf fuzz/zaad-bestanden && mkdir -p fuzz/zaad-bestanden
cp crates/rekenkern/tests/bestanden/* fuzz/zaad-bestanden/ && rm fuzz/zaad-bestanden/zipbom.xlsx
for doel in scenario berekening bestand; do
  mkdir -p "fuzz/corpus/$doel"
  zaad=seeds; lengte=4096
  [ "$doel" = bestand ] && zaad=zaad-bestanden && lengte=65536
  echo "== $doel: $SECONDEN s"
  (cd fuzz && cargo fuzz run "$doel" "corpus/$doel" "$zaad" -- -max_total_time="$SECONDEN" -max_len="$lengte" -print_final_stats=1 2>&1) \
    | grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|cov: .*ft:|Done|ERROR|panicked|SUMMARY' | tail -6
done
