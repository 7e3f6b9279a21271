"""What `make check` found: failing errors and listed notes, grouped by category and page."""

from __future__ import annotations

from dataclasses import dataclass, field

# Categories whose errors fail the run, in the order the summary lists them.
FAILING = ["html", "structure", "overflow", "requests", "console", "javascript", "anchors", "contrast",
           "keyboard", "axe", "diagrams", "table-fit", "phone-layout"]
LABELS = {
    "html": "HTML validity (Nu checker)",
    "structure": "lang, one h1, landmarks, nav labels",
    "overflow": "horizontal page overflow",
    "requests": "failed stylesheet/image/font requests",
    "console": "console errors",
    "javascript": "JavaScript in the page",
    "anchors": "in-page #anchor links",
    "contrast": "text contrast (WCAG AA)",
    "keyboard": "skip link and focus ring",
    "axe": "axe-core serious/critical",
    "diagrams": "diagrams named and inside their figure",
    "table-fit": "table cells hidden (360 px) or scrolling (1280 px)",
    "phone-layout": "heading # alone, header height (phones)",
}
# Categories that are listed for people to read but do not fail the run.
NOTE_LABELS = {
    "html": "Nu checker warnings",
    "axe": "axe-core minor/moderate",
    "tables": "table headers without scope",
}


@dataclass
class Findings:
    """Problems grouped by category, then by (page, message), with the views each was seen in.
    Plain dicts, so a worker process can send its findings back to be merged."""

    errors: dict[str, dict[tuple[str, str], list[str]]] = field(default_factory=dict)
    notes: dict[str, dict[tuple[str, str], list[str]]] = field(default_factory=dict)
    # How many text elements the contrast survey measured, per text category.
    measured: dict[str, int] = field(default_factory=dict)

    def error(self, category: str, page: str, message: str, view: str = "") -> None:
        self._add(self.errors.setdefault(category, {}), page, message, view)

    def note(self, category: str, page: str, message: str, view: str = "") -> None:
        self._add(self.notes.setdefault(category, {}), page, message, view)

    def count_measured(self, kind: str) -> None:
        self.measured[kind] = self.measured.get(kind, 0) + 1

    def merge(self, other: Findings) -> None:
        """Adds another run's findings (another set of views) to these."""
        for mine, theirs in ((self.errors, other.errors), (self.notes, other.notes)):
            for category, bucket in theirs.items():
                for (page, message), views in bucket.items():
                    for view in views or [""]:
                        self._add(mine.setdefault(category, {}), page, message, view)
        for kind, count in other.measured.items():
            self.measured[kind] = self.measured.get(kind, 0) + count

    @staticmethod
    def _add(bucket: dict, page: str, message: str, view: str) -> None:
        views = bucket.setdefault((page, message), [])
        if view and view not in views:
            views.append(view)

    def failed_pages(self, category: str) -> set[str]:
        return {page for page, _ in self.errors.get(category, {})}

    def has_errors(self) -> bool:
        return any(self.errors.values())


def print_group(title: str, bucket: dict[tuple[str, str], list[str]], all_views: list[str]) -> None:
    """Prints one category, a line per (page, message), naming the views only when not all of them."""
    print(f"\n== {title}: {len(bucket)}")
    for (page, message), views in sorted(bucket.items()):
        ordered = [view for view in all_views if view in views]
        where = f" [{', '.join(ordered)}]" if views and len(views) < len(all_views) else ""
        print(f"{page}: {message}{where}")
