"""The Anki round trip of the built site's anki.tsv, with the real Anki library (PyPI `anki`, headless).

1. Import anki.tsv into a fresh collection: one note per glossary term and per quiz question.
2. Change one definition in a copy of the file and import it again: the note count stays the
   same and that note (same note id, same cards, so its review history) has the new text.

Usage: python .ci/anki_check.py [--site _site]
"""
import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportCsvRequest


def import_file(col: Collection, path: Path) -> None:
    metadata = col.get_csv_metadata(path=str(path), delimiter=None)
    col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))


def rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("_site"))
    options = parser.parse_args()
    deck = options.site / "anki.tsv"
    text = deck.read_text(encoding="utf-8")
    terms = len(json.loads((options.site / "glossary.json").read_text(encoding="utf-8")))
    questions = sum(1 for row in rows(text) if " quiz " in " " + row.rsplit("\t", 1)[-1] + " ")
    expected = terms + questions
    failures = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        first = work / "anki.tsv"
        shutil.copy(deck, first)
        col = Collection(str(work / "collection.anki2"))
        try:
            import_file(col, first)
            count = col.note_count()
            print(f"anki: imported {count} notes ({terms} terms + {questions} questions expected)")
            if count != expected or len(rows(text)) != expected:
                failures.append(f"note count {count}, rows {len(rows(text))}, expected {expected}")
            # Fix one definition: the first term's back field.
            lines = text.splitlines()
            index = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
            guid, front, back, tags = lines[index].split("\t")
            new_back = "Fixed definition, re-imported."
            lines[index] = "\t".join([guid, front, new_back, tags])
            second = work / "anki-fixed.tsv"
            second.write_text("\n".join(lines) + "\n", encoding="utf-8")
            note_ids = {col.get_note(nid).guid: nid for nid in col.find_notes("")}
            cards_before = col.card_count()
            import_file(col, second)
            after = col.note_count()
            note = col.get_note(note_ids[guid])
            print(f"anki: after re-import {after} notes; note {guid!r} back field: {note['Back']!r}")
            if after != count:
                failures.append(f"re-import changed the note count from {count} to {after}")
            if col.card_count() != cards_before:
                failures.append(f"re-import changed the card count from {cards_before} to {col.card_count()}")
            if note["Back"] != new_back:
                failures.append(f"the fixed definition did not reach note {guid!r}: {note['Back']!r}")
            if note["Front"] != front.strip('"').replace('""', '"'):
                failures.append(f"note {guid!r} front changed: {note['Front']!r}")
            tags_now = set(note.tags)
            if not {"term"} <= tags_now or not any(t.startswith("page::") for t in tags_now):
                failures.append(f"note {guid!r} tags: {sorted(tags_now)}")
        finally:
            col.close()
    for failure in failures:
        print(f"anki: FAIL {failure}", file=sys.stderr)
    if not failures:
        print("anki: OK (round trip kept every note, the fixed definition updated its note in place)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
