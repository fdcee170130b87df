#!/usr/bin/env bash
# Builds newsmark's page and serves it on 127.0.0.1, opening it in a browser
# when there is a display. The page opens with a seed article loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build-web.sh
exec node scripts/serve.mjs --open "$@"
