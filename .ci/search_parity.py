#!/usr/bin/env python3
"""`make search-parity`: StudySite's search against Pagefind on the same built site.

Makes the `make bench` corpus (`bench-corpus PAGES`, the AWS notes replicated), builds it
with StudySite, runs Pagefind (PyPI pagefind-bin) over the built site (`main` only, so both
index the notes and not the navigation; the study pages, which StudySite's index leaves out,
are set aside while Pagefind runs), serves it over loopback and runs the query set of
.ci/search/queries.yml through each in Chromium: StudySite through its search box, Pagefind
through its JavaScript API (pagefind/pagefind.js). A query counts when its page (any replica)
and heading are among the first three results; for Pagefind, among the first three pages and
each page's first three sections (Pagefind ranks pages, then sections within them).
Each query is also run cold, in a new browser context, to count the bytes its first run
loads (StudySite: the script and index files; Pagefind: its script, WebAssembly, index and
the fragments of the results shown, eight for both); then again warm, for the time from
keystroke to results. Ends with:

  search: N queries: studysite top-3 X/N, pagefind Y/N; first-query KB studysite A, pagefind B (P pages)

Usage: python .ci/search_parity.py [--pages 1000] [--dir /tmp/…] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from search_check import QUERIES, run_query, serve

SHOWN = 8


def replica_of(url: str, page: str) -> bool:
    """`s003/vpc-c1.html#x` is a replica of `vpc.html`; the glossary stays `glossary.html`."""
    name = url.split("#")[0].split("?")[0].rstrip("/").split("/")[-1]
    stem = page.removesuffix(".html")
    return name == page or re.fullmatch(re.escape(stem) + r"-c\d+\.html", name) is not None


def heading_of(label: str) -> str:
    return label.split(" › ", 1)[1] if " › " in label else ""


class Bytes:
    """Counts the bytes of responses whose URL path matches `pattern`."""

    def __init__(self, page, pattern: str):
        self.total = 0
        self.pattern = re.compile(pattern)
        page.on("response", self.add)

    def add(self, response):
        if self.pattern.search(response.url):
            try:
                self.total += len(response.body())
            except Exception:
                pass


PAGEFIND_SEARCH = """async ([q, shown]) => {
    if (!window.__pf) { window.__pf = await import(new URL('pagefind/pagefind.js', location.href).href); await window.__pf.init(); }
    const started = performance.now();
    const search = await window.__pf.search(q);
    const data = await Promise.all(search.results.slice(0, shown).map(r => r.data()));
    return { ms: performance.now() - started,
             results: data.map(d => ({ url: d.url, sections: d.sub_results.slice(0, 3).map(s => ({ title: s.title, url: s.url })) })) };
}"""

STUDYSITE_TIMED = """q => new Promise(resolve => {
    const list = document.getElementById('search-results'), input = document.getElementById('search-input');
    const started = performance.now();
    new MutationObserver((_, observer) => {
        if (list.getAttribute('data-query') === q) { observer.disconnect(); resolve(performance.now() - started); }
    }).observe(list, { attributes: true, childList: true });
    input.value = q;
    input.dispatchEvent(new Event('input'));
})"""


STUDY_PAGES = ("print.html", "cheatsheet.html", "flashcards.html", "practice.html")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--studysite", default=".build/release/studysite")
    parser.add_argument("--corpus", default=".build/release/bench-corpus")
    options = parser.parse_args()
    cases = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))

    with tempfile.TemporaryDirectory(prefix="search-parity-") as scratch:
        work = options.dir or Path(scratch)
        content, site = work / "content", work / "site"
        subprocess.run([options.corpus, str(options.pages), str(content), "content"], check=True)
        started = time.monotonic()
        subprocess.run([options.studysite, "build", str(content), "--templates", "templates", "--output", str(site), "--timings"], check=True)
        print(f"studysite build: {time.monotonic() - started:.1f} s", flush=True)
        started = time.monotonic()
        # The study pages (print.html holds every note, the cheat sheet, flashcards and
        # practice hold the glossary and quizzes) are left out of StudySite's index, so they
        # are set aside while Pagefind indexes too: else print.html tops most of its results.
        aside = work / "study-pages"
        aside.mkdir(exist_ok=True)
        study_pages = [name for name in STUDY_PAGES if (site / name).exists()]
        for name in study_pages:
            (site / name).rename(aside / name)
        try:
            subprocess.run([sys.executable, "-m", "pagefind_bin", "--site", str(site), "--root-selector", "main", "--quiet"], check=True)
        finally:
            for name in study_pages:
                (aside / name).rename(site / name)
        print(f"pagefind index: {time.monotonic() - started:.1f} s", flush=True)
        ours = sum(f.stat().st_size for f in (site / "search").rglob("*.js"))
        theirs = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())
        print(f"index size: studysite {ours / 1024:.0f} KB, pagefind {theirs / 1024:.0f} KB "
              f"({ours / 1024 / options.pages * 1000:.0f} and {theirs / 1024 / options.pages * 1000:.0f} KB per 1,000 pages)")

        server, port = serve(site)
        base = f"http://127.0.0.1:{port}/"
        from playwright.sync_api import sync_playwright
        hits = {"studysite": 0, "pagefind": 0}
        first_kb = {"studysite": [], "pagefind": []}
        warm_ms = {"studysite": [], "pagefind": []}
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=options.chromium, args=["--no-sandbox"])
                for case in cases:
                    query, page_name, heading = case["query"], case["page"], case["heading"]
                    # StudySite, cold: a new context loads the index files the query needs.
                    context = browser.new_context()
                    page = context.new_page()
                    counter = Bytes(page, r"/(assets/search\.js|search/.*\.js)$")
                    page.goto(base + "index.html")
                    results = run_query(page, query, timeout=60_000)
                    first_kb["studysite"].append(counter.total / 1024)
                    ok = any(replica_of(r["href"], page_name) and heading_of(r["where"]) == heading for r in results[:3])
                    hits["studysite"] += ok
                    warm_ms["studysite"].append(page.evaluate(STUDYSITE_TIMED, query + " "))
                    context.close()
                    # Pagefind, cold.
                    context = browser.new_context()
                    page = context.new_page()
                    counter = Bytes(page, r"/pagefind/")
                    page.goto(base + "index.html")
                    found = page.evaluate(PAGEFIND_SEARCH, [query, SHOWN])
                    first_kb["pagefind"].append(counter.total / 1024)
                    their_ok = False
                    for result in found["results"][:3]:
                        if replica_of(result["url"], page_name):
                            # Pagefind keeps the heading's "#" self-link in its title: "Internet gateway #",
                            # with the word joiner (U+2060) the layout puts before it.
                            titles = [re.sub(r"[\s\u2060]*#$", "", s["title"]).strip() for s in result["sections"]]
                            if heading == "" or heading in titles:
                                their_ok = True
                    hits["pagefind"] += their_ok
                    warm_ms["pagefind"].append(page.evaluate(PAGEFIND_SEARCH, [query + " ", SHOWN])["ms"])
                    context.close()
                    print(f"  {query!r:32} studysite {'hit ' if ok else 'miss'} {first_kb['studysite'][-1]:6.0f} KB   "
                          f"pagefind {'hit ' if their_ok else 'miss'} {first_kb['pagefind'][-1]:6.0f} KB", flush=True)
                browser.close()
        finally:
            server.shutdown()

    n = len(cases)
    for tool in ("studysite", "pagefind"):
        print(f"{tool}: first query KB mean {statistics.mean(first_kb[tool]):.0f}, max {max(first_kb[tool]):.0f}; "
              f"warm query ms median {statistics.median(warm_ms[tool]):.1f}, max {max(warm_ms[tool]):.1f}")
    print(f"search: {n} queries: studysite top-3 {hits['studysite']}/{n}, pagefind {hits['pagefind']}/{n}; "
          f"first-query KB studysite {statistics.mean(first_kb['studysite']):.0f}, "
          f"pagefind {statistics.mean(first_kb['pagefind']):.0f} ({options.pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
