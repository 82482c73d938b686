"""Give a string that moved to another translation context (code moved from the window to
a module of its own) the English it had in its former context.

    .venv/bin/python tools/carry_translations.py resources/translations/dossier_ccpt_en.ts

``make translations`` runs it after a first lupdate that keeps the strings the code left
(vanished), and before the lupdate that drops them. Only unfinished entries whose French
source, comment included, is translated elsewhere in the file are filled.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def carry(path: Path) -> int:
    tree = ET.parse(path)
    known: dict[tuple[str, str], str] = {}
    messages = list(tree.iter("message"))
    for message in messages:
        translation = message.find("translation")
        if translation is not None and translation.get("type") in _DONE and translation.text:
            known[_key(message)] = translation.text
    carried = 0
    for message in messages:
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished" \
                and _key(message) in known:
            translation.text = known[_key(message)]
            del translation.attrib["type"]
            carried += 1
    if carried:  # as lupdate writes it, with its DOCTYPE, which ElementTree drops
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                        encoding="utf-8")
    return carried


_DONE = (None, "vanished", "obsolete")
"""Translated, here or in a context the code left (lupdate keeps those until -no-obsolete)."""


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {carry(Path(name))} translation(s) carried from another context")
