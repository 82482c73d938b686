"""How much a dossier may hold, whatever it is read from (JSON or a .ccpt file).

Far above real use (a dossier has 2 or 3 productions, a few mandates, some hundred
comments, chapters of a few pages), so that only a hostile or broken file reaches
them, and every reader stays bounded in time and memory.
"""

MAX_PRODUCTIONS = 50
MAX_ITEMS = 1_000
"""Mandates, path steps, actions of a step, pseudonyms, annexes, grid rows, gaps, replies."""
MAX_COMMENTS = 10_000
MAX_TEXT_CHARS = 2_000_000
"""One text (a chapter is some 10 000 characters; this is two hundred times that)."""
MAX_REVISIONS_LISTED = 1_000
"""Versions of one chapter listed at once, newest first."""
