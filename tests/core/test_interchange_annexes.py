"""Annex documents, the productions they support, targets and the writing log in the
interchange JSON: written, read back equal (the bytes identical), and hostile data refused
in one sentence naming the field."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest

from dossier_app.core.errors import InvalidData
from dossier_app.core.interchange import dossier_from_json, dossier_to_json, read_json_file
from dossier_app.core.limits import MAX_ANNEX_FILE_BYTES
from dossier_app.core.model import Annex, AnnexFile, AnnexKind, ChapterKind, WritingDay
from tests.storage.test_annex_files import image_bytes, pdf_bytes

PDF = pdf_bytes(3)
JPEG = image_bytes("JPEG", (120, 80))


def _encoded(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _with_documents(example_data: dict) -> dict:
    example_data["annexes"] = [
        {"title": "Attestation du CSE", "kind": "attestation", "description": "",
         "productions": [1, 3],
         "file": {"name": "attestation.pdf", "media_type": "application/pdf", "data": _encoded(PDF)}},
        {"title": "Photo de l’affiche", "kind": "document", "description": "Devant le local.",
         "productions": [2],
         "file": {"name": "affiche.jpg", "media_type": "image/jpeg", "data": _encoded(JPEG)}},
        {"title": "Témoignage", "kind": "testimony", "description": ""},
    ]
    example_data["chapter_targets"] = {"situation": 600, "transfer": 900}
    example_data["writing_log"] = [
        {"date": "2026-11-04", "words_added": 0, "words_total": 4000},
        {"date": "2026-11-02", "words_added": 250, "words_total": 4000}]
    example_data["share_writing_log"] = True
    return example_data


def test_documents_and_the_new_keys_are_read(example_data, referential) -> None:
    result = dossier_from_json(_with_documents(example_data), referential)
    assert result.warnings == []
    dossier = result.dossier
    assert dossier.annexes[0] == Annex("Attestation du CSE", AnnexKind.ATTESTATION, "", [1, 3],
                                       AnnexFile("attestation.pdf", "application/pdf", PDF))
    assert dossier.annexes[1].file == AnnexFile("affiche.jpg", "image/jpeg", JPEG)
    assert (dossier.annexes[2].productions, dossier.annexes[2].file) == ([], None)
    assert dossier.chapter_targets == {ChapterKind.SITUATION: 600, ChapterKind.TRANSFER: 900}
    assert dossier.writing_log == [WritingDay(dt.date(2026, 11, 2), 250, 4000),
                                   WritingDay(dt.date(2026, 11, 4), 0, 4000)]  # by date
    assert dossier.share_writing_log is True


def test_export_then_import_gives_an_equal_dossier_with_identical_bytes(
        tmp_path: Path, example_data, referential) -> None:
    dossier = dossier_from_json(_with_documents(example_data), referential).dossier
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(dossier_to_json(dossier), ensure_ascii=False), encoding="utf-8")
    again = read_json_file(path, referential)
    assert again.warnings == [] and again.dossier == dossier
    assert again.dossier.annexes[0].file is not None and again.dossier.annexes[0].file.data == PDF
    written = dossier_to_json(again.dossier)
    assert written["annexes"][2]["file"] is None and written["share_writing_log"] is True
    assert written["chapter_targets"] == {"situation": 600, "transfer": 900}


def test_a_dossier_of_before_reads_without_the_new_keys(example_data, referential) -> None:
    for annex in example_data["annexes"]:
        del annex["productions"]  # the example's own annexes say the productions they support
    dossier = dossier_from_json(example_data, referential).dossier
    assert (dossier.chapter_targets, dossier.writing_log, dossier.share_writing_log) == ({}, [], False)
    assert all(a.productions == [] and a.file is None for a in dossier.annexes)


def _file(index: int = 1, **change: object):
    def apply(data: dict) -> None:
        data["annexes"][index - 1]["file"].update(change)
    return apply


@pytest.mark.parametrize(("change", "field", "words"), [
    (_file(media_type="image/png"), "annexes[1].file", "il se dit une image PNG mais c’est un PDF"),
    (_file(name="attestation.png"), "annexes[1].file", "se termine par « .png » mais c’est un PDF"),
    (_file(name="../../.bashrc"), "annexes[1].file", "son nom n’est pas"),
    (_file(media_type="text/html"), "annexes[1].file", "type inconnu"),
    (_file(data=_encoded(pdf_bytes(1, password="x"))), "annexes[1].file", "mot de passe"),
    (_file(data=_encoded(PDF[:100])), "annexes[1].file", "illisible ou abîmé"),
    (_file(2, data=_encoded(JPEG[: len(JPEG) // 2])), "annexes[2].file", "illisible ou incomplète"),
    (_file(data=_encoded(b"Une note.\n")), "annexes[1].file", "ni un PDF, ni une image"),
    (_file(data="pas du base64 !"), "annexes[1].file.data", "n’est pas un texte en base64 valide"),
    (_file(data="QUJ"), "annexes[1].file.data", "n’est pas un texte en base64 valide"),
    (_file(data="é" * 40), "annexes[1].file.data", "n’est pas un texte en base64 valide"),
    (_file(data=12), "annexes[1].file.data", "doit être un texte en base64"),
    (_file(data="A" * (2 * MAX_ANNEX_FILE_BYTES)), "annexes[1].file.data", "une fois décodé"),
    (_file(data=_encoded(b"%PDF-" + b"0" * MAX_ANNEX_FILE_BYTES)), "annexes[1].file.data",
     "contient plus de 8,4 Mo une fois décodé"),
    (lambda d: d["annexes"][0]["file"].pop("data"), "annexes[1].file.data", "obligatoire"),
    (lambda d: d["annexes"][0]["file"].pop("media_type"), "annexes[1].file.media_type", "obligatoire"),
    (lambda d: d["annexes"][0].update(file="attestation.pdf"), "annexes[1].file", "objet JSON"),
    (lambda d: d["annexes"][0].update(productions=[4]), "annexes[1].productions",
     "la production 4, qui n’existe pas"),
    (lambda d: d["annexes"][0].update(productions=[1, 1]), "annexes[1].productions", "deux fois"),
    (lambda d: d["annexes"][0].update(productions=[0]), "annexes[1].productions[1]", "entre 1 et"),
    (lambda d: d["annexes"][0].update(productions="1"), "annexes[1].productions", "une liste"),
    (lambda d: d["chapter_targets"].update(analysis=-5), "chapter_targets.analysis", "entre 0 et"),
    (lambda d: d["chapter_targets"].update(situation="600"), "chapter_targets.situation", "entier"),
    (lambda d: d.update(chapter_targets=[600]), "chapter_targets", "objet JSON"),
    (lambda d: d["writing_log"].append({"date": "2026-11-02", "words_added": 1, "words_total": 1}),
     "writing_log", "deux fois le même jour"),
    (lambda d: d["writing_log"][0].pop("date"), "writing_log[1].date", "obligatoire"),
    (lambda d: d["writing_log"][0].update(words_added=-1), "writing_log[1].words_added", "entre 0"),
    (lambda d: d["writing_log"][0].update(date="hier"), "writing_log[1].date", ""),
    (lambda d: d.update(share_writing_log="oui"), "share_writing_log", "true ou false"),
])
def test_bad_annex_data_is_named_in_one_french_sentence(example_data, referential, change, field,
                                                        words) -> None:
    data = _with_documents(example_data)
    change(data)
    with pytest.raises(InvalidData) as caught:
        dossier_from_json(data, referential)
    assert caught.value.field == field
    assert words in caught.value.message
    assert caught.value.message.endswith(".") and "\n" not in caught.value.message


def test_the_documents_together_have_a_limit(example_data, referential) -> None:
    heavy = _encoded(pdf_bytes(1) + b"%" * (MAX_ANNEX_FILE_BYTES - 2_000))  # a comment after %%EOF
    data = _with_documents(example_data)
    data["annexes"] = [{"title": f"Pièce {n}", "file": {"name": f"p{n}.pdf",
                                                        "media_type": "application/pdf",
                                                        "data": heavy}} for n in range(4)]
    with pytest.raises(InvalidData) as caught:
        dossier_from_json(data, referential)
    assert caught.value.field == "annexes"
    assert "pèsent 33,5 Mo ensemble, au plus 25,2 Mo" in caught.value.message
    data["annexes"] = data["annexes"][:2]
    assert len(dossier_from_json(data, referential).dossier.annexes) == 2


def test_base64_with_line_breaks_is_read(example_data, referential) -> None:
    data = _with_documents(example_data)
    encoded = _encoded(PDF)
    data["annexes"][0]["file"]["data"] = "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    assert dossier_from_json(data, referential).dossier.annexes[0].file.data == PDF


def test_an_error_in_a_file_names_the_file(tmp_path: Path, example_data, referential) -> None:
    data = _with_documents(example_data)
    data["annexes"][0]["file"]["media_type"] = "image/png"
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidData) as caught:
        read_json_file(path, referential)
    assert caught.value.message.startswith("Dans le fichier « dossier.json », le champ « annexes[1].file » "
                                           "contient le document « attestation.pdf », qui n’est pas valable")
