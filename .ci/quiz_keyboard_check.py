"""A quiz by keyboard alone, in Debian's Chromium (Playwright), on every page of a built site that has one.

From the start of the page's first quiz: Tab reaches the first choice, Space selects it and its
feedback appears ("Correct." or "Not this one."), Tab reaches "Show answer"
and Enter opens it. On a multiple-answer question, Space ticks a checkbox the same way.

Usage: python .ci/quiz_keyboard_check.py [--site _site] [--chromium /usr/bin/chromium]
"""
import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el) return null;
  const choice = el.closest('.quiz-choice');
  const feedback = choice && choice.querySelector('.quiz-feedback');
  return {
    tag: el.tagName.toLowerCase(), type: el.type || null, checked: !!el.checked,
    label: el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent,
    feedback: feedback ? feedback.textContent : null,
    feedbackShown: feedback ? getComputedStyle(feedback).display !== 'none' : false,
    open: el.parentElement && el.parentElement.tagName === 'DETAILS' ? el.parentElement.open : null,
  };
}"""


def start_of(page, selector: str) -> None:
    """Puts the keyboard just before `selector`, as if the reader had tabbed there."""
    page.evaluate("""(selector) => {
      const el = document.querySelector(selector);
      el.setAttribute('tabindex', '-1');
      el.focus();
    }""", selector)


def check_question(page, selector: str, name: str, failures: list) -> str:
    start_of(page, selector)
    page.keyboard.press("Tab")
    state = page.evaluate(FOCUSED)
    if not state or state["tag"] != "input":
        failures.append(f"{name}: Tab from the start of {selector} focuses {state and state['tag']}, not a choice")
        return ""
    if state["feedbackShown"]:
        failures.append(f"{name}: feedback shows before a choice is made")
    page.keyboard.press("Space")
    state = page.evaluate(FOCUSED)
    if not state["checked"]:
        failures.append(f"{name}: Space did not select the {state['type']} \"{state['label']}\"")
    if not state["feedbackShown"]:
        failures.append(f"{name}: no feedback after selecting \"{state['label']}\"")
    kind = state["type"]
    # Radio buttons are one tab stop; checkboxes one each: Tab on until "Show answer".
    for _ in range(20):
        page.keyboard.press("Tab")
        summary = page.evaluate(FOCUSED)
        if summary and summary["tag"] == "summary":
            break
    else:
        failures.append(f"{name}: Tab never reached \"Show answer\"")
        return kind
    page.keyboard.press("Enter")
    if not page.evaluate(FOCUSED)["open"]:
        failures.append(f"{name}: Enter on \"Show answer\" did not open it")
    return kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("_site"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    pages = [path for path in sorted(options.site.rglob("*.html"))
             if 'class="quiz-question quiz-choices"' in path.read_text(encoding="utf-8") and path.name != "print.html"]
    failures: list[str] = []
    kinds: set[str] = set()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=options.chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            for path in pages:
                page.goto(path.resolve().as_uri())
                questions = page.evaluate("() => [...document.querySelectorAll('fieldset.quiz-choices')].map(f => f.id)")
                for question_id in questions:
                    kinds.add(check_question(page, f"#{question_id}", f"{path.name}#{question_id}", failures))
        finally:
            browser.close()
    if not pages:
        failures.append("no page has a multiple-choice quiz")
    for kind in ("radio", "checkbox"):
        if kind not in kinds:
            failures.append(f"no {kind} question was checked")
    for failure in failures:
        print(f"quiz keyboard: FAIL {failure}", file=sys.stderr)
    print(f"quiz keyboard: {len(pages)} pages; {'OK' if not failures else f'{len(failures)} problems'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
