#!/usr/bin/env bash
# Release build into dist/ with trunk (offline), then gzip and brotli copies for the static server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
node scripts/csp-start.mjs dist
node scripts/minify-lijm.mjs dist
# The page for many employees has its own wasm (ADR 0016): built apart, then copied beside the app
# as meerdere.html (trunk replaces its whole dist folder on every build).
rm -rf target/dist-meerdere
trunk build --release=true --dist target/dist-meerdere meerdere.html
mv target/dist-meerdere/index.html target/dist-meerdere/meerdere.html
node scripts/csp-start.mjs target/dist-meerdere meerdere.html
node scripts/minify-lijm.mjs target/dist-meerdere meerdere.html
cp -n target/dist-meerdere/* dist/
node scripts/sw.mjs dist
for f in dist/*.wasm dist/*.js dist/*.html dist/*.css; do
  [ -f "$f" ] || continue
  gzip -9kf "$f"
  brotli -q 11 -kf "$f"
done
