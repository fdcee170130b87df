#!/usr/bin/env bash
# Installs what building and testing newsmark needs, skipping what is
# already there. Safe to run again; run by scripts/run.sh and scripts/test.sh.
#
#   scripts/setup.sh          everything (build + browser tests)
#   scripts/setup.sh --build  only what building and serving the page needs
#
# Everything comes from the package registries this project's machines can
# reach (crates.io, npm, Debian); nothing downloads binaries from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1
[[ "${1:-}" == "--build" ]] && want_browser=0

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, or the
# generated glue will not match the module. Its own lockfile wants a crate
# version the registry lacks, so it is installed without --locked.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  step "wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if ! command -v wasm-pack >/dev/null; then
  step "wasm-pack"
  cargo install --locked wasm-pack
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm packages (playwright-core, binaryen)"
  npm ci --no-audit --no-fund
fi

if [[ $want_browser -eq 1 ]]; then
  missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
  [[ -d /usr/share/fonts/truetype/noto ]] || missing+=(fonts-noto-core)
  if (( ${#missing[@]} )); then
    step "Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi
