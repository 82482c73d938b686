from dossier_app.core.anchoring import locate


def test_a_passage_is_found_after_edits_around_it() -> None:
    before = "J’ai vu que **seules les heures** effectuées après minuit étaient perdues."
    after = "Dès le début, j’ai vu que seules les heures effectuées après minuit manquaient."
    assert locate(before, "seules les heures effectuées") is not None
    start, end = locate(after, "seules les heures effectuées")
    assert "Dès le début, j’ai vu que seules les heures effectuées"[start:end] == \
        "seules les heures effectuées"


def test_typographic_spaces_do_not_lose_the_passage() -> None:
    assert locate("Le résultat\u00a0: positif.", "résultat : positif") is not None


def test_a_deleted_passage_is_not_found() -> None:
    assert locate("Tout a été réécrit.", "seules les heures effectuées") is None
    assert locate("Texte.", "   ") is None
