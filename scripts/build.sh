#!/usr/bin/env bash
# Release build into dist/ with trunk (offline), then gzip and brotli copies for the static server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# The wasm in two files (ADR 0020, 0022): the first module (the core and what the first amount
# needs) and the app. Built again with the split point on and relocations kept (its own target
# folder, so trunk's cache stays), split, then wasm-bindgen and wasm-opt per file; scripts/splits.mjs
# names them and puts them in place of trunk's single wasm.
SPLITS=target/splits
RUSTFLAGS="--cfg erase_components --cfg rekenhulp_split -Clink-args=--emit-relocs" CARGO_TARGET_DIR=$SPLITS \
  cargo build --release --locked --offline --target wasm32-unknown-unknown --bin rekenhulp-app
rm -rf $SPLITS/uit && mkdir -p $SPLITS/uit/lijm
wasm-split-cli $SPLITS/wasm32-unknown-unknown/release/rekenhulp-app.wasm $SPLITS/uit --target web --out-name rekenhulp-app
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name rekenhulp-app --out-dir $SPLITS/uit/lijm \
  $SPLITS/uit/rekenhulp-app.wasm
for f in $SPLITS/uit/lijm/rekenhulp-app_bg.wasm $(ls $SPLITS/uit/*.wasm | grep -v '/rekenhulp-app.wasm$'); do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$f" -o "$f"
done
node scripts/splits.mjs dist $SPLITS/uit
node scripts/minify-lijm.mjs dist
# The first screen rendered ahead of time by the app's own components (ADR 0022): natively, with
# Leptos' server rendering, in a target folder of its own (its own flags; trunk's cache stays).
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/voorweergave \
  cargo build --locked --offline --features ssr --bin voorweergave
node scripts/voorweergave.mjs dist target/voorweergave/debug/voorweergave ${VOORWEERGAVE_DATUM:-}
# The start script inline in <head>, its sha256 in the CSP of docs/hosting/ (ADR 0028).
node scripts/start.mjs dist
# The page for many employees has its own wasm (ADR 0016): built apart, then copied beside the app
# as meerdere.html (trunk replaces its whole dist folder on every build).
rm -rf target/dist-meerdere
trunk build --release=true --dist target/dist-meerdere meerdere.html
mv target/dist-meerdere/index.html target/dist-meerdere/meerdere.html
node scripts/csp-start.mjs target/dist-meerdere meerdere.html
node scripts/minify-lijm.mjs target/dist-meerdere meerdere.html
cp -n target/dist-meerdere/* dist/
# The spreadsheet reader and the .xlsx writer (ADR 0023): one crate built twice, each its own wasm,
# loaded by meerdere.html in a Web Worker only when needed.
for rol in lezer schrijver; do
  feature=$([ $rol = lezer ] && echo lezen || echo schrijven)
  doel=target/werkmap-$feature
  cargo build --release --locked --offline --target wasm32-unknown-unknown -p werkmap-werker --features $feature --target-dir $doel
  rm -rf $doel/uit && mkdir -p $doel/uit
  wasm-bindgen --target web --out-name werkmap-$rol --out-dir $doel/uit $doel/wasm32-unknown-unknown/release/werkmap_werker.wasm
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    $doel/uit/werkmap-${rol}_bg.wasm -o $doel/uit/werkmap-${rol}_bg.wasm
done
# The calculating workers of the same page (issue 34, ADR 0027): the core only, its own wasm; the
# page starts one per core (bounded) when it calculates a file. Kept for offline like the page.
# Built for speed (the `rekenen` profile, opt-level 3, and wasm-opt -O3), not size like the app.
doel=target/reken-werker
cargo build --profile rekenen --locked --offline --target wasm32-unknown-unknown -p reken-werker --target-dir $doel
rm -rf $doel/uit && mkdir -p $doel/uit
wasm-bindgen --target web --out-name rekenaar --out-dir $doel/uit $doel/wasm32-unknown-unknown/rekenen/reken_werker.wasm
wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  $doel/uit/rekenaar_bg.wasm -o $doel/uit/rekenaar_bg.wasm
rm -f dist/werkmap-* dist/rekenaar-*
node scripts/werkmap.mjs dist target/werkmap-lezen/uit target/werkmap-schrijven/uit $doel/uit
node scripts/sw.mjs dist
for f in dist/*.wasm dist/*.js dist/*.html dist/*.css; do
  [ -f "$f" ] || continue
  gzip -9kf "$f"
  brotli -q 11 -kf "$f"
done
