"""Word templates from anyone: checked and cleaned before python-docx reads them.

The hostile templates are built with zipfile (or by hand, for what zipfile will not
write) from the bundled one; ``tests/fuzz/test_templates.py`` drives the same table
through the real command line.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import jinja2
import jinja2.sandbox
import pytest
from docx.oxml.parser import parse_xml
from lxml import etree

from dossier_app.core.errors import DossierError, FileProblem
from dossier_app.core.typography import french_text
from dossier_app.export import template_check
from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, default_template, open_template, text_environment
from tests.fuzz.contract import assert_dossier_error, fingerprint

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
EXTERNAL_TEMPLATE = "https://modeles.example.org/organisme.dotm"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"

# --- building templates --------------------------------------------------------------


def template_parts() -> dict[str, bytes]:
    """The bundled template, member by member, in order."""
    with zipfile.ZipFile(default_template()) as package:
        return {name: package.read(name) for name in package.namelist()}


def zipped(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def raw_zip(entries: list[tuple[str, bytes, int, int, int, int]]) -> bytes:
    """A zip written by hand: (name, stored bytes, method, crc, declared size, flags) each,
    so that a test can declare what zipfile would never write (a lying size, a password
    flag, a deflate stream of a gigabyte made of one repeated block)."""
    body, directory = bytearray(), bytearray()
    for name, stored, method, crc, size, flags in entries:
        encoded = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc,
                            len(stored), size, len(encoded), 0) + encoded + stored
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0,
                                 0x21, crc, len(stored), size, len(encoded), 0, 0, 0, 0, 0,
                                 offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory),
                      len(body), 0)
    return bytes(body + directory + end)


def deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _entry(name: str, data: bytes) -> tuple[str, bytes, int, int, int, int]:
    return (name, deflated(data), zipfile.ZIP_DEFLATED, zlib.crc32(data), len(data), 0)


_BOMBS: dict[tuple[str, int], bytes] = {}


def bomb(member: str, size: int, *, declared: int | None = None) -> bytes:
    """The bundled template with ``member`` replaced by ``size`` bytes of spaces that
    deflate about 1000 times (one 16 MiB block repeated: quick to build)."""
    key = (member, size, declared)
    if key not in _BOMBS:
        block_size = 16 << 20 if size >= 16 << 20 else size
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = b" " * block_size
        repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
        count = size // block_size
        stream = repeated * count + compressor.flush()
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(block, crc)
        entries = [_entry(name, data) for name, data in template_parts().items() if name != member]
        entries.append((member, stream, zipfile.ZIP_DEFLATED, crc,
                        count * block_size if declared is None else declared, 0))
        _BOMBS[key] = raw_zip(entries)
    return _BOMBS[key]


def edited(**changes: bytes | None) -> bytes:
    """The bundled template with members replaced (bytes), added, or removed (None).
    Keyword names use ``__`` for ``/`` and ``_dot_`` for ``.``."""
    parts = template_parts()
    for key, value in changes.items():
        name = _member(key)
        if value is None:
            parts.pop(name, None)
        else:
            parts[name] = value
    return zipped(parts)


def _member(key: str) -> str:
    return key.replace("__", "/").replace("_dot_", ".").replace("CT", "[Content_Types]")


def with_relationships(rels: bytes, *relations: str) -> bytes:
    """``rels`` with Relationship elements added before its end."""
    return rels.replace(b"</Relationships>", "".join(relations).encode() + b"</Relationships>")


def _styles_with_entity(declaration: str, use: str) -> bytes:
    styles = template_parts()["word/styles.xml"].decode()
    head, _, rest = styles.partition("?>")
    rest = rest.replace('w:styleId="Title"><w:name w:val="Title"/>',
                        f'w:styleId="Title"><w:name w:val="Title{use}"/>', 1)
    return f"{head}?><!DOCTYPE w:styles [{declaration}]>{rest}".encode()


def _attached_template() -> bytes:
    parts = template_parts()
    settings = parts["word/settings.xml"].decode()
    settings = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdAttached"/>'
                      r"<w:linkStyles/>", settings, count=1)
    if 'xmlns:r="' not in settings.split(">", 2)[1]:
        settings = settings.replace("<w:settings ", f'<w:settings xmlns:r="{R}" ', 1)
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{REL}">'
            f'<Relationship Id="rIdAttached" Type="{R}/attachedTemplate" '
            f'Target="{EXTERNAL_TEMPLATE}" TargetMode="External"/></Relationships>')
    document_rels = with_relationships(
        parts["word/_rels/document.xml.rels"],
        f'<Relationship Id="rIdLink" Type="{R}/hyperlink" Target="https://suivi.example.org/" '
        'TargetMode="External"/>',
        f'<Relationship Id="rIdPicture" Type="{R}/image" Target="https://suivi.example.org/p.png" '
        'TargetMode="External"/>')
    return edited(word__settings_dot_xml=settings.encode(),
                  word___rels__settings_dot_xml_dot_rels=rels.encode(),
                  word___rels__document_dot_xml_dot_rels=document_rels)


def _macros(main_type: str = MACRO_MAIN) -> bytes:
    parts = template_parts()
    types = parts["[Content_Types].xml"].decode()
    types = re.sub(r'(PartName="/word/document.xml" ContentType=")[^"]+', rf"\g<1>{main_type}", types)
    types = types.replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>'
        '<Override PartName="/word/activeX/activeX1.xml" '
        'ContentType="application/vnd.ms-office.activeX+xml"/></Types>')
    document_rels = with_relationships(
        parts["word/_rels/document.xml.rels"],
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
        'vbaProject" Target="vbaProject.bin"/>',
        f'<Relationship Id="rIdAx" Type="{R}/control" Target="activeX/activeX1.xml"/>')
    vba_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                f'xmlns="{REL}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/'
                '2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>')
    return edited(CT_dot_xml=types.encode(),
                  word___rels__document_dot_xml_dot_rels=document_rels,
                  word__vbaProject_dot_bin=b"\xd0\xcf\x11\xe0 Attribute VB_Name = AutoOpen",
                  word___rels__vbaProject_dot_bin_dot_rels=vba_rels.encode(),
                  word__vbaData_dot_xml=b'<?xml version="1.0"?><wne:vbaSuppData xmlns:wne='
                                        b'"http://schemas.microsoft.com/office/word/2006/wordml"/>',
                  word__activeX__activeX1_dot_xml=b'<?xml version="1.0"?><ax:ocx xmlns:ax="http://'
                                                  b'schemas.microsoft.com/office/2006/activeX"/>')


def _header_with_fields() -> bytes:
    """A header the section uses, holding a DDEAUTO field, an INCLUDEPICTURE field and an
    external hyperlink; the sections' header reference points at it."""
    parts = template_parts()
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}" '
              f'xmlns:r="{R}"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
              ' DDE</w:instrText></w:r><w:r><w:instrText>AUTO c:\\\\windows\\\\system32\\\\cmd.exe'
              ' "/c calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              '<w:r><w:t>Organisme</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
              '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;https://suivi.example.org/x.png'
              '&quot; "><w:r><w:t>logo</w:t></w:r></w:fldSimple><w:hyperlink r:id="rIdWeb">'
              '<w:r><w:t>site</w:t></w:r></w:hyperlink></w:p></w:hdr>')
    header_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                   f'xmlns="{REL}"><Relationship Id="rIdWeb" Type="{R}/hyperlink" '
                   'Target="https://suivi.example.org/" TargetMode="External"/></Relationships>')
    document = parts["word/document.xml"].decode()
    document = re.sub(r"(<w:sectPr[^>]*>)", r'\1<w:headerReference w:type="default" r:id="rIdHdr"/>',
                      document, count=1)
    document = document.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1) \
        if 'xmlns:r="' not in document else document
    types = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/header1.xml" ContentType="application/vnd.'
                     b'openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
    rels = with_relationships(parts["word/_rels/document.xml.rels"],
                              f'<Relationship Id="rIdHdr" Type="{R}/header" Target="header1.xml"/>')
    return edited(CT_dot_xml=types, word__document_dot_xml=document.encode(),
                  word___rels__document_dot_xml_dot_rels=rels,
                  word__header1_dot_xml=header.encode(),
                  word___rels__header1_dot_xml_dot_rels=header_rels.encode())


def _commented() -> bytes:
    """A template holding its authors' review comments (ids python-docx cannot count on)."""
    parts = template_parts()
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">'
                '<w:comment w:id="abc" w:author="Relecteur du modèle"><w:p><w:r><w:t>Note interne '
                "au modèle</w:t></w:r></w:p></w:comment></w:comments>")
    types = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                     b'openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    rels = with_relationships(parts["word/_rels/document.xml.rels"],
                              f'<Relationship Id="rIdCom" Type="{R}/comments" Target="comments.xml"/>')
    return edited(CT_dot_xml=types, word___rels__document_dot_xml_dot_rels=rels,
                  word__comments_dot_xml=comments.encode())


def _many_members() -> bytes:
    parts = template_parts()
    parts.update({f"customXml/extra{i}.txt": b"" for i in range(template_check.MAX_MEMBERS)})
    return zipped(parts, zipfile.ZIP_STORED)


def _encrypted() -> bytes:
    entries = [_entry(name, data) for name, data in template_parts().items()]
    name, stored, method, crc, size, _flags = entries[4]
    entries[4] = (name, stored, method, crc, size, 0x1)
    return raw_zip(entries)


def _half(data: bytes) -> bytes:
    """A download cut off halfway: the zip's central directory is gone."""
    return data[:len(data) // 2]


def _lying_size() -> bytes:
    """word/styles.xml declares 1 kB but inflates to 64 MiB: zipfile stops at 1 kB."""
    return bomb("word/styles.xml", 64 << 20, declared=1000)


def _bzip2() -> bytes:
    return zipped(template_parts(), zipfile.ZIP_BZIP2)


def _too_much_xml() -> bytes:
    """12 MB of ordinary paragraphs (compressing about 10 times, no bomb): too much XML."""
    import random

    rnd = random.Random(11)
    words = ["".join(rnd.choice("abcdefghij") for _ in range(5)) for _ in range(4000)]
    body = "".join(f"<w:p><w:r><w:t>{rnd.choice(words)}</w:t></w:r></w:p>"
                   for _ in range(300_000))
    document = template_parts()["word/document.xml"].replace(b"<w:body>", b"<w:body>"
                                                              + body.encode(), 1)
    return edited(word__document_dot_xml=document)


def _numbering_without_lists() -> bytes:
    return edited(word__numbering_dot_xml=f'<?xml version="1.0"?><w:numbering xmlns:w="{W}"/>'
                  .encode())


def _list_style_unnumbered() -> bytes:
    styles = template_parts()["word/styles.xml"].decode()
    start = styles.index('w:styleId="ListNumber"')
    end = styles.index("</w:style>", start)
    block = re.sub(r"<w:numPr>.*?</w:numPr>", "", styles[start:end], flags=re.S)
    return edited(word__styles_dot_xml=(styles[:start] + block + styles[end:]).encode())


def _no_section() -> bytes:
    document = template_parts()["word/document.xml"].decode()
    document = re.sub(r"<w:sectPr.*</w:sectPr>", "", document, flags=re.S)
    return edited(word__document_dot_xml=document.encode())


Builder = Callable[[], bytes]
REFUSED: dict[str, tuple[Builder, str]] = {
    # name: (template bytes, a words of the sentence)
    "not-a-zip": (lambda: b"pas un document Word", "n’est pas un document Word"),
    "empty-file": (lambda: b"", "n’est pas un document Word"),
    "truncated": (lambda: _half(zipped(template_parts())), "n’est pas un document Word"),
    "zip-bomb": (lambda: bomb("word/styles.xml", 1 << 30), "une fois décompressé"),
    "dense-member": (lambda: bomb("word/media/image1.png", 32 << 20), "bombe de décompression"),
    "lying-size": (_lying_size, "abîmée"),
    "too-many-parts": (_many_members, "parties"),
    "too-much-xml": (_too_much_xml, "parties XML"),
    "encrypted": (_encrypted, "mot de passe"),
    "bzip2": (_bzip2, "compressée"),
    "missing-content-types": (lambda: edited(CT_dot_xml=None), "[Content_Types].xml"),
    "missing-document": (lambda: edited(word__document_dot_xml=None), "word/document.xml"),
    "missing-styles": (lambda: edited(word__styles_dot_xml=None), "word/styles.xml"),
    "missing-numbering": (lambda: edited(word__numbering_dot_xml=None), "numérotation"),
    "empty-numbering": (lambda: edited(word__numbering_dot_xml=b""), "word/numbering.xml"),
    "numbering-without-lists": (_numbering_without_lists, "numérotation"),
    "list-style-unnumbered": (_list_style_unnumbered, "« List Number »"),
    "no-page-layout": (_no_section, "mise en page"),
    "doctype-entity": (lambda: edited(word__styles_dot_xml=_styles_with_entity(
        '<!ENTITY secret "MOT-DE-PASSE">', "&secret;")), "DOCTYPE"),
    "external-entity": (lambda: edited(word__styles_dot_xml=_styles_with_entity(
        '<!ENTITY hote SYSTEM "file:///etc/hostname">', "&hote;")), "DOCTYPE"),
    "billion-laughs": (lambda: edited(word__styles_dot_xml=_styles_with_entity(
        '<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)),
        "&j;")), "DOCTYPE"),
    "undefined-entity": (lambda: edited(word__styles_dot_xml=template_parts()["word/styles.xml"]
                                        .replace(b'w:val="Title"/>', b'w:val="&x;"/>', 1)),
                         "XML valide"),
    "not-xml": (lambda: edited(word__settings_dot_xml=b"\x00\xff pas du XML"), "XML valide"),
}
"""Templates that must be refused in one sentence holding the given words."""

ACCEPTED: dict[str, Builder] = {
    "bundled": lambda: default_template().read_bytes(),
    "external-attached-template": _attached_template,
    "macros-activex-docm": _macros,
    "macros-in-a-docx": lambda: _macros("application/vnd.openxmlformats-officedocument."
                                        "wordprocessingml.document.main+xml"),
    "macro-enabled-template-dotm": lambda: _macros(
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    "header-with-fields": _header_with_fields,
    "template-comments": _commented,
}
"""Templates that export, the export then holding nothing external or active."""


def write_template(folder: Path, name: str, data: bytes) -> Path:
    path = folder / f"{name}.docx"
    path.write_bytes(data)
    return path


def assert_clean_docx(path: Path) -> None:
    """No external relationship, macro, ActiveX, entity, remote template or outside
    field in a written document; its main part is a plain document's."""
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        texts = {name: package.read(name).decode("utf-8", "replace") for name in names
                 if name.endswith((".xml", ".rels"))}
    for name in names:
        assert not re.search(r"vba|activex|embeddings|customui", name, re.I), name
    for name, text in texts.items():
        assert 'TargetMode="External"' not in text, name
        assert "<!DOCTYPE" not in text and "<!ENTITY" not in text, name
        assert not re.search(r"vbaProject|vbaData|activeX|macroEnabled|attachedTemplate|mailMerge",
                             text, re.I), name
        assert "example.org" not in text, name
        for code in re.findall(r"<w:instrText[^>]*>([^<]*)<", text):
            assert not re.match(r"\s*(DDE|INCLUDE|LINK|IMPORT)", code, re.I), (name, code)
        assert not re.search(r'w:instr="\s*(DDE|INCLUDE|LINK|IMPORT)', text, re.I), name
    types = texts["[Content_Types].xml"]
    assert ('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"') in types


# --- the tests -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_template_is_refused_in_one_sentence(name, example, referential,
                                                       tmp_path) -> None:
    builder, words = REFUSED[name]
    template = write_template(tmp_path, name, builder())
    before = fingerprint(template)
    with pytest.raises(DossierError) as caught:
        build(example, referential, Options(template=template))
    assert_dossier_error(caught.value)
    assert words in caught.value.message, caught.value.message
    assert str(template) in caught.value.message  # names the file
    assert fingerprint(template) == before


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_an_accepted_template_exports_nothing_external_or_active(name, example, referential,
                                                                 tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("dossier_app.export.pdf.find_libreoffice", lambda: None)
    template = write_template(tmp_path, name, ACCEPTED[name]())
    before = fingerprint(template)
    target = tmp_path / "dossier.docx"
    export_document(example, referential, target, "docx", with_comments=True, template=template)
    assert_clean_docx(target)
    document = docx.Document(str(target))
    assert any(p.style.name == "List Number" for p in document.paragraphs)
    assert fingerprint(template) == before


def test_the_template_parts_kept_are_the_organisations(tmp_path) -> None:
    """Cleaning keeps what is not dangerous: the header's text, the styles, the numbering."""
    template = write_template(tmp_path, "entete", _header_with_fields())
    document = open_template(template)
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    assert "Organisme" in header.paragraphs[0].text and "logo" in header.paragraphs[1].text
    assert "site" in header.paragraphs[1].text  # the link's text, without the link
    assert document.styles["Heading 1"] is not None
    assert document.part.numbering_part.element.num_lst


def test_the_templates_review_comments_stay_out(tmp_path, example, referential) -> None:
    template = write_template(tmp_path, "commente", _commented())
    target = tmp_path / "dossier.docx"
    export_document(example, referential, target, "docx", with_comments=True, template=template)
    with zipfile.ZipFile(target) as package:
        comments = package.read("word/comments.xml").decode()
    assert "Note interne" not in comments and "Relecteur du modèle" not in comments
    # The dossier's own comments are there, set in French typography like the text.
    assert french_text(example.comments[0].body) in comments


def test_a_macro_enabled_template_becomes_a_plain_document(tmp_path) -> None:
    document = open_template(write_template(tmp_path, "macros", _macros()))
    assert document.part.content_type == ("application/vnd.openxmlformats-officedocument."
                                           "wordprocessingml.document.main+xml")
    kinds = {rel.reltype.rsplit("/", 1)[-1] for rel in document.part.rels.values()}
    assert not kinds & {"vbaProject", "control"}
    every = list(document.part.package.iter_rels())
    assert every and not any(rel.is_external for rel in every)
    assert not any(rel.reltype.endswith(("/attachedTemplate", "/wordVbaData")) for rel in every)


def test_python_docx_would_copy_entities_that_lxml_does_not_resolve() -> None:
    """Why a DOCTYPE is refused: python-docx's parser leaves entity references in the tree
    (resolve_entities=False), and writes them back out undefined, which Word then calls a
    corrupt document; lxml's default parser expands the internal ones. Neither is wanted."""
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:r [<!ENTITY s "SECRET">]><w:r xmlns:w="{W}">'
           "<w:t>&s;</w:t></w:r>").encode()
    assert b"&s;" in etree.tostring(parse_xml(xml))
    assert b"SECRET" in etree.tostring(etree.fromstring(xml))


def test_the_limits_are_checked_before_inflating(tmp_path, monkeypatch) -> None:
    """The gigabyte bomb is refused on its declared size: nothing is read from it."""
    template = write_template(tmp_path, "bombe", bomb("word/styles.xml", 1 << 30))
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: opened.append(a))
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, *a, **k: opened.append(a))
    with pytest.raises(FileProblem, match="une fois décompressé"):
        template_check.clean_template(template)
    assert not opened


def test_a_directory_and_a_fifo_are_refused(tmp_path, example, referential) -> None:
    import os

    folder = tmp_path / "modele.docx"
    folder.mkdir()
    with pytest.raises(FileProblem, match="répertoire, pas un fichier"):
        open_template(folder)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "tube.docx"
        os.mkfifo(fifo)
        with pytest.raises(FileProblem, match="pas un fichier ordinaire"):
            build(example, referential, Options(template=fifo))


def test_fixed_texts_render_in_a_sandbox(tmp_path) -> None:
    (tmp_path / "evasion.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    (tmp_path / "globals.j2").write_text(
        "{{ cycler.__init__.__globals__.os.getcwd() }}", encoding="utf-8")
    (tmp_path / "ok.j2").write_text("{{ name | upper }} ({{ count + 1 }})", encoding="utf-8")
    texts = text_environment(tmp_path)
    assert isinstance(texts, jinja2.sandbox.SandboxedEnvironment)
    for name in ("evasion.j2", "globals.j2"):
        with pytest.raises(jinja2.exceptions.SecurityError):
            texts.get_template(name).render()
    # A value is text, never template code: braces in a candidate's name stay braces.
    assert texts.get_template("ok.j2").render(name="{{ 7*7 }}", count=1) == "{{ 7*7 }} (2)"
    unsafe = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    assert "object" in unsafe.get_template("evasion.j2").render()  # what the sandbox stops


def test_the_bundled_texts_render_in_the_sandbox(example, referential) -> None:
    document = build(example, referential, Options()).document
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Nadia Martin" in text and "Déclaration sur l’honneur" in text
