"""Documents joined to an annex: a PDF, a PNG or a JPEG, validated before it enters the
dossier and again whenever it is read back (from a .ccpt or from JSON), since a file is
anyone's.

The type is found from the content (its first bytes), never from the name, and a name
claiming another type is refused: the jury must get what the annex says it holds. Images
are decoded in full with Pillow, after their declared size is checked against
``MAX_IMAGE_PIXELS``; PDFs are opened with pypdf, refused when encrypted, unreadable or
longer than ``MAX_PDF_PAGES``. A Word or LibreOffice document is converted to PDF by
LibreOffice when it is installed.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import FileProblem, InvalidData, describe_os_error
from ..core.files import check_input_file, display, megabytes
from ..core.jsonread import printable
from ..core.limits import MAX_ANNEX_FILE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_PAGES
from ..core.model import AnnexFile
from ..core.sentence import Sentence, say
from ..export.pdf import docx_to_pdf, find_libreoffice, private_profile

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
MEDIA_TYPES = (PDF, PNG, JPEG)
"""What an annex may hold, as ``AnnexFile.media_type`` names it."""

_MAGIC = {PDF: b"%PDF-", PNG: b"\x89PNG\r\n\x1a\n", JPEG: b"\xff\xd8\xff"}
_SUFFIXES = {PDF: (".pdf",), PNG: (".png",), JPEG: (".jpg", ".jpeg", ".jpe", ".jfif")}
_PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG"}
_CONVERTED = {".docx": b"PK\x03\x04", ".odt": b"PK\x03\x04",
              ".doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".rtf": b"{\\rtf"}
"""Word and LibreOffice documents LibreOffice turns into PDF, with the first bytes each
must start with."""
_EXTENSION = re.compile(r"\.[a-z0-9]{1,5}")
"""A suffix that claims a type (« .txt »), unlike the end of « Attestation M. Dupont »."""
_BAD_NAME = re.compile(r"[/\\\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
MAX_NAME_CHARS = 255


def _kind_name(media_type: str) -> Sentence:
    return {PDF: say("un PDF"), PNG: say("une image PNG"), JPEG: say("une image JPEG")}[media_type]


def read_attachment(path: Path) -> AnnexFile:
    """The document at ``path``, which the candidate picked, checked; raises ``FileProblem``
    with one sentence naming it. A Word or LibreOffice document comes back as its PDF."""
    check_input_file(path, say("le document"), MAX_ANNEX_FILE_BYTES)
    data = _read(path)
    suffix = path.suffix.lower()
    if suffix in _CONVERTED:
        return _converted(path, data, suffix)
    media_type = _sniff(data)
    if media_type is None:
        raise _refused(path, say("ce n’est ni un PDF, ni une image PNG ou JPEG ; enregistrez-le "
                                 "dans l’un de ces formats"))
    problem = _suffix_problem(path.name, media_type) or _content_problem(data, media_type)
    if problem is not None:
        raise _refused(path, problem)
    return AnnexFile(display(Path(path.name)), media_type, data)


def check_attachment(file: AnnexFile, source: str) -> None:
    """Check a document already in memory (read from a .ccpt or from JSON) as
    ``read_attachment`` checks a file; raises ``InvalidData`` naming ``source``, the field
    or row it came from."""
    problem = _name_problem(file.name)
    if problem is None and file.media_type not in MEDIA_TYPES:
        problem = say("a un type inconnu (« {type} ») ; seuls un PDF, une image PNG ou JPEG "
                      "sont acceptés", type=printable(file.media_type) or "?")
    if problem is None:
        problem = _bytes_problem(file)
    if problem is not None:
        raise InvalidData(source, say("contient le document « {name} », qui n’est pas valable : "
                                      "{problem}", name=printable(file.name, 80) or "?",
                                      problem=problem))


def pdf_page_count(data: bytes) -> int:
    """The pages of a PDF already checked (``check_attachment``); raises ``ValueError``
    when it cannot be read."""
    with _quiet():
        from pypdf import PdfReader

        try:
            return len(PdfReader(io.BytesIO(data), strict=False).pages)
        except Exception as error:  # pypdf raises many kinds on a damaged file
            raise ValueError("unreadable PDF") from error


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a PNG or JPEG, from its header (nothing decoded);
    raises ``ValueError`` when it is not one."""
    from PIL import Image

    try:
        with _quiet(), Image.open(io.BytesIO(data), formats=list(_PILLOW_FORMATS.values())) as image:
            return image.size
    except (OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValueError("unreadable image") from error


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ANNEX_FILE_BYTES + 1)
    except OSError as error:
        raise FileProblem(say("Impossible de lire le document « {file} » : {reason}.",
                              file=display(path), reason=describe_os_error(error))) from None
    if len(data) > MAX_ANNEX_FILE_BYTES:  # it grew since it was measured
        raise _refused(path, _too_heavy(len(data)))
    return data


def _refused(path: Path, problem: Sentence) -> FileProblem:
    return FileProblem(say("Le document « {file} » ne peut pas être joint : {problem}.",
                           file=display(path), problem=problem))


def _too_heavy(size: int) -> Sentence:
    return say("il pèse {size}, au plus {limit}", size=megabytes(size),
               limit=megabytes(MAX_ANNEX_FILE_BYTES))


def _sniff(data: bytes) -> str | None:
    return next((kind for kind, magic in _MAGIC.items() if data.startswith(magic)), None)


def _suffix_problem(name: str, media_type: str) -> Sentence | None:
    """A name whose extension says another type than the content's (a PDF renamed .png)."""
    suffix = Path(name).suffix.lower()
    if not _EXTENSION.fullmatch(suffix) or suffix in _SUFFIXES[media_type]:
        return None
    return say("son nom se termine par « {suffix} » mais c’est {kind} ; renommez-le en "
               "« {expected} »", suffix=suffix, kind=_kind_name(media_type),
               expected=_SUFFIXES[media_type][0])


def _name_problem(name: str) -> Sentence | None:
    if not name or name in {".", ".."} or len(name) > MAX_NAME_CHARS or _BAD_NAME.search(name):
        return say("son nom n’est pas un nom de fichier valable")
    return None


def _bytes_problem(file: AnnexFile) -> Sentence | None:
    if len(file.data) > MAX_ANNEX_FILE_BYTES:
        return _too_heavy(len(file.data))
    found = _sniff(file.data)
    if found is None:
        return say("ce n’est ni un PDF, ni une image PNG ou JPEG")
    if found != file.media_type:
        return say("il se dit {claimed} mais c’est {kind}", claimed=_kind_name(file.media_type),
                   kind=_kind_name(found))
    return _suffix_problem(file.name, found) or _content_problem(file.data, found)


def _content_problem(data: bytes, media_type: str) -> Sentence | None:
    """Why the bytes of ``media_type`` (found from their start) are not a usable document."""
    return _pdf_problem(data) if media_type == PDF else _image_problem(data, media_type)


def _image_problem(data: bytes, media_type: str) -> Sentence | None:
    from PIL import Image

    unreadable = say("l’image est illisible ou incomplète")
    try:
        with _quiet(), Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[media_type]]) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                return _too_big(width, height)
            image.load()  # the whole image: a truncated file fails here
    except Image.DecompressionBombError:  # Pillow's own guard, past twice its default
        return say("l’image est trop grande (au plus {limit} millions de pixels) ; enregistrez-en "
                   "une version plus petite", limit=MAX_IMAGE_PIXELS // 1_000_000)
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError):
        return unreadable
    return None if width > 0 and height > 0 else unreadable


def _too_big(width: int, height: int) -> Sentence:
    return say("l’image est trop grande ({width} × {height} pixels, au plus {limit} millions "
               "de pixels) ; enregistrez-en une version plus petite",
               width=width, height=height, limit=MAX_IMAGE_PIXELS // 1_000_000)


def _pdf_problem(data: bytes) -> Sentence | None:
    """Open the PDF as the export will (pypdf, lenient as readers are), then every page."""
    unreadable = say("ce PDF est illisible ou abîmé")
    with _quiet():
        from pypdf import PdfReader

        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                return say("ce PDF est protégé par un mot de passe ; enregistrez-en une copie "
                           "sans protection")
            count = len(reader.pages)
            if count > MAX_PDF_PAGES:
                return say("ce PDF a {count} pages, au plus {limit}", count=count,
                           limit=MAX_PDF_PAGES)
            for page in reader.pages:
                if page.mediabox.width <= 0 or page.mediabox.height <= 0:
                    return unreadable
        except Exception:  # pypdf raises many kinds (and RecursionError) on a damaged file
            return unreadable
    return None if count > 0 else say("ce PDF n’a aucune page")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf reports what it repairs through logging and warnings, Pillow a large image
    through a warning, all in English: the user gets our one sentence instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _converted(path: Path, data: bytes, suffix: str) -> AnnexFile:
    """A Word or LibreOffice document as the PDF LibreOffice makes of it."""
    if not data.startswith(_CONVERTED[suffix]):
        raise _refused(path, say("ce n’est pas un document « {suffix} » lisible", suffix=suffix))
    soffice = find_libreoffice()
    if soffice is None:
        raise _refused(path, say("LibreOffice, qui le convertirait, n’est pas installé ; "
                                 "enregistrez-le en PDF depuis votre traitement de texte et "
                                 "joignez le PDF"))
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-annex-",
                                     ignore_cleanup_errors=True) as folder, private_profile() as profile:
        source = Path(folder) / f"document{suffix}"  # the bytes checked, whatever happens to the file
        target = Path(folder) / "document.pdf"
        try:
            source.write_bytes(data)
        except OSError as error:
            raise FileProblem(say("Impossible de préparer la conversion de « {file} » : {reason}.",
                                  file=display(path), reason=describe_os_error(error))) from None
        docx_to_pdf(source, target, soffice, profile=profile, shown=path)
        pdf = target.read_bytes()
    problem = _too_heavy(len(pdf)) if len(pdf) > MAX_ANNEX_FILE_BYTES else _pdf_problem(pdf)
    if problem is not None:
        raise _refused(path, problem)
    return AnnexFile(display(Path(Path(path.name).stem + ".pdf")), PDF, pdf)
