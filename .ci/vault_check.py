#!/usr/bin/env python3
"""`make check`: the fixture Obsidian vault (Tests/StudySiteTests/Fixtures/obsidian-vault) built
with --check-links and checked like the course: the Nu HTML checker, Chromium at 360 and 1280 px in
light and dark, axe-core (check_site.py), so embeds and callouts are valid, readable and fit a
phone. Then its callouts by keyboard: a folded one (`> [!faq]-`) shows only its title until Enter
on the title opens it; an open one (`> [!faq]+`) shows its body; no script on the page.

Usage: python .ci/vault_check.py --studysite .build/release/studysite [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from check_site import VIEWS, check_site, print_report

REPO = Path(__file__).resolve().parent.parent
VAULT = REPO / "Tests/StudySiteTests/Fixtures/obsidian-vault/content"

CALLOUTS = """() => [...document.querySelectorAll('.callout')].map(el => {
  const body = el.querySelector('.callout-body');
  return {tag: el.tagName.toLowerCase(), cls: el.className, open: el.open === undefined ? null : el.open,
          title: el.querySelector('.callout-title').textContent.trim(),
          bodyShown: body.checkVisibility(),
          bar: getComputedStyle(el).borderLeftWidth};
})"""


def check_callouts(site: Path, chromium: str, failures: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        # JavaScript off: folding is the browser's own <details>, no script involved.
        page = browser.new_page(viewport={"width": 360, "height": 800}, java_script_enabled=False)
        page.goto((site / "home.html").as_uri())
        callouts = {c["title"]: c for c in page.evaluate(CALLOUTS)}
        expected = {
            "How this vault is laid out": ("aside", None, True),
            "Why are some callouts folded?": ("details", False, False),
            "Can I still fold an open one?": ("details", True, True),
            "Warning": ("aside", None, True),
        }
        for title, (tag, is_open, shown) in expected.items():
            found = callouts.get(title)
            if not found:
                failures.append(f"home.html: no callout titled {title!r} (found {sorted(callouts)})")
                continue
            if (found["tag"], found["open"], found["bodyShown"]) != (tag, is_open, shown):
                failures.append(f"home.html: callout {title!r} is {found}, expected <{tag}> open={is_open} body shown={shown}")
            if found["bar"] in ("", "0px"):
                failures.append(f"home.html: callout {title!r} has no coloured bar (style.css not applied?)")
        summary = page.locator("details.callout:not([open]) > summary").first
        summary.focus()
        page.keyboard.press("Enter")
        after = {c["title"]: c for c in page.evaluate(CALLOUTS)}
        if not after["Why are some callouts folded?"]["bodyShown"]:
            failures.append("home.html: Enter on a folded callout's title did not show its body")
        scripts = page.evaluate("() => document.querySelectorAll('script:not([src$=\"search.js\"])').length")
        if scripts:
            failures.append(f"home.html: {scripts} script elements besides the search")
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studysite", default=str(REPO / ".build/release/studysite"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshots", type=Path, default=REPO / "_check/vault")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="studysite-vault-check-"))
    try:
        site = work / "_site"
        build = subprocess.run(
            [args.studysite, "build", str(VAULT), "--templates", str(REPO / "templates"), "--output", str(site), "--check-links"],
            capture_output=True, text=True)
        if build.returncode != 0 or ": warning:" in build.stderr:
            print(f"vault-check: the vault did not build cleanly:\n{build.stderr}", file=sys.stderr)
            return 1
        started = time.monotonic()
        result = check_site(site, args.screenshots, args.chromium, log=lambda line: print(line, flush=True))
        print_report(result, args.screenshots, VIEWS, time.monotonic() - started)
        failures: list[str] = []
        check_callouts(site, args.chromium, failures)
        for failure in failures:
            print(f"FAIL vault-check: {failure}")
        print(f"vault-check: callouts {'ok' if not failures else f'{len(failures)} failed'}")
        return 1 if failures or result.findings.has_errors() else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
