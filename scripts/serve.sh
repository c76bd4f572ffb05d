#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:${PORT:-8080}/ (precompressed, same as CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
bash scripts/build.sh
echo "Open http://127.0.0.1:${PORT:-8080}/ in uw browser (Ctrl+C stopt de server)."
exec node e2e/serve.mjs dist "${PORT:-8080}"
