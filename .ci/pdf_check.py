"""`make pdf`: print.html and cheatsheet.html to PDF with headless Chromium, then check them.

- cheatsheet.pdf has at most two pages (`pdfinfo`);
- the text of print.pdf (`pdftotext`) holds the title of every note in the content folder.

Usage: python3 .ci/pdf_check.py [--site _site] [--content content] [--chromium /usr/bin/chromium]
"""
import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

MAX_CHEATSHEET_PAGES = 2


def print_pdf(chromium: str, page: Path, pdf: Path) -> None:
    # Page numbers come from the @page margin boxes in study.css, not Chromium's header/footer.
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
         "--no-pdf-header-footer", page.resolve().as_uri()],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise SystemExit(f"pdf: Chromium wrote no {pdf}")


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def words(text: str) -> str:
    return " ".join(text.split())


def note_titles(content: Path) -> list[tuple[Path, str]]:
    titles = []
    for note in sorted(content.rglob("*.md")):
        text = note.read_text(encoding="utf-8")
        match = re.search(r"\A---\n(.*?)\n---", text, re.S)
        title = match and re.search(r"^title:\s*(.+)$", match.group(1), re.M)
        if title:
            value = title.group(1).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].replace('\\"', '"')
            titles.append((note, value))
    return titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("_site"))
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    started = time.monotonic()
    failures = []
    course, cheatsheet = options.site / "print.pdf", options.site / "cheatsheet.pdf"
    print_pdf(options.chromium, options.site / "print.html", course)
    text = words(subprocess.run(["pdftotext", str(course), "-"], check=True, capture_output=True, text=True).stdout)
    titles = note_titles(options.content)
    # Each title is in the contents list and heads its note's part: twice at least.
    missing = [(note, title) for note, title in titles if text.count(words(title)) < 2]
    for note, title in missing:
        failures.append(f"{course}: the title of {note} ({title!r}) is not twice in the PDF's text (contents and its part)")
    print(f"pdf: {course}: {page_count(course)} pages, {len(titles) - len(missing)} of {len(titles)} note titles found")
    if (options.site / "cheatsheet.html").is_file():
        print_pdf(options.chromium, options.site / "cheatsheet.html", cheatsheet)
        pages = page_count(cheatsheet)
        print(f"pdf: {cheatsheet}: {pages} pages (at most {MAX_CHEATSHEET_PAGES})")
        if pages > MAX_CHEATSHEET_PAGES:
            failures.append(f"{cheatsheet}: {pages} pages, more than {MAX_CHEATSHEET_PAGES}")
    for failure in failures:
        print(f"pdf: FAIL {failure}", file=sys.stderr)
    print(f"pdf: {'OK' if not failures else 'FAILED'} in {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
