"""The saved Word package finished the way Word itself writes one.

python-docx saves what its template held: a Mac Word 2010 ``app.xml`` ("Microsoft
Macintosh Word", ``Normal.dotm``, zero words), a blank thumbnail, an empty bibliography
in ``customXml/``, a stale ``stylesWithEffects.xml``, settings in Word 2010's
compatibility mode with a proofing state and a dot as decimal symbol. An organisation's
template may carry any of these as well. ``finish_package`` rewrites the saved file in
place without them, so that Word opens it in its current mode, in French conventions,
and never asks anything on opening (no ``w:updateFields``).

Only the small parts are parsed (the properties, the settings, the content types and the
relationships); the others, the main document first, are copied as they are.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from ..core.files import atomic_target

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = {
    "w": _W,
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_BIBLIOGRAPHY = "{http://schemas.openxmlformats.org/officeDocument/2006/bibliography}Sources"

_MAIN_DOCUMENT = _OFFICE_RELS + "officeDocument"
_SETTINGS = _OFFICE_RELS + "settings"
_APP = _OFFICE_RELS + "extended-properties"
_CUSTOM_XML = _OFFICE_RELS + "customXml"
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_SETTINGS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
_APP_TYPE = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_CONTENT_TYPES = "[Content_Types].xml"
_WORD_URI = "http://schemas.microsoft.com/office/word"
_WORD_DATE = (1980, 1, 1, 0, 0, 0)
"""The date Word gives every member of its packages: the same document, the same bytes."""

SETTINGS_SEQUENCE: tuple[str, ...] = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation",
    "w:removeDateAndTime", "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape",
    "w:printPostScriptOverText", "w:printFractionalCharacterWidth", "w:printFormsData",
    "w:embedTrueTypeFonts", "w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData",
    "w:mirrorMargins", "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
    "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign",
    "w:attachedTemplate", "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod",
    "w:documentType", "w:mailMerge", "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves",
    "w:doNotTrackFormatting", "w:documentProtection", "w:autoFormatOverride",
    "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop", "w:autoHyphenation",
    "w:consecutiveHyphenLimit", "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope",
    "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle", "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning",
    "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags", "w:alwaysMergeEmptyNamespace",
    "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
    "w:docVars", "w:rsids", "m:mathPr", "w:uiCompat97To2003", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "sl:schemaLibrary", "w:shapeDefaults", "w:decimalSymbol", "w:listSeparator", "w14:docId",
    "w14:discardImageEditingData", "w14:defaultImageDpi", "w14:conflictMode",
    "w15:chartTrackingRefBased", "w15:docId",
)
"""The children of ``w:settings`` in the order of the CT_Settings sequence (ECMA-376 part 1,
transitional, with Word 2010 and 2013's additions): Word repairs, or refuses, a settings
part whose elements are out of this order."""

COMPAT_SETTINGS: tuple[tuple[str, str], ...] = (
    ("compatibilityMode", "15"),
    ("overrideTableStyleFontSizeAndJustification", "1"),
    ("enableOpenTypeFeatures", "1"),
    ("doNotFlipMirrorIndents", "1"),
    ("differentiateMultirowTableHeaders", "1"),
)
"""The compatibility settings Word 2013 and later write; the mode is set to 15 (Word 2013
and later, no compatibility mode), the others are added when missing."""


def _clark(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NAMESPACES[prefix]}}}{local}"


_RANK = {_clark(name): rank for rank, name in enumerate(SETTINGS_SEQUENCE)}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def finish_package(path: Path, *, pages: int | None, words: int, characters: int,
                   paragraphs: int, characters_with_spaces: int | None = None) -> None:
    """Rewrite the .docx at ``path`` in place (through a temporary file beside it), without
    the leftovers of the templates it was made from, with its own figures in ``app.xml``:
    ``characters`` are counted without spaces (Word's « Caractères (espaces non compris) »),
    ``characters_with_spaces`` with them (left out when None), ``pages`` left out when
    None."""
    properties = _properties(pages, words, characters, paragraphs, characters_with_spaces)
    # The archive read is closed before its file is replaced (Windows refuses otherwise).
    with atomic_target(path) as temporary, zipfile.ZipFile(path) as archive:
        package = _Package(archive)
        package.drop_leftovers()
        package.write_settings()
        package.write_properties(properties)
        package.save(temporary)


class _Package:
    """The members of a zip, the relationships and content types parsed, what changes."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.infos = archive.infolist()
        self.names = {info.filename.lower(): info.filename for info in self.infos}
        self.types = _parse(archive.read(_CONTENT_TYPES))
        self.rels = {info.filename: _parse(archive.read(info)) for info in self.infos
                     if info.filename.endswith(".rels")}
        self.dropped: set[str] = set()
        self.replaced: dict[str, bytes] = {}

    def drop_leftovers(self) -> None:
        """The thumbnail, a bibliography in ``customXml/`` with its properties, and
        ``stylesWithEffects.xml``: the parts, their relationships and content types."""
        for rels_name, tree in self.rels.items():
            source = _source_of(rels_name)
            for relationship in _relationships(tree):
                target = self._target(source, relationship)
                if target is None:
                    continue
                kind = relationship.get("Type")
                if kind in (_THUMBNAIL, _STYLES_WITH_EFFECTS) or (
                        kind == _CUSTOM_XML and self._is_bibliography(target)):
                    self.dropped.add(target)
        for part in list(self.dropped):  # a bibliography's item properties go with it
            for relationship in _relationships(self.rels.get(_rels_of(part))):
                target = self._target(part, relationship)
                if target is not None:
                    self.dropped.add(target)
        self.dropped |= {_rels_of(part) for part in self.dropped if _rels_of(part) in self.rels}
        if not self.dropped:
            return
        for rels_name, tree in self.rels.items():
            if rels_name in self.dropped:
                continue
            source = _source_of(rels_name)
            gone = [r for r in _relationships(tree) if self._target(source, r) in self.dropped]
            for relationship in gone:
                tree.getroot().remove(relationship)
            if gone:
                self.replaced[rels_name] = _serialised(tree.getroot())
        self._remove_overrides({part.lower() for part in self.dropped})

    def write_settings(self) -> None:
        main = self._related("", _MAIN_DOCUMENT)
        if main is None:
            raise ValueError("no main document in the package")
        name = self._related(main, _SETTINGS)
        if name is None:
            root = etree.Element(f"{{{_W}}}settings", nsmap={"w": _W})
            name = self._add_part(main, _SETTINGS, posixpath.join(posixpath.dirname(main),
                                                                 "settings.xml"), _SETTINGS_TYPE)
        else:
            root = _parse(self.archive.read(name)).getroot()
        _finish_settings(root)
        self.replaced[name] = _serialised(root)

    def write_properties(self, properties: etree._Element) -> None:
        name = self._related("", _APP) or self._add_part("", _APP, "docProps/app.xml", _APP_TYPE)
        self.replaced[name] = _serialised(properties)

    def save(self, target: Path) -> None:
        """Every member kept in its order, the changed ones rewritten, new ones at the end."""
        self.replaced[_CONTENT_TYPES] = _serialised(self.types.getroot())
        written: set[str] = set()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as output:
            for info in self.infos:
                if info.filename in self.dropped:
                    continue
                data = self.replaced.get(info.filename)
                output.writestr(_member(info.filename),
                                self.archive.read(info) if data is None else data)
                written.add(info.filename)
            for name, data in self.replaced.items():
                if name not in written:
                    output.writestr(_member(name), data)

    def _target(self, source: str, relationship: etree._Element) -> str | None:
        """The member a relationship points at, as the zip names it (None: external or
        absent)."""
        if relationship.get("TargetMode") == "External":
            return None
        target = relationship.get("Target", "")
        joined = target.lstrip("/") if target.startswith("/") else \
            posixpath.join(posixpath.dirname(source), target)
        return self.names.get(posixpath.normpath(joined).lower())

    def _related(self, source: str, kind: str) -> str | None:
        for relationship in _relationships(self.rels.get(_rels_of(source))):
            if relationship.get("Type") == kind:
                target = self._target(source, relationship)
                if target is not None:
                    return target
        return None

    def _add_part(self, source: str, kind: str, name: str, content_type: str) -> str:
        """A relationship of ``kind`` from ``source`` to the part ``name`` (created with its
        content type); a member of that name already there is reused."""
        name = self.names.get(name.lower(), name)
        self.names[name.lower()] = name
        rels_name = _rels_of(source)
        tree = self.rels.get(rels_name)
        if tree is None:
            tree = etree.ElementTree(etree.Element(f"{{{_PR}}}Relationships", nsmap={None: _PR}))
            self.rels[rels_name] = tree
        used = {relationship.get("Id") for relationship in _relationships(tree)}
        identifier = next(f"rId{n}" for n in range(1, len(used) + 2) if f"rId{n}" not in used)
        target = posixpath.relpath(name, posixpath.dirname(source) or ".")
        etree.SubElement(tree.getroot(), f"{{{_PR}}}Relationship", Id=identifier, Type=kind,
                         Target=target)
        self.replaced[rels_name] = _serialised(tree.getroot())
        self._remove_overrides({name.lower()})
        etree.SubElement(self.types.getroot(), f"{{{_CT}}}Override", PartName="/" + name,
                         ContentType=content_type)
        return name

    def _remove_overrides(self, parts: set[str]) -> None:
        """The content types declared for ``parts`` (lower-case member names)."""
        types = self.types.getroot()
        for override in list(types.iterchildren(f"{{{_CT}}}Override")):
            if override.get("PartName", "").lstrip("/").lower() in parts:
                types.remove(override)

    def _is_bibliography(self, member: str) -> bool:
        """Whether the custom XML part holds Word's source list (``b:Sources``), read as far
        as its first element."""
        try:
            for _event, element in etree.iterparse(io.BytesIO(self.archive.read(member)),
                                                   events=("start",), resolve_entities=False,
                                                   no_network=True):
                return bool(element.tag == _BIBLIOGRAPHY)
        except etree.XMLSyntaxError:
            pass
        return False


def _finish_settings(root: etree._Element) -> None:
    """Word 2013's compatibility mode, no proofing state, no question on opening (fields
    are not updated on opening), the French decimal symbol and list separator."""
    for tag in ("w:proofState", "w:updateFields"):
        for element in root.findall(tag, _NAMESPACES):
            root.remove(element)
    compat = _child(root, "w:compat")
    existing = {element.get(f"{{{_W}}}name"): element
                for element in compat.findall("w:compatSetting", _NAMESPACES)}
    for name, value in COMPAT_SETTINGS:
        setting = existing.get(name)
        if setting is None:
            setting = etree.SubElement(compat, f"{{{_W}}}compatSetting")
            setting.set(f"{{{_W}}}name", name)
            setting.set(f"{{{_W}}}uri", _WORD_URI)
            setting.set(f"{{{_W}}}val", value)
        elif name == "compatibilityMode":
            setting.set(f"{{{_W}}}val", value)
    _child(root, "w:decimalSymbol").set(f"{{{_W}}}val", ",")
    _child(root, "w:listSeparator").set(f"{{{_W}}}val", ";")


def _child(root: etree._Element, name: str) -> etree._Element:
    """The settings' child ``name``, added at its place in ``SETTINGS_SEQUENCE`` when absent:
    after the last child that comes before it (children the sequence does not name are
    passed over)."""
    tag = _clark(name)
    found = root.find(tag)
    if found is not None:
        return found
    element = etree.Element(tag)
    before = [index for index, child in enumerate(root)
              if _RANK.get(child.tag, len(_RANK)) < _RANK[tag]]
    root.insert(before[-1] + 1 if before else 0, element)
    return element


def _properties(pages: int | None, words: int, characters: int, paragraphs: int,
                characters_with_spaces: int | None) -> etree._Element:
    """A fresh ``app.xml``: the app, the document's figures, nothing of any template."""
    root = etree.Element(f"{{{_APP_NS}}}Properties", nsmap={None: _APP_NS, "vt": _VT_NS})
    values: list[tuple[str, object]] = [
        ("Pages", pages), ("Words", words), ("Characters", characters),
        ("Application", "Dossier CCPT"), ("DocSecurity", 0), ("Paragraphs", paragraphs),
        ("ScaleCrop", "false"), ("Company", ""), ("LinksUpToDate", "false"),
        ("CharactersWithSpaces", characters_with_spaces), ("SharedDoc", "false"),
        ("HyperlinksChanged", "false"), ("AppVersion", "16.0000"),
    ]
    for tag, value in values:
        if value is not None:
            etree.SubElement(root, f"{{{_APP_NS}}}{tag}").text = str(value) or None
    return root


def _parse(data: bytes) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(data, _PARSER))


def _serialised(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _relationships(tree: etree._ElementTree | None) -> list[etree._Element]:
    if tree is None:
        return []
    return list(tree.getroot().iterchildren(f"{{{_PR}}}Relationship"))


def _rels_of(part: str) -> str:
    """The relationships member of a part (``""``: the package)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _source_of(rels_name: str) -> str:
    """The part a relationships member belongs to (``""``: the package)."""
    folder, name = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), name.removesuffix(".rels"))


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _WORD_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
