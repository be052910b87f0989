"""Imports a Pyprep Anki export into a fresh collection with Anki's own
library and prints what arrived, as JSON, for the Rust test to check."""

import json
import sys
import tempfile
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportCsvRequest


def import_twice(export: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        collection = Collection(str(Path(folder) / "collection.anki2"))
        try:
            metadata = collection.get_csv_metadata(path=export, delimiter=None)
            first = collection.import_csv(ImportCsvRequest(path=export, metadata=metadata)).log
            again = collection.import_csv(ImportCsvRequest(path=export, metadata=metadata)).log
            notes = {}
            for note_id in collection.find_notes(""):
                note = collection.get_note(note_id)
                notes[note.guid] = {
                    "front": note["Front"],
                    "back": note["Back"],
                    "tags": sorted(note.tags),
                    "deck": collection.decks.name(note.cards()[0].did),
                    "notetype": note.note_type()["name"],
                }
            return {
                "new": len(first.new),
                "problems": len(first.missing_notetype) + len(first.missing_deck) + len(first.empty_first_field),
                "second_import_new": len(again.new),
                "second_import_unchanged": len(again.duplicate) + len(again.updated),
                "notes": notes,
            }
        finally:
            collection.close()


if __name__ == "__main__":
    print(json.dumps(import_twice(sys.argv[1])))
