#!/usr/bin/env bash
# Benchmark (not a test): sizes, first result, recalculation, chart sweep, Lighthouse. Prints figures;
# paste them into docs/performance.md. Goals are reported against, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
source scripts/env.sh
bash scripts/build.sh >/dev/null 2>&1

echo "== groottes (brotli -q 11; scripts/grootte.sh): vóór het eerste bedrag, daarna, en de groepspagina"
grootte=$(bash scripts/grootte.sh || echo "LET OP: groottebudget overschreden of meting mislukt (zie hierboven)")
echo "$grootte"
kaal=$(echo "$grootte" | sed -n 's/^kaal adres: \([0-9]*\) bytes.*/\1/p')
gedeeld=$(echo "$grootte" | sed -n 's/^gedeelde link: \([0-9]*\) bytes.*/\1/p')

echo "== rekenkern native (cargo run --release -p rekenkern --example meet)"
cargo run --quiet --release -p rekenkern --example meet

echo "== jaaroverzicht in Chromium (wasm, release; tests/meet_jaar.rs)"
meting=$(cargo test --locked --release -p rekenhulp-app --target wasm32-unknown-unknown --test meet_jaar -- --nocapture 2>/dev/null \
  | grep jaaroverzicht_12_maanden || echo "GEEN METING: de wasm-meting draaide niet")
echo "$meting"

# A free port (never a fixed one that another server may hold).
poort=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node e2e/serve.mjs dist "$poort" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 0.5
echo "== in Chromium (node e2e/bench.mjs, mediaan van ${RUNS:-9} koude runs)"
rm -f e2e/uit/bench.json e2e/uit/lighthouse-*.json # never report an old run
node e2e/bench.mjs "http://127.0.0.1:$poort/" "${RUNS:-9}" | tee e2e/uit/bench.json

echo "== meerdere medewerkers: 10.000 rijen in Chromium (node e2e/bench-meerdere.mjs, mediaan van 3)"
node e2e/bench-meerdere.mjs "http://127.0.0.1:$poort/" 3

echo "== rekenblad: 100.000 rijen (.xlsx, e2e/maak-xlsx.mjs), natief: lezen, het tekstformaat van de worker, de rijen"
node -e "import('./e2e/maak-xlsx.mjs').then(({ maakXlsx }) => { const r = [['Personeelsnummer', 'Peildatum', 'Leeftijd', 'Uren per week', 'Loonwaarde', 'Volledige werkweek']]; for (let i = 0; i < 100000; i++) r.push(['P' + i, '2026-01-01', 30, 36, 50, 37]); require('fs').writeFileSync('e2e/uit/groot.xlsx', maakXlsx(r)); })"
cargo run -q --release -p rekenkern --features werkmap --example meet_rekenblad -- e2e/uit/groot.xlsx

echo "== Lighthouse 12.8.2 (mobiel, gesimuleerde slow 4G), offline, ${LIGHTHOUSE_RUNS:-3} keer (de score wisselt per run)"
(cd e2e/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
for i in $(seq "${LIGHTHOUSE_RUNS:-3}"); do
  CHROME_PATH=/usr/bin/chromium e2e/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$poort/" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="e2e/uit/lighthouse-$i.json" --quiet || echo "Lighthouse-run $i stopte met een fout"
  [ -f "e2e/uit/lighthouse-$i.json" ] || continue
  node -e '
const r = require(process.argv[1]);
const c = Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
const a = k => r.audits[k]?.displayValue;
console.log(JSON.stringify({ scores: c, FCP: a("first-contentful-paint"), LCP: a("largest-contentful-paint"), TBT: a("total-blocking-time"), CLS: a("cumulative-layout-shift"), TTI: a("interactive"), bytes: a("total-byte-weight") }));' "$PWD/e2e/uit/lighthouse-$i.json"
done

echo "== doelen van issue 25 (docs/performance.md)"
ls e2e/uit/lighthouse-*.json >/dev/null 2>&1 || { echo "Lighthouse gaf geen uitkomst: geen samenvatting"; exit 0; }
node e2e/samenvatting.mjs "${kaal:-0}" "${gedeeld:-0}" e2e/uit/bench.json e2e/uit/lighthouse-*.json
