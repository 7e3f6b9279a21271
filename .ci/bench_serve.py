#!/usr/bin/env python3
"""`make bench-serve`: how long after a note is saved `studysite serve` tells open pages to reload.

For each site (the AWS notes, and the 10,000-page corpus of `make bench`) it starts the server,
listens to its event stream like an open page does, and times, from the moment a save
returns to the moment the reload event arrives: a text edit, a title edit and a new glossary
definition, RUNS times each (median reported). The times include the watcher's polling.

With `hugo` on PATH it also times Hugo's own preview server (`hugo server`: pages in memory
and fast render mode, its defaults) on the same corpus with the layout of `make bench`: the
same three edits, timed from the save to the "Total in N ms" line Hugo logs after its rebuild.
(In fast render mode Hugo re-renders only the pages a browser has open; none is, here.)

Usage: python .ci/bench_serve.py [--studysite BIN] [--corpus BIN] [--sizes 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


class Server:
    def __init__(self, studysite: str, content: Path):
        self.process = subprocess.Popen(
            [studysite, "serve", str(content), "--templates", str(REPO / "templates"), "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            match = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", self.process.stdout.readline() or "")
            if match:
                self.port = int(match.group(1))
                break
        else:
            raise SystemExit("bench-serve: the server printed no URL")
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=900)
        self.connection.request("GET", "/__studysite/events")
        self.events = self.connection.getresponse()
        self.generation = self.next_generation()

    def next_generation(self) -> int:
        while True:
            line = self.events.fp.readline().decode()
            if line.startswith("data: "):
                return int(line[6:])

    def time_save(self, path: Path, text: str) -> float:
        """Writes `text` to `path` and returns the seconds until the next build's reload event."""
        path.write_text(text, encoding="utf-8")
        start = time.monotonic()
        self.generation = self.next_generation()
        return time.monotonic() - start

    def stop(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.wait(timeout=30)


def edits(note: Path, runs: int) -> dict[str, list[tuple[Path, str]]]:
    """The three kinds of edit, each a list of (file, new contents), alternating with the original."""
    original = note.read_text(encoding="utf-8")
    title = re.search(r"^title: .*$", original, re.M)
    body = original + "\n"
    plans: dict[str, list[tuple[Path, str]]] = {"text edit": [], "title edit": [], "new definition": []}
    for run in range(runs):
        plans["text edit"].append((note, body + f"A sentence added in run {run}.\n"))
        retitled = original.replace(title.group(0), f'title: "Retitled {run}"', 1) if title else original
        plans["title edit"].append((note, retitled))
        plans["new definition"].append((note, body + f"\n- **Benchterm {run}**: a term defined while serving.\n"))
    return plans


def bench(studysite: str, name: str, content: Path, note: Path, runs: int) -> list[str]:
    server = Server(studysite, content)
    original = note.read_text(encoding="utf-8")
    lines = []
    try:
        for kind, plan in edits(note, runs).items():
            times = []
            for path, text in plan:
                times.append(server.time_save(path, text))
                server.time_save(path, original)
            median = statistics.median(times) * 1000
            lines.append(f"bench-serve: {name}: {kind}: save to reload {median:.0f} ms (median of {runs})")
            print(lines[-1], file=sys.stderr, flush=True)
    finally:
        server.stop()
    return lines


HUGO_CONFIG = 'baseURL = "http://example.org/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
HUGO_SINGLE = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n"
HUGO_LIST = '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_hugo(name: str, site: Path, note: Path, runs: int) -> list[str]:
    """`hugo server` on `site` (a folder with content/), timed from each save to its "Total in" line."""
    (site / "hugo.toml").write_text(HUGO_CONFIG)
    (site / "layouts/_default").mkdir(parents=True, exist_ok=True)
    (site / "layouts/_default/single.html").write_text(HUGO_SINGLE)
    (site / "layouts/_default/list.html").write_text(HUGO_LIST)
    process = subprocess.Popen(
        ["hugo", "server", "-s", str(site), "--bind", "127.0.0.1", "--port", str(free_port())],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    reported: list[int] = []

    def wait(pattern: str) -> float:
        while True:
            line = process.stdout.readline()
            if not line:
                raise SystemExit("bench-serve: hugo server stopped")
            match = re.search(pattern, line)
            if match:
                if match.groups():
                    reported.append(int(match.group(1)))
                return time.monotonic()

    def total() -> float:
        return wait(r"Total in (\d+) ms")

    original = note.read_text(encoding="utf-8")
    lines = []
    try:
        wait(r"Web Server is available")  # the first build
        for kind, plan in edits(note, runs).items():
            times, builds = [], []
            for path, text in plan:
                path.write_text(text, encoding="utf-8")
                start = time.monotonic()
                times.append(total() - start)
                builds.append(reported[-1])
                note.write_text(original, encoding="utf-8")
                total()
            # Hugo gathers file events for half a second before it rebuilds; its log's own figure is the rebuild alone.
            lines.append(f"bench-serve: {name}: hugo server: {kind}: save to rebuilt {statistics.median(times) * 1000:.0f} ms, "
                         f"of which its rebuild (\"Total in\") {statistics.median(builds):.0f} ms (median of {runs})")
            print(lines[-1], file=sys.stderr, flush=True)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studysite", default=str(REPO / ".build/release/studysite"))
    parser.add_argument("--corpus", default=str(REPO / ".build/release/bench-corpus"))
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="studysite-bench-serve-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    lines: list[str] = []
    try:
        aws = work / "aws"
        shutil.copytree(REPO / "content", aws)
        lines += bench(args.studysite, "AWS site", aws, aws / "vpc.md", args.runs)
        for size in [int(s) for s in args.sizes.split(",") if s]:
            corpus = work / f"corpus-{size}"
            subprocess.run([args.corpus, str(size), str(corpus), str(REPO / "content")], check=True, stdout=subprocess.DEVNULL)
            note = sorted(p for p in corpus.rglob("*.md"))[len(list(corpus.rglob("*.md"))) // 2]
            lines += bench(args.studysite, f"{size} pages", corpus, note, args.runs)
            if shutil.which("hugo"):
                site = work / f"hugo-{size}"
                shutil.copytree(corpus, site / "content")
                lines += bench_hugo(f"{size} pages", site, site / "content" / note.relative_to(corpus), args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
