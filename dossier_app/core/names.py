"""File names every platform we ship can hold, checked before anything is written.

Windows forbids some characters and reserves device names: on NTFS « a:b.docx » writes an
alternate data stream of « a », « nul.json » writes nowhere, « CON.docx » fails with a
message in English. A dossier or an export travels between Windows and Linux (USB stick,
mail, the advisor's share), so such names are refused on every platform.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f]')
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)", re.IGNORECASE)
_SAID = {"<": "un chevron", ">": "un chevron", ":": "un deux-points", '"': "un guillemet droit",
         "|": "une barre verticale", "?": "un point d’interrogation", "*": "un astérisque"}
"""Said, not shown: a lone sign between quotes is hard to read in a sentence."""
MAX_NAME = 255
"""Characters in one name: NTFS and ext4 alike."""


def name_problem(name: str) -> str | None:
    """Why ``name`` (one path component) cannot be a file name everywhere, or None."""
    if not name or name in (".", ".."):
        return "le nom est vide"
    found = _FORBIDDEN.search(name)
    if found:
        if not found.group().isprintable():
            return "il contient un caractère de contrôle"
        return (f"il contient {_SAID[found.group()]}, que Windows n’accepte pas dans un nom "
                "de fichier")
    if name[-1] in ". ":
        return "il se termine par un point ou une espace, que Windows retire"
    stem = name.split(".")[0].rstrip(" ")
    if _RESERVED.fullmatch(stem):
        return f"« {stem} » est un nom réservé par Windows"
    if len(name) > MAX_NAME:
        return f"le nom est trop long (plus de {MAX_NAME} caractères)"
    return None
