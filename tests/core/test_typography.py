from dossier_app.core.typography import NBSP, NNBSP, french_spacing, on_type


def test_space_before_high_punctuation() -> None:
    assert on_type("Le résultat ", ":") == (1, NBSP + ":")
    assert on_type("Le résultat", ":") == (0, NBSP + ":")
    assert on_type("Vraiment ", "?") == (1, NNBSP + "?")
    assert on_type("Vraiment", "!") == (0, NNBSP + "!")
    assert on_type("un", ";") == (0, NNBSP + ";")


def test_urls_times_and_drive_letters_are_left_alone() -> None:
    assert on_type("voir http", ":") is None
    assert on_type("C", ":") is None
    assert on_type("à 14", ":") is None
    assert on_type("", "?") is None


def test_guillemets_and_apostrophes() -> None:
    assert on_type("il a dit ", '"') == (0, "«" + NNBSP)
    assert on_type("il a dit «\u202fbonjour", '"') == (0, NNBSP + "»")
    assert on_type("bonjour ", "»") == (1, NNBSP + "»")
    assert on_type("l", "'") == (0, "’")


def test_finished_text_gets_no_break_spaces_only_where_spaces_were() -> None:
    assert french_spacing("Vrai ? Oui : « bien » ; 14:30") == \
        f"Vrai{NNBSP}? Oui{NBSP}: «{NNBSP}bien{NNBSP}»{NNBSP}; 14:30"
