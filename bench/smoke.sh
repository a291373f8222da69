#!/usr/bin/env bash
# Correctness at scale (part of .ci/test; the timed benchmark is bench/run.sh):
#   bash bench/smoke.sh BUILD_DIR [PAGES]      default 500 pages
# Generates the benchmark corpus, builds it, and checks: exit 0 with no findings on stderr,
# an .html page for every Markdown file, and byte-identical output when built again on one
# thread (the normal build renders on every core).
set -euo pipefail
cd "$(dirname "$0")/.."
bdir=${1:?usage: bench/smoke.sh BUILD_DIR [PAGES]}
n=${2:-500}
work=$(mktemp -d /tmp/wegwijzer-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke ($n pages): $*" >&2; exit 1; }

"$bdir/bench/corpus_generator" "$n" "$work/site"
start=$(date +%s%N)
"$bdir/wegwijzer" build --quiet --config "$work/site/site-config.toml" --out "$work/a" 2>"$work/err-a" ||
  { cat "$work/err-a" >&2; fail "the build failed"; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ -s $work/err-a ]] && { cat "$work/err-a" >&2; fail "the build reported findings"; }

# Every content/x/y.md is x/y.html; content/x/_index.md is x.html, content/_index.md index.html.
missing=0 sources=0
while IFS= read -r md; do
  rel=${md#"$work/site/content/"}
  case $rel in
    _index.md) html=index.html ;;
    */_index.md) html=${rel%/_index.md}.html ;;
    *) html=${rel%.md}.html ;;
  esac
  sources=$((sources + 1))
  [[ -f $work/a/$html ]] || { echo "missing: $html (from $rel)" >&2; missing=$((missing + 1)); }
done < <(find "$work/site/content" -name '*.md')
((missing == 0)) || fail "$missing of $sources pages missing"
pages=$(find "$work/a" -name '*.html' | wc -l)
((sources >= n && pages >= sources)) || fail "$pages pages for $sources sources"

"$bdir/wegwijzer" build --quiet --threads 1 --config "$work/site/site-config.toml" --out "$work/b" 2>/dev/null ||
  fail "the one-thread build failed"
diff -r "$work/a" "$work/b" >/dev/null || fail "the output differs between the parallel and the one-thread build"
echo "smoke: $n pages -> $pages .html pages in $ms ms, every source has its page, parallel and one-thread output identical"
