"""A Word draft becomes a dossier: read it (``readers.word_draft``), propose where each
piece goes (``readers.draft_structure``), let the candidate move pieces in the preview,
then build the dossier; the command line prints the same mapping as its report.

What cannot be placed (« à trier »: a table, a paragraph before any chapter, a comment
outside the chapters) is kept at the end of the professional project under a bold line
« À trier (repris du brouillon) », where the candidate sees it and moves it; never dropped.
An .odt is converted to .docx by LibreOffice first; a .doc or a .pdf is refused with one
sentence saying how to save it as .docx.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import tempfile
from pathlib import Path

from ..core.errors import DossierError, FileProblem
from ..core.files import check_input_file, display
from ..core.markdown import Block, Run, to_markdown
from ..core.model import (
    Annex,
    AnnexFile,
    AnnexKind,
    ChapterKind,
    ChapterStatus,
    Comment,
    Dossier,
    Mandate,
    Production,
    Reply,
)
from ..core.referential import Referential
from ..core.sentence import Sentence, say
from ..readers.attachment import check_attachment
from ..readers.draft_structure import (
    OURS,
    PROJECT,
    TO_SORT,
    DraftMapping,
    Piece,
    PieceKind,
    Place,
    ProposedProduction,
    Section,
    propose,
)
from ..readers.word_draft import MAX_DRAFT_BYTES, odt_to_docx, read_word_draft

__all__ = ["OURS", "PROJECT", "TO_SORT", "DraftMapping", "Piece", "PieceKind", "Place",
           "ProposedProduction", "Section", "build_dossier", "read_draft", "report"]

DRAFT_SUFFIXES = (".docx", ".docm", ".odt", ".doc", ".pdf")
"""What ``read_draft`` takes (a .doc or a .pdf only to say how to save it as .docx)."""
TO_SORT_TITLE = "À trier (repris du brouillon)"


def read_draft(path: Path, *, accept_changes: bool = True, referential: Referential) -> DraftMapping:
    """The proposed mapping of the draft at ``path`` (never modified); raises
    ``FileProblem`` with one sentence."""
    check_input_file(path, say("le brouillon"), MAX_DRAFT_BYTES)
    suffix = path.suffix.lower()
    if suffix in (".doc", ".pdf"):
        raise FileProblem(say("Le fichier « {file} » est {kind} : ouvrez-le dans Word ou "
                              "LibreOffice et enregistrez-le au format .docx (Fichier › "
                              "Enregistrer sous › Document Word), puis importez ce .docx.",
                              file=display(path), kind=say("un PDF") if suffix == ".pdf"
                              else say("un document Word ancien (.doc)")))
    if suffix == ".odt":
        with _converted(path) as docx_path:
            return _checked_images(propose(read_word_draft(docx_path, accept_changes=accept_changes),
                                           referential))
    return _checked_images(propose(read_word_draft(path, accept_changes=accept_changes), referential))


def _checked_images(mapping: DraftMapping) -> DraftMapping:
    """Each image that would become an annex passes the attachments' checks (size, pixels,
    decoding); one that does not stays « à trier » as a note, and the report counts it,
    instead of the whole dossier being refused when it is saved."""
    for index in mapping.annexes:
        piece = mapping.pieces[index]
        image = piece.image
        assert image is not None
        try:
            check_attachment(AnnexFile(image.name or "image", image.media_type, image.data), image.name)
        except DossierError:
            mapping.pieces[index] = dataclasses.replace(
                piece, image=dataclasses.replace(image, media_type=""))
            mapping.dropped["unusable_images"] = mapping.dropped.get("unusable_images", 0) + 1
    return mapping


@contextlib.contextmanager
def _converted(path: Path):
    """The .odt at ``path`` as a .docx in a private temporary folder (LibreOffice)."""
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-draft-", ignore_cleanup_errors=True) as work:
        yield odt_to_docx(path, Path(work))


# --- the dossier ---------------------------------------------------------------------------


def build_dossier(mapping: DraftMapping, ccpt: str | None) -> Dossier:
    """The dossier the mapping describes, for the CCPT ``ccpt`` (or the detected one)."""
    dossier = Dossier(ccpt=ccpt or mapping.ccpt or "")
    dossier.candidate.first_name = mapping.first_name
    dossier.candidate.last_name = mapping.last_name
    dossier.mandates = [Mandate(title=title, description=_written(
        [b for i in mapping.mandate_texts.get(index, []) if (b := mapping.pieces[i].block)]))
        for index, title in enumerate(mapping.mandates)]
    for index, proposed in enumerate(mapping.productions):
        production = Production(proposed.competence or index + 1, proposed.title)
        for kind in ChapterKind:
            chapter = production.chapters[kind]
            chapter.text = _markdown(mapping.pieces_at(Place(index, kind)))
            if chapter.text.strip():
                chapter.status = ChapterStatus.DRAFT  # written, in Word: a draft, not « à écrire »
        dossier.productions.append(production)
    sorted_out = [p for p, at in zip(mapping.pieces, mapping.places, strict=True)
                  if at == TO_SORT or (at.production is not None and at.chapter is None
                                       and p.kind is not PieceKind.HEADING)]
    notes = _to_sort(sorted_out) + _comments(mapping, dossier)
    project = _markdown(mapping.pieces_at(PROJECT))
    if notes:
        project = _written([*_blocks(mapping.pieces_at(PROJECT)),
                            Block((Run(TO_SORT_TITLE, bold=True),)), *notes])
    dossier.project = project
    dossier.annexes = _our_annexes(mapping) if mapping.ours else _annexes(mapping)
    return dossier


def _blocks(pieces: list[Piece]) -> list[Block]:
    return [piece.block for piece in pieces if piece.kind is PieceKind.TEXT and piece.block]


def _markdown(pieces: list[Piece]) -> str:
    blocks = _blocks(pieces)
    blocks += [Block((Run(line),)) for piece in pieces if piece.kind is PieceKind.TABLE
               for line in piece.text.splitlines() if line.strip(" |")]
    return _written(blocks)


def _written(blocks: list[Block]) -> str:
    """Markdown as the interchange JSON holds it (no final line end)."""
    return to_markdown(blocks).rstrip("\n")


def _to_sort(pieces: list[Piece]) -> list[Block]:
    """Every piece left « à trier », as text: a table's rows, a heading, an image's name."""
    blocks: list[Block] = []
    for piece in pieces:
        if piece.kind is PieceKind.TEXT and piece.block is not None:
            blocks.append(piece.block)
        elif piece.kind is PieceKind.TABLE:
            blocks.append(Block((Run("Tableau du brouillon :", italic=True), Run("\n" + piece.text))))
        elif piece.kind is PieceKind.HEADING:
            blocks.append(Block((Run(piece.text, bold=True),)))
        elif piece.kind is PieceKind.IMAGE and not (piece.image and piece.image.media_type):
            blocks.append(Block((Run(f"Image du brouillon non reprise (format non pris en charge) : "
                                     f"{piece.text}", italic=True),)))
    return blocks


def _comments(mapping: DraftMapping, dossier: Dossier) -> list[Block]:
    """Comments on a chapter's passage become the dossier's; the others, notes to sort."""
    notes: list[Block] = []
    made: dict[int, Comment] = {}
    for index, word in enumerate(mapping.comments):
        at = mapping.places[word.item] if 0 <= word.item < len(mapping.places) else TO_SORT
        if word.parent is not None and word.parent in made:
            made[word.parent].replies.append(Reply(word.body, word.author, _timestamp(word.date)))
        elif at.production is not None and at.chapter is not None:
            made[index] = Comment(at.production + 1, at.chapter, word.quote, word.body, word.author,
                                  _timestamp(word.date), resolved=word.done)
            dossier.comments.append(made[index])
        else:
            said = f"Commentaire de {word.author or 'quelqu’un'}"
            notes.append(Block((Run(said + " : ", italic=True),
                                Run(f"« {word.quote} » " if word.quote else ""), Run(word.body))))
    return notes


def _timestamp(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


_OUR_ANNEX_TITLES = ("Annexe", "Intitulé", "Nature", "Description", "Productions")
"""The header of our export's list of annexes (``export.word``)."""
_OUR_NOTE = re.compile(r"\s*(?:Document joint au dossier PDF.*|Image reproduite à la fin du dossier)$")
_OUR_PICTURE = re.compile(r"^Annexe[\s\u00a0\u202f]+(\d+)[\s\u00a0\u202f]*:")


def _our_annexes(mapping: DraftMapping) -> list[Annex]:
    """Our export's annexes, from its list (title, kind, description, productions) and the
    pictures on their own pages (« Annexe N : title »). A PDF annex's document was joined to
    the PDF export only: it cannot come back from the Word file."""
    rows = next((lines[1:] for piece in mapping.pieces if piece.kind is PieceKind.TABLE
                 if (lines := [line.split(" | ") for line in piece.summary.split("\n")])
                 and tuple(lines[0]) == _OUR_ANNEX_TITLES), [])
    kinds = {kind.label: kind for kind in AnnexKind}
    annexes = [Annex(title=cells[1], kind=kinds.get(cells[2], AnnexKind.OTHER),
                     description=_OUR_NOTE.sub("", cells[3]),
                     productions=[int(n) for n in re.findall(r"\d+", cells[4])
                                  if 0 < int(n) <= len(mapping.productions)])
               for cells in rows if len(cells) == len(_OUR_ANNEX_TITLES)]
    for index in mapping.annexes:
        piece, image = mapping.pieces[index], mapping.pieces[index].image
        found = _OUR_PICTURE.match(piece.summary)
        if image is not None and found and 0 < int(found.group(1)) <= len(annexes):
            suffix = ".png" if image.media_type == "image/png" else ".jpg"
            annexes[int(found.group(1)) - 1].file = AnnexFile(
                f"annexe-{found.group(1)}{suffix}", image.media_type, image.data)
    return annexes


_WORD_PICTURE_NAME = re.compile(
    r"^(?:picture|image|graphic|graphique|img|photo|dessin)?[\s_-]*\d*(?:\.\w+)?$", re.IGNORECASE)
"""The names Word and LibreOffice give a picture themselves (« Picture 1 », « Image 3 »)."""


def _annexes(mapping: DraftMapping) -> list[Annex]:
    annexes: list[Annex] = []
    for index in mapping.annexes:
        piece = mapping.pieces[index]
        image = piece.image
        if image is None:
            continue
        at = mapping.places[index]
        suffix = ".png" if image.media_type == "image/png" else ".jpg"
        title = piece.text if not _WORD_PICTURE_NAME.match(piece.text) else (
            f"Image de la production {at.production + 1}" if at.production is not None
            else "Image du brouillon")
        annexes.append(Annex(title=title, kind=AnnexKind.DOCUMENT,
                             productions=[at.production + 1] if at.production is not None else [],
                             file=AnnexFile(f"image-{len(annexes) + 1}{suffix}", image.media_type,
                                            image.data)))
    return annexes


# --- the report ----------------------------------------------------------------------------

_DROPPED = {"fonts": say("polices et tailles"), "colours": say("couleurs et surlignages"),
            "underline": say("soulignements"), "strike": say("textes barrés"),
            "paragraph_layout": say("alignements, retraits et espacements"),
            "styles": say("styles de paragraphe"), "text_boxes": say("zones de texte"),
            "objects": say("objets incorporés (jamais ouverts)"), "macros": say("macros (jamais exécutées)"),
            "headers_footers": say("en-têtes et pieds de page"), "page_breaks": say("sauts de page"),
            "equations": say("équations"), "other": say("autres éléments"),
            "unusable_images": say("images trop lourdes ou illisibles pour une annexe (gardées « à trier »)")}


def report(mapping: DraftMapping, referential: Referential, ccpt: str | None = None
           ) -> list[Sentence]:
    """The mapping as the command line prints it, one sentence a line; ``ccpt`` is the one
    chosen over the draft's, if any."""
    lines: list[Sentence] = []
    name = " ".join(part for part in (mapping.first_name, mapping.last_name) if part)
    if mapping.ours:
        lines.append(say("Document reconnu : un dossier exporté par l’application (la page de garde, "
                         "le sommaire, les tableaux et la déclaration ne sont pas repris comme texte)."))
    title_page = len(mapping.pieces_at(OURS))
    if title_page and not mapping.ours:
        lines.append(say("Page de titre : {count} ligne(s) lue(s) pour le nom, le CCPT et les mandats, "
                         "non reprises comme texte.", count=title_page))
    lines.append(say("Candidat : {name}", name=name) if name else say("Candidat : non trouvé"))
    chosen = referential.ccpt(ccpt or mapping.ccpt or "")
    lines.append(say("CCPT : « {ccpt} »", ccpt=chosen.label) if chosen else say("CCPT : non trouvé"))
    if mapping.mandates:
        lines.append(say("Mandats : {mandates}", mandates=mapping.mandates))
    for index, production in enumerate(mapping.productions):
        lines.append(say("Production {number} : {title}", number=index + 1,
                         title=production.title or say("sans titre")))
        for kind in ChapterKind:
            lines.append(_chapter_line(kind, mapping.pieces_at(Place(index, kind))))
    project = mapping.pieces_at(PROJECT)
    if project:
        lines.append(say("Projet professionnel : {words} mots", words=sum(p.words for p in project)))
    lines += _sort_lines(mapping)
    if mapping.ours and (ours := _our_annexes(mapping)):
        images = sum(1 for annex in ours if annex.file)
        lines.append(say("Annexes : {count} reprises de la liste du dossier, dont {images} avec son image",
                         count=len(ours), images=images) if images else
                     say("Annexes : {count} reprises de la liste du dossier", count=len(ours)))
    elif mapping.annexes:
        lines.append(say("Annexes : {count} image(s) reprise(s) comme annexes", count=len(mapping.annexes)))
    lines.append(say("Commentaires : {comments} ; modifications suivies : {changes}",
                     comments=len(mapping.comments), changes=mapping.tracked_changes))
    dropped = [say("{what} ({count})", what=_DROPPED.get(code, _DROPPED["other"]), count=count)
               for code, count in sorted(mapping.dropped.items()) if count]
    if dropped:
        lines.append(say("Laissé de côté : {dropped}", dropped=dropped))
    return lines


def _chapter_line(kind: ChapterKind, pieces: list[Piece]) -> Sentence:
    text = [p for p in pieces if p.kind is not PieceKind.HEADING]
    if not text:
        return say("  {chapter} : vide", chapter=kind.named)
    return say("  {chapter} : {words} mots — « {first} »", chapter=kind.named,
               words=sum(p.words for p in text), first=_first_line(text[0]))


def _sort_lines(mapping: DraftMapping) -> list[Sentence]:
    left = [p for p, at in zip(mapping.pieces, mapping.places, strict=True)
            if at == TO_SORT or (at.production is not None and at.chapter is None
                                 and p.kind is not PieceKind.HEADING)]
    if not left:
        return []
    lines = [say("À trier (gardé à la fin du projet professionnel) : {count} élément(s), {words} mots",
                 count=len(left), words=sum(p.words for p in left))]
    lines += [say("  « {first} »", first=_first_line(piece)) for piece in left[:20]]
    return lines


def _first_line(piece: Piece, width: int = 60) -> str:
    text = " ".join((piece.block.text if piece.block else piece.text).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"
