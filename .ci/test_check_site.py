"""Proves the checks of check_site.py can fail: a broken fixture page trips every category,
a clean one trips none. Runs the real tools (vnu.jar, Chromium, axe-core) on .ci/fixtures/check-site.

Usage: python .ci/test_check_site.py [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import sys
import tempfile
import unittest
from pathlib import Path

from check_site import check_site
from findings import FAILING

FIXTURE = Path(__file__).with_name("fixtures") / "check-site"
CHROMIUM = "/usr/bin/chromium"


class CheckSiteTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory(prefix="check-site-test-") as screenshots:
            cls.result = check_site(FIXTURE, Path(screenshots), CHROMIUM, log=lambda line: None)
            cls.screenshot_files = sorted(p.relative_to(screenshots).as_posix() for p in Path(screenshots).rglob("*.png"))

    def messages(self, category: str, page: str) -> list[str]:
        return [message for (where, message) in self.result.findings.errors.get(category, {}) if where == page]

    def test_clean_page_passes_every_check(self):
        for category in FAILING:
            with self.subTest(category=category):
                self.assertEqual(self.messages(category, "clean.html"), [])

    def test_broken_page_fails_every_check(self):
        for category in FAILING:
            # hidden-column.html is the page that trips the table check.
            page = "hidden-column.html" if category == "table-fit" else "broken.html"
            with self.subTest(category=category):
                self.assertNotEqual(self.messages(category, page), [])

    def test_hidden_table_column_is_named_at_360_and_1280(self):
        found = self.result.findings.errors.get("table-fit", {})
        views = {view for (where, _), views in found.items() if where == "hidden-column.html" for view in views}
        messages = "\n".join(self.messages("table-fit", "hidden-column.html"))
        self.assertIn('table 1 "Prices by plan"', messages)
        self.assertIn('"Monthly price in US dollars"', messages)
        self.assertIn("scrolls sideways", messages)
        self.assertIn("360x800-light", views)
        self.assertIn("1280x800-light", views)
        self.assertEqual(self.messages("overflow", "hidden-column.html"), [])

    def test_broken_page_problems_are_named(self):
        def joined(category):
            return "\n".join(self.messages(category, "broken.html"))

        self.assertIn("stylesheet assets/missing.css", joined("requests"))
        self.assertIn("missing.png", joined("requests"))
        self.assertIn("boom", joined("console"))
        self.assertIn("links to #nowhere", joined("anchors"))
        self.assertIn("2 <h1> elements", joined("structure"))
        self.assertIn("<html> has no lang", joined("structure"))
        self.assertIn("no <main>", joined("structure"))
        self.assertIn("page is 2000px wide in a 360px window", joined("overflow"))
        self.assertIn("body text #bbbbbb on #ffffff is 1.92:1, needs 4.5:1", joined("contrast"))
        self.assertIn("link #cccccc on #ffffff", joined("contrast"))
        self.assertIn("link #dddddd on #ffffff is 1.36:1, needs 4.5:1 (menu open)", joined("contrast"))
        self.assertIn("image-alt (critical)", joined("axe"))
        self.assertIn("not a skip link", joined("keyboard"))
        self.assertIn("script", joined("javascript"))
        self.assertIn("its svg is not named by its <title>", joined("diagrams"))
        self.assertIn("its svg is 900px wide in a 300px figure", joined("diagrams"))
        self.assertIn("its text cannot be selected", joined("diagrams"))
        self.assertIn('the # link of h2#lone "Words fill lines #" wraps onto a line of its own', joined("phone-layout"))
        self.assertIn("the page header is 300px tall (at most 120px on a phone)", joined("phone-layout"))
        self.assertTrue(any("p" in m for m in self.messages("html", "broken.html")))

    def test_contrast_is_measured_for_body_links_and_tables(self):
        for kind in ("body text", "link", "table text"):
            self.assertGreater(self.result.findings.measured[kind], 0, kind)

    def test_every_page_gets_a_screenshot_in_every_view(self):
        self.assertIn("360x800-dark/clean.png", self.screenshot_files)
        self.assertIn("1280x800-light/broken.png", self.screenshot_files)
        self.assertEqual(len([f for f in self.screenshot_files if "--" not in f]), 3 * 4)
        self.assertIn("360x800-light/clean--menu.png", self.screenshot_files)


if __name__ == "__main__":
    if "--chromium" in sys.argv:
        index = sys.argv.index("--chromium")
        CHROMIUM = sys.argv[index + 1]
        del sys.argv[index:index + 2]
    unittest.main(verbosity=1)
