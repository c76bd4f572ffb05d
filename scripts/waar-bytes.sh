#!/usr/bin/env bash
# Where the wasm bytes go (not a test): the release wasm with its function names kept, through the
# same wasm-opt -Oz as trunk, then twiggy. Prints the bytes per crate (after wasm-opt, before
# compression) and the largest items. Figures go into docs/performance.md.
# usage: bash scripts/waar-bytes.sh          the whole app (one wasm, as trunk builds it)
#        bash scripts/waar-bytes.sh eerst    the first module of the split build (what a shared link
#                                            needs before its first amount, ADR 0022, 0028); the
#                                            named module stays in target/waar-bytes (for profiles)
# (after bash scripts/build.sh, which builds both)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v twiggy >/dev/null && twiggy --version | grep -q "0.8.0" || cargo install --locked twiggy --version 0.8.0
if [ "${1:-}" = eerst ]; then
  # wasm-split-cli's main module, before wasm-bindgen (scripts/build.sh), with its names.
  wasm=target/splits/uit/rekenhulp-app.wasm
  uit=target/waar-bytes && rm -rf "$uit" && mkdir -p "$uit"
  extra=(--keep-lld-exports --no-demangle)
else
  wasm=target/wasm32-unknown-unknown/release/rekenhulp-app.wasm
  uit=$(mktemp -d)
  trap 'rm -rf "$uit"' EXIT
  extra=()
fi
[ -f "$wasm" ] || { echo "geen $wasm: eerst bash scripts/build.sh"; exit 1; }
wasm-bindgen --target web --no-typescript --keep-debug "${extra[@]}" --out-dir "$uit" --out-name app "$wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types "$uit/app_bg.wasm" -o "$uit/opt.wasm"
twiggy top -n 1000000 --format csv "$uit/opt.wasm" > "$uit/top.csv"
python3 - "$uit/top.csv" <<'PY'
import csv, re, sys, collections
per_crate, items, totaal = collections.Counter(), [], 0
for r in csv.DictReader(open(sys.argv[1])):
    naam, b = r['Name'], int(r['ShallowSize'])
    if 'custom section' in naam or 'names' in naam and 'subsection' in naam:
        continue  # names and debug info: kept only for this measurement
    totaal += b
    items.append((b, naam))
    if naam.startswith('data segment'):
        per_crate['(data: teksten en tabellen)'] += b
        continue
    naam = re.sub(r'^_ZN\d+', '', naam)  # --no-demangle (the split build): crate name first
    m = re.match(r'[<&\s]*(?:dyn |mut )?([A-Za-z_][A-Za-z0-9_]*)', naam)
    k = m.group(1) if m else '?'
    per_crate[{'T': '(generieke closures, vooral tachys)', 'code': '(code zonder naam)', 'elem': '(tabel)', 'import': '(imports)', 'export': '(exports)'}.get(k, k)] += b
data = sum(b for b, n in items if n.startswith('data segment'))
print(f'totaal zonder naamsecties: {totaal} bytes, waarvan data (teksten en tabellen) {data}')
print('| crate | bytes | aandeel |\n|---|---|---|')
for k, v in per_crate.most_common(16):
    print(f'| {k} | {v} | {100 * v / totaal:.1f}% |')
print('\ngrootste losse items:')
for b, n in sorted(items, reverse=True)[:12]:
    print(f'{b:8d}  {n[:110]}')
PY
