from dossier_app.core.model import Annex, AnnexFile, AnnexKind, Pseudonym
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


def test_identifiers_are_not_texts(example) -> None:
    example.pseudonyms.append(Pseudonym("Social", "le secteur S."))
    example.pseudonyms.append(Pseudonym("Exemple", "l’exemple E."))
    hidden = pseudonymize(example)
    assert hidden.ccpt == example.ccpt == "dossier-social"
    assert hidden.referential == example.referential
    assert [c.uid for c in hidden.comments] == [c.uid for c in example.comments]
    oral, shown = example.oral[0], hidden.oral[0]
    assert [(q.uid, q.source) for q in shown.questions] == [(q.uid, q.source)
                                                            for q in oral.questions]
    assert shown.questions[0].uid == "exemple-question-1"
    assert shown.mock_juries[0].uid == "exemple-jury-blanc-1"
    assert shown.mock_juries[0].asked[0].question == "exemple-question-2"


def test_the_candidates_own_name_in_two_fields(example) -> None:
    example.pseudonyms.append(Pseudonym("Nadia Martin", "Mme N. M."))
    hidden = pseudonymize(example)
    assert (hidden.candidate.first_name, hidden.candidate.last_name) == ("Mme N. M.", "")
    assert hidden.candidate.full_name == "Mme N. M."
    assert "Nadia" not in repr(hidden)


def test_the_candidates_birth_name_goes_with_her_name(example) -> None:
    example.pseudonyms.append(Pseudonym("Nadia Martin", "Mme N. M."))
    assert example.candidate.birth_name == "Benhamou"
    assert pseudonymize(example).candidate.birth_name == ""
    example.pseudonyms.append(Pseudonym("Benhamou", "B."))
    assert pseudonymize(example).candidate.birth_name == "B."


def test_a_name_in_a_comment_alone_and_the_french_around_it(example) -> None:
    example.comments[0].body = "Dupont ? Demande à Dupont, et l’attestation de Benali."
    example.comments[0].replies[0].body = "Mme Marchand a répondu."
    example.pseudonyms += [Pseudonym("Jean Dupont", "le directeur"),
                           Pseudonym("Lucie Marchand", "la directrice")]
    hidden = pseudonymize(example)
    assert hidden.comments[0].body == \
        "Le directeur ? Demande au directeur, et l’attestation de M. B."
    assert hidden.comments[0].replies[0].body == "La directrice a répondu."


def test_an_annex_follows_the_pseudonyms_and_its_document_is_kept_byte_for_byte(example) -> None:
    document = AnnexFile("Attestation Karim Benali.pdf", "application/pdf", b"%PDF-1.7 Karim Benali")
    example.annexes = [Annex("Attestation de Karim Benali", AnnexKind.ATTESTATION,
                             "Signée par Karim Benali", [1], document)]
    hidden = pseudonymize(example).annexes[0]
    assert (hidden.title, hidden.description) == ("Attestation de M. B.", "Signée par M. B.")
    assert hidden.file == document and hidden.file.data is document.data
    assert hidden.productions == [1]
