"""The bundled Word template as Word writes one, and the saved package finished likewise.

python-docx's own default document (``docx.Document()``) carries every leftover
``finish_package`` removes: a Mac Word 2010 ``app.xml``, a blank thumbnail, an empty
bibliography, ``stylesWithEffects.xml``, Word 2010's compatibility mode, a proofing state.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from dossier_app.export import pdf
from dossier_app.export.package import SETTINGS_SEQUENCE, finish_package
from dossier_app.export.word import default_template

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
NS = {"w": W, "a": A, "ct": CT, "pr": PR, "app": APP}
SETTINGS_NS = {"w": W, "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
               "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
               "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
               "w15": "http://schemas.microsoft.com/office/word/2012/wordml"}
LEFTOVERS = ("docProps/thumbnail.jpeg", "customXml/item1.xml", "customXml/itemProps1.xml",
             "customXml/_rels/item1.xml.rels", "word/stylesWithEffects.xml")
STYLE_NAMES = ("Normal", "Title", "Subtitle", "heading 1", "heading 2", "heading 3", "Quote",
               "List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2",
               "List Number 3", "header", "footer", "TOC Heading", "toc 1", "toc 2",
               "Cover Text", "annotation text", "annotation reference", "Table Grid")
"""The styles the export uses (by their names in styles.xml: python-docx calls « heading 1 »
« Heading 1 »)."""


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(member))


def _members(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def _styles(path: Path) -> dict[str, etree._Element]:
    return {style.find("w:name", NS).get(qn("w:val")): style
            for style in _xml(path, "word/styles.xml").iterfind("w:style", NS)}


def _rewritten(path: Path, changes: dict[str, bytes | None]) -> None:
    """The zip at ``path`` with members replaced, added or (None) removed."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in changes.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _without(xml: bytes, path: str, **attributes: str) -> bytes:
    """``xml`` without its children matching ``path`` (and ``attributes``)."""
    root = etree.fromstring(xml)
    for element in root.findall(path, NS):
        if all(element.get(key) == value for key, value in attributes.items()):
            root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _assert_consistent(path: Path) -> None:
    """Every internal relationship points at a member, every content type override names a
    member, every member has a content type."""
    names = _members(path)
    types = _xml(path, "[Content_Types].xml")
    overrides = {o.get("PartName").lstrip("/") for o in types.iterfind("ct:Override", NS)}
    defaults = {d.get("Extension").lower() for d in types.iterfind("ct:Default", NS)}
    assert overrides <= names
    for name in names - {"[Content_Types].xml"}:
        assert name in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
    for rels in (name for name in names if name.endswith(".rels")):
        folder = posixpath.dirname(posixpath.dirname(rels))
        for relationship in _xml(path, rels).iterfind("pr:Relationship", NS):
            if relationship.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, relationship.get("Target")))
                assert target in names, (rels, target)


def _settings_in_order(settings: etree._Element) -> list[str]:
    """The settings' children named by the schema sequence, which must be in its order."""
    rank = {}
    for index, name in enumerate(SETTINGS_SEQUENCE):
        prefix, local = name.split(":")
        rank[f"{{{SETTINGS_NS[prefix]}}}{local}"] = index
    known = [child for child in settings if child.tag in rank]
    assert [rank[c.tag] for c in known] == sorted(rank[c.tag] for c in known)
    return [etree.QName(child).localname for child in known]


def _compat(settings: etree._Element) -> dict[str, str]:
    return {s.get(qn("w:name")): s.get(qn("w:val"))
            for s in settings.iterfind("w:compat/w:compatSetting", NS)}


def _assert_finished_settings(settings: etree._Element) -> None:
    _settings_in_order(settings)
    assert _compat(settings)["compatibilityMode"] == "15"
    for absent in ("proofState", "updateFields"):
        assert settings.find(f"w:{absent}", NS) is None, absent
    assert settings.find("w:decimalSymbol", NS).get(qn("w:val")) == ","
    assert settings.find("w:listSeparator", NS).get(qn("w:val")) == ";"


@pytest.fixture
def default_docx(tmp_path: Path) -> Path:
    path = tmp_path / "python-docx.docx"
    docx.Document().save(str(path))
    assert set(LEFTOVERS) <= _members(path)  # what the tests below see removed
    return path


# The bundled template

def test_template_names_its_fonts_and_the_theme_has_the_same_pair() -> None:
    styles = _xml(default_template(), "word/styles.xml")
    for fonts in styles.iter(qn("w:rFonts")):
        assert not [name for name in fonts.attrib if name.lower().endswith("theme")], \
            fonts.getparent().getparent().get(qn("w:styleId"))
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert {defaults.get(qn(f"w:{script}")) for script in ("ascii", "hAnsi", "eastAsia", "cs")} \
        == {"Times New Roman"}
    named = _styles(default_template())
    for name, font in (("Normal", "Times New Roman"), ("heading 1", "Arial"),
                       ("heading 2", "Arial"), ("Title", "Arial"), ("footer", "Arial")):
        fonts = named[name].find("w:rPr/w:rFonts", NS)
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:cs")) == font, name
    theme = _xml(default_template(), "word/theme/theme1.xml")
    scheme = theme.find("a:themeElements/a:fontScheme", NS)
    assert scheme.find("a:majorFont/a:latin", NS).get("typeface") == "Arial"
    assert scheme.find("a:minorFont/a:latin", NS).get("typeface") == "Times New Roman"


def test_template_has_the_styles_of_the_export_and_words_own_toc_styles() -> None:
    styles = _styles(default_template())
    assert set(STYLE_NAMES) <= set(styles)
    assert "TOC 1" not in styles and "TOC 2" not in styles  # python-docx's custom ones
    for level in (1, 2):
        toc = styles[f"toc {level}"]
        assert toc.get(qn("w:styleId")) == f"TOC{level}"
        assert toc.get(qn("w:customStyle")) is None
        assert toc.find("w:uiPriority", NS).get(qn("w:val")) == "39"
        assert toc.find("w:semiHidden", NS) is not None
        assert toc.find("w:unhideWhenUsed", NS) is not None
        assert toc.find("w:basedOn", NS).get(qn("w:val")) == "Normal"
        assert toc.find("w:next", NS).get(qn("w:val")) == "Normal"
        tab = toc.find("w:pPr/w:tabs/w:tab", NS)
        assert (tab.get(qn("w:val")), tab.get(qn("w:leader")), tab.get(qn("w:pos"))) == \
            ("right", "dot", "9071")  # 16 cm
    assert styles["toc 2"].find("w:pPr/w:ind", NS).get(qn("w:left")) == "340"  # 0.6 cm
    assert styles["toc 1"].find("w:rPr/w:b", NS) is not None
    heading = styles["TOC Heading"]
    assert heading.get(qn("w:styleId")) == "TOCHeading"
    assert heading.find("w:basedOn", NS).get(qn("w:val")) == "Heading1"
    assert heading.find("w:pPr/w:pageBreakBefore", NS).get(qn("w:val")) == "0"
    assert styles["heading 1"].find("w:pPr/w:pageBreakBefore", NS) is not None
    assert "Hyperlink" not in styles


def test_template_lists_are_numbered_with_real_characters_of_the_body_font() -> None:
    styles = _styles(default_template())
    numbering = _xml(default_template(), "word/numbering.xml")
    abstracts = {a.get(qn("w:abstractNumId")): a for a in numbering.iterfind("w:abstractNum", NS)}
    instances = {n.get(qn("w:numId")): n.find("w:abstractNumId", NS).get(qn("w:val"))
                 for n in numbering.iterfind("w:num", NS)}
    levels = {}
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number",
                 "List Number 2", "List Number 3"):
        style = styles[name]
        assert style.find("w:rPr/w:rFonts", NS) is None, name  # the paragraph's font wins
        num_id = style.find("w:pPr/w:numPr/w:numId", NS).get(qn("w:val"))
        level = abstracts[instances[num_id]].find("w:lvl", NS)
        assert level.find("w:pStyle", NS).get(qn("w:val")) == style.get(qn("w:styleId"))
        levels[name] = (level.find("w:numFmt", NS).get(qn("w:val")),
                        level.find("w:lvlText", NS).get(qn("w:val")))
        if levels[name][0] == "bullet":
            fonts = level.find("w:rPr/w:rFonts", NS)
            assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    assert levels == {
        "List Bullet": ("bullet", "\u2022"), "List Bullet 2": ("bullet", "\u2013"),
        "List Bullet 3": ("bullet", "\u25e6"), "List Number": ("decimal", "%1."),
        "List Number 2": ("lowerLetter", "%1)"), "List Number 3": ("lowerRoman", "%1."),
    }
    for text in numbering.iter(qn("w:lvlText")):
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text.get(qn("w:val")))
    assert b"Symbol" not in etree.tostring(numbering)


def test_template_settings_and_parts_are_words_own() -> None:
    template = default_template()
    assert not set(LEFTOVERS) & _members(template)
    _assert_consistent(template)
    settings = _xml(template, "word/settings.xml")
    _assert_finished_settings(settings)
    assert settings.find("w:themeFontLang", NS).get(qn("w:val")) == "fr-FR"
    for absent in ("rsids", "attachedTemplate", "savePreviewPicture"):
        assert settings.find(f"w:{absent}", NS) is None, absent
    app = _xml(template, "docProps/app.xml")
    assert app.findtext("app:Application", namespaces=NS) == "Dossier CCPT"
    assert app.find("app:Template", NS) is None
    language = _xml(template, "word/styles.xml").find(
        "w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert language.get(qn("w:val")) == "fr-FR"


# finish_package

def test_finished_default_document_keeps_none_of_its_leftovers(default_docx: Path) -> None:
    with zipfile.ZipFile(default_docx) as archive:
        body = archive.read("word/document.xml")
    finish_package(default_docx, pages=12, words=3456, characters=18000, paragraphs=210,
                   characters_with_spaces=21000)
    assert not set(LEFTOVERS) & _members(default_docx)
    _assert_consistent(default_docx)
    with zipfile.ZipFile(default_docx) as archive:
        assert archive.testzip() is None
        assert archive.read("word/document.xml") == body  # copied, not rewritten
        assert "customXml" not in archive.read("word/_rels/document.xml.rels").decode()
    app = _xml(default_docx, "docProps/app.xml")
    figures = {etree.QName(child).localname: child.text for child in app}
    assert figures["Application"] == "Dossier CCPT"
    assert (figures["Pages"], figures["Words"], figures["Characters"],
            figures["CharactersWithSpaces"], figures["Paragraphs"]) == \
        ("12", "3456", "18000", "21000", "210")
    assert (figures["DocSecurity"], figures["AppVersion"], figures["Company"]) == \
        ("0", "16.0000", None)
    assert not {"Template", "Lines", "TotalTime", "Manager"} & set(figures)
    _assert_finished_settings(_xml(default_docx, "word/settings.xml"))
    assert _compat(_xml(default_docx, "word/settings.xml")) == {
        "compatibilityMode": "15", "overrideTableStyleFontSizeAndJustification": "1",
        "enableOpenTypeFeatures": "1", "doNotFlipMirrorIndents": "1",
        "differentiateMultirowTableHeaders": "1"}
    reopened = docx.Document(str(default_docx))
    assert reopened.styles["Normal"] is not None


def test_the_same_document_makes_the_same_bytes(default_docx: Path) -> None:
    """Every member dated as Word dates them, not when python-docx saved the file: the
    bundled template is rebuilt byte for byte, and so is an export of the same dossier."""
    finish_package(default_docx, pages=1, words=2, characters=3, paragraphs=4)
    first = default_docx.read_bytes()
    with zipfile.ZipFile(default_docx) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    finish_package(default_docx, pages=1, words=2, characters=3, paragraphs=4)
    assert default_docx.read_bytes() == first


def test_pages_left_out_when_unknown(default_docx: Path) -> None:
    finish_package(default_docx, pages=None, words=1, characters=2, paragraphs=3)
    app = _xml(default_docx, "docProps/app.xml")
    assert app.find("app:Pages", NS) is None and app.find("app:CharactersWithSpaces", NS) is None
    assert app.findtext("app:Words", namespaces=NS) == "1"


def test_missing_settings_are_added_at_their_place_in_the_schema(default_docx: Path) -> None:
    with zipfile.ZipFile(default_docx) as archive:
        settings = archive.read("word/settings.xml")
    for path in ("w:compat", "w:decimalSymbol", "w:listSeparator"):
        settings = _without(settings, path)
    root = etree.fromstring(settings)  # Word would ask to update the fields on opening
    root.insert(4, etree.Element(qn("w:updateFields"), {qn("w:val"): "true"}))
    _rewritten(default_docx, {"word/settings.xml": etree.tostring(root)})
    finish_package(default_docx, pages=1, words=1, characters=1, paragraphs=1)
    finished = _xml(default_docx, "word/settings.xml")
    _assert_finished_settings(finished)
    assert _settings_in_order(finished) == [
        "zoom", "defaultTabStop", "characterSpacingControl", "savePreviewPicture", "compat",
        "rsids", "mathPr", "themeFontLang", "clrSchemeMapping", "doNotAutoCompressPictures",
        "shapeDefaults", "decimalSymbol", "listSeparator", "docId", "defaultImageDpi"]
    assert list(_compat(finished).values()) == ["15", "1", "1", "1", "1"]


def test_an_organisations_compatibility_settings_are_kept(default_docx: Path) -> None:
    with zipfile.ZipFile(default_docx) as archive:
        root = etree.fromstring(archive.read("word/settings.xml"))
    root.find("w:compat/w:compatSetting[@w:name='enableOpenTypeFeatures']", NS).set(
        qn("w:val"), "0")
    _rewritten(default_docx, {"word/settings.xml": etree.tostring(root)})
    finish_package(default_docx, pages=1, words=1, characters=1, paragraphs=1)
    compat = _compat(_xml(default_docx, "word/settings.xml"))
    assert compat["compatibilityMode"] == "15" and compat["enableOpenTypeFeatures"] == "0"


def test_missing_properties_and_settings_parts_are_added(default_docx: Path) -> None:
    with zipfile.ZipFile(default_docx) as archive:
        types = archive.read("[Content_Types].xml")
        package_rels = archive.read("_rels/.rels")
        document_rels = archive.read("word/_rels/document.xml.rels")
    for part in ("/docProps/app.xml", "/word/settings.xml"):
        types = _without(types, "ct:Override", PartName=part)
    _rewritten(default_docx, {
        "docProps/app.xml": None, "word/settings.xml": None, "[Content_Types].xml": types,
        "_rels/.rels": _without(package_rels, "pr:Relationship", Target="docProps/app.xml"),
        "word/_rels/document.xml.rels": _without(document_rels, "pr:Relationship",
                                                 Target="settings.xml"),
    })
    assert not {"docProps/app.xml", "word/settings.xml"} & _members(default_docx)
    finish_package(default_docx, pages=2, words=5, characters=20, paragraphs=4)
    _assert_consistent(default_docx)
    assert _xml(default_docx, "docProps/app.xml").findtext("app:Pages", namespaces=NS) == "2"
    _assert_finished_settings(_xml(default_docx, "word/settings.xml"))
    reopened = docx.Document(str(default_docx))
    assert reopened.settings.element.find(qn("w:compat")) is not None


def test_custom_xml_that_is_not_a_bibliography_stays(default_docx: Path) -> None:
    with zipfile.ZipFile(default_docx) as archive:
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
        types = etree.fromstring(archive.read("[Content_Types].xml"))
    etree.SubElement(rels, f"{{{PR}}}Relationship", Id="rId99", Target="../customXml/item2.xml",
                     Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                          "customXml")
    etree.SubElement(types, f"{{{CT}}}Override", PartName="/customXml/itemProps2.xml",
                     ContentType="application/vnd.openxmlformats-officedocument."
                                 "customXmlProperties+xml")
    item_rels = (b'<Relationships xmlns="' + PR.encode() + b'"><Relationship Id="rId1" '
                 b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 b'customXmlProps" Target="itemProps2.xml"/></Relationships>')
    properties = (b'<ds:datastoreItem ds:itemID="{6C1A0D2B-0000-4000-8000-000000000001}" '
                  b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>')
    _rewritten(default_docx, {
        "word/_rels/document.xml.rels": etree.tostring(rels),
        "[Content_Types].xml": etree.tostring(types),
        "customXml/item2.xml": b"<metadata xmlns='urn:example:organisation'/>",
        "customXml/_rels/item2.xml.rels": item_rels, "customXml/itemProps2.xml": properties,
    })
    finish_package(default_docx, pages=1, words=1, characters=1, paragraphs=1)
    members = _members(default_docx)
    assert {"customXml/item2.xml", "customXml/itemProps2.xml",
            "customXml/_rels/item2.xml.rels"} <= members
    assert "customXml/item1.xml" not in members  # the bibliography
    _assert_consistent(default_docx)


@pytest.mark.needs("libreoffice")
def test_libreoffice_converts_a_finished_package(default_docx: Path, tmp_path: Path) -> None:
    document = docx.Document(str(default_template()))
    document.add_paragraph("Chapitre", style="Heading 1")
    document.add_paragraph("Un élément", style="List Bullet 2")
    path = tmp_path / "modèle.docx"
    document.save(str(path))
    target = tmp_path / "x.pdf"
    soffice = pdf.find_libreoffice()
    assert soffice is not None
    for source in (default_docx, path):
        finish_package(source, pages=1, words=3, characters=15, paragraphs=2)
        pdf.docx_to_pdf(source, target, soffice)
        assert target.read_bytes().startswith(b"%PDF")
