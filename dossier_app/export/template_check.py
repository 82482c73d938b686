"""A Word template checked and cleaned before python-docx reads it.

An organisation's template (``export --template``, or the one the app remembers) comes
from anyone: it may be a zip bomb, hold XML entities, point Word at a remote template,
carry macros or ActiveX controls, or simply lack the parts the export needs. Everything
here works on the zip with the ``zipfile`` module and lxml before python-docx sees it:

- the limits below are checked on the sizes the archive declares, *before* anything is
  inflated; ``zipfile`` then never inflates a member beyond its declared size;
- every XML part is parsed once with entities off; a DOCTYPE (entity declarations) is
  refused, an undefined entity is a parse error;
- external relationships (a remote ``attachedTemplate``, linked images, hyperlinks, a
  mail-merge source, frames), macros (``vbaProject.bin``, ``vbaData.xml``, the
  macro-enabled content types), ActiveX controls, OLE objects, imported chunks, ribbon
  customisations and the template's own review comments are removed, with the elements
  that pointed at them, and fields that fetch or run something outside the document
  (DDE, INCLUDETEXT, LINK…) lose their instruction;
- the parts the export needs must be there: the main document, its styles and its
  numbering (the dossier has bulleted and numbered lists).

What python-docx then opens is the cleaned package, so nothing removed here can reach
the jury's document. ``check_document`` checks what the writer needs of the opened
document (named styles of the right kind, list styles tied to a numbering, a page
layout).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable

from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

from ..core.errors import DossierError, FileProblem
from ..core.files import check_input_file, display, megabytes
from ..core.sentence import say

MAX_TEMPLATE_BYTES = 20_000_000
"""The largest template file read (the bundled one is 47 kB; a logo or two fit easily)."""
MAX_UNCOMPRESSED_BYTES = 50_000_000
"""The most a template may hold once inflated, all parts together (the bundled one: 0.8 MB).
Checked on the sizes the zip declares, before inflating anything."""
MAX_XML_BYTES = 10_000_000
"""The most XML a template may hold, all its XML parts together, inflated (the bundled one:
0.8 MB). Checked before parsing: lxml (once here, once in python-docx) needs up to 25
times as much memory as the XML it parses, and time in proportion."""
MAX_MEMBERS = 1000
"""The most parts (zip members) a template may have (the bundled one has 17)."""
MAX_RATIO = 200
"""The highest compression ratio a part above ``RATIO_FROM_BYTES`` may have. Word's XML
compresses about 30 times; a zip bomb's member, about 1000 times."""
RATIO_FROM_BYTES = 256 * 1024
"""Smaller parts are not held to ``MAX_RATIO``: a few kB of anything are harmless."""

_CHUNK = 1 << 16
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_ALIASES = {  # a .docm, .dotx or .dotm serves as well once it is a plain document
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
}
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_PART_TYPES = {  # relationship: the content type python-docx needs, the root element
    "styles": (_WML + "styles+xml", f"{{{_W}}}styles"),
    "numbering": (_WML + "numbering+xml", f"{{{_W}}}numbering"),
    "settings": (_WML + "settings+xml", f"{{{_W}}}settings"),
    "header": (_WML + "header+xml", f"{{{_W}}}hdr"),
    "footer": (_WML + "footer+xml", f"{{{_W}}}ftr"),
    "core-properties": ("application/vnd.openxmlformats-package.core-properties+xml",
                        "{http://schemas.openxmlformats.org/package/2006/metadata/"
                        "core-properties}coreProperties"),
}
_DEFAULT_NAMES = {  # relationship: its source, the name python-docx gives a part it makes
    "settings": ("main", "word/settings.xml"), "styles": ("main", "word/styles.xml"),
    "comments": ("main", "word/comments.xml"), "core-properties": ("", "docProps/core.xml"),
}
_REQUIRED_KINDS = {"styles", "numbering"}
"""Parts the export cannot do without; the others, when unreadable, are left out (python-docx
then makes its own settings, properties, comments; the section loses that header)."""
_DROPPED_RELATIONSHIPS = {  # the last part of the relationship type
    "vbaProject", "wordVbaData", "vbaProjectSignature", "vbaProjectSignatureAgile",
    "control", "activeXControlBinary", "attachedTemplate", "keyMapCustomizations",
    "attachedToolbars", "oleObject", "package", "extensibility", "frame", "subDocument",
    "mailMergeSource", "mailMergeHeaderSource", "mailMergeRecipientData", "recipientData",
    "aFChunk", "transform",
    # The template's own review comments: not the jury's to read, and the export makes
    # its own comments part (python-docx numbers new comments from the old ones' ids).
    "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people",
}
_DROPPED_CONTENT = ("vbaproject", "vbadata", "activex", "keymapcustomizations",
                    "attachedtoolbars", "oleobject", "macroenabled")
_DROPPED_NAMES = ("vbaproject.bin", "vbadata.xml", "vbaprojectsignature.bin",
                  "vbaprojectsignatureagile.bin")
_DROPPED_FOLDERS = ("word/activex/", "word/embeddings/", "customui/", "userCustomization/")
_REMOVED_ELEMENTS = {  # what may not stay once the part it points at is gone
    f"{{{_W}}}attachedTemplate", f"{{{_W}}}headerReference", f"{{{_W}}}footerReference",
    f"{{{_W}}}control", f"{{{_W}}}subDoc", f"{{{_W}}}altChunk", f"{{{_W}}}saveThroughXslt",
    "{urn:schemas-microsoft-com:office:office}OLEObject",
}
_ALWAYS_REMOVED = {  # a mail merge may name an external database and its query
    f"{{{_W}}}mailMerge", f"{{{_W}}}linkStyles", f"{{{_W}}}attachedTemplate",
}
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(encoding) for encoding in ("ascii", "utf-16-le",
                                                                       "utf-16-be"))
_OUTSIDE_FIELDS = {"DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK",
                   "IMPORT", "DATABASE"}
"""Field codes that fetch a file or a URL, or start a program, when Word updates them."""


def clean_template(path) -> io.BytesIO:
    """The template at ``path`` checked and cleaned, as a zip in memory for python-docx.

    Raises ``FileProblem`` (one French sentence naming the file) when it cannot serve.
    """
    name = display(path)
    check_input_file(path, say("le modèle Word"), MAX_TEMPLATE_BYTES)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError:
        raise FileProblem(say("Impossible de lire le modèle Word « {file} ».", file=name)) from None
    if len(data) > MAX_TEMPLATE_BYTES:  # it grew since it was measured
        raise FileProblem(say("Le modèle Word « {file} » est trop gros (au plus {limit}).",
                              file=name, limit=megabytes(MAX_TEMPLATE_BYTES)))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx).",
                              file=name))
    try:
        parts = _read_members(data, name)
        return _Package(parts, name).cleaned()
    except DossierError:
        raise
    except Exception:  # zipfile and lxml raise many kinds on a damaged archive
        raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) lisible : "
                              "l’archive est abîmée.", file=name)) from None


def _read_members(data: bytes, name: str) -> dict[str, bytes]:
    """Every member's bytes, once the declared sizes are known to be within bounds."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise FileProblem(say("Le modèle « {file} » est refusé : il contient {count} parties "
                                  "(au plus {limit}).",
                                  file=name, count=len(infos), limit=MAX_MEMBERS))
        total = sum(info.file_size for info in infos)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise FileProblem(say("Le modèle « {file} » est refusé : une fois décompressé, il "
                                  "ferait {size} (au plus {limit}).", file=name,
                                  size=megabytes(total), limit=megabytes(MAX_UNCOMPRESSED_BYTES)))
        xml = sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))
        if xml > MAX_XML_BYTES:  # checked again once the content types tell what is XML
            raise _too_much_xml(name, xml)
        seen: set[str] = set()
        for info in infos:
            member = _shown(info.filename)
            if info.filename.lower() in seen:
                raise FileProblem(say("Le modèle « {file} » est refusé : il contient deux fois "
                                      "la partie « {part} ».", file=name, part=member))
            seen.add(info.filename.lower())
            if info.flag_bits & 0x1:
                raise FileProblem(say("Le modèle « {file} » est protégé par un mot de passe : "
                                      "enregistrez-le sans protection dans Word.", file=name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) "
                                      "lisible : sa partie « {part} » est compressée d’une "
                                      "façon que Word n’emploie pas.", file=name, part=member))
            if info.compress_size > info.file_size + info.file_size // 100 + 1024:
                # Deflate never grows data by 1 %: the declared size is a lie.
                raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) "
                                      "lisible : l’archive est abîmée (partie « {part} »).",
                                      file=name, part=member))
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
                raise FileProblem(say("Le modèle « {file} » est refusé : sa partie « {part} » "
                                      "est comprimée {ratio} fois (au plus {limit}), "
                                      "comme une bombe de décompression.", file=name,
                                      part=member, ratio=f"{ratio:.0f}", limit=MAX_RATIO))
        return {info.filename: _inflated(archive, info) for info in infos}


def _too_much_xml(name: str, size: int) -> FileProblem:
    return FileProblem(say("Le modèle « {file} » est refusé : ses parties XML feraient {size} "
                           "(au plus {limit}).", file=name, size=megabytes(size),
                           limit=megabytes(MAX_XML_BYTES)))


def _inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, inflated a chunk at a time: ``ZipFile.read`` inflates a whole
    member in one call, whatever it declares, whereas each chunk here is bounded and
    zipfile stops at the declared size (then fails the CRC if it lied)."""
    chunks = []
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            chunks.append(chunk)
    return b"".join(chunks)


class _Package:
    def __init__(self, parts: dict[str, bytes], name: str) -> None:
        self.parts = parts
        self.name = name
        self.trees: dict[str, etree._ElementTree] = {}
        self.changed: set[str] = set()

    # --- the steps ---------------------------------------------------------------------

    def cleaned(self) -> io.BytesIO:
        if "[Content_Types].xml" not in self.parts:
            raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) : il "
                                  "lui manque la partie « [Content_Types].xml ».", file=self.name))
        types = self._content_types()
        xml = [member for member in self.parts
               if member.endswith((".xml", ".rels")) or types(member).endswith("xml")]
        total = sum(len(self.parts[member]) for member in xml)
        if total > MAX_XML_BYTES:
            raise _too_much_xml(self.name, total)
        for member in xml:
            self.trees_or_parse(member)
        self._drop_active_parts(types)
        self._main_content_type()
        self._free_default_names()
        kept = self._clean_relationships()
        self._typed_parts(kept)
        for member, tree in self.trees.items():
            if not member.endswith(".rels"):
                self._clean_references(member, tree, kept.get(member, set()))
                self._neutralize_fields(member, tree)
        self._require_parts()
        return self._zipped()

    def _parse(self, member: str) -> etree._ElementTree:
        doctype = FileProblem(say("Le modèle « {file} » est refusé : sa partie « {part} » déclare "
                                  "un DOCTYPE (des entités XML), ce que Word ne fait jamais.",
                                  file=self.name, part=_shown(member)))
        data = self.parts[member]
        if any(marker in data for marker in _DOCTYPE_MARKERS):  # before libxml2 sees it
            raise doctype
        parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                                 dtd_validation=False, huge_tree=False)
        try:
            tree = etree.fromstring(data, parser).getroottree()
        except (etree.XMLSyntaxError, ValueError):
            raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) "
                                  "lisible : sa partie « {part} » n’est pas du XML valide.",
                                  file=self.name, part=_shown(member))) from None
        info = tree.docinfo
        if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
            raise doctype
        return tree

    def _content_types(self):
        root = self.trees_or_parse("[Content_Types].xml").getroot()
        defaults = {d.get("Extension", "").lower(): d.get("ContentType", "").lower()
                    for d in root.iter(f"{{{_CT}}}Default")}
        overrides = {o.get("PartName", "").lower(): o.get("ContentType", "").lower()
                     for o in root.iter(f"{{{_CT}}}Override")}

        def content_type(member: str) -> str:
            found = overrides.get("/" + member.lower())
            if found is None:
                found = defaults.get(posixpath.splitext(member)[1].lstrip(".").lower(), "")
            return found

        return content_type

    def trees_or_parse(self, member: str) -> etree._ElementTree:
        if member not in self.trees:
            self.trees[member] = self._parse(member)
        return self.trees[member]

    def _drop_active_parts(self, content_type) -> None:
        """Macros, ActiveX, OLE objects, ribbon customisations: never copied."""
        for member in list(self.parts):
            lower = member.lower()
            kind = content_type(member)
            if (posixpath.basename(lower) in _DROPPED_NAMES
                    or lower.startswith(tuple(f.lower() for f in _DROPPED_FOLDERS))
                    or (any(word in kind for word in _DROPPED_CONTENT) and kind not in _MAIN_ALIASES)):
                self._drop(member)
        for member in list(self.parts):  # the relationships of a dropped part
            source = _source_of(member)
            if source is not None and source and source not in self.parts:
                self._drop(member)

    def _drop(self, member: str) -> None:
        self.parts.pop(member, None)
        self.trees.pop(member, None)
        self.changed.discard(member)

    def _main_content_type(self) -> None:
        """A .docm, .dotx or .dotm's main part declared as a plain document's; the
        content types of dropped parts removed."""
        tree = self.trees["[Content_Types].xml"]
        root = tree.getroot()
        main = self._main_part()
        found = False
        for entry in list(root):  # python-docx needs both attributes of each
            if not isinstance(entry.tag, str) or not entry.get("ContentType") or not (
                    entry.get("PartName") if entry.tag == f"{{{_CT}}}Override"
                    else entry.get("Extension")):
                root.remove(entry)
        for override in list(root.iter(f"{{{_CT}}}Override")):
            part = override.get("PartName", "").lstrip("/")
            kind = override.get("ContentType", "").lower()
            if main is not None and part.lower() == main.lower():
                found = True
                if kind != _MAIN:
                    override.set("ContentType", _MAIN)
            elif part not in self.parts or any(word in kind for word in _DROPPED_CONTENT):
                override.getparent().remove(override)
        for default in list(root.iter(f"{{{_CT}}}Default")):
            if any(word in default.get("ContentType", "").lower() for word in _DROPPED_CONTENT):
                default.getparent().remove(default)
        if main is not None and not found:
            override = etree.SubElement(root, f"{{{_CT}}}Override")
            override.set("PartName", "/" + main)
            override.set("ContentType", _MAIN)
        self.changed.add("[Content_Types].xml")

    def _main_part(self) -> str | None:
        """The main document, as python-docx finds it: the package's officeDocument."""
        tree = self.trees.get("_rels/.rels")
        if tree is None:
            return None
        for relation in tree.getroot().iter(f"{{{_PR}}}Relationship"):
            if (relation.get("Type", "").endswith("/officeDocument")
                    and relation.get("TargetMode", "Internal").lower() != "external"):
                return _resolve("", relation.get("Target", ""))
        return None

    def _free_default_names(self) -> None:
        """python-docx creates settings, styles, comments or properties under a fixed name
        when the document has none of its own: a member of that name held for something
        else (or left without its relationship) would be written twice. It goes, and
        then what pointed at it."""
        main = self._main_part()
        for kind, (source, member) in _DEFAULT_NAMES.items():
            if member not in self.parts:
                continue
            origin = main if source == "main" else source
            relations = self.trees.get(_relations_of(origin) if origin else "_rels/.rels")
            targets = [] if relations is None or origin is None else [
                _resolve(origin, relation.get("Target", ""))
                for relation in relations.getroot().iter(f"{{{_PR}}}Relationship")
                if relation.get("Type", "").rsplit("/", 1)[-1] == kind
                and relation.get("TargetMode", "Internal").lower() != "external"]
            if targets[:1] != [member]:
                self._drop(member)

    def _clean_relationships(self) -> dict[str, set[str]]:
        """Remove the external, active and broken relationships; return, for each part,
        the ids of those that stay."""
        kept: dict[str, set[str]] = {}
        for member, tree in list(self.trees.items()):
            source = _source_of(member)
            if source is None:
                continue
            ids: set[str] = set()
            for relation in list(tree.getroot().iter(f"{{{_PR}}}Relationship")):
                kind = relation.get("Type", "").rstrip("/").rsplit("/", 1)[-1]
                target = relation.get("Target")
                external = relation.get("TargetMode", "Internal").lower() == "external"
                if (external or kind in _DROPPED_RELATIONSHIPS or not relation.get("Id")
                        or not relation.get("Type")
                        or target is None or _resolve(source, target) not in self.parts):
                    relation.getparent().remove(relation)
                    self.changed.add(member)
                else:
                    ids.add(relation.get("Id"))
            kept[source] = ids
        return kept

    def _typed_parts(self, kept: dict[str, set[str]]) -> None:
        """The styles, numbering, settings, headers, footers and properties declared with
        the content type their relationship says they have (python-docx picks how to read
        a part by its content type alone); one whose XML is something else is left out,
        unless the export needs it (then ``_require_parts`` refuses)."""
        root = self.trees["[Content_Types].xml"].getroot()
        overrides = {o.get("PartName", "").lstrip("/"): o for o in root.iter(f"{{{_CT}}}Override")}
        for member, tree in list(self.trees.items()):
            source = _source_of(member)
            if source is None:
                continue
            for relation in list(tree.getroot().iter(f"{{{_PR}}}Relationship")):
                kind = relation.get("Type", "").rsplit("/", 1)[-1]
                if kind not in _PART_TYPES:
                    continue
                wanted, tag = _PART_TYPES[kind]
                part = _resolve(source, relation.get("Target", ""))
                if part not in self.trees or self.trees[part].getroot().tag != tag:
                    if kind not in _REQUIRED_KINDS:
                        relation.getparent().remove(relation)
                        kept.get(source, set()).discard(relation.get("Id"))
                        self.changed.add(member)
                    continue
                override = overrides.get(part)
                if override is None:
                    override = overrides[part] = etree.SubElement(root, f"{{{_CT}}}Override")
                    override.set("PartName", "/" + part)
                if override.get("ContentType") != wanted:
                    override.set("ContentType", wanted)

    def _clean_references(self, member: str, tree: etree._ElementTree, ids: set[str]) -> None:
        """Elements pointing at a removed relationship lose the pointer, or go."""
        root = tree.getroot()
        doomed = []
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag in _ALWAYS_REMOVED:
                doomed.append(element)
                continue
            for attribute, value in list(element.attrib.items()):
                if attribute.startswith(f"{{{_R}}}") and value not in ids:
                    if element.tag in _REMOVED_ELEMENTS:
                        doomed.append(element)
                        break
                    del element.attrib[attribute]
                    self.changed.add(member)
        for element in doomed:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
                self.changed.add(member)

    def _neutralize_fields(self, member: str, tree: etree._ElementTree) -> None:
        """A field that reaches outside the document (DDE, INCLUDETEXT, LINK…) keeps its
        shown result and loses its instruction."""
        root = tree.getroot()
        for simple in list(root.iter(f"{{{_W}}}fldSimple")):
            if _reaches_outside(simple.get(f"{{{_W}}}instr", "")):
                parent = simple.getparent()
                if parent is not None:
                    index = parent.index(simple)
                    for offset, child in enumerate(list(simple)):
                        parent.insert(index + offset, child)
                    parent.remove(simple)
                    self.changed.add(member)
        open_fields: list[list[etree._Element]] = []
        for element in root.iter(f"{{{_W}}}fldChar", f"{{{_W}}}instrText"):
            if element.tag == f"{{{_W}}}instrText":
                if open_fields:
                    open_fields[-1].append(element)
                continue
            kind = element.get(f"{{{_W}}}fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind == "end" and open_fields:
                codes = open_fields.pop()
                if _reaches_outside("".join(code.text or "" for code in codes)):
                    for code in codes:
                        code.text = ""
                    self.changed.add(member)

    def _require_parts(self) -> None:
        main = self._main_part()
        if main is None or main not in self.trees:
            raise FileProblem(say("Le modèle « {file} » n’est pas un document Word utilisable : "
                                  "il lui manque sa partie « word/document.xml » (le corps du "
                                  "document).", file=self.name))
        relations = self.trees.get(_relations_of(main))
        targets: dict[str, str] = {}
        if relations is not None:
            for relation in relations.getroot().iter(f"{{{_PR}}}Relationship"):
                kind = relation.get("Type", "").rstrip("/").rsplit("/", 1)[-1]
                targets.setdefault(kind, _resolve(main, relation.get("Target", "")))
        if self.trees[main].getroot().tag != f"{{{_W}}}document":
            raise FileProblem(say("Le modèle « {file} » n’est pas un document Word utilisable : "
                                  "sa partie « {part} » n’est pas le corps d’un document.",
                                  file=self.name, part=_shown(main)))
        styles = targets.get("styles")
        if (styles is None or styles not in self.trees
                or self.trees[styles].getroot().tag != f"{{{_W}}}styles"):
            raise FileProblem(say("Le modèle « {file} » n’est pas un document Word utilisable : "
                                  "il lui manque sa partie « word/styles.xml » (les styles).",
                                  file=self.name))
        numbering = targets.get("numbering")
        tree = self.trees.get(numbering) if numbering else None
        if (tree is None or tree.getroot().tag != f"{{{_W}}}numbering"
                or tree.getroot().find(f"{{{_W}}}num") is None):
            raise _no_numbering(self.name)

    def _zipped(self) -> io.BytesIO:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for member, data in self.parts.items():
                if member in self.changed:
                    data = etree.tostring(self.trees[member], xml_declaration=True,
                                          encoding="UTF-8", standalone=True)
                archive.writestr(member, data)
        buffer.seek(0)
        return buffer


def check_document(document, name: str, paragraph_styles: Iterable[str],
                   table_styles: Iterable[str], list_styles: Iterable[str]) -> None:
    """What the writer needs of the opened template: the named styles, of the right kind;
    the list styles tied to a numbering; a page layout with a header and a footer to
    write in. Raises ``FileProblem`` naming ``name`` when something lacks."""
    try:
        names = {style.name for style in document.styles}
        wanted = [*paragraph_styles, *table_styles]
        missing = [style for style in wanted if style not in names]
        if missing:
            raise FileProblem(say("Le modèle « {file} » n’a pas les styles nommés {styles}.",
                                  file=name, styles=[say("« {style} »", style=m) for m in missing]))
        table = set(table_styles)
        for style_name in wanted:
            style = document.styles[style_name]
            kind = WD_STYLE_TYPE.TABLE if style_name in table else WD_STYLE_TYPE.PARAGRAPH
            if style.type == kind and style.style_id:
                continue
            if kind == WD_STYLE_TYPE.TABLE:
                raise FileProblem(say("Le modèle « {file} » a un style « {style} » qui n’est pas "
                                      "un style de tableau.", file=name, style=style_name))
            raise FileProblem(say("Le modèle « {file} » a un style « {style} » qui n’est pas un "
                                  "style de paragraphe.", file=name, style=style_name))
        _ = document.styles["Normal"].paragraph_format.space_after
        _check_lists(document, list_styles, name)
        body = document.element.body
        if body.sectPr is None:
            raise FileProblem(say("Le modèle « {file} » n’a pas de mise en page (format et marges "
                                  "de la page).", file=name))
        section = document.sections[-1]
        _ = (section.page_width, section.page_height, section.left_margin, section.right_margin,
             section.top_margin, section.bottom_margin, section.header_distance,
             section.footer_distance, section.gutter, section.orientation, section.start_type,
             section.different_first_page_header_footer)  # each one a readable value
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous and not part.paragraphs:
                part.add_paragraph()
        _ = section.header.paragraphs[0], section.footer.paragraphs[0]
    except DossierError:
        raise
    except Exception:  # python-docx reads attributes lazily and raises several kinds
        raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) lisible : "
                              "ses styles ou sa mise en page sont abîmés.", file=name)) from None


def _no_numbering(name: str) -> FileProblem:
    return FileProblem(say("Le modèle « {file} » n’a pas de numérotation (la partie "
                           "« word/numbering.xml ») : les listes à puces et numérotées du "
                           "dossier en ont besoin.", file=name))


def _check_lists(document, list_styles: Iterable[str], name: str) -> None:
    """Each list style points at a numbering instance (w:num) of an existing list
    definition (w:abstractNum), the way the writer restarts numbered lists."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        raise _no_numbering(name) from None
    abstracts = {element.get(f"{{{_W}}}abstractNumId")
                 for element in numbering.iterchildren(f"{{{_W}}}abstractNum")}
    instances = {num.numId: num.abstractNumId.val for num in numbering.num_lst}
    _ = numbering._next_numId  # every numId is a number
    for style_name in list_styles:
        p_pr = document.styles[style_name].element.pPr
        num_pr = p_pr.numPr if p_pr is not None else None
        num_id = num_pr.numId if num_pr is not None else None
        if num_pr is not None and num_pr.ilvl is not None:
            _ = num_pr.ilvl.val
        if (num_id is None or num_id.val not in instances
                or str(instances[num_id.val]) not in abstracts):
            raise FileProblem(say("Le modèle « {file} » a un style « {style} » qui n’est relié "
                                  "à aucune numérotation de liste.", file=name, style=style_name))


def _reaches_outside(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _OUTSIDE_FIELDS


def _source_of(member: str) -> str | None:
    """The part a relationships member belongs to ('' for the package's own)."""
    folder, base = posixpath.split(member)
    if posixpath.basename(folder) != "_rels" or not base.endswith(".rels"):
        return None
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")]).lstrip("/")


def _relations_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _resolve(source: str, target: str) -> str:
    """A relationship's internal target as a zip member name, the way python-docx
    resolves it (relative to the source part's folder, or absolute)."""
    base = "/" + posixpath.dirname(source) if source else "/"
    return posixpath.abspath(posixpath.join(base, target)).lstrip("/")


def _shown(member: str) -> str:
    """A member name fit for a one-line message."""
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", member)
    return text if len(text) <= 80 else text[:77] + "…"
