#!/bin/sh
# Regenerates the rustc goldens next to this script: NAME.stderr is rustc's verbatim stderr for NAME.rs.
# Tests never run rustc; they compare against these committed files.
set -e
cd "$(dirname "$0")"
for f in *.rs src/main.rs; do
  rustc --edition 2021 -A warnings --crate-name golden -o /tmp/rustle-golden "$f" 2> "${f%.rs}.stderr" || true
done
