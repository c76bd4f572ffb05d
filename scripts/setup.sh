#!/usr/bin/env bash
# Installs everything the project needs, idempotently, with pinned versions. Safe to run again:
# each step checks first. Works offline once done (trunk never downloads: Trunk.toml offline = true).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22.x needs rustc 1.96.1; we are on the machine's 1.95
WASM_BINDGEN_VERSION=0.2.130   # == wasm-bindgen in Cargo.lock (checked below) and Trunk.toml [tools]
WASM_SPLIT_VERSION=0.2.4       # wasm-split-cli; its runtime half (wasm_split_helpers) comes with leptos
export DEBIAN_FRONTEND=noninteractive
t0=$SECONDS; stap() { echo "== [setup $((SECONDS - t0))s] $*"; }

stap "apt: chromium chromium-driver brotli python3 poppler-utils (NOT binaryen: Debian's 108 miscompiles the wasm)"
# python3 >= 3.11 (tomllib) runs the independent oracle, scripts/orakel.py. poppler-utils: pdftotext
# reads the prints the e2e suite makes as PDF (e2e/tests/lezen.test.mjs).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null \
  || ! python3 -c 'import tomllib' 2>/dev/null || ! command -v pdftotext >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver brotli python3 poppler-utils >/dev/null
fi

stap "rustup target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

stap "Cargo.lock pins wasm-bindgen $WASM_BINDGEN_VERSION?"
grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | grep -q "\"$WASM_BINDGEN_VERSION\"" \
  || { echo "Cargo.lock wasm-bindgen != $WASM_BINDGEN_VERSION: bump WASM_BINDGEN_VERSION here and in Trunk.toml"; exit 1; }

heeft() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }
stap "cargo install trunk $TRUNK_VERSION"
heeft trunk "trunk $TRUNK_VERSION" || cargo install --locked trunk --version "$TRUNK_VERSION"
stap "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
# No --locked: its lock wants a webpki-roots release the registry here does not have.
heeft wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"

stap "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli: the app's wasm in two files, ADR 0020)"
cargo install --list | grep -qF "wasm_split_cli_support v$WASM_SPLIT_VERSION:" \
  || cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary

stap "npm ci (playwright-core, @axe-core/playwright, binaryen 132 for wasm-opt, esbuild for the JS glue)"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)

stap "cargo fetch --locked (so trunk's offline build needs no network)"
cargo fetch --locked >/dev/null
stap "klaar"
