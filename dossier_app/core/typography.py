"""French typography while typing: no-break spaces, guillemets, apostrophes.

``on_type`` is asked before a character is inserted; it says how many
characters before the cursor to replace and by what, so the editor applies it
as one undoable edit. Rules (Imprimerie nationale, as word processors apply them):
a no-break space before « : » and a narrow one before « ; ! ? », narrow no-break
spaces inside « guillemets », typographic apostrophes.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_SCHEME = re.compile(r"(?:https?|ftp|mailto|file|[A-Za-z])")  # « http: », « C: »
_SPACES = " \u00a0\u202f\t"


def on_type(before: str, char: str) -> tuple[int, str] | None:
    """What typing ``char`` after ``before`` should produce, or None to type it as is.

    ``before`` is the text of the line up to the cursor. The answer is
    ``(count, text)``: replace the ``count`` characters before the cursor and
    the typed character by ``text``.
    """
    last = before[-1:] if before else ""
    if char in ";!?:":
        space = NBSP if char == ":" else NNBSP
        if last == " ":
            return 1, space + char
        if char == ":" and _SCHEME.fullmatch(before.split(" ")[-1] if before else ""):
            return None  # a URL or a drive letter
        if last and (last.isalpha() or last in "»)"):
            return 0, space + char
        return None
    if char == '"':
        opening = not last or last in _SPACES or last in "(['’\n\u2028"
        if opening:
            return 0, "«" + NNBSP
        return (1 if last == " " else 0), NNBSP + "»"
    if char == "»" and last == " ":
        return 1, NNBSP + "»"
    if char == " " and last == "«":
        return 0, NNBSP
    if char == "'":
        return 0, "’"
    return None


def french_strings(value):
    """``french_spacing`` on every string of decoded JSON (keys left alone)."""
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, list):
        return [french_strings(item) for item in value]
    if isinstance(value, dict):
        return {key: french_strings(item) for key, item in value.items()}
    return value


def french_spacing(text: str) -> str:
    """Fix spaces in finished text: ordinary spaces before « : ; ! ? » and inside guillemets
    become no-break ones (nothing is inserted where there was no space)."""
    text = re.sub(r" (?=:)", NBSP, text)
    text = re.sub(r" (?=[;!?])", NNBSP, text)
    text = re.sub(r"« ", "«" + NNBSP, text)
    return re.sub(r" »", NNBSP + "»", text)


_APOSTROPHE = re.compile(r"(?<=\w)'")
_PERCENT = re.compile(r"(?<=\d) (?=%)")
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,])")


def french_text(text: str) -> str:
    """Finished text as a French document prints it: ``french_spacing``, typographic
    apostrophes (« l’enjeu », « aujourd’hui »), and no-break spaces before « % » and
    between the digit groups of a number (« 84 000 », « 25 % ») so that a line never
    breaks inside them. Only spaces already there are changed; nothing is inserted."""
    text = _APOSTROPHE.sub("’", french_spacing(text))
    text = _PERCENT.sub(NNBSP, text)
    return _GROUPED.sub(lambda m: m.group(0).replace(" ", NNBSP), text)
