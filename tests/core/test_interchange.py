import contextlib
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import DossierError, InvalidData
from dossier_app.core.interchange import dossier_from_json, dossier_to_json, read_json_file
from dossier_app.core.jsonread import without_control_characters
from dossier_app.core.model import ChapterKind, NameKind, Pseudonym

from .strategies import dossiers


def test_example_imports_without_warning(example_data, referential) -> None:
    result = dossier_from_json(example_data, referential)
    assert result.warnings == []
    assert result.dossier.candidate.full_name == "Nadia Martin"
    assert len(result.dossier.productions) == 3
    assert all(p.chapters[k].text for p in result.dossier.productions for k in ChapterKind)


def test_contract_minimal_document_imports(referential) -> None:
    # The sample of contract.md, as written there.
    data = {
        "format": "dossier-ccpt", "version": 1,
        "candidate": {"first_name": "Nadia", "last_name": "Martin"},
        "mandates": [{"title": "Secrétaire du CSE", "organisation": "", "start": "2019-03-01",
                      "end": None, "time_share_percent": 40, "description": "md"}],
        "project": "md", "ccpt": "encadrement-animation-equipe",
        "productions": [{"competence": 1, "title": "",
                         "chapters": {"situation": "md", "analysis": "md", "transfer": "md"}}],
        "workshops": [{"title": "Atelier 1", "date": "2026-10-05", "attended": True, "notes": ""}],
        "comments": [{"production": 1, "chapter": "analysis", "quote": "md", "body": "",
                      "author": "", "created": "2026-10-05T14:00:00", "resolved": False}],
        "pseudonyms": [{"real": "Jean Dupont", "alias": "M. D."}],
    }
    dossier = dossier_from_json(data, referential).dossier
    assert dossier.mandates[0].time_share_percent == 40
    assert dossier.comments[0].chapter is ChapterKind.ANALYSIS


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_export_then_import_gives_an_equal_dossier(data, referential) -> None:
    dossier = data.draw(dossiers(referential))
    original = dossier_to_json(dossier)
    text = json.dumps(original, ensure_ascii=False)
    expected = _without_control_characters(original)
    if any(not name.strip() for p in expected["pseudonyms"] for name in [p["real"], *p["short_forms"]]):
        with pytest.raises(InvalidData, match="ne doit pas être vide"):  # only control characters
            dossier_from_json(json.loads(text), referential)
        return
    result = dossier_from_json(json.loads(text), referential)
    if expected == original:
        assert result.dossier == dossier
        assert result.warnings == []
    else:  # a text the Word export could not hold: imported without its control characters
        assert dossier_to_json(result.dossier) == expected
        assert result.warnings
        assert all(w.render().startswith(("Caractères de contrôle retirés du champ", "Et "))
                   for w in result.warnings)


def _without_control_characters(value):
    if isinstance(value, str):
        return without_control_characters(value)
    if isinstance(value, list):
        return [_without_control_characters(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_control_characters(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize("shown", [True, False])
def test_the_address_choice_is_written_and_read_back(example_data, referential, shown) -> None:
    example_data["candidate"]["show_address"] = shown
    result = dossier_from_json(example_data, referential)
    assert result.warnings == []
    assert result.dossier.candidate.show_address is shown
    written = dossier_to_json(result.dossier)
    assert written["candidate"]["show_address"] is shown
    assert dossier_from_json(json.loads(json.dumps(written)), referential).dossier == result.dossier


def test_a_json_without_the_address_choice_keeps_the_address_off(example_data,
                                                                  referential) -> None:
    example_data["candidate"].pop("show_address", None)
    result = dossier_from_json(example_data, referential)
    assert result.warnings == []
    assert result.dossier.candidate.show_address is False


def test_what_each_pseudonym_is_is_written_and_read_back(example_data, referential) -> None:
    example_data["pseudonyms"] = [
        {"real": "Karim Benali", "alias": "M. B.", "kind": "person", "short_forms": []},
        {"real": "Logistique Atlantique", "alias": "l’entreprise L.", "kind": "organisation",
         "short_forms": ["LA", "Log’Atlantique"]},
        {"real": "Saint-Nazaire", "alias": "la ville", "kind": "place", "short_forms": ["St-Naz"]}]
    result = dossier_from_json(example_data, referential)
    assert result.warnings == []
    assert result.dossier.pseudonyms == [
        Pseudonym("Karim Benali", "M. B.", NameKind.PERSON, []),
        Pseudonym("Logistique Atlantique", "l’entreprise L.", NameKind.ORGANISATION,
                  ["LA", "Log’Atlantique"]),
        Pseudonym("Saint-Nazaire", "la ville", NameKind.PLACE, ["St-Naz"])]
    written = dossier_to_json(result.dossier)
    assert written["pseudonyms"] == example_data["pseudonyms"]
    assert dossier_from_json(json.loads(json.dumps(written)), referential).dossier == result.dossier


def test_a_pseudonym_without_kind_nor_short_forms_names_a_person(example_data,
                                                                 referential) -> None:
    """As the contract's first sample has it, and as every file before them."""
    example_data["pseudonyms"] = [{"real": "Jean Dupont", "alias": "M. D."}]
    result = dossier_from_json(example_data, referential)
    assert result.warnings == []
    assert result.dossier.pseudonyms == [Pseudonym("Jean Dupont", "M. D.", NameKind.PERSON, [])]
    assert dossier_to_json(result.dossier)["pseudonyms"] == [
        {"real": "Jean Dupont", "alias": "M. D.", "kind": "person", "short_forms": []}]


def test_unknown_keys_are_ignored_with_a_warning(example_data, referential) -> None:
    example_data["colour"] = "bleu"
    example_data["candidate"]["nickname"] = "Nad"
    result = dossier_from_json(example_data, referential)
    assert [str(w) for w in result.warnings] == ["Champ inconnu ignoré : « colour ».",
                                                 "Champ inconnu ignoré : « candidate.nickname »."]


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda d: d.update(version=2), "version", "plus récente"),
    (lambda d: d.update(format="autre"), "format", "dossier-ccpt"),
    (lambda d: d.pop("version"), "version", "obligatoire"),
    (lambda d: d.update(ccpt="plomberie"), "ccpt", "inconnu"),
    (lambda d: d["productions"][1].update(competence=7), "productions[2].competence", "de 1 à 3"),
    (lambda d: d["productions"][1].update(competence="2"), "productions[2].competence", "entier"),
    (lambda d: d["productions"][2].update(competence=1), "productions[3].competence", "déjà"),
    (lambda d: d["mandates"][0].update(start="2019-02-30"), "mandates[1].start", "date valide"),
    (lambda d: d["mandates"][0].update(start="01/03/2019"), "mandates[1].start", "AAAA-MM-JJ"),
    (lambda d: d["mandates"][0].update(end="2010-01-01"), "mandates[1].end", "antérieure"),
    (lambda d: d["mandates"][0].update(time_share_percent=140), "mandates[1].time_share_percent",
     "entre 0 et 100"),
    (lambda d: d.update(mandates={}), "mandates", "liste"),
    (lambda d: d["candidate"].update(first_name=3), "candidate.first_name", "texte"),
    (lambda d: d["comments"][0].update(production=9), "comments[1].production", "n’existe pas"),
    (lambda d: d["comments"][0].update(chapter="conclusion"), "comments[1].chapter", "analysis"),
    (lambda d: d["comments"][0].update(created="hier"), "comments[1].created", "date et heure"),
    (lambda d: d["workshops"][0].update(attended="oui"), "workshops[1].attended", "true ou false"),
    (lambda d: d["candidate"].update(show_address="oui"), "candidate.show_address",
     "true ou false"),
    (lambda d: d["candidate"].update(show_address=None), "candidate.show_address", "true ou false"),
    (lambda d: d["pseudonyms"][0].update(kind="animal"), "pseudonyms[1].kind",
     "person, organisation, place"),
    (lambda d: d["pseudonyms"][0].update(kind="Person"), "pseudonyms[1].kind", "person"),
    (lambda d: d["pseudonyms"][0].update(kind=None), "pseudonyms[1].kind", "pas null"),
    (lambda d: d["pseudonyms"][0].update(kind=1), "pseudonyms[1].kind", "texte"),
    (lambda d: d["pseudonyms"][1].update(short_forms="LA"), "pseudonyms[2].short_forms",
     "liste de textes"),
    (lambda d: d["pseudonyms"][1].update(short_forms=None), "pseudonyms[2].short_forms", "pas null"),
    (lambda d: d["pseudonyms"][1].update(short_forms=["LA", 3]), "pseudonyms[2].short_forms",
     "liste de textes"),
    (lambda d: d["pseudonyms"][1].update(short_forms=[["LA"]]), "pseudonyms[2].short_forms",
     "liste de textes"),
    (lambda d: d["pseudonyms"][1].update(short_forms=["LA", " "]),
     "pseudonyms[2].short_forms[2]", "vide"),
    (lambda d: d["pseudonyms"][1].update(short_forms=["\udfff"]),
     "pseudonyms[2].short_forms[1]", "U+DFFF"),
    (lambda d: d["pseudonyms"][1].update(short_forms=["LA"] * 1001), "pseudonyms[2].short_forms",
     "au plus 1"),
    (lambda d: d["productions"][0].update(status={"analysis": "fini"}),
     "productions[1].status.analysis", "final"),
    (lambda d: d["mandates"][0].update(start="2026-W01-1"), "mandates[1].start", "AAAA-MM-JJ"),
    (lambda d: d["mandates"][0].update(start="20260101"), "mandates[1].start", "AAAA-MM-JJ"),
    (lambda d: d["workshops"][0].update(date="2026-01-01XX"), "workshops[1].date", "date valide"),
    (lambda d: d["comments"][0].update(created="2026-10-05 14:00"), "comments[1].created",
     "AAAA-MM-JJTHH:MM:SS"),
    (lambda d: d["comments"][0].update(created="2026-W41-1T14:00"), "comments[1].created",
     "date et heure"),
    (lambda d: d["mandates"][0].update(time_share_percent=10**100),
     "mandates[1].time_share_percent", "entre 0 et 100"),
    (lambda d: d["mandates"][0].update(time_share_percent=float("nan")),
     "mandates[1].time_share_percent", "entier"),
    (lambda d: d["productions"][0].update(competence=10**5000), "productions[1].competence",
     "trop grand"),
    (lambda d: d.update(candidate=None), "candidate", "pas null"),
    (lambda d: d.update(productions=None), "productions", "pas null"),
    (lambda d: d["productions"][0].update(chapters=None), "productions[1].chapters", "pas null"),
    (lambda d: d["comments"][0].update(production=None), "comments[1].production", "null"),
    (lambda d: d["candidate"].update(first_name=None), "candidate.first_name", "pas null"),
    (lambda d: d["candidate"].update(first_name="\udfff"), "candidate.first_name", "U+DFFF"),
    (lambda d: d.update(productions=[{"competence": 1}] * 51), "productions", "au plus 50"),
    (lambda d: d["comments"].extend([{"production": 1}] * 10_000), "comments", "au plus 10"),
    (lambda d: d["productions"][0]["chapters"].update(analysis="a" * 2_000_001),
     "productions[1].chapters.analysis", "dépasse"),
])
def test_bad_fields_are_named_in_one_french_sentence(example_data, referential, change, field,
                                                     words) -> None:
    change(example_data)
    with pytest.raises(InvalidData) as caught:
        dossier_from_json(example_data, referential)
    assert caught.value.field == field
    assert words in caught.value.message
    assert caught.value.message.count(".") >= 1 and "\n" not in caught.value.message


def test_file_errors_name_the_file(tmp_path, referential) -> None:
    bad = tmp_path / "cassé.json"
    bad.write_text('{"format": "dossier-ccpt", "version": 1,', encoding="utf-8")
    with pytest.raises(DossierError, match=re.escape("« cassé.json » n’est pas du JSON valide")):
        read_json_file(bad, referential)
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DossierError, match="UTF-8"):
        read_json_file(bad, referential)
    bad.write_text('{"format": "dossier-ccpt", "version": 1, "ccpt": 3}', encoding="utf-8")
    with pytest.raises(DossierError, match=re.escape("le fichier « cassé.json », le champ « ccpt »")):
        read_json_file(bad, referential)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)


@settings(max_examples=300)
@given(value=json_values)
def test_fuzz_random_json_gives_only_clean_errors(value, referential) -> None:
    try:
        dossier_from_json(value, referential)
    except InvalidData as error:
        assert error.message.startswith("Dans les données, le champ")


_KEYS = ["format", "version", "candidate", "mandates", "productions", "comments", "ccpt",
         "workshops", "pseudonyms", "annexes", "declaration", "referential", "competence",
         "chapters", "status", "start", "end", "time_share_percent", "production", "chapter",
         "created", "date", "attended", "real", "kind", "short_forms"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_mutated_example_gives_only_clean_errors(data, example_json, referential) -> None:
    document = json.loads(json.dumps(example_json))
    for _ in range(data.draw(st.integers(1, 4))):
        _mutate(document, data)
    with contextlib.suppress(InvalidData):
        dossier_from_json(document, referential)


def _mutate(node, data) -> None:
    """Replace one value somewhere in the tree by a random JSON value."""
    while True:
        if isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            key = data.draw(st.integers(0, len(node) - 1))
        else:
            return
        child = node[key]
        if not isinstance(child, (dict, list)) or not child or data.draw(st.booleans()):
            node[key] = data.draw(json_values)
            return
        node = child


def test_control_characters_are_removed_with_a_warning(example_data, referential) -> None:
    example_data["productions"][0]["chapters"]["analysis"] = "a\x00b\x0bc\ufffed\te"
    example_data["candidate"]["last_name"] = "Mar\x85tin"
    result = dossier_from_json(example_data, referential)
    assert result.dossier.productions[0].chapters[ChapterKind.ANALYSIS].text == "ab\ncd\te"
    assert result.dossier.candidate.last_name == "Mar\ntin"
    assert [str(w) for w in result.warnings] == [
        "Caractères de contrôle retirés du champ « candidate.last_name » (un document Word ne "
        "peut pas les contenir).",
        "Caractères de contrôle retirés du champ « productions[1].chapters.analysis » (un "
        "document Word ne peut pas les contenir)."]


def test_warnings_are_bounded_and_printable(example_data, referential) -> None:
    example_data.update({f"k{i}\n\udfff": i for i in range(100)})
    warnings = [str(w) for w in dossier_from_json(example_data, referential).warnings]
    assert len(warnings) == 20 and warnings[-1] == "Et 81 autres avertissements."
    assert warnings[0] == "Champ inconnu ignoré : « k0\ufffd\ufffd »."


@pytest.mark.parametrize("value", ["2026-10-05T14:00", "2026-10-05T14:00:59",
                                   "2026-10-05T14:00:59.5", "2026-10-05T14:00:59.123456",
                                   "2026-10-05T14:00:00Z", "2026-10-05T14:00:00+02:00",
                                   "2026-10-05T14:00-05:30"])
def test_iso_8601_timestamps_are_read(example_data, referential, value) -> None:
    example_data["comments"][0]["created"] = value
    created = dossier_from_json(example_data, referential).dossier.comments[0].created
    assert created is not None and created.isoformat()[:16] == value[:16]


def test_deep_nesting_and_huge_numbers_in_a_file_are_one_sentence(tmp_path, referential) -> None:
    source = tmp_path / "profond.json"
    for text, words in [("[" * 100_000 + "]" * 100_000, "imbrique"),
                        ('{"format": "dossier-ccpt", "version": ' + "9" * 5000 + "}", "version"),
                        ('{"format": "dossier-ccpt", "version": NaN}', "NaN"),
                        ('{"format": "dossier-ccpt", "version": 1e999}', "1e999")]:
        source.write_text(text, encoding="utf-8")
        with pytest.raises(DossierError, match=words) as caught:
            read_json_file(source, referential)
        assert "profond.json" in caught.value.message and "\n" not in caught.value.message
