#!/usr/bin/env bash
# `make bench`: StudySite against the cmark-gfm floor and Hugo on synthetic corpora.
#
#   BENCH_SIZES=100,1000,10000  corpus sizes (pages)
#   BENCH_RUNS=5                runs per tool and size (the median is reported)
#   BENCH_DIR=/dev/shm/studysite-bench   where corpora and every tool's output go (a RAM disk,
#                               so disk noise does not swamp the comparison)
#
# Also: 100 notes of one ```dot diagram each, first build (dot runs) and cached rebuild.
#
# Expects release binaries in .build/release (the Makefile builds them first).
set -euo pipefail

SIZES=${BENCH_SIZES:-100,1000,10000}
RUNS=${BENCH_RUNS:-5}
DIR=${BENCH_DIR:-/dev/shm/studysite-bench}
REPO=$(pwd)
STUDYSITE=$REPO/.build/release/studysite
CORPUS=$REPO/.build/release/bench-corpus
CMARK=(cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist)
HAVE_HUGO=0
command -v hugo >/dev/null 2>&1 && HAVE_HUGO=1

mkdir -p "$DIR"

# once TOOL COMMAND...: runs COMMAND once, appending its wall seconds and peak RSS (KB)
# to WALLS[TOOL] and RSSS[TOOL] (space-separated).
declare -A WALLS RSSS
once() {
  local tool=$1 start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$DIR/time.out" "$@" >/dev/null 2>"$DIR/stderr.out" || {
    echo "bench: command failed: $*" >&2; tail -5 "$DIR/stderr.out" >&2; exit 1; }
  end=$(date +%s%N)
  WALLS[$tool]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }') "
  RSSS[$tool]+="$(tail -1 "$DIR/time.out") "
}

# median VALUES: the median of space-separated numbers.
median() { printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "") print "-"; else printf "%.0f", k / 1024 }'; }

hugo_site() { # a minimal Hugo layout around the corpus
  local site=$1
  cat >"$site/hugo.toml" <<'EOF'
baseURL = "http://example.org/"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
EOF
  mkdir -p "$site/layouts/_default"
  printf '%s\n' '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>' >"$site/layouts/_default/single.html"
  printf '%s\n' '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' >"$site/layouts/_default/list.html"
}

declare -A S_TIME S_RSS C_TIME C_RSS H_TIME H_RSS
printf '%-7s %-10s %9s %9s\n' pages tool "median s" "rss MB"
IFS=, read -r -a sizes <<<"$SIZES"
for size in "${sizes[@]}"; do
  site=$DIR/corpus-$size
  "$CORPUS" "$size" "$site/content" "$REPO/content"
  if [ "$HAVE_HUGO" = 1 ]; then hugo_site "$site"; fi
  WALLS=(); RSSS=()
  # The tools take turns, run by run, so a machine that slows down or speeds up during the
  # bench weighs on all of them alike.
  for ((run = 0; run < RUNS; run++)); do
    # 1. The floor: cmark-gfm renders every file in one process (relative paths keep ARG_MAX far away).
    once cmark-gfm bash -c 'cd "$1/content" && shift && exec "$@" */*.md >"$0"' "$DIR/cmark-$size.html" "$site" "${CMARK[@]}"
    # 2. StudySite: glossary and tables on, link checking off.
    once studysite "$STUDYSITE" build "$site/content" --templates "$REPO/templates" --output "$DIR/studysite-$size"
    # 3. Hugo with a minimal layout.
    if [ "$HAVE_HUGO" = 1 ]; then once hugo hugo --quiet -s "$site" -d "$DIR/hugo-$size"; fi
  done
  C_TIME[$size]=$(median "${WALLS[cmark-gfm]}"); C_RSS[$size]=$(median "${RSSS[cmark-gfm]}")
  S_TIME[$size]=$(median "${WALLS[studysite]}"); S_RSS[$size]=$(median "${RSSS[studysite]}")
  printf '%-7s %-10s %9s %9s\n' "$size" cmark-gfm "${C_TIME[$size]}" "$(mb "${C_RSS[$size]}")"
  printf '%-7s %-10s %9s %9s\n' "$size" studysite "${S_TIME[$size]}" "$(mb "${S_RSS[$size]}")"
  if [ "$HAVE_HUGO" = 1 ]; then
    H_TIME[$size]=$(median "${WALLS[hugo]}"); H_RSS[$size]=$(median "${RSSS[hugo]}")
    printf '%-7s %-10s %9s %9s\n' "$size" hugo "${H_TIME[$size]}" "$(mb "${H_RSS[$size]}")"
  fi
done

# The AWS notes themselves (generators included), cold process.
WALLS=(); RSSS=()
for ((run = 0; run < RUNS; run++)); do
  once aws "$STUDYSITE" build "$REPO/content" --templates "$REPO/templates" --output "$DIR/studysite-aws"
done
printf '%-7s %-10s %9s %9s\n' aws studysite "$(median "${WALLS[aws]}")" "$(mb "$(median "${RSSS[aws]}")")"

# 100 notes with one ```dot block each (a chain of 3 to 12 nodes, all different): the first
# build lays every diagram out with dot; the rebuild reads them from the cache.
diagrams=$DIR/diagrams-100
rm -rf "$diagrams"
mkdir -p "$diagrams/content"
printf 'title: "Diagrams"\n' >"$diagrams/content/site.yml"
for ((i = 1; i <= 100; i++)); do
  {
    printf -- '---\ntitle: "Diagram %d"\n---\nA diagram.\n\n```dot\n// caption: Chain %d\ndigraph d%d {\n  rankdir=LR\n' "$i" "$i" "$i"
    for ((n = 0; n < 3 + i % 10; n++)); do printf '  n%d -> n%d [label="%d"]\n' "$n" "$((n + 1))" "$i"; done
    printf '}\n```\n'
  } >"$diagrams/content/d$i.md"
done
WALLS=(); RSSS=()
for ((run = 0; run < RUNS; run++)); do
  rm -rf "$diagrams/cache"
  once dot-first "$STUDYSITE" build "$diagrams/content" --templates "$REPO/templates" --output "$DIR/studysite-diagrams" --cache "$diagrams/cache"
  once dot-cached "$STUDYSITE" build "$diagrams/content" --templates "$REPO/templates" --output "$DIR/studysite-diagrams" --cache "$diagrams/cache"
done
first=$(median "${WALLS[dot-first]}"); cached=$(median "${WALLS[dot-cached]}")
printf '%-7s %-10s %9s %9s\n' 100-dot first "$first" "$(mb "$(median "${RSSS[dot-first]}")")"
printf '%-7s %-10s %9s %9s\n' 100-dot cached "$cached" "$(mb "$(median "${RSSS[dot-cached]}")")"
echo "bench: 100 diagrams: first build $first s, cached rebuild $cached s (first/cached $(ratio "$first" "$cached"))"

echo
printf '%-7s %18s %14s %14s\n' pages studysite/cmark-gfm studysite/hugo "rss s/hugo"
for size in "${sizes[@]}"; do
  printf '%-7s %18s %14s %14s\n' "$size" "$(ratio "${S_TIME[$size]}" "${C_TIME[$size]}")" \
    "$(ratio "${S_TIME[$size]}" "${H_TIME[$size]:-}")" "$(ratio "${S_RSS[$size]}" "${H_RSS[$size]:-}")"
done

# The search step: its share of the largest build (from --timings) and the index per 1,000 pages.
search_line() {
  local size=$1 out=$DIR/studysite-$size timings total search
  timings=$("$STUDYSITE" build "$DIR/corpus-$size/content" --templates "$REPO/templates" --output "$out" --timings 2>&1 >/dev/null)
  total=$(printf '%s\n' "$timings" | awk '/^  / { sum += $(NF - 1) } END { print sum }')
  search=$(printf '%s\n' "$timings" | awk '/^  search / { print $(NF - 1) }')
  # The share also without the study pages, the step whose cost is being cut separately.
  study=$(printf '%s\n' "$timings" | awk '/^  study pages / { print $(NF - 1) }')
  kb=$(find "$out/search" -name '*.js' -printf '%s\n' 2>/dev/null | awk -v n="$size" '{ b += $1 } END { printf "%.0f", b / 1024 / n * 1000 }')
  share() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print "n/a" }'; }
  echo "search: $size pages: step $(share "$search" "$total") % of the build (${search} of ${total} s;" \
    "$(share "$search" "$(awk -v a="$total" -v b="${study:-0}" 'BEGIN { print a - b }')") % without the study pages), index $kb KB per 1,000 pages"
}

largest=${sizes[-1]}
for size in "${sizes[@]}"; do [ "$size" -gt "$largest" ] && largest=$size; done
scaling=n/a
[ -n "${S_TIME[1000]:-}" ] && [ -n "${S_TIME[10000]:-}" ] && scaling=$(awk -v a="${S_TIME[10000]}" -v b="${S_TIME[1000]}" 'BEGIN { printf "%.1f", a / b }')
echo "scaling 1k->10k: $scaling"
echo "bench: $largest pages: studysite/cmark-gfm $(ratio "${S_TIME[$largest]}" "${C_TIME[$largest]}"), studysite/hugo $(ratio "${S_TIME[$largest]}" "${H_TIME[$largest]:-}"), scaling 1k->10k $scaling, rss studysite/hugo $(ratio "${S_RSS[$largest]}" "${H_RSS[$largest]:-}")"
for size in "${sizes[@]}"; do [ "$size" -eq "$largest" ] && search_line "$size"; done
