#!/usr/bin/env bash
# Regenerates the report screenshots in docs/ from the binary: one organisation in Chinese and
# in English, and the portfolio of the example profiles, each in a 1280-wide window.
# Needs Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
certplan=target/debug/certplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # shoot PAGE PNG HEIGHT
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$work/chromium" \
        --window-size="1280,$3" --screenshot="$2" "file://$1" >/dev/null 2>&1
    echo "wrote $2"
}

as_of=2026-11-22
"$certplan" report profiles/shenzhen-small-enterprise.toml --as-of $as_of --lang zh \
    -o "$work/report-zh.html" 2>/dev/null
"$certplan" report profiles/guangzhou-enterprise-1500.toml --as-of $as_of --lang en \
    -o "$work/report-en.html" 2>/dev/null
"$certplan" report profiles/ --as-of $as_of --lang en -o "$work/report-portfolio.html" 2>/dev/null

shoot "$work/report-zh.html" docs/report-zh.png 1800
shoot "$work/report-en.html" docs/report-en.png 1800
shoot "$work/report-portfolio.html" docs/report-portfolio.png 2300
