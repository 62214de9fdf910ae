#!/usr/bin/env bash
# Measures `certplan report` on portfolios of 100, 1 000 and 10 000 clients (or the counts given
# as arguments): the seven example profiles, renamed and with certification dates spread over a
# year. For each: the time to write the page and its peak memory (/usr/bin/time -v), its size,
# the number of <table> elements, and the time headless Chromium takes to load, lay out and
# paint it (screenshot) — against the same browser on a one-client page. Figures:
# docs/performance.md. Needs the release binary's build, python3, GNU time and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
certplan=$PWD/target/release/certplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100 1000 10000)

generate() { # generate DIR COUNT
    python3 - "$1" "$2" <<'PY'
import datetime, glob, os, re, sys
folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
examples = [open(path, encoding="utf-8").read() for path in sorted(glob.glob("profiles/*.toml"))]
for i in range(count):
    text = examples[i % len(examples)]
    text = re.sub(r'^(name = ".*)"$', lambda m: f'{m.group(1)} {i:05d}"', text, count=1, flags=re.M)
    shift = datetime.timedelta(days=(i * 7) % 360 - 180)
    text = re.sub(r"^certified_on = (\d{4}-\d{2}-\d{2})$",
                  lambda m: "certified_on = " + str(datetime.date.fromisoformat(m.group(1)) + shift),
                  text, flags=re.M)
    # Events must agree with certified_on: the examples' event logs are dropped.
    text = re.sub(r"\[\[platforms\.\w+\.events\]\]\n(?:(?!\[).*\n?)*", "", text)
    with open(os.path.join(folder, f"client-{i:05d}.toml"), "w", encoding="utf-8") as out:
        out.write(text)
PY
}

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
"$certplan" report profiles/guangzhou-enterprise-1500.toml --as-of 2026-11-22 --lang zh \
    -o "$work/one.html" 2>/dev/null

for count in "${counts[@]}"; do
    generate "$work/clients-$count" "$count"
    for lang in zh en; do
        page="$work/portfolio-$count-$lang.html"
        echo "== $count clients, $lang"
        /usr/bin/time -v "$certplan" report "$work/clients-$count" --as-of 2026-11-22 \
            --lang "$lang" -o "$page" 2>"$work/time.txt" >/dev/null || true
        echo "write:      $(grep -E 'Elapsed' "$work/time.txt" | awk '{print $NF}'), peak RSS $(grep -E 'Maximum resident' "$work/time.txt" | awk '{print $NF}') KiB"
        echo "size:       $(stat -c %s "$page") bytes, gzip $(gzip -c "$page" | wc -c) bytes, $(grep -o '<table' "$page" | wc -l) tables"
        for run in 1 2 3; do
            echo "screenshot: $(seconds browser --window-size=1280,2000 --screenshot="$work/shot.png" "file://$page") s" \
                "(one-client page $(seconds browser --window-size=1280,2000 --screenshot="$work/shot.png" "file://$work/one.html") s)"
        done
    done
done
