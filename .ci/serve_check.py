#!/usr/bin/env python3
"""`make check`: `studysite serve` in Chromium. A page opened from the preview server shows an
edit saved to the note on disk without anyone touching the browser; a broken save shows the
errors over the last good page, and the next good save clears them.

Usage: python .ci/serve_check.py --studysite .build/release/studysite [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def start_server(studysite: str, content: Path, templates: Path) -> tuple[subprocess.Popen, str]:
    """Starts `studysite serve --port 0` and returns it with the URL it printed (30 s at most)."""
    server = subprocess.Popen(
        [studysite, "serve", str(content), "--templates", str(templates), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        match = re.search(r"Serving (http://\S+)", line or "")
        if match:
            return server, match.group(1)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit(f"serve-check: studysite serve printed no URL: {server.stderr.read()[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studysite", default=str(REPO / ".build/release/studysite"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="studysite-serve-check-"))
    failures: list[str] = []
    server = None
    try:
        content = work / "content"
        shutil.copytree(REPO / "content", content)
        server, url = start_server(args.studysite, content, REPO / "templates")
        note = content / "vpc.md"
        original = note.read_text(encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url + "vpc.html")
            if not page.locator("script[data-studysite-live-reload]").count():
                failures.append("the served page has no live-reload script")

            marker = "Edited while the page was open"
            note.write_text(original + f"\n{marker}.\n", encoding="utf-8")
            try:
                page.wait_for_function(f"document.body.innerText.includes({marker!r})", timeout=20_000)
            except Exception:
                failures.append("an edit saved to content/vpc.md did not show in the open page within 20 s")

            note.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
            try:
                page.wait_for_selector("#studysite-build-errors", timeout=20_000)
                overlay = page.locator("#studysite-build-errors").inner_text()
                if "vpc.md:" not in overlay:
                    failures.append(f"the error overlay does not name the note: {overlay[:200]!r}")
                if marker not in page.locator("main").inner_text():
                    failures.append("after a failed build the last good page is not shown under the overlay")
            except Exception:
                failures.append("a broken save showed no error overlay within 20 s")

            note.write_text(original, encoding="utf-8")
            try:
                page.wait_for_function(
                    f"!document.getElementById('studysite-build-errors') && !document.body.innerText.includes({marker!r})",
                    timeout=20_000)
            except Exception:
                failures.append("the next good save did not clear the overlay and show the restored note")
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)

    for failure in failures:
        print(f"serve-check: FAIL: {failure}")
    print(f"serve-check: {3 - min(3, len(failures))} passed, {len(failures)} failed" if failures else "serve-check: 3 passed, 0 failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
