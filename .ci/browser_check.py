"""Every page of a built site in Debian's Chromium (Playwright), in every view, plus axe-core."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from findings import Findings


@dataclass(frozen=True)
class View:
    """One viewport size and colour scheme every page is looked at in."""

    width: int
    height: int
    scheme: str

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}-{self.scheme}"

    @property
    def is_phone(self) -> bool:
        return self.width < 896  # below the 56rem breakpoint the sidebar becomes a menu


# A phone's header leaves the first screen to the page: title, search and a menu in two rows.
MAX_PHONE_HEADER = 120

# Taller pages are screenshot down to this height (Chromium's largest texture side).
MAX_SCREENSHOT_HEIGHT = 16384

VIEWS = [View(360, 800, "light"), View(360, 800, "dark"), View(1280, 800, "light"), View(1280, 800, "dark")]


class BrowserCheck:
    """Loads every page in every view and records what it finds into `findings`."""

    def __init__(self, site: Path, screenshots: Path, findings: Findings, chromium: str,
                 views: list[View] = VIEWS, log=print):
        self.site = site
        self.views = views
        self.log = log
        self.screenshots = screenshots
        self.findings = findings
        self.chromium = chromium
        self.probe = (Path(__file__).with_name("page_probe.js")).read_text(encoding="utf-8")
        self.screenshot_count = 0

    def run(self, pages: list[Path]) -> None:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import sync_playwright

        axe = Axe()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=self.chromium, args=["--no-sandbox"])
            try:
                for view in self.views:
                    started = time.monotonic()
                    context = browser.new_context(
                        viewport={"width": view.width, "height": view.height},
                        color_scheme=view.scheme,
                        device_scale_factor=1,
                    )
                    page = context.new_page()
                    events: list[tuple[str, str]] = []
                    page.on("console", lambda m: m.type == "error" and events.append(("console", m.text)))
                    page.on("pageerror", lambda e: events.append(("console", f"uncaught {e}")))
                    page.on("requestfailed", lambda r: events.append(
                        ("requests", f"{r.resource_type} {self._name(r.url)} failed: {r.failure}")))
                    page.on("response", lambda r: r.status >= 400 and events.append(
                        ("requests", f"{r.request.resource_type} {self._name(r.url)} answered {r.status}")))
                    (self.screenshots / view.name).mkdir(parents=True, exist_ok=True)
                    for path in pages:
                        events.clear()
                        self._check_page(page, axe, path, view, events)
                    context.close()
                    self.log(f"[{view.name}] {len(pages)} pages in {time.monotonic() - started:.1f} s")
            finally:
                browser.close()

    def _name(self, url: str) -> str:
        prefix = self.site.resolve().as_uri() + "/"
        return url.removeprefix(prefix)

    def _check_page(self, page, axe, path: Path, view: View, events: list) -> None:
        name = str(path.relative_to(self.site))
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        probe = page.evaluate(self.probe, None)
        self._record_probe(name, view, probe)
        shot = self.screenshots / view.name / (name.replace("/", "__").removesuffix(".html") + ".png")
        height = page.evaluate("document.documentElement.scrollHeight")
        if height <= MAX_SCREENSHOT_HEIGHT:
            page.screenshot(path=str(shot), full_page=True)
        else:
            # A whole course on one page (print.html) is over 100,000 px tall at 360 px wide: a
            # full-page capture of it outran Playwright's 30 s. Its top is captured through a
            # tall viewport instead (fast); axe and the probe above still cover all of it.
            page.set_viewport_size({"width": view.width, "height": MAX_SCREENSHOT_HEIGHT})
            page.screenshot(path=str(shot))
            page.set_viewport_size({"width": view.width, "height": view.height})
        self.screenshot_count += 1

        # What the page itself did; axe and the keyboard below cause events of their own.
        page_events = list(events)
        # preload=False: axe would otherwise fetch the stylesheets by XHR, which file:// forbids.
        for violation in axe.run(page, options={"resultTypes": ["violations"], "preload": False}).response["violations"]:
            targets = ", ".join(" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                                for node in violation["nodes"][:3])
            more = f" (+{len(violation['nodes']) - 3} more)" if len(violation["nodes"]) > 3 else ""
            message = f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}{more}"
            if violation["impact"] in ("serious", "critical"):
                self.findings.error("axe", name, message, view.name)
            else:
                self.findings.note("axe", name, message, view.name)

        self._check_keyboard(page, name, view)

        menu = self._open_phone_menu(page) if view.is_phone else None
        if menu:
            # The closed menu hides its links from the first probe: look again with it open.
            self._record_probe(name, view, page.evaluate(self.probe, menu), suffix=" (menu open)")
            page.screenshot(path=str(shot.with_name(shot.stem + "--menu.png")))
            self.screenshot_count += 1

        for category, message in page_events:
            self.findings.error(category, name, message, view.name)

    @staticmethod
    def _open_phone_menu(page) -> str | None:
        """Opens the page's phone menu; returns a selector for it, or None when there is none.

        Two script-free menus are known: <details> elements, and a header link to a #fragment
        whose element shows only while it is the URL's target (CSS :target)."""
        opened = []
        if page.locator("details").count():
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            opened.append("details")
        # A page may have both: folded contents in <details> and a header menu.
        link = page.locator("header a[href^='#']")
        if link.count():
            target = link.first.get_attribute("href")
            link.first.click()
            opened.append(target)
        return ", ".join(opened) or None

    def _record_probe(self, name: str, view: View, probe: dict, suffix: str = "") -> None:
        if probe["scrollWidth"] > probe["innerWidth"]:
            culprits = "; ".join(probe["overflowing"]) or "no single element found"
            self.findings.error("overflow", name, f"page is {probe['scrollWidth']}px wide in a "
                                f"{probe['innerWidth']}px window{suffix}: {culprits}", view.name)
        for message in probe["brokenResources"]:
            self.findings.error("requests", name, f"{message} did not load", view.name)
        for message in probe["scripts"]:
            self.findings.error("javascript", name, message, view.name)
        for message in probe["anchors"]:
            self.findings.error("anchors", name, message, view.name)
        for message in probe["structure"]:
            self.findings.error("structure", name, message, view.name)
        if view.is_phone:
            for heading in probe["loneAnchors"]:
                self.findings.error("phone-layout", name, f"the # link of {heading} wraps onto a line of its own{suffix}",
                                    view.name)
            if probe["headerHeight"] > MAX_PHONE_HEADER and not suffix:
                self.findings.error("phone-layout", name, f"the page header is {probe['headerHeight']}px tall "
                                    f"(at most {MAX_PHONE_HEADER}px on a phone)", view.name)
        for message in probe["diagrams"]:
            self.findings.error("diagrams", name, message, view.name)
        # A phone hides scroll bars and a box edge can fall on a column boundary: a table whose
        # cells leave the window (rows not shown as cards), or that scrolls in its box, hides data.
        for item in probe["tables"]:
            self.findings.error("table-fit", name, item["message"] + suffix, view.name)
        for message in probe["unscopedHeaders"]:
            self.findings.note("tables", name, message, view.name)
        low: dict[tuple, list[str]] = defaultdict(list)
        for item in probe["contrast"]:
            self.findings.count_measured(item["category"])
            if item["ratio"] < item["required"]:
                key = (item["category"], item["foreground"], item["background"], item["ratio"], item["required"])
                low[key].append(item["element"])
        for (category, fg, bg, ratio, required), elements in sorted(low.items()):
            self.findings.error("contrast", name, f"{category} {fg} on {bg} is {ratio}:1, needs {required}:1"
                                f"{suffix}: {elements[0]}" + (f" (+{len(elements) - 1} more)" if len(elements) > 1 else ""),
                                view.name)

    def _check_keyboard(self, page, name: str, view: View) -> None:
        """The first Tab lands on a visible skip link to <main>; the first tab stops show a focus ring."""
        focus_state = """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const rect = el.getBoundingClientRect();
            const href = el.getAttribute('href') || '';
            const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
            return {
                text: (el.textContent || '').trim().slice(0, 40),
                onScreen: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 &&
                          rect.bottom <= innerHeight && rect.right <= innerWidth,
                ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
                      style.boxShadow !== 'none',
                skipsToMain: !!target && (target.tagName === 'MAIN' || !!target.closest('main')),
            };
        }"""
        for stop in range(4):
            page.keyboard.press("Tab")
            state = page.evaluate(focus_state)
            if state is None:
                if stop == 0:
                    self.findings.error("keyboard", name, "the first Tab focuses nothing", view.name)
                return  # a page with fewer tab stops
            if stop == 0 and not state["skipsToMain"]:
                self.findings.error("keyboard", name, f"the first Tab stop \"{state['text']}\" is not a skip link to <main>",
                                    view.name)
            if stop == 0 and not state["onScreen"]:
                self.findings.error("keyboard", name, "the skip link stays off screen when focused", view.name)
            if not state["ring"]:
                self.findings.error("keyboard", name, f"Tab stop {stop + 1} \"{state['text']}\" shows no focus ring",
                                    view.name)


