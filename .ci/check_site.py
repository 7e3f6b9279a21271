#!/usr/bin/env python3
"""`make check`: proves a built site valid, accessible and readable in a real browser.

1. The Nu HTML Checker over every page: errors fail, warnings are listed.
2. Debian's Chromium driven by Playwright, every page at 360x800 and 1280x800 in light
   and dark colour schemes, over file://: lang, one h1 and the landmarks; no sideways
   scrolling; no failed requests; no console errors; no JavaScript but the search script
   (assets/search.js: .ci/search_check.py proves it and the pages without it); no dangling #anchors;
   WCAG AA text contrast; a visible skip link and focus ring; a screenshot of each.
3. axe-core on every page and view: serious and critical violations fail, the rest are listed.
4. A summary; the exit status is 1 when anything failed, 2 when the check could not run.

Usage: python .ci/check_site.py [--site _site] [--screenshots _check] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from browser_check import VIEWS, BrowserCheck, View
from findings import FAILING, LABELS, NOTE_LABELS, Findings, print_group
from nu_validator import NuRun


@dataclass
class SiteCheck:
    """The result of checking one site: what was found, over which pages, with how many screenshots."""

    findings: Findings
    pages: list[str]
    screenshots: int


def check_views(site: Path, pages: list[Path], screenshots: Path, chromium: str,
                views: list[View]) -> tuple[Findings, int, list[str]]:
    """One worker: its own Chromium over `views`; returns findings, screenshot count and log lines."""
    findings, lines = Findings(), []
    browser = BrowserCheck(site, screenshots, findings, chromium, views, lines.append)
    browser.run(pages)
    return findings, browser.screenshot_count, lines


def check_site(site: Path, screenshots: Path, chromium: str, views: list[View] = VIEWS, log=print,
               workers: int = min(2, os.cpu_count() or 1)) -> SiteCheck:
    """Runs every check over `site`. The views are shared among `workers` Chromium processes, and
    the Nu checker works in the background meanwhile: axe-core dominates the time and uses one core."""
    pages = sorted(site.rglob("*.html"))
    findings = Findings()
    nu = NuRun(site, pages)
    for view in views:
        shutil.rmtree(screenshots / view.name, ignore_errors=True)
    groups = [views[i::workers] for i in range(workers) if views[i::workers]]
    shots = 0
    with ProcessPoolExecutor(len(groups), mp_context=multiprocessing.get_context("fork")) as pool:
        runs = [pool.submit(check_views, site, pages, screenshots, chromium, group) for group in groups]
        for run in runs:
            found, count, lines = run.result()
            findings.merge(found)
            shots += count
            for line in lines:
                log(line)
    for message in nu.messages():
        page = message.path.removeprefix(site.name + "/")
        text = f"{message.line}:{message.column}: {message.message}"
        if message.severity == "error":
            findings.error("html", page, text)
        else:
            findings.note("html", page, text)
    return SiteCheck(findings, [str(p.relative_to(site)) for p in pages], shots)


def print_report(result: SiteCheck, screenshots: Path, views: list[View], seconds: float) -> None:
    findings = result.findings
    for category in FAILING:
        if findings.errors.get(category):
            print_group(f"FAIL {LABELS[category]}", findings.errors[category], [v.name for v in views])
    for category, label in NOTE_LABELS.items():
        if findings.notes.get(category):
            print_group(f"{label} (listed, not failing)", findings.notes[category], [v.name for v in views])

    print(f"\n== Summary: {len(result.pages)} pages, each in {len(views)} views "
          f"({', '.join(v.name for v in views)}), {seconds:.0f} s")
    for category in FAILING:
        failed = findings.failed_pages(category)
        count = len(findings.errors.get(category, {}))
        print(f"  {LABELS[category]:<40} {count:>4} errors" + (f" on {len(failed)} pages" if failed else ""))
    for category, label in NOTE_LABELS.items():
        print(f"  {label + ' (listed)':<40} {len(findings.notes.get(category, {})):>4}")
    measured = ", ".join(f"{n} {kind}" for kind, n in sorted(findings.measured.items()))
    print(f"Contrast measured on: {measured or 'nothing'}")
    print(f"Screenshots: {result.screenshots} in {screenshots}/<size>-<scheme>/<page>.png")
    # The closing line counts (page, check) pairs, in the plain form CI logs recognise.
    failed_pairs = sum(len(findings.failed_pages(c) & set(result.pages)) for c in FAILING)
    total_pairs = len(result.pages) * len(FAILING)
    print(f"check: {total_pairs - failed_pairs} passed, {failed_pairs} failed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("_site"))
    parser.add_argument("--screenshots", type=Path, default=Path("_check"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                        help="Chromium processes sharing the views (default: 2, or 1 on one core)")
    options = parser.parse_args()

    if not any(options.site.rglob("*.html")):
        print(f"error: no .html pages under {options.site}/ (run `make site` first)", file=sys.stderr)
        return 2
    if not Path(options.chromium).exists():
        print(f"error: no Chromium at {options.chromium} (apt-get install -y chromium)", file=sys.stderr)
        return 2
    started = time.monotonic()
    result = check_site(options.site, options.screenshots, options.chromium,
                        log=lambda line: print(line, flush=True), workers=max(1, options.workers))
    print_report(result, options.screenshots, VIEWS, time.monotonic() - started)
    return 1 if result.findings.has_errors() else 0


if __name__ == "__main__":
    sys.exit(main())
