#!/usr/bin/env bash
# Builds the web side into dist/: the core as wasm (wasm-pack, only when the
# Rust sources changed), then the <news-mark> element (ES module and classic
# script), its worker, types, CSS, package.json, the standalone page
# (dist/demo/, works from disk) and the examples. Needs the Rust toolchain
# with wasm32-unknown-unknown, wasm-pack and wasm-bindgen, and `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ ! -d node_modules/esbuild ]; then
  echo "build-web: run 'npm ci' first" >&2
  exit 1
fi

wasm=pkg/web/newsmark_core_bg.wasm
if [ ! -f "$wasm" ] || [ -n "$(find src build.rs Cargo.toml Cargo.lock -newer "$wasm" -print -quit)" ]; then
  # The default feature `cli` pulls in serde_json and the CLI: never in the wasm.
  # -m no-install: use the wasm-bindgen on PATH (pinned to the crate's version).
  wasm-pack build --release --target web --out-dir pkg/web --out-name newsmark_core \
    --no-pack -m no-install . -- --no-default-features
  touch "$wasm"
else
  echo "build-web: $wasm is up to date"
fi

node scripts/build-web.mjs
