from dossier_app.core.model import Pseudonym
from dossier_app.export.pseudonymize import pseudonymize, pseudonymizer


def test_whole_words_any_case_longest_first() -> None:
    replace = pseudonymizer([Pseudonym("Karim", "K."), Pseudonym("Karim Benali", "M. B."),
                             Pseudonym("Léa", "L.")])
    assert replace("karim benali et Karim, pas Karima ni Léandre ; LÉA") == \
        "M. B. et K., pas Karima ni Léandre ; L."


def test_names_split_by_no_break_spaces_are_found() -> None:
    assert pseudonymizer([Pseudonym("Karim Benali", "M. B.")])("Karim\u00a0Benali") == "M. B."


def test_every_text_of_the_dossier_is_rewritten(example) -> None:
    example.candidate.employer = "Logistique Atlantique"
    example.comments[0].body = "Voir avec Karim Benali"
    example.steps[0].summary = "Entretien chez LOGISTIQUE ATLANTIQUE"
    hidden = pseudonymize(example)
    everything = repr(hidden)
    assert "Benali" not in everything and "atlantique" not in everything.lower()
    assert hidden.pseudonyms == []
    assert hidden.productions[0].chapters == {
        kind: type(chapter)(chapter.text.replace("Karim Benali", "M. B.")
                            .replace("Logistique Atlantique", "l’entreprise L."), chapter.status)
        for kind, chapter in example.productions[0].chapters.items()}
    assert example.pseudonyms  # the original is untouched
