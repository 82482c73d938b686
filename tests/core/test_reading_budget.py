"""The reading budget: the jury's hour shared between the productions, from figures an
advisor organisation can change, each one traced to a source or marked as ours."""

import json

import pytest

from dossier_app.core.errors import DossierError
from dossier_app.core.guidance import load_guidance
from dossier_app.core.reading_budget import Fit, productions_shared, rounded_pages
from dossier_app.core.resources import guidance_path


def _guidance_file(tmp_path, change) -> object:
    data = json.loads(guidance_path().read_text(encoding="utf-8"))
    change(data["lengths"])
    path = tmp_path / "chapters.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_bundled_figures_give_about_five_pages_a_production_for_three(guidance) -> None:
    reading = guidance.reading
    assert reading.jury_minutes == 60
    budget = reading.budget(3)
    assert budget.minutes == pytest.approx(60 * (1 - reading.questions_share) / 3)
    assert budget.words == round(budget.minutes * reading.words_per_minute)
    assert rounded_pages(budget.pages) == 5
    assert reading.budget(2).words > budget.words  # two productions: each has more time


def test_every_figure_says_where_it_comes_from() -> None:
    lengths = json.loads(guidance_path().read_text(encoding="utf-8"))["lengths"]
    figures = {k: v for k, v in lengths.items() if k != "note"}
    assert len(figures) == 6
    for figure in figures.values():
        assert (figure.get("source") or figure.get("assumption", "")).strip()
    assert "1 heure" in figures["jury_minutes"]["source"]  # seed 000's own words
    assert "assumption" in figures["questions_share"]
    assert "assumption" in figures["words_per_minute"]


def test_pages_and_minutes_of_a_production() -> None:
    reading = load_guidance().reading
    assert reading.pages(0) == 0
    assert reading.pages(1080) == pytest.approx(1080 / reading.words_per_page
                                                + reading.production_extra_pages)
    assert reading.minutes(1500) == pytest.approx(1500 / reading.words_per_minute)
    assert rounded_pages(0.2) == 1 and rounded_pages(0) == 0 and rounded_pages(4.6) == 5


def test_over_the_budget_and_far_over_it(guidance) -> None:
    budget = guidance.reading.budget(3)
    assert budget.fit(budget.words) is Fit.WITHIN
    assert budget.fit(budget.words + 50) is Fit.WITHIN  # less than half a page over
    assert budget.fit(budget.words + 600) is Fit.OVER
    assert budget.fit(2 * budget.words) is Fit.OVER
    assert budget.fit(2 * budget.words + 1) is Fit.FAR_OVER


def test_the_hour_is_shared_by_the_competences_to_cover() -> None:
    assert productions_shared(1, 3, 3) == 3  # the two still to write will need their time
    assert productions_shared(2, 2, 3) == 2
    assert productions_shared(4, 3, 3) == 4
    assert productions_shared(0, None, 3) == 3


def test_an_advisor_organisation_changes_a_figure(tmp_path) -> None:
    def slower(lengths):
        lengths["words_per_minute"]["value"] = 100
        lengths["words_per_minute"]["source"] = "Notre jury, mesuré en 2026."

    reading = load_guidance(_guidance_file(tmp_path, slower)).reading
    assert reading.budget(3).words == 1500


@pytest.mark.parametrize(("change", "field", "problem"), [
    (lambda d: d.pop("words_per_page"), "lengths.words_per_page", "manque"),
    (lambda d: d["questions_share"].update(value=1.5), "questions_share.value", "compris entre"),
    (lambda d: d["jury_minutes"].update(value="une heure"), "jury_minutes.value", "un nombre"),
    (lambda d: d["jury_minutes"].pop("source"), "jury_minutes.source", "sa source"),
    (lambda d: d["productions"].update(value=2.5), "productions.value", "entier"),
    (lambda d: d.update(words_per_pages={"value": 3}), "words_per_pages", "pas attendu"),
    (lambda d: d.update(long_production_words=1800), "long_production_words", "pas attendu"),
])
def test_a_wrong_figure_is_one_sentence_naming_it(tmp_path, change, field, problem) -> None:
    with pytest.raises(DossierError) as raised:
        load_guidance(_guidance_file(tmp_path, change))
    message = str(raised.value)
    assert field in message and problem in message and "chapters.json" in message
    assert "\n" not in message
