"""A Word draft's items (``word_draft``) as a proposed dossier: which piece goes to which
production and chapter, the candidate's name, the CCPT and the mandates the title page
gives. Headings are recognised however people word them (« Production 1 : … »,
« Première production », « 1. La situation », « Mon analyse », « Ce que je retiens »…),
from heading styles, or from short bold or numbered paragraphs when there are none.
A piece that cannot be placed goes « à trier », never dropped.

Our own Word export (``export.word``) is recognised (its keywords say « CCPT »): its cover,
contents, tables and declaration are not text of the candidate's.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from ..core.markdown import Block, ListKind, Run, count_words, to_markdown
from ..core.model import ChapterKind
from ..core.referential import Ccpt, Referential
from .word_draft import Image, Item, Paragraph, Table, WordComment, WordDraft


class PieceKind(Enum):
    HEADING = "heading"
    """A heading recognised as a production, a chapter or a part of the dossier."""
    TEXT = "text"
    TABLE = "table"
    IMAGE = "image"


class Section(Enum):
    PROJECT = "project"
    """The professional project."""
    OURS = "ours"
    """The title page's facts, or our own export's cover, contents, tables and declaration:
    read, not imported as text."""


@dataclass(frozen=True)
class Piece:
    index: int
    kind: PieceKind
    summary: str
    """A heading's text; a table's rows (cells between « | »), an image's name; for a
    text, its plain words (``text`` gives its Markdown)."""
    words: int
    block: Block | None = field(default=None, compare=False, repr=False)
    image: Image | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def text(self) -> str:
        """Markdown (the contract's subset) of a text; else ``summary``. Made when first
        asked: a 500-page draft has thousands of pieces, the report shows a few."""
        if self.kind is PieceKind.TEXT and self.block is not None:
            return to_markdown([self.block]).rstrip("\n")
        return self.summary


@dataclass(frozen=True)
class Place:
    production: int | None
    """0-based index into ``DraftMapping.productions``; None outside the productions."""
    chapter: ChapterKind | None
    section: Section | None = None


TO_SORT = Place(None, None)
PROJECT = Place(None, None, Section.PROJECT)
OURS = Place(None, None, Section.OURS)


@dataclass
class ProposedProduction:
    title: str
    competence: int | None = None


@dataclass
class DraftMapping:
    pieces: list[Piece]
    places: list[Place]
    """One place per piece."""
    productions: list[ProposedProduction]
    ccpt: str | None = None
    first_name: str = ""
    last_name: str = ""
    mandates: list[str] = field(default_factory=list)
    comments: list[WordComment] = field(default_factory=list)
    tracked_changes: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    ours: bool = False
    """Whether the draft is our own Word export."""
    mandate_texts: dict[int, list[int]] = field(default_factory=dict)
    """In our export, the pieces of each mandate's description (by its index in ``mandates``)."""

    @property
    def annexes(self) -> list[int]:
        """The pieces (images, PNG or JPEG) that become annexes; a table, or an image of
        another kind, goes « à trier » as a note."""
        return [piece.index for piece in self.pieces
                if piece.kind is PieceKind.IMAGE and piece.image is not None and piece.image.media_type]

    def move(self, indices: Sequence[int], place: Place) -> None:
        for index in indices:
            self.places[index] = place

    def add_production(self) -> int:
        self.productions.append(ProposedProduction(""))
        return len(self.productions) - 1

    def merge_productions(self, keep: int, other: int) -> None:
        """``other``'s pieces join ``keep``, chapter by chapter; ``other`` is removed."""
        self.places = [Place(keep, p.chapter, p.section) if p.production == other else p
                       for p in self.places]
        self._drop(other)

    def remove_production(self, index: int) -> None:
        """The production goes; its pieces go « à trier »."""
        self.places = [TO_SORT if p.production == index else p for p in self.places]
        self._drop(index)

    def pieces_at(self, place: Place) -> list[Piece]:
        return [piece for piece, at in zip(self.pieces, self.places, strict=True) if at == place]

    def _drop(self, index: int) -> None:
        del self.productions[index]
        self.places = [Place(p.production - 1, p.chapter, p.section)
                       if p.production is not None and p.production > index else p
                       for p in self.places]


# --- recognising headings ----------------------------------------------------------------

_ORDINALS = {"premiere": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
             "cinquieme": 5, "sixieme": 6}
_PRODUCTION = re.compile(r"^(?:la\s+|ma\s+)?production\s*(?:n\s*[°o.]?\s*)?(\d{1,2})?\s*(?:[:.)\-–—]\s*|$)")
_ORDINAL_PRODUCTION = re.compile(r"^(?:ma\s+|la\s+)?(" + "|".join(_ORDINALS)
                                 + r")\s+production\b\s*[:.\-–—]?\s*")
_NUMBERING = re.compile(r"^(?:chapitre\s+\d+\s*[:.\-–—]?\s*|partie\s+\d+\s*[:.\-–—]?\s*|"
                        r"(?:\d{1,2}|[ivx]{1,4}|[a-c])\s*[.)\-–—:]\s*)")
_CHAPTERS: dict[ChapterKind, tuple[str, ...]] = {
    ChapterKind.SITUATION: ("situation", "la situation", "ma situation", "description de la situation",
                            "presentation de la situation", "le contexte", "contexte", "les faits",
                            "ce qui s'est passe", "recit de la situation", "description"),
    ChapterKind.ANALYSIS: ("analyse", "mon analyse", "l'analyse", "analyse de la situation",
                           "analyse de ma pratique", "ce que j'ai fait", "mon action", "mes actions",
                           "reflexion", "analyse reflexive", "retour sur la situation"),
    ChapterKind.TRANSFER: ("argumentaire de transfert", "transfert", "le transfert", "argumentaire",
                           "ce que je retiens", "ce que j'en retiens", "ce que j'en retire",
                           "transferabilite", "competences transferables", "et demain",
                           "vers le metier vise", "enseignements", "bilan"),
}
_PROJECT = ("projet professionnel", "mon projet professionnel", "le projet professionnel",
            "mon projet", "projet")
_OUR_PARTS = ("le candidat et ses mandats", "annexes", "declaration sur l'honneur", "sommaire",
              "table des matieres")
_OUR_STYLES = ("title", "subtitle", "cover text", "toc heading", "header", "footer")
_NAME_LINE = re.compile(r"^(nom et prenom|prenom et nom|nom|prenom|candidate?|candidat\(e\))\s*:\s*(.+)$")
_DOSSIER_OF = re.compile(r"^dossier (?:de productions )?(?:de|d'|du candidat|de la candidate) ?"
                         r"((?:[a-z-]+ ){1,2}[a-z-]+)$")  # two or three words: a name
"""A title naming its author: « Dossier de Karim Benali »."""
_MANDATE_LINE = re.compile(r"^(?:mes\s+)?mandats?\s*(?:exerces?\s*)?:\s*(.+)$")
_MANDATE_TITLE = re.compile(r"^(?:secretaire|tresorier|delegue|elu|elue|membre|president|presidente|"
                            r"representant|representante|conseiller|conseillere|referent|referente)\b"
                            r".*\b(?:cse|syndica\w*|cssct|comite|prud\w*|ce|dp|cssct)\b")
_COMPETENCE = re.compile(r"competence\s*(?:n\s*[°o.]?\s*)?(\d{1,2})")
MAX_HEADING_WORDS = 14


def folded(text: str) -> str:
    """``text`` compared as people word it: no accents, case, kinds of space or apostrophe."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").casefold().split())


def production_heading(text: str) -> tuple[int | None, str] | None:
    """The number (if written) and title of « Production 2 : Les NAO », « Première
    production – … », or None when ``text`` does not name a production."""
    plain = folded(text)
    match = _PRODUCTION.match(plain)
    if match:
        return (int(match.group(1)) if match.group(1) else None), _title_after(text, plain, match.end())
    match = _ORDINAL_PRODUCTION.match(plain)
    if match:
        return _ORDINALS[match.group(1)], _title_after(text, plain, match.end())
    return None


def _title_after(text: str, plain: str, end: int) -> str:
    """The original words after the matched heading's first ``end`` folded characters."""
    words_before = len(plain[:end].split())
    return " ".join(" ".join(text.split()).split(" ")[words_before:]).strip(" :.-–—")


def chapter_heading(text: str) -> ChapterKind | None:
    plain = _NUMBERING.sub("", folded(text)).strip(" :.")
    if len(plain.split()) > 8:
        return None
    for kind, names in _CHAPTERS.items():
        if any(plain == name or plain.startswith(name + " ") or plain.startswith(name + ":")
               for name in names):
            return kind
    return None


def _words_after_label(text: str) -> bool:
    """Whether a chapter's label is followed by the candidate's words (« Analyse : j’ai… »)."""
    _, colon, rest = folded(text).partition(":")
    return bool(colon and rest.strip(" .:;-–—"))


def _section(text: str) -> str | None:
    plain = _NUMBERING.sub("", folded(text)).strip(" :.")
    if plain in _PROJECT:
        return "project"
    if plain in _OUR_PARTS or plain.startswith("annexe "):
        return "ours"
    return None


# --- the mapping ---------------------------------------------------------------------------


def propose(draft: WordDraft, referential: Referential) -> DraftMapping:
    """The draft's items as pieces placed in proposed productions and chapters."""
    ours = folded(draft.keywords) == "ccpt"
    styled = any(isinstance(i, Paragraph) and i.heading for i in draft.items)
    pieces = [_piece(index, item, _is_heading(item, styled)) for index, item in enumerate(draft.items)]
    mapping = DraftMapping(pieces, [TO_SORT] * len(pieces), [], comments=list(draft.comments),
                           tracked_changes=draft.tracked_changes, dropped=dict(draft.dropped),
                           ours=ours)
    _Placer(mapping, draft.items, ours, [folded(c.label) for c in referential.ccpts]).place()
    ccpt = _find_ccpt(draft, referential)
    mapping.ccpt = ccpt.id if ccpt else None
    if ccpt is not None:
        _competences(mapping, draft.items, ccpt)
    return mapping


def _is_heading(item: Item, styled: bool) -> bool:
    """Whether ``item`` may open a production or a chapter."""
    if not isinstance(item, Paragraph) or item.list_kind is ListKind.BULLET or _furniture(item):
        return False
    text = item.text
    if item.heading:
        return bool(text.strip())
    if _bold_label(item) is not None:
        return True
    if not text or "\n" in text or len(text.split()) > MAX_HEADING_WORDS:
        return False
    known = production_heading(text) is not None or chapter_heading(text) is not None \
        or _section(text) is not None
    bold = all(run.bold for run in item.runs)
    numbered = item.list_kind is ListKind.ORDERED or bool(_NUMBERING.match(folded(text)))
    if not styled:
        return known and (bold or numbered or len(text.split()) <= 6)
    return known and (bold or len(text.split()) <= 6)


def _bold_label(item: Paragraph) -> ChapterKind | None:
    """The chapter a paragraph opens with a bold label before its words, as many write it:
    « **Analyse :** J’ai d’abord… » (a plain « Description : … » inside a chapter is text)."""
    label, colon, rest = item.text.partition(":")
    if not colon or not rest.strip() or "\n" in label:
        return None
    bold = "".join(run.text for run in itertools.takewhile(lambda run: run.bold, item.runs))
    return chapter_heading(label) if folded(label) and folded(label) in folded(bold) else None


def _furniture(item: Paragraph) -> bool:
    """A cover's, a contents' or a header's paragraph (by its style)."""
    return item.style in _OUR_STYLES or item.style.startswith("toc ")


def _piece(index: int, item: Item, heading: bool) -> Piece:
    if isinstance(item, Table):
        text = "\n".join(" | ".join(cell for cell in row) for row in item.rows)
        return Piece(index, PieceKind.TABLE, text, count_words(text))
    if isinstance(item, Image):
        return Piece(index, PieceKind.IMAGE, item.name, 0, image=item)
    if heading:
        return Piece(index, PieceKind.HEADING, item.text, count_words(item.text),
                     block=Block(item.runs))
    if item.heading:  # a heading kept as text: a bold paragraph
        runs = tuple(Run(run.text, True, run.italic) for run in item.runs)
        block = Block(runs)
    else:
        block = Block(item.runs, item.list_kind, item.level)
    return Piece(index, PieceKind.TEXT, block.text, count_words(block.text), block=block)


def _split_name(value: str, surname_first: bool) -> tuple[str, str]:
    """First and last name from « Sophie LEMAIRE », « LEMAIRE Sophie », « Mme Sophie Lemaire »:
    the words in capitals are the surname; without any, the order the label gives."""
    words = [w for w in value.split() if folded(w).strip(".") not in ("m", "mme", "mlle", "monsieur",
                                                                        "madame")]
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    if surname_first and len(words) > 1:
        return " ".join(words[1:]), words[0]
    return (words[0], " ".join(words[1:])) if words else ("", "")


class _Placer:
    """Walks the pieces once, keeping where the text stands."""

    def __init__(self, mapping: DraftMapping, items: list[Item], ours: bool,
                 ccpt_labels: list[str]) -> None:
        self.mapping = mapping
        self.ccpt_labels = ccpt_labels
        self.items = items
        self.ours = ours
        self.here: Place = OURS if ours else TO_SORT
        self.front = True
        """Before the first production or part: the title page."""
        self.cover_seen = False
        self.in_candidate = False
        """Within our « Le candidat et ses mandats »."""
        self.mandate: int | None = None
        """The mandate whose description is being read there."""
        """Whether a cover line was read: only the first can be the candidate's name."""

    def place(self) -> None:
        for piece, item in zip(self.mapping.pieces, self.items, strict=True):
            self.mapping.places[piece.index] = self._place(piece, item)
        self._unlabelled_productions()

    def _place(self, piece: Piece, item: Item) -> Place:
        if piece.kind is PieceKind.HEADING:
            return self._heading(piece, item)
        if isinstance(item, Paragraph) and _furniture(item):
            first_cover_line = item.style == "cover text" and not self.cover_seen
            self.cover_seen = self.cover_seen or item.style == "cover text"
            self._title_page_fact(item.text, cover=first_cover_line)
            return OURS
        if self.front:
            if isinstance(item, Table) and self.ours:
                self._mandates_from(item)
                return OURS
            if isinstance(item, Paragraph) and self._title_page_fact(item.text):
                return OURS
        if self.ours and (self.here == OURS or (self.here.production is not None
                                                and self.here.chapter is None)):
            if isinstance(item, Table) and self.here == OURS:
                self._mandates_from(item)
            if self.mandate is not None and piece.kind is PieceKind.TEXT:
                self.mapping.mandate_texts.setdefault(self.mandate, []).append(piece.index)
            return OURS  # our cover, contents, tables, a production's context, the declaration
        if piece.kind is PieceKind.TABLE:
            return TO_SORT
        if piece.kind is PieceKind.IMAGE:
            return self.here if self.here.production is not None else TO_SORT
        if self.here.production is not None and self.here.chapter is None:
            return TO_SORT  # text between a production's heading and its first chapter
        return self.here

    def _heading(self, piece: Piece, item: Item) -> Place:
        text = piece.text
        self.mandate = self._mandate_heading(text)
        if self.mandate is not None:
            return OURS
        self.in_candidate = False
        production = production_heading(text)
        if production is not None:
            self.front = False
            self.mapping.productions.append(ProposedProduction(production[1]))
            self.here = Place(len(self.mapping.productions) - 1, None)
            return self.here
        chapter = chapter_heading(text) or (_bold_label(item) if isinstance(item, Paragraph) else None)
        if chapter is not None:
            if self.here.production is None:
                self.front = False
                self.mapping.productions.append(ProposedProduction(""))
                self.here = Place(len(self.mapping.productions) - 1, None)
            self.here = Place(self.here.production, chapter)
            if _words_after_label(text):
                # « Analyse : j’ai appris… » opens the chapter and is its first text: kept whole
                self.mapping.pieces[piece.index] = _piece(piece.index, item, False)
            return self.here
        section = _section(text)
        if section == "project":
            self.front = False
            self.here = PROJECT
            return PROJECT
        if section == "ours":
            self.front = False
            self.in_candidate = _NUMBERING.sub("", folded(text)) == "le candidat et ses mandats"
            self.here = OURS if self.ours else TO_SORT
            return OURS
        if self._opens_production(piece.index):
            self.front = False
            self.mapping.productions.append(ProposedProduction(" ".join(text.split())))
            self.here = Place(len(self.mapping.productions) - 1, None)
            return self.here
        # Not ours to read: kept as text where it stands.
        self.mapping.pieces[piece.index] = _piece(piece.index, item, False)
        return self._place(self.mapping.pieces[piece.index], item) if not self.ours else (
            self.here if self.here.chapter is not None or self.here.section else OURS)

    @staticmethod
    def _level(item: Item) -> int:
        return item.heading if isinstance(item, Paragraph) else 0

    def _mandate_heading(self, text: str) -> int | None:
        """Which mandate our export's heading under « Le candidat et ses mandats » names."""
        if not (self.ours and self.in_candidate):
            return None
        titles = [folded(title) for title in self.mapping.mandates]
        return titles.index(folded(text)) if folded(text) in titles else None

    def _opens_production(self, index: int) -> bool:
        """A styled heading named otherwise (« La négociation des NAO ») opens a production
        when the next heading is a chapter's, one level down."""
        item = self.items[index]
        if not isinstance(item, Paragraph) or not item.heading:
            return False
        for following in self.mapping.pieces[index + 1:]:
            if following.kind is PieceKind.HEADING:
                after = self.items[following.index]
                return chapter_heading(following.text) is not None and self._level(after) > item.heading
        return False

    def _title_page_fact(self, text: str, cover: bool = False) -> bool:
        """Whether ``text`` gave the candidate's name or mandates (title page lines)."""
        plain = folded(text)
        name = _NAME_LINE.match(plain)
        mapping = self.mapping
        if name:
            value = " ".join(text.split(":", 1)[1].split())
            if name.group(1) == "prenom":
                mapping.first_name = value
            elif name.group(1) == "nom" and (mapping.first_name or len(value.split()) == 1):
                mapping.last_name = value  # « Nom : LEMAIRE », then or after « Prénom : Sophie »
            else:
                mapping.first_name, mapping.last_name = _split_name(
                    value, surname_first=name.group(1) == "nom et prenom")
            return True
        titled = _DOSSIER_OF.match(plain)
        if titled and not (mapping.first_name or mapping.last_name):
            mapping.first_name, mapping.last_name = _split_name(
                " ".join(text.split()[-len(titled.group(1).split()):]), surname_first=False)
            return True
        if cover and not (mapping.first_name or mapping.last_name) and text.strip() \
                and not plain.startswith(("«", "nom de naissance", "certificat")):
            mapping.first_name, _, mapping.last_name = " ".join(text.split()).partition(" ")
            return True
        if len(plain.split()) <= 12 and any(label in plain for label in self.ccpt_labels):
            return True  # « CCPT Suivi de dossier social d’entreprise »: found by _find_ccpt
        mandates = _MANDATE_LINE.match(plain)
        if mandates:
            values = text.split(":", 1)[1]
            mapping.mandates += [m.strip() for m in re.split(r"[;,]| et ", values) if m.strip()]
            return True
        if _MANDATE_TITLE.match(plain) and len(plain.split()) <= 10:
            mapping.mandates.append(" ".join(text.split()))
            return True
        return False

    def _mandates_from(self, table: Table) -> None:
        if table.rows and folded(table.rows[0][0] if table.rows[0] else "") == "mandat":
            self.mapping.mandates += [row[0] for row in table.rows[1:] if row and row[0]]

    def _unlabelled_productions(self) -> None:
        """A document with chapters and no production heading gets one production."""
        if not self.mapping.productions and any(p.chapter for p in self.mapping.places):
            self.mapping.productions.append(ProposedProduction(""))


def _find_ccpt(draft: WordDraft, referential: Referential) -> Ccpt | None:
    """The CCPT whose title (or id) the draft's first pages name."""
    texts = [folded(draft.title)]
    for item in draft.items[:200]:
        if isinstance(item, Paragraph):
            texts.append(folded(item.text))
    joined = " \n".join(texts)
    for ccpt in sorted(referential.ccpts, key=lambda c: -len(c.label)):
        if folded(ccpt.label) in joined or ccpt.id in joined:
            return ccpt
    return None


def _competences(mapping: DraftMapping, items: list[Item], ccpt: Ccpt) -> None:
    """Each production's competence: the number its heading, its first lines or our
    competence table give, or the label of one of the CCPT's competences."""
    for row in (row for item in items if isinstance(item, Table) for row in item.rows):
        if len(row) >= 3 and (match := re.match(r"production\s+(\d+)$", folded(row[0]))):
            index = int(match.group(1)) - 1
            number = _COMPETENCE.search(folded(row[2]))
            if 0 <= index < len(mapping.productions) and number:
                mapping.productions[index].competence = int(number.group(1))
    for index, production in enumerate(mapping.productions):
        if production.competence is not None:
            continue
        near = [p.summary for p, at in zip(mapping.pieces, mapping.places, strict=True)
                if at.production == index][:3]
        for text in (production.title, *near):
            number = _COMPETENCE.search(folded(text))
            if number and ccpt.competence(int(number.group(1))):
                production.competence = int(number.group(1))
                break
            found = next((c.number for c in ccpt.competences if folded(c.label) and
                          folded(c.label) == folded(text)), None)
            if found:
                production.competence = found
                break
