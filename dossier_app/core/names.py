"""File names every platform we ship can hold, checked before anything is written.

Windows forbids some characters and reserves device names: on NTFS « a:b.docx » writes an
alternate data stream of « a », « nul.json » writes nowhere, « CON.docx » fails with a
message in English. A dossier or an export travels between Windows and Linux (USB stick,
mail, the advisor's share), so such names are refused on every platform.
"""

from __future__ import annotations

import re

from .sentence import Sentence, say

_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f]')
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)", re.IGNORECASE)
_SAID = {"<": say("un chevron"), ">": say("un chevron"), ":": say("un deux-points"),
         '"': say("un guillemet droit"), "|": say("une barre verticale"),
         "?": say("un point d’interrogation"), "*": say("un astérisque")}
"""Said, not shown: a lone sign between quotes is hard to read in a sentence."""
MAX_NAME = 255
"""Characters in one name: NTFS and ext4 alike."""


def name_problem(name: str) -> Sentence | None:
    """Why ``name`` (one path component) cannot be a file name everywhere, or None."""
    if not name or name in (".", ".."):
        return say("le nom est vide")
    found = _FORBIDDEN.search(name)
    if found:
        if not found.group().isprintable():
            return say("il contient un caractère de contrôle")
        return say("il contient {sign}, que Windows n’accepte pas dans un nom de fichier",
                   sign=_SAID[found.group()])
    if name[-1] in ". ":
        return say("il se termine par un point ou une espace, que Windows retire")
    stem = name.split(".")[0].rstrip(" ")
    if _RESERVED.fullmatch(stem):
        return say("« {name} » est un nom réservé par Windows", name=stem)
    if len(name) > MAX_NAME:
        return say("le nom est trop long (plus de {count} caractères)", count=MAX_NAME)
    return None
