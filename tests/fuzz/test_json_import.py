"""Hostile interchange JSON through the real command line, and generated JSON in-process.

``dossier-app import IN.json -o OUT.ccpt`` runs in a child with a memory cap
(``contract.run_bounded``). Each file of ``REFUSED`` must be refused by the contract
(exit 2, one French sentence naming the file and the field, within 10 s, the input
unchanged, no output left); each of ``NORMALIZED`` is imported with one warning a
change, and the dossier it gives exports to Word. The Hypothesis tests feed generated
JSON, and the bundled example with random fields replaced, to the readers themselves:
a DossierError of one sentence or a dossier that a real .ccpt stores and a Word export
writes, never another exception.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import DossierError
from dossier_app.core.interchange import dossier_from_json, read_json_file
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export import pdf
from dossier_app.export.service import export_document
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity
from tests.fuzz.contract import (
    TIME_LIMIT,
    Outcome,
    assert_dossier_error,
    assert_refused,
    fingerprint,
    run_bounded,
)

EXAMPLE: dict = json.loads(example_dossier_path().read_text(encoding="utf-8"))
PEAKS: dict[str, int] = {}
"""Each file's memory peak (KiB) in the child, printed at the end (``pytest -s``)."""
MEMORY_BOUND_KIB = 768 * 1024
"""What a child may use at most here, whatever the file (60 MB of JSON included)."""
CHAPTER = "productions[1].chapters.analysis"
CHAPTER_PATH = "productions.0.chapters.analysis"


def _example(change: Callable[[dict], object], *, ascii: bool = True,
             tail: str = "") -> Callable[[], str]:
    """The example with ``change`` applied, as JSON text (surrogates escaped when ``ascii``),
    then ``tail`` after it in a field of its own."""
    def build() -> str:
        document = copy.deepcopy(EXAMPLE)
        change(document)
        if tail:
            document["fin"] = tail
        return json.dumps(document, ensure_ascii=ascii)
    return build


def _raw(old: str, new: str) -> Callable[[], str]:
    """The example's text with the JSON ``old`` replaced by the literal ``new`` (a number
    json.dumps would not write, say)."""
    def build() -> str:
        text = json.dumps(EXAMPLE)
        assert text.count(old) >= 1, old
        return text.replace(old, new, 1)
    return build


def _set(path: str, value: object, **written: object) -> Callable[[], str]:
    """The example with the field at ``path`` (« productions.0.chapters ») set to ``value``."""
    *parents, last = path.split(".")

    def change(document: dict) -> None:
        node: object = document
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]  # type: ignore[index]
        node[int(last) if isinstance(node, list) else last] = value  # type: ignore[index]
    return _example(change, **written)  # type: ignore[arg-type]


def _stream(path: str, *, text: str = "", items: str = "", count: int, ascii: bool = True,
            tail: str = "") -> Callable[[], Iterator[str]]:
    """The example with the field at ``path`` made of ``count`` times ``text`` (a string) or
    of ``count`` JSON ``items`` (a list), given piece by piece: the test process never holds
    the whole file (a memory peak here would be inherited by the children it measures)."""
    def build() -> Iterator[str]:
        marker = "\u2063répété\u2063"
        before, after = _set(path, marker, ascii=ascii, tail=tail)().split(
            json.dumps(marker, ensure_ascii=ascii))
        yield before
        if items:
            yield "["
            yield from _blocks(items + ",", count - 1)
            yield items + "]"
        else:
            yield '"'
            yield from _blocks(json.dumps(text, ensure_ascii=ascii)[1:-1], count)
            yield '"'
        yield after
    return build


def _blocks(piece: str, count: int, size: int = 1 << 16) -> Iterator[str]:
    """``piece`` ``count`` times, in blocks of about ``size`` characters."""
    per = max(1, size // len(piece))
    full, rest = divmod(count, per)
    block = piece * per
    for _ in range(full):
        yield block
    yield piece * rest


def _nested(depth: int, opening: str = "[", closing: str = "]") -> Callable[[], str]:
    return lambda: opening * depth + "0" + closing * depth


def _many(key: str, item: dict, count: int) -> Callable[[], str]:
    return _example(lambda d: d.update({key: [item] * count}))


REFUSED: dict[str, tuple[Callable[[], str | bytes | Iterator[str]], str]] = {
    # name: (the file's content, words of the one sentence)
    "nesting-1000-lists": (_nested(1_000), "imbrique"),
    "nesting-100000-lists": (_nested(100_000), "imbrique"),
    "nesting-100000-objects": (lambda: '{"a":' * 100_000 + "0" + "}" * 100_000, "imbrique"),
    "nesting-40-in-a-field": (_set("candidate.first_name", json.loads(_nested(40)())), "imbrique"),
    "surrogate-in-a-name": (_set("candidate.first_name", "Na\udfffdia"), "« candidate.first_name »"),
    "surrogate-in-a-chapter": (_set("productions.0.chapters.analysis", "a\ud800"), CHAPTER),
    "surrogate-pair-reversed": (_set("comments.0.quote", "\udc00\ud83d"), "« comments[1].quote »"),
    "surrogate-in-a-choice": (_set("comments.0.chapter", "\udfff"), "« comments[1].chapter »"),
    "integer-5000-digits-version": (_raw('"version": 1', '"version": ' + "9" * 5_000), "« version »"),
    "integer-5000-digits-percent": (_raw('"time_share_percent": 40',
                                         '"time_share_percent": -' + "7" * 5_000), "entre 0 et 100"),
    "integer-10e100-percent": (_set("mandates.0.time_share_percent", 10**100), "entre 0 et 100"),
    "integer-10e30-competence": (_set("productions.0.competence", 10**30), "competence"),
    "integer-2e53-comment-production": (_set("comments.0.production", 2**53), "« comments[1].production »"),
    "nan-percent": (_raw('"time_share_percent": 40', '"time_share_percent": NaN'), "NaN"),
    "infinity-percent": (_raw('"time_share_percent": 40', '"time_share_percent": Infinity'),
                         "Infinity"),
    "minus-infinity-version": (_raw('"version": 1', '"version": -Infinity'), "« version »"),
    "1e999-percent": (_raw('"time_share_percent": 40', '"time_share_percent": 1e999'), "1e999"),
    "float-percent": (_set("mandates.0.time_share_percent", 40.5), "entier"),
    "float-version": (_raw('"version": 1', '"version": 1.0'), "entier"),
    "null-candidate": (_set("candidate", None), "« candidate » doit être un objet JSON, pas null"),
    "null-chapters": (_set("productions.0.chapters", None), "« productions[1].chapters »"),
    "null-status": (_set("productions.0.status", None), "« productions[1].status »"),
    "null-comment-production": (_set("comments.0.production", None), "« comments[1].production »"),
    "null-productions": (_set("productions", None), "« productions » doit être une liste"),
    "null-mandates": (_set("mandates", None), "« mandates »"),
    "null-comments": (_set("comments", None), "« comments »"),
    "null-a-list-item": (_example(lambda d: d["mandates"].append(None)), "« mandates[3] »"),
    "null-first-name": (_set("candidate.first_name", None), "« candidate.first_name »"),
    "null-chapter-text": (_set("productions.0.chapters.analysis", None), CHAPTER),
    "null-attended": (_set("workshops.0.attended", None), "« workshops[1].attended »"),
    "null-pseudonym-real": (_set("pseudonyms.0.real", None), "« pseudonyms[1].real »"),
    "null-ccpt": (_set("ccpt", None), "« ccpt »"),
    "null-format": (_set("format", None), "« format »"),
    "null-version": (_set("version", None), "« version »"),
    "date-iso-week": (_set("mandates.0.start", "2026-W01-1"), "« mandates[1].start »"),
    "date-ordinal": (_set("mandates.0.start", "2026-001"), "« mandates[1].start »"),
    "date-compact": (_set("mandates.0.start", "20260101"), "« mandates[1].start »"),
    "date-trailing-garbage": (_set("workshops.0.date", "2026-01-01XX"), "« workshops[1].date »"),
    "date-with-a-time": (_set("mandates.0.start", "2026-01-01T10:00"), "« mandates[1].start »"),
    "date-fullwidth-digits": (_set("mandates.0.start", "２０２６-01-01"), "« mandates[1].start »"),
    "date-a-number": (_set("mandates.0.start", 20260101), "« mandates[1].start »"),
    "timestamp-space": (_set("comments.0.created", "2026-10-05 14:00:00"), "« comments[1].created »"),
    "timestamp-iso-week": (_set("comments.0.created", "2026-W41-1T14:00"), "« comments[1].created »"),
    "timestamp-trailing-garbage": (_set("comments.0.created", "2026-10-05T14:00:00 et demie"),
                                   "« comments[1].created »"),
    "timestamp-hour-only": (_set("comments.0.created", "2026-10-05T14"), "« comments[1].created »"),
    "timestamp-compact": (_set("comments.0.created", "20261005T140000"), "« comments[1].created »"),
    "timestamp-25-hours": (_set("comments.0.created", "2026-10-05T25:00"), "« comments[1].created »"),
    "oral-minutes-nan": (_raw('"minutes": 2}', '"minutes": NaN}'), "NaN"),
    "oral-minutes-text": (_set("oral.0.plan.0.minutes", "deux"), "« oral[1].plan[1].minutes »"),
    "oral-minutes-a-day": (_set("oral.0.plan.0.minutes", 1440), "« oral[1].plan[1].minutes »"),
    "oral-for-production-9": (_set("oral.0.production", 9), "« oral[1].production »"),
    "oral-twice-for-one-production": (_example(lambda d: d["oral"].append(d["oral"][0])),
                                      "« oral[2].production »"),
    "oral-confidence-4": (_set("oral.0.questions.0.confidence", 4),
                          "« oral[1].questions[1].confidence »"),
    "oral-origin-unknown": (_set("oral.0.questions.0.origin", "public"),
                            "« oral[1].questions[1].origin »"),
    "oral-question-ids-twice": (_set("oral.0.questions.1.id", "exemple-question-1"),
                                "« oral[1].questions »"),
    "oral-rehearsal-without-date": (_set("oral.0.rehearsals.0.date", None),
                                    "« oral[1].rehearsals[1].date »"),
    "oral-point-seconds-float": (_set("oral.0.rehearsals.0.point_seconds", [60.5]),
                                 "« oral[1].rehearsals[1].point_seconds[1] »"),
    "oral-point-seconds-1001": (_set("oral.0.rehearsals.0.point_seconds", [1] * 1_001),
                                "« oral[1].rehearsals[1].point_seconds »"),
    "oral-asked-without-question": (_set("oral.0.mock_juries.0.asked", [{"feedback": "x"}]),
                                    "« oral[1].mock_juries[1].asked[1].question »"),
    "oral-null": (_set("oral", None), "« oral »"),
    "productions-200000": (_stream("productions", items='{"competence": 1}', count=200_000),
                           "au plus 50"),
    "comments-10001": (_many("comments", {"production": 1}, 10_001), "« comments »"),
    "mandates-1001": (_many("mandates", {}, 1_001), "« mandates »"),
    "replies-1001": (_set("comments.0.replies", [{}] * 1_001), "« comments[1].replies »"),
    "chapter-of-2000001-characters": (_stream("productions.0.chapters.analysis", text="é",
                                              count=2_000_001),
                                      "dépasse"),
    "values-60-mb": (lambda: chain("[", _blocks("0,", 30_000_000), "0]"), "trop de valeurs"),
    "chapter-60-mb": (_stream(CHAPTER_PATH, text="mot ", count=15_000_000), "dépasse"),
    "chapter-60-mb-astral": (_stream(CHAPTER_PATH, text="😀", count=5_000_000),
                             "dépasse"),
    "chapter-60-mb-and-one-emoji": (_stream(CHAPTER_PATH, text="mot ", count=15_000_000,
                                            ascii=False, tail="😀"), "dépasse"),
    "file-70-mb": (lambda: chain(_blocks(" ", 70_000_000), "{}"), "trop gros"),
    "empty-file": (lambda: "", "pas du JSON valide"),
    "root-is-a-list": (lambda: "[]", "(racine)"),
    "root-is-null": (lambda: "null", "(racine)"),
    "utf-16": (lambda: json.dumps(EXAMPLE).encode("utf-16"), "UTF-8"),
    "binary": (lambda: bytes(range(256)), "UTF-8"),
    "nul-bytes": (lambda: "\x00" * 1000, "pas du JSON valide"),
}


NORMALIZED: dict[str, tuple[Callable[[], str | Iterator[str]], list[str]]] = {
    # name: (the file's content, words of each warning, in order)
    "control-characters-in-a-chapter": (
        _set("productions.0.chapters.analysis",
             "a\x00b\x01c\x0bd\x0ce\x1ff\x7fg\x85h\x9fi\ufffej\uffffk\tl\r\nm"), [CHAPTER]),
    "control-characters-in-the-cover-page": (_set("candidate.last_name", "Mar\x08tin"),
                                             ["« candidate.last_name »"]),
    "control-characters-in-a-comment": (_set("comments.0.body", "\x1b[31mrouge\x1b[0m"),
                                        ["« comments[1].body »"]),
    "control-characters-in-an-unknown-key": (_example(lambda d: d.update({"a\nb\x00c": 1})),
                                             ["Champ inconnu ignoré"]),
    "surrogate-in-an-unknown-key": (_example(lambda d: d.update({"\udfff": "\ud800"})),
                                    ["Champ inconnu ignoré : « \ufffd »"]),
    "thousand-unknown-keys": (_example(lambda d: d.update({f"k{i}": i for i in range(1_000)})),
                              ["« k0 »", *["Champ inconnu"] * 18, "Et 981 autres avertissements."]),
    "string-40-mb-in-an-unknown-key": (_stream("annexe", text="x", count=40_000_000),
                                       ["« annexe »"]),
    "values-1900000-in-an-unknown-key": (_stream("annexe", items='"ab"', count=1_900_000),
                                         ["« annexe »"]),
    "objects-900000-in-an-unknown-key": (_stream("annexe", items="{}", count=900_000),
                                         ["« annexe »"]),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile files, and a PATH whose first soffice fails at once (the Word export then
    writes the document without asking LibreOffice for page numbers)."""
    folder = tmp_path_factory.mktemp("json")
    fake = folder / "bin"
    fake.mkdir()
    (fake / "soffice").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (fake / "soffice").chmod(0o755)
    yield folder
    if PEAKS:
        worst = max(PEAKS, key=PEAKS.__getitem__)
        print(f"\nMemory peaks (KiB): worst {worst} {PEAKS[worst]}; "
              + ", ".join(f"{name} {peak}" for name, peak in sorted(PEAKS.items())))


def _write(folder: Path, name: str, content: str | bytes | Iterator[str]) -> Path:
    source = folder / f"{name}.json"
    with open(source, "wb") as handle:
        for piece in [content] if isinstance(content, (str, bytes)) else content:
            handle.write(piece if isinstance(piece, bytes)
                         else piece.encode("utf-8", "surrogatepass"))
    return source


def _import(source: Path, target: Path, name: str) -> Outcome:
    outcome = run_bounded("import", source, "-o", target)
    PEAKS[name] = outcome.peak_rss_kib
    assert outcome.peak_rss_kib < MEMORY_BOUND_KIB, (name, outcome.peak_rss_kib)
    return outcome


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_json_is_refused_by_the_command_line(name, folder) -> None:
    build, words = REFUSED[name]
    source = _write(folder, name, build())
    before = fingerprint(source)
    target = folder / f"{name}.ccpt"
    outcome = _import(source, target, name)
    assert_refused(outcome, before, mentions=words)
    assert f"{name}.json »" in outcome.err, outcome.err
    assert not target.exists()


@pytest.mark.parametrize("name", sorted(NORMALIZED))
def test_a_json_with_what_word_cannot_hold_is_imported_with_warnings(name, folder) -> None:
    build, words = NORMALIZED[name]
    source = _write(folder, name, build())
    before = fingerprint(source)
    target = folder / f"{name}.ccpt"
    outcome = _import(source, target, name)
    assert outcome.code == 0, outcome.err
    assert outcome.seconds < TIME_LIMIT, outcome.seconds
    warnings = outcome.err.splitlines()
    assert len(warnings) == len(words), outcome.err
    for line, expected in zip(warnings, words, strict=True):
        assert line.startswith("Attention : ") and expected in line, line
    assert fingerprint(source) == before
    document = folder / f"{name}.docx"
    exported = run_bounded("export", target, "-o", document, "--with-comments",
                           env={"PATH": f"{folder / 'bin'}{os.pathsep}{os.environ['PATH']}"})
    assert exported.code == 0, exported.err
    assert document.read_bytes().startswith(b"PK")


REFERENTIAL: dict = json.loads(bundled_referential_path().read_text(encoding="utf-8"))


def _referential(change: Callable[[dict], object] | None = None, old: str = "",
                 new: str = "") -> Callable[[], str]:
    def build() -> str:
        document = copy.deepcopy(REFERENTIAL)
        if change:
            change(document)
        return json.dumps(document).replace(old, new, 1)
    return build


REFERENTIAL_REFUSED: dict[str, tuple[Callable[[], str], str]] = {
    # the referential an advisor installs goes through the same readers
    "nesting-100000-lists": (_nested(100_000), "imbrique"),
    "integer-5000-digits-number": (_referential(old='"number": 1', new='"number": ' + "1" * 5_000),
                                   "« ccpt[1].competences[1].number »"),
    "integer-5000-digits-unknown": (_referential(lambda d: d.update(x=0), '"x": 0',
                                                 '"x": ' + "1" * 5_000), "« x »"),
    "nan-number": (_referential(old='"number": 1', new='"number": NaN'), "number"),
    "surrogate-in-a-label": (_referential(lambda d: d["ccpt"][0].update(label="\udfff")),
                             "« ccpt[1].label »"),
    "null-ccpt": (_referential(lambda d: d.update(ccpt=None)), "« ccpt »"),
    "null-fit-questions": (_referential(lambda d: d["ccpt"][0].update(fit_questions=None)),
                           "« ccpt[1].fit_questions »"),
    "date-iso-week": (_referential(lambda d: d.update(date="2026-W01-1")), "« date »"),
    "version-10e100": (_referential(lambda d: d.update(format_version=10**100)),
                       "« format_version »"),
}


@pytest.mark.parametrize("name", sorted(REFERENTIAL_REFUSED))
def test_a_hostile_referential_is_refused_by_the_command_line(name, folder) -> None:
    build, words = REFERENTIAL_REFUSED[name]
    source = _write(folder, f"referentiel-{name}", build())
    before = fingerprint(source)
    outcome = run_bounded("referential", "install", source)
    assert_refused(outcome, before, mentions=words)
    assert "referentiel-" in outcome.err
    if name == "nesting-100000-lists":
        assert "2026.1" in run_bounded("referential", "show").out  # the bundled one still in use


# --- generated JSON, in-process ----------------------------------------------------------

_ODD_CHARACTERS = ["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\ufffe", "\uffff",
                   "\udfff", "\ud800", "<", ">", "\n", "\r", "\t", "\u2028", "\u202f", "😀"]
_ODD_TEXTS = ["2026-W01-1", "20260101", "2026-01-01XX", "2026-02-30", "2026-10-05T14:00",
              "2026-10-05 14:00", "2026-10-05T14:00:00Z", "2026-10-05T14:00:00.123456+02:00",
              "1", "", " ", "final", "analysis", "encadrement-animation-equipe"]
texts = st.text(st.characters() | st.sampled_from(_ODD_CHARACTERS), max_size=20) \
    | st.sampled_from(_ODD_TEXTS)
scalars = (st.none() | st.booleans() | st.integers(-3, 120) | st.integers()
           | st.sampled_from([10**100, -(10**30), 2**53, 2**63])
           | st.floats() | texts)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=12)


def mutated(document: object, data: st.DataObject) -> object:
    """A deep copy of ``document`` with one to three values replaced by random JSON."""
    changed = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(changed, data)
    return changed


def read_or_one_sentence(read, value: object):
    """What ``read(value)`` gives, or None when it refused in one French sentence."""
    try:
        return read(value)
    except Exception as error:
        assert_dossier_error(error)
        return None


def _mutate(node: object, data: st.DataObject) -> None:
    """Replace one value somewhere in the tree by a random JSON value."""
    while True:
        if isinstance(node, dict) and node:
            key: object = data.draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            key = data.draw(st.integers(0, len(node) - 1))
        else:
            return
        child = node[key]  # type: ignore[index]
        if not isinstance(child, (dict, list)) or not child or data.draw(st.booleans()):
            node[key] = data.draw(json_values)  # type: ignore[index]
            return
        node = child


def _read_through_a_file(document: object, referential, folder: Path):
    """``read_json_file`` on ``document`` written as a file (NaN and Infinity as
    json.dumps writes them, surrogates escaped): the result, or None when refused."""
    source = folder / "genere.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    try:
        return read_json_file(source, referential)
    except Exception as error:  # anything but a DossierError of one sentence fails here
        assert_dossier_error(error)
        return None


def _store_and_export(result, referential, folder: Path) -> None:
    """What the command line does with an imported dossier, then the Word export."""
    dossier = result.dossier
    if dossier.referential is None:
        dossier.referential = referential.ref
    stored = folder / "genere.ccpt"
    stored.unlink(missing_ok=True)
    DossierFile.create(stored, dossier, LockIdentity.current("T")).close()
    with DossierFile.open(stored, read_only=True) as file:
        assert file.load() == dossier
    with mock.patch.object(pdf, "find_libreoffice", return_value=None):
        export_document(dossier, referential, folder / "genere.docx", "docx", with_comments=True)


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_generated_json_gives_a_dossier_or_one_sentence(value, referential) -> None:
    try:
        dossier_from_json(value, referential)
    except Exception as error:
        assert_dossier_error(error)
    with tempfile.TemporaryDirectory() as folder:
        _read_through_a_file(value, referential, Path(folder))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_example_gives_a_dossier_that_stores_and_exports_or_one_sentence(
        data, referential) -> None:
    document = copy.deepcopy(EXAMPLE)
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(document, data)
    with tempfile.TemporaryDirectory() as folder:
        result = _read_through_a_file(document, referential, Path(folder))
        if result is not None:
            _store_and_export(result, referential, Path(folder))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(st.characters(codec="utf-8") | st.sampled_from(_ODD_CHARACTERS[:9]),
                    min_size=1, max_size=40),
       where=st.sampled_from(["productions.0.chapters.analysis", "candidate.last_name",
                              "comments.0.body", "mandates.0.title", "project",
                              "pseudonyms.0.alias", "workshops.0.notes"]))
def test_any_text_a_field_takes_stores_and_exports(text, where, referential) -> None:
    document = json.loads(_set(where, text)())
    with tempfile.TemporaryDirectory() as folder:
        result = _read_through_a_file(document, referential, Path(folder))
        assert result is not None
        if any(c in text for c in _ODD_CHARACTERS[:9]):
            assert result.warnings and where.split(".")[0] in result.warnings[0].render()
        _store_and_export(result, referential, Path(folder))


def test_a_dossier_error_is_what_in_process_readers_raise(tmp_path, referential) -> None:
    source = tmp_path / "profond.json"
    source.write_text("[" * 5_000 + "]" * 5_000, encoding="utf-8")
    with pytest.raises(DossierError) as caught:
        read_json_file(source, referential)
    assert_dossier_error(caught.value)
    assert "profond.json" in caught.value.message
