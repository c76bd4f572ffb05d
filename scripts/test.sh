#!/usr/bin/env bash
# Runs every test: native rules core and CLI, the release build, wasm component tests in headless
# Chromium, and the end-to-end suite (Playwright + axe, strict CSP, embedding) against the build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
t0=$SECONDS; stap() { echo "== [test $((SECONDS - t0))s] $*"; }

stap "native: rekenkern (gevallen, parameters, eigenschappen) en de CLI"
cargo test --locked
stap "onafhankelijk orakel (scripts/orakel.py) tegen de rekengevallen"
python3 scripts/orakel.py
stap "opmaak (cargo fmt --check)"
cargo fmt --all --check
stap "clippy (rekenkern, CLI, app voor wasm32), waarschuwingen zijn fouten"
cargo clippy --locked -p rekenkern -p rekenhulp-cli --all-targets -- -D warnings
cargo clippy --locked -p rekenhulp-app --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p werkmap-werker --target wasm32-unknown-unknown --features lezen,schrijven -- -D warnings
cargo clippy --locked -p reken-werker --target wasm32-unknown-unknown -- -D warnings
# The same components natively, as the build renders the first screen with them (ADR 0022).
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/voorweergave \
  cargo clippy --locked --offline --features ssr --bin voorweergave -- -D warnings
stap "release build (trunk, offline) met strikte-CSP-startscript"
bash scripts/build.sh
stap "groottebudgetten vóór het eerste bedrag: kaal adres en gedeelde link (brotli)"
bash scripts/grootte.sh
stap "componenttests in headless Chromium (wasm-bindgen-test)"
cargo test --locked -p rekenhulp-app --target wasm32-unknown-unknown --test web --test later
stap "end-to-end (Playwright + axe) tegen de release build"
(cd e2e && node --test --test-concurrency=1 tests/)
stap "klaar"
