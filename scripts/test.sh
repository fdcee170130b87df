#!/usr/bin/env bash
# Runs every test of newsmark, installing what they need first (see
# scripts/setup.sh): Rust unit, integration and doc tests; the wasm binding
# in Node and in Chromium; the built page end to end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
setup_done=$SECONDS
step() { printf '\n== test: %s\n' "$*"; }

step "cargo test (unit, integration, doc tests; benches compile)"
cargo test --all-targets
cargo test --doc

step "wasm binding in Node"
wasm-pack test --node -- --no-default-features --test wasm

step "wasm binding in Chromium"
WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver -- --no-default-features --test wasm

step "build the page and the distributable"
scripts/build-web.sh

step "end to end in Chromium (file:// and HTTP)"
node tests/e2e/run.mjs

printf '\n== all tests passed (setup %ss, tests %ss)\n' "$((setup_done - started))" "$((SECONDS - setup_done))"
