#!/usr/bin/env python3
"""`make check`: the search box of a built site, proven in Chromium (Playwright).

From file:// and over a loopback HTTP server that serves the site under a subpath
(/sub/path/), it runs the query set of .ci/search/queries.yml (each query's page and
heading must be in the top 3), the keyboard (/ focuses, arrows choose, Enter follows,
Escape closes), the page with JavaScript off (no box, a link to topics.html), and axe on
the open result list in light and dark at 360 and 1280 px. Every request must stay inside
the site. Ends with one line: `search-check: N passed, M failed`.

Usage: python .ci/search_check.py [--site _site] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import re
import sys
import tempfile
import threading
import time
from html import unescape
from pathlib import Path
from urllib.parse import urlparse

import yaml

QUERIES = Path(__file__).with_name("search") / "queries.yml"
SUBPATH = "sub/path"


def serve(folder: Path):
    """A loopback HTTP server over `folder`, in a thread; returns (server, port)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run_query(page, query: str, timeout: float = 10_000) -> list[dict]:
    """Types `query` into the box and returns the results shown: label, href, snippet HTML."""
    box = page.locator("#search-input")
    box.fill("")
    box.fill(query)
    page.wait_for_function(
        "q => { const l = document.getElementById('search-results');"
        " return l.getAttribute('data-query') === q && !l.hidden; }", arg=query, timeout=timeout)
    return page.evaluate("""() => [...document.querySelectorAll('#search-results [role=option]')].map(a => ({
        where: a.querySelector('.search-where').textContent,
        href: a.getAttribute('href'),
        snippet: a.querySelector('.search-snippet').innerHTML }))""")


def expected_label(title: str, heading: str) -> str:
    return f"{title} › {heading}" if heading else title


def is_hit(result: dict, case: dict, titles: dict[str, str]) -> bool:
    path = result["href"].split("#")[0].split("/")[-1]
    return path == case["page"] and result["where"] == expected_label(titles.get(case["page"], ""), case["heading"])


class SearchCheck:
    def __init__(self, site: Path, chromium: str):
        self.site = site.resolve()
        self.chromium = chromium
        self.failures: list[str] = []
        self.passed = 0
        self.page_ids: dict[str, set[str]] = {}
        self.cases = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))

    def expect(self, ok: bool, message: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failures.append(message)
            print(f"FAIL {message}", flush=True)

    def titles(self, page) -> dict[str, str]:
        """Page file → title, as the search results name pages (from each page's <h1>)."""
        titles = {}
        for case in self.cases:
            name = case["page"]
            if name not in titles:
                html = (self.site / name).read_text(encoding="utf-8")
                start = html.index("<h1>") + 4
                titles[name] = page.evaluate("h => { const d = document.createElement('div'); d.innerHTML = h; return d.textContent; }",
                                             html[start:html.index("</h1>", start)])
        return titles

    def run(self) -> None:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import sync_playwright

        with tempfile.TemporaryDirectory(prefix="search-check-") as folder:
            parent = Path(folder)
            (parent / SUBPATH).parent.mkdir(parents=True)
            (parent / SUBPATH).symlink_to(self.site, target_is_directory=True)
            server, port = serve(parent)
            try:
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=self.chromium, args=["--no-sandbox"])
                    try:
                        bases = [("file", self.site.as_uri() + "/"), ("http", f"http://127.0.0.1:{port}/{SUBPATH}/")]
                        for name, base in bases:
                            self.check_queries(browser, name, base)
                        self.check_keyboard(browser, bases[1][1])
                        self.check_without_javascript(browser, bases[0][1])
                        self.check_axe(browser, Axe(), bases[0][1])
                    finally:
                        browser.close()
            finally:
                server.shutdown()

    def watch(self, page, base: str, label: str) -> list[str]:
        """Records requests that leave the site or fail, and console errors, into a list."""
        problems: list[str] = []
        origin = urlparse(base)
        def request(r):
            url = urlparse(r.url)
            if url.scheme != origin.scheme or url.netloc != origin.netloc or not url.path.startswith(origin.path):
                problems.append(f"{label}: request outside the site: {r.url}")
        page.on("request", request)
        page.on("requestfailed", lambda r: problems.append(f"{label}: {r.url} failed: {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"{label}: {r.url} answered {r.status}"))
        # A failed load is reported above with its URL; the console says it again without one.
        page.on("console", lambda m: m.type == "error" and not m.text.startswith("Failed to load resource")
                and problems.append(f"{label}: console: {m.text}"))
        page.on("pageerror", lambda e: problems.append(f"{label}: uncaught {e}"))
        return problems

    def ids(self, path: str) -> set[str]:
        """The element ids of a page of the site (result links are relative to the root)."""
        if path not in self.page_ids:
            text = (self.site / path).read_text(encoding="utf-8")
            self.page_ids[path] = {unescape(m) for m in re.findall(r'\sid="([^"]*)"', text)}
        return self.page_ids[path]

    def check_queries(self, browser, name: str, base: str) -> None:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        problems = self.watch(page, base, name)
        page.goto(base + "index.html")
        titles = self.titles(page)
        hits = 0
        started = time.monotonic()
        for case in self.cases:
            results = run_query(page, case["query"])
            top = results[:3]
            ok = any(is_hit(r, case, titles) for r in top)
            hits += ok
            shown = "; ".join(r["where"] for r in top) or "no results"
            # Each result's anchor (the index leaves most out; the script derives them from
            # the heading) names an element of its page.
            for result in results:
                path, _, fragment = result["href"].partition("#")
                self.expect(not fragment or fragment in self.ids(path),
                            f"[{name}] {case['query']!r}: result {result['href']} names no element of {path}")
            self.expect(ok, f"[{name}] {case['query']!r} ({case['kind']}): wanted "
                            f"{expected_label(titles[case['page']], case['heading'])!r} in the top 3, got: {shown}")
            if ok and case["kind"] != "misspelling":
                self.expect("<mark>" in "".join(r["snippet"] + r["where"] for r in top),
                            f"[{name}] {case['query']!r}: no matched word is marked in the top 3 snippets")
        # Every result link resolves to a page of the site, from this base.
        links = page.evaluate("() => [...document.querySelectorAll('#search-results [role=option]')].map(a => a.href)")
        for link in links:
            self.expect(link.startswith(base), f"[{name}] result link {link} is outside {base}")
        print(f"[{name}] {hits}/{len(self.cases)} queries found in the top 3 ({time.monotonic() - started:.1f} s)", flush=True)
        self.expect(not problems, f"[{name}] " + "; ".join(problems[:5]))
        context.close()

    def check_keyboard(self, browser, base: str) -> None:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        problems = self.watch(page, base, "keyboard")
        page.goto(base + "vpc.html")
        page.locator("main").click()
        page.keyboard.press("/")
        self.expect(page.evaluate("document.activeElement.id") == "search-input", "keyboard: / does not focus the search box")
        page.keyboard.type("subnet")
        page.wait_for_function("() => document.getElementById('search-results').getAttribute('data-query') === 'subnet'")
        box = page.locator("#search-input")
        self.expect(box.get_attribute("aria-expanded") == "true", "keyboard: aria-expanded is not true with results shown")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
        self.expect(box.get_attribute("aria-activedescendant") == "search-option-0",
                    "keyboard: Down, Down, Up does not make the first result active")
        self.expect(page.locator("#search-option-0").get_attribute("aria-selected") == "true",
                    "keyboard: the active result is not aria-selected")
        page.keyboard.press("Escape")
        self.expect(box.get_attribute("aria-expanded") == "false" and page.locator("#search-results").is_hidden(),
                    "keyboard: Escape does not close the list")
        page.keyboard.press("ArrowDown")
        page.wait_for_function("() => !document.getElementById('search-results').hidden")
        page.keyboard.press("ArrowDown")
        target = page.locator("#search-option-0").get_attribute("href")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        self.expect(page.url == urlparse_join(base + "vpc.html", target),
                    f"keyboard: Enter led to {page.url}, not the chosen result {target}")
        self.expect(not problems, "keyboard: " + "; ".join(problems[:5]))
        context.close()

    def check_without_javascript(self, browser, base: str) -> None:
        context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
        page = context.new_page()
        page.goto(base + "vpc.html")
        self.expect(page.locator(".search").is_hidden(), "no JavaScript: the search box shows, but cannot work")
        link = page.locator("header a[href$='topics.html']")
        self.expect(link.count() == 1 and link.is_visible(), "no JavaScript: the header has no visible link to topics.html")
        if link.count():
            link.click()
            self.expect(page.url.endswith("/topics.html") and page.locator("h1").text_content() == "Index",
                        f"no JavaScript: the index link led to {page.url}")
            self.expect(page.locator(".topics-list a").count() > 50, "no JavaScript: the topics page lists few links")
        context.close()

    def check_axe(self, browser, axe, base: str) -> None:
        for width, scheme in [(360, "light"), (360, "dark"), (1280, "light"), (1280, "dark")]:
            context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
            page = context.new_page()
            page.goto(base + "index.html")
            run_query(page, "security group")
            page.keyboard.press("ArrowDown")
            view = f"{width}px {scheme}"
            overflow = page.evaluate("document.documentElement.scrollWidth > innerWidth")
            self.expect(not overflow, f"axe {view}: the open result list makes the page scroll sideways")
            result = axe.run(page, options={"resultTypes": ["violations"], "preload": False}).response
            serious = [f"{v['id']} ({v['impact']}): {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
            self.expect(not serious, f"axe {view} with the result list open: " + "; ".join(serious))
            context.close()


def urlparse_join(page_url: str, href: str) -> str:
    from urllib.parse import urljoin
    return urljoin(page_url, href)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("_site"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    if not (options.site / "search" / "index.js").exists():
        print(f"error: {options.site}/search/index.js not found (run `make site` with search on)", file=sys.stderr)
        return 2
    check = SearchCheck(options.site, options.chromium)
    check.run()
    print(f"search-check: {check.passed} passed, {len(check.failures)} failed")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
