#!/usr/bin/env bash
# End-to-end benchmark: `factlint check` on generated corpora, next to ripgrep scanning the
# same files, in one run. Prints a table with times, MB/s, ratios to ripgrep, peak memory and
# how many claims bound, then the issue's targets.
#
#   scripts/bench-e2e.sh            # everything: about 1.6 GB of disk and 15 minutes
#   scripts/bench-e2e.sh --quick    # without the 100,000-file / 500 MB corpus
#
# Run it from anywhere inside the repository. It builds the release binary and the corpus
# generator, writes corpora and rule sets into target/bench/ (kept between runs and rewritten
# only when the generator's sources change), times every command with hyperfine in one
# invocation (median of at least 3 runs after a warm-up, so files are in the page cache), then
# runs each command once more under /usr/bin/time for its peak resident memory. It installs
# nothing. Timings are only comparable on a machine that is otherwise idle.
#
# MB is 10^6 bytes. Two ripgrep references run on the same files: `rg -c '[0-9]'` counts the
# lines that hold a digit (it can stop at the first digit of a line), and
# `rg --count-matches '[0-9]+'` counts every run of digits (a number token). Ratios are given
# to both; the issue's targets are checked against the first.
#
# one-50MB.txt and the files-* corpora are dense (a figure every 55 bytes, the stress test for
# per-claim work); news-50MB.txt is `gen_corpus --density news`, the same articles with
# number-free prose between the figures (one claim in about 470 bytes, like real news), which
# is what the issue's throughput target is about.
set -euo pipefail

quick=0
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "bench-e2e: unknown argument $arg (try --help)" >&2; exit 2 ;;
    esac
done

missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench-e2e: missing ${missing[*]}. On Debian or Ubuntu install with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
command -v cargo >/dev/null || { echo "bench-e2e: cargo is not on PATH" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench=target/bench
mkdir -p "$bench"

echo "== building (release)"
cargo build --release --quiet --bin factlint --example gen_corpus
factlint="$root/target/release/factlint"
gen="$root/target/release/examples/gen_corpus"

# Regenerate only when the generator changed since the corpora were written.
stamp=$(cat benches/support/corpus.rs benches/support/world.rs examples/gen_corpus.rs | sha256sum | cut -c1-16)
if [ "$(cat "$bench/stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "== generator changed: removing old corpora"
    rm -rf "$bench"/one-50MB.txt "$bench"/news-50MB.txt "$bench"/files-* "$bench"/rules-* "$bench"/stamp
fi
echo "== generating corpora and rule sets in $bench (seed 1, a world of 10,000 facts)"
for facts in 10 100 1000 10000; do
    [ -d "$bench/rules-$facts" ] || "$gen" --rules "$bench/rules-$facts" --facts "$facts"
done
[ -f "$bench/one-50MB.txt" ] || "$gen" --out "$bench/one-50MB.txt" --size 50MB
[ -f "$bench/news-50MB.txt" ] || "$gen" --out "$bench/news-50MB.txt" --size 50MB --density news
[ -d "$bench/files-1000" ] || "$gen" --out "$bench/files-1000" --files 1000 --size 5KB
if [ $quick = 0 ] && [ ! -d "$bench/files-100000" ]; then
    "$gen" --out "$bench/files-100000.tmp" --files 100000 --size 5KB
    mv "$bench/files-100000.tmp" "$bench/files-100000"
fi
echo "$stamp" > "$bench/stamp"
# The repository's factlint.yaml would otherwise be found from here; this one adds nothing.
printf '# For scripts/bench-e2e.sh: no rules, documents or dates of its own.\nrules: []\n' \
    > "$bench/factlint.yaml"

corpora=(one-50MB.txt news-50MB.txt files-1000)
[ $quick = 1 ] || corpora+=(files-100000)
rule_sets=(10 1000 10000)

cd "$bench"
names=()
commands=()
for c in "${corpora[@]}"; do
    names+=("rg-lines $c" "rg-tokens $c")
    commands+=("rg -c [0-9] $c" "rg --count-matches [0-9]+ $c")
    for facts in "${rule_sets[@]}"; do
        names+=("factlint $c $facts")
        commands+=("$factlint check --rules rules-$facts --format json --fail-on never $c")
    done
done

args=()
for i in "${!commands[@]}"; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
done
echo "== timing (hyperfine, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg))"
hyperfine -N --style basic --warmup 1 --min-runs 3 --export-csv e2e.csv "${args[@]}" >e2e-hyperfine.txt
echo "   hyperfine's report: $bench/e2e-hyperfine.txt"

echo "== peak memory (/usr/bin/time -f %M) and bound claims"
: > e2e-extra.txt
set -f  # no globbing of `[0-9]` below
for i in "${!commands[@]}"; do
    # Word splitting is wanted: the commands hold no quoted arguments.
    # shellcheck disable=SC2086
    /usr/bin/time -f %M -o e2e-rss.txt ${commands[$i]} > e2e-out.txt
    rss=$(tail -n1 e2e-rss.txt)
    bound=$(grep -o '"bound": *[0-9]*' e2e-out.txt | grep -o '[0-9]*$' || true)
    printf '%s\t%s\t%s\n' "${names[$i]}" "$rss" "${bound:--}" >> e2e-extra.txt
done
set +f
rm -f e2e-rss.txt e2e-out.txt

bytes_of() {
    if [ -d "$1" ]; then find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}'
    else stat -c %s "$1"; fi
}
: > e2e-bytes.txt
for c in "${corpora[@]}"; do
    printf '%s\t%s\t%s\n' "$c" "$(bytes_of "$c")" "$(find "$c" -type f -name '*.txt' | wc -l)" >> e2e-bytes.txt
done

echo
echo "== results (median wall time; ratios to ripgrep on the same files)"
awk -F'\t' '
    FILENAME == "e2e-bytes.txt" { bytes[$1] = $2; files[$1] = $3; corpora[++ncorpora] = $1; next }
    FILENAME == "e2e-extra.txt" { rss[$1] = $2; bound[$1] = $3; next }
    FNR == 1 { next }  # the CSV header
    {
        split($0, f, ",")
        name = f[1]; median = f[4]
        split(name, w, " ")
        corpus = w[2]; facts = (w[1] == "factlint") ? w[3] : "-"
        order[++rows] = name; med[name] = median; kind[name] = w[1]
        corp[name] = corpus; nfacts[name] = facts
        if (w[1] == "rg-lines") rg[corpus] = median
        if (w[1] == "rg-tokens") rgt[corpus] = median
        if (w[1] == "factlint" && facts == 10) base[corpus] = median
    }
    END {
        printf "%-14s %-26s %9s %7s %8s %8s %8s %9s %12s\n", "corpus", "command", "time (s)", "MB/s", "x rg -c", "x rg tok", "x 10 f.", "peak MiB", "bound claims"
        for (i = 1; i <= rows; i++) {
            name = order[i]; c = corp[name]
            mbs = bytes[c] / 1e6 / med[name]
            if (kind[name] == "rg-lines") cmd = "rg -c [0-9]"
            else if (kind[name] == "rg-tokens") cmd = "rg --count-matches [0-9]+"
            else cmd = sprintf("factlint, %s facts", nfacts[name])
            vs10 = (kind[name] == "factlint") ? sprintf("%.2f", med[name] / base[c]) : ""
            printf "%-14s %-26s %9.3f %7.0f %8.2f %8.2f %8s %9.0f %12s\n", c, cmd, med[name], mbs, med[name] / rg[c], med[name] / rgt[c], vs10, rss[name] / 1024, bound[name]
        }
        print ""
        for (i = 1; i <= ncorpora; i++) printf "%s: %.1f MB in %d file(s)\n", corpora[i], bytes[corpora[i]] / 1e6, files[corpora[i]]
        print ""
        print "targets (issue 5), against rg -c [0-9]:"
        one = "one-50MB.txt"
        printf "  50 MB file, 1,000 facts: %.2fx ripgrep (target <= 3x), %.0f MB/s (target >= 150)\n", med["factlint " one " 1000"] / rg[one], bytes[one] / 1e6 / med["factlint " one " 1000"]
        printf "  10,000 facts vs 10 facts on the 50 MB file: %.2fx (target <= 1.5x)\n", med["factlint " one " 10000"] / base[one]
        news = "news-50MB.txt"
        printf "  50 MB of news-density text, 1,000 facts: %.2fx ripgrep (target <= 3x), %.0f MB/s (target >= 150)\n", med["factlint " news " 1000"] / rg[news], bytes[news] / 1e6 / med["factlint " news " 1000"]
        printf "  10,000 facts vs 10 facts on the news-density file: %.2fx (target <= 1.5x)\n", med["factlint " news " 10000"] / base[news]
        big = "files-100000"
        if (big in bytes) {
            single = bytes[one] / med["factlint " one " 1000"]
            many = bytes[big] / med["factlint " big " 1000"]
            printf "  100,000 files vs one file, 1,000 facts: %.0f%% of the single-file throughput (target >= 50%%)\n", 100 * many / single
            printf "  peak memory on the 500 MB corpus, 1,000 facts: %.0f MiB (target <= 150 MB)\n", rss["factlint " big " 1000"] / 1024
        }
    }
' e2e-bytes.txt e2e-extra.txt e2e.csv | tee e2e-table.txt
rm -f e2e-bytes.txt e2e-extra.txt
echo
echo "table saved in $bench/e2e-table.txt, raw times in $bench/e2e.csv"
