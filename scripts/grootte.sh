#!/usr/bin/env bash
# Size budget of the first render (a size is deterministic, so this is a test, not a benchmark):
# the brotli (-q 11) total of what the first render transfers: index.html, the JS glue, the
# startup script, the wasm and the CSS of dist/. Fails above the budget.
# The goal of issue 9 is 102400 bytes; the budget is a ratchet at the measured size plus a small
# margin, lowered whenever the size goes down (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_BYTES=${BUDGET_BYTES:-180000}
totaal=0
for f in dist/index.html dist/*.js dist/*.wasm dist/*.css; do
  br=$(brotli -q 11 -c "$f" | wc -c)
  totaal=$((totaal + br))
  printf '  %-45s %8d\n' "$(basename "$f")" "$br"
done
echo "eerste weergave, brotli: $totaal bytes (budget $BUDGET_BYTES, doel 102400)"
if [ "$totaal" -gt "$BUDGET_BYTES" ]; then
  echo "FOUT: de eerste weergave is groter dan het budget" >&2
  exit 1
fi
