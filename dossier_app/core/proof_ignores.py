"""What the user told proofreading to leave alone: a rule everywhere (« Ignorer cette
règle »), or one finding where it is (« Ignorer ici », also how a piece of writing advice
is dismissed).

Like the personal dictionary, it is the user's, not the dossier's: a private JSON file in
the user's data folder, read by the window and by ``dossier-app proofread`` alike. A
finding ignored here is known by its rule and the words around it, so it stays ignored
when text before it changes, and comes back when its own sentence does.

A file that cannot be read is not used and not lost: it is set aside under another name
the first time something new is ignored.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import DossierError, InvalidData
from .files import write_private_bytes
from .jsonread import Reader, load_json_file
from .proofreading import Mark
from .sentence import say

FORMAT = "dossier-ccpt-proofreading-ignored"
VERSION = 1
CONTEXT = 24
"""Characters on each side of a finding that make up its place."""
MAX_ENTRIES = 20_000


def ignores_path(data_folder: Path) -> Path:
    return data_folder / "relecture-ignoree.json"


def place_key(mark: Mark, paragraph: str) -> str:
    before = paragraph[max(0, mark.start - CONTEXT):mark.start]
    after = paragraph[mark.end:mark.end + CONTEXT]
    return "\u241f".join((mark.rule, before, paragraph[mark.start:mark.end], after))


class ProofIgnores:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rules: set[str] = set()
        self.places: set[str] = set()
        self.problem: DossierError | None = None
        """Why the file on disk was not read, if it was not."""
        if path.exists():
            try:
                self.rules, self.places = _read(path)
            except DossierError as error:
                self.problem = error

    def ignores(self, mark: Mark, paragraph: str) -> bool:
        return mark.rule in self.rules or place_key(mark, paragraph) in self.places

    def ignore_rule(self, rule: str) -> None:
        self.rules.add(rule)
        self._save()

    def ignore_here(self, mark: Mark, paragraph: str) -> None:
        self.places.add(place_key(mark, paragraph))
        self._save()

    def _save(self) -> None:
        if self.problem is not None and self.path.exists():
            self.path.replace(self.path.with_name(self.path.name + ".illisible"))
            self.problem = None
        document = {"format": FORMAT, "version": VERSION, "rules": sorted(self.rules),
                    "places": sorted(self.places)[-MAX_ENTRIES:]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_bytes(self.path, json.dumps(document, ensure_ascii=False, indent=1)
                            .encode("utf-8"))


def _read(path: Path) -> tuple[set[str], set[str]]:
    what = say("la liste des relectures ignorées")
    doc = Reader(load_json_file(path, what))
    try:
        doc.header(FORMAT, "version", VERSION, what)
        return (set(doc.strings("rules", limit=MAX_ENTRIES)),
                set(doc.strings("places", limit=MAX_ENTRIES)))
    except InvalidData as error:
        raise error.located(path) from None
