from dossier_app.core.anchoring import chapter_text, locate, passage, passages
from dossier_app.core.jsonread import without_control_characters
from dossier_app.core.model import ChapterKind, Comment


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


# --- one way for the panel, the editor and the Word export ---------------------------

CHAPTER = ("J’ai vu que **seules les heures** effectuées après minuit étaient perdues.\n\n"
           "Le résultat\u00a0: positif. L’équipe a dit « non ».\n\n"
           "- un point\n- un autre point\n")


def _found(markdown: str, quote: str) -> str | None:
    span = passage(markdown, Comment(1, ChapterKind.SITUATION, quote=quote))
    return None if span is None else chapter_text(markdown)[span[0]:span[1]]


def test_offsets_are_in_the_chapter_text_without_markers() -> None:
    text = chapter_text(CHAPTER)
    assert "**" not in text and "- un" not in text
    start, end = locate(CHAPTER, "seules les heures effectuées")
    assert text[start:end] == "seules les heures effectuées"
    assert start == len("J’ai vu que ")


def test_case_apostrophes_and_spacing_do_not_lose_the_passage() -> None:
    assert _found(CHAPTER, "j'ai vu que SEULES") == "J’ai vu que seules"
    assert _found(CHAPTER, "l'équipe a dit \"non\"") == "L’équipe a dit « non »"
    assert _found(CHAPTER, "résultat: positif") == "résultat\u00a0: positif"
    assert _found(CHAPTER, "  seules   les\nheures  ") == "seules les heures"
    assert _found(CHAPTER, "perdues. Le résultat") == "perdues.\nLe résultat"  # two paragraphs
    assert _found(CHAPTER, "un point un autre") == "un point\nun autre"


def test_a_quote_holding_markdown_markers_is_found() -> None:
    assert _found(CHAPTER, "**seules les heures** effectuées") == "seules les heures effectuées"


def test_the_quote_as_written_wins_over_a_looser_match() -> None:
    markdown = "Le chef a dit non. Puis le Chef a dit oui."
    assert _found(markdown, "le Chef a dit") == "le Chef a dit"
    assert locate(markdown, "le Chef a dit")[0] == markdown.index("le Chef")


def test_other_words_are_still_lost() -> None:
    assert _found(CHAPTER, "seules les minutes effectuées") is None
    assert _found(CHAPTER, "jai vu") is None  # letters are never dropped


def test_control_characters_do_not_change_what_is_found() -> None:
    """The Word export reads the dossier without control characters; the panel with them."""
    markdown = "Un texte\x0bcollé de Word, avec\x01 un passage."
    quote = "collé de Word, avec un"
    assert passage(markdown, Comment(1, ChapterKind.SITUATION, quote=quote)) is not None
    cleaned = without_control_characters(markdown)
    assert passage(cleaned, Comment(1, ChapterKind.SITUATION, quote=quote)) is not None


def test_passages_answers_for_each_comment_in_order() -> None:
    comments = [Comment(1, ChapterKind.SITUATION, quote=q)
                for q in ("Seules les heures", "disparu", "")]
    spans = passages(CHAPTER, comments)
    assert spans[0] is not None and spans[1:] == [None, None]
