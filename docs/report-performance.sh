#!/usr/bin/env bash
# Measures `certplan report` on a portfolio of 1 000 clients (the seven example profiles, renamed
# and with certification dates spread over a year): the time to write the page, its size, and
# the time headless Chromium takes to load, lay out and paint it (screenshot) and to load it and
# print its DOM — each against the same browser on a one-line page. Figures: docs/performance.md.
# Needs the release binary's build and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
certplan=$PWD/target/release/certplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/clients"
examples=(profiles/*.toml)
for i in $(seq 0 999); do
    example=${examples[$((i % ${#examples[@]}))]}
    shift_days=$(((i * 7) % 360 - 180))
    awk -v n="$(printf %04d "$i")" -v shift="$shift_days" '
        !named && /^name = "/ { sub(/"$/, " " n "\""); named = 1 }
        /^certified_on = / {
            cmd = "date -d \"" $3 " " shift " days\" +%F"; cmd | getline day; close(cmd)
            $0 = "certified_on = " day
        }
        { print }' "$example" >"$work/clients/client-$(printf %04d "$i").toml"
done

seconds() { # seconds COMMAND…: the wall-clock time it takes
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk -v start="$start" -v end="$end" 'BEGIN { printf "%.2f", end - start }'
}
browser() { # browser ARGS… URL
    timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$work/chromium" "$@" >/dev/null 2>&1
}
echo '<!DOCTYPE html><html><body>x</body></html>' >"$work/empty.html"

for lang in zh en; do
    page="$work/portfolio-$lang.html"
    echo "== $lang"
    echo "write:      $(seconds "$certplan" report "$work/clients" --as-of 2026-11-22 --lang "$lang" -o "$page" 2>/dev/null) s"
    echo "size:       $(stat -c %s "$page") bytes, gzip $(gzip -c "$page" | wc -c) bytes"
    for run in 1 2 3; do
        echo "screenshot: $(seconds browser --window-size=1280,2000 --screenshot="$work/shot.png" "file://$page") s" \
            "(one-line page $(seconds browser --window-size=1280,2000 --screenshot="$work/shot.png" "file://$work/empty.html") s)"
        echo "dump-dom:   $(seconds browser --dump-dom "file://$page") s"
    done
done
