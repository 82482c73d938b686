"""Sentences: a French template and its parameters, rendered in the language asked for."""

from __future__ import annotations

from pathlib import Path

from dossier_app.core.errors import FileProblem, InvalidData
from dossier_app.core.files import megabytes
from dossier_app.core.names import name_problem
from dossier_app.core.sentence import say

ENGLISH = {
    "Impossible d’ouvrir {what} « {file} » : {reason}.": "Cannot open {what} “{file}”: {reason}.",
    "le fichier JSON": "the JSON file",
    "l’accès est refusé": "access is denied",
    "{what:capital} « {file} » est trop gros ({size} ; au plus {limit}).":
        "{what:capital} “{file}” is too big ({size}; at most {limit}).",
    "{units},{tenth} Mo": "{units}.{tenth} MB",
}


def english(template: str) -> str:
    return ENGLISH.get(template, template)


def test_a_sentence_renders_in_french_as_written() -> None:
    sentence = say("Impossible d’ouvrir {what} « {file} » : {reason}.",
                   what=say("le fichier JSON"), file="a.json", reason=say("l’accès est refusé"))
    assert sentence.render() == "Impossible d’ouvrir le fichier JSON « a.json » : l’accès est refusé."
    assert str(sentence) == sentence.render()


def test_nested_sentences_are_rendered_with_the_same_translation() -> None:
    sentence = say("Impossible d’ouvrir {what} « {file} » : {reason}.",
                   what=say("le fichier JSON"), file="a.json", reason=say("l’accès est refusé"))
    assert sentence.render(english) == "Cannot open the JSON file “a.json”: access is denied."


def test_a_translation_may_change_the_template_and_keep_the_parameters() -> None:
    sentence = say("{what:capital} « {file} » est trop gros ({size} ; au plus {limit}).",
                   what=say("le fichier JSON"), file="b.json", size=megabytes(2_345_678),
                   limit=megabytes(1_000_000))
    assert sentence.render() == "Le fichier JSON « b.json » est trop gros (2,3 Mo ; au plus 1,0 Mo)."
    assert sentence.render(english) == "The JSON file “b.json” is too big (2.3 MB; at most 1.0 MB)."


def test_capital_starts_a_parameter_with_a_capital_only() -> None:
    assert say("{what:capital} est là.", what=say("le modèle Word")).render() == "Le modèle Word est là."
    assert say("{what:capital} !", what="éditer").render() == "Éditer !"
    assert say("{what:capital}.", what="").render() == "."
    assert say("({n}) {what}", n=3, what=say("le dossier")).render() == "(3) le dossier"


def test_braces_in_a_parameter_are_kept_as_they_are() -> None:
    assert say("« {file} »", file="{a}.json").render() == "« {a}.json »"


def test_sentences_are_equal_by_template_and_parameters() -> None:
    assert say("le dossier") == say("le dossier")
    assert hash(say("le dossier")) == hash(say("le dossier"))
    assert say("vaut {n}", n=1) == say("vaut {n}", n=1)
    assert say("vaut {n}", n=1) != say("vaut {n}", n=2)
    assert say("le dossier") != say("le modèle")
    assert say("le dossier") != "le dossier"
    assert say("{a}", a=say("x")) == say("{a}", a=say("x"))


def test_errors_keep_their_sentence_and_render_it_in_french() -> None:
    problem = say("doit valoir au moins {minimum}", minimum=0)
    error = InvalidData("mandates[1].time_share_percent", problem)
    assert error.problem == problem
    assert error.message == str(error) == (
        "Dans les données, le champ « mandates[1].time_share_percent » doit valoir au moins 0.")
    located = error.located(Path("/tmp/dossier.json"))
    assert located.message.startswith("Dans le fichier « dossier.json », le champ")
    assert FileProblem(say("le disque est plein")).sentence == say("le disque est plein")


def test_a_name_problem_is_a_sentence() -> None:
    problem = name_problem("a:b.docx")
    assert problem is not None
    assert problem.render() == ("il contient un deux-points, que Windows n’accepte pas dans un nom "
                                "de fichier")
    assert name_problem("dossier.docx") is None
