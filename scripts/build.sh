#!/usr/bin/env bash
# Release build into dist/ with trunk (offline), then gzip and brotli copies for the static server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
node scripts/csp-start.mjs dist
for f in dist/*.wasm dist/*.js dist/*.html dist/*.css; do
  [ -f "$f" ] || continue
  gzip -9kf "$f"
  brotli -q 11 -kf "$f"
done
