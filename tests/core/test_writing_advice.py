"""The writing advice: each rule on real dossiers (a case it advises on, a case it leaves
alone), the acronym spelled out in one click, the readability figures, the data file that
an advisor organisation installs, and a 100 000-word dossier in time."""

from __future__ import annotations

import copy
import dataclasses
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import InvalidData
from dossier_app.core.markdown import parse
from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.core.proofreading import Finding, Kind
from dossier_app.core.writing_advice import (
    RULE_IDS,
    AdviceRules,
    Readability,
    advice_from_json,
    advice_in_use,
    advise,
    bundled_advice,
    bundled_advice_path,
    installed_advice_path,
    readability,
)

SITUATION, ANALYSIS, TRANSFER = ChapterKind.SITUATION, ChapterKind.ANALYSIS, ChapterKind.TRANSFER

FILLER = ("J’ai reçu les salariés pendant ma permanence, écouté leurs questions, relu leurs "
          "bulletins et préparé une réponse claire pour chacun d’entre eux avant la réunion.")
"""A sentence of 25 words, in the first person, with no date, figure or repeated word."""


def _advice_json() -> dict:
    return json.loads(bundled_advice_path().read_text(encoding="utf-8"))


def _dossier(*productions: dict[ChapterKind, str]) -> Dossier:
    return Dossier(ccpt="dossier-social", productions=[
        Production(number, chapters={kind: Chapter(chapters.get(kind, "")) for kind in ChapterKind})
        for number, chapters in enumerate(productions, start=1)])


def _advice(rule: str, *productions: dict[ChapterKind, str],
            rules: AdviceRules | None = None) -> list[Finding]:
    found = advise(_dossier(*productions), rules or bundled_advice())
    for finding in found:
        block = parse(_dossier(*productions).production(finding.production)
                      .chapters[finding.chapter].text)[finding.paragraph]
        assert finding.kind is Kind.ADVICE
        assert finding.text == block.text[finding.start:finding.end]
    return [finding for finding in found if finding.rule == rule]


def _only(rule: str, **changes: object) -> AdviceRules:
    """The bundled advice with ``rule`` alone enabled, and settings changed."""
    rules = bundled_advice()
    return dataclasses.replace(rules, rules=tuple(
        dataclasses.replace(r, enabled=r.id == rule) for r in rules.rules), **changes)


# --- the bundled file -------------------------------------------------------------------


def test_the_bundled_advice_has_every_rule_enabled_in_french_and_english() -> None:
    rules = bundled_advice()
    assert tuple(rule.id for rule in rules.rules) == RULE_IDS
    assert all(rule.enabled and rule.message_fr and rule.message_en for rule in rules.rules)
    assert rules.message("first-person").startswith("Le jury évalue ce que vous avez fait vous-même")
    assert "\u202f»" in rules.message("first-person")  # French spacing, as the other resources
    assert rules.message("first-person", "en").startswith("The jury assesses what you did")
    assert (rules.long_sentence_words, rules.repeated_word_min_letters) == (35, 5)
    assert (rules.situation_min_words, rules.passive_share) == (80, 0.5)


def test_the_bundled_advice_spells_out_the_usual_union_and_hr_acronyms() -> None:
    expansions = bundled_advice().expansions
    for acronym in ("CSE", "CSSCT", "BDESE", "NAO", "DSN", "CCPT", "VAE", "DS", "DP", "CE", "CHSCT",
                    "RSS", "IRP", "CPF", "GPEC", "GEPP", "RPS", "DUERP", "QVT", "QVCT", "PSE", "RCC",
                    "APC", "TP", "RNCP", "CDI", "CDD", "DRH", "RH", "CPRI", "OPCO", "CPAM", "URSSAF",
                    "IJSS", "SMIC", "PV", "CFDT", "CGT", "FO", "CFE-CGC", "CFTC", "UNSA", "CPH",
                    "DREETS", "INRS", "CARSAT", "ANACT", "UES", "CSE-C", "NAF", "SST"):
        assert expansions[acronym], acronym
    assert expansions["CSE"] == "comité social et économique"
    assert expansions["CPH"] == "conseil de prud’hommes"


# --- first-person -----------------------------------------------------------------------


def test_a_situation_told_with_nous_alone_is_advised_to_say_je() -> None:
    text = "Avec l’équipe du CSE, nous avons reçu les salariés.\n\nOn a ensuite écrit à la direction."
    (finding,) = _advice("first-person", {SITUATION: text})
    assert (finding.production, finding.chapter, finding.paragraph) == (1, SITUATION, 0)
    assert finding.text == "nous"
    assert "dites « je »" in finding.mark.message.replace("\u202f", " ")
    (finding,) = _advice("first-person", {ANALYSIS: "On a écrit à la direction, puis nous avons attendu."})
    assert (finding.chapter, finding.start, finding.text) == (ANALYSIS, 0, "On")


@pytest.mark.parametrize("text", [
    "Nous avons reçu les salariés, puis j’ai écrit à la direction.",
    "Nous avons reçu les salariés. Je les ai écoutés.",
    "On m’a confié le dossier et nous l’avons traité.",
    "Nous avons agi ; le choix de la date était le mien, pas MON idée seule.",
    "Nous sommes allés voir la direction avec moi-même en tête du cortège.",
    "L’entreprise a embauché trente salariés.",
])
def test_a_chapter_with_the_first_person_singular_or_without_nous_is_left_alone(text) -> None:
    assert _advice("first-person", {SITUATION: text, ANALYSIS: text}) == []


def test_the_transfer_may_say_nous() -> None:
    assert _advice("first-person", {TRANSFER: "Dans le métier, nous traiterons la paie."}) == []


# --- acronym ----------------------------------------------------------------------------


def test_an_acronym_used_before_it_is_spelled_out_is_advised_once_with_its_spelling_out() -> None:
    text = "J’étais élue au CSE. Le CSE s’est réuni."
    (finding,) = _advice("acronym", {SITUATION: text})
    assert finding.text == "CSE" and finding.start == text.index("CSE")
    assert finding.mark.suggestions == ("comité social et économique (CSE)",)


def test_the_spelling_out_replaces_the_acronym_in_one_click() -> None:
    text = "J’ai saisi le CPH pour un collègue."
    (finding,) = _advice("acronym", {ANALYSIS: text})
    (suggestion,) = finding.mark.suggestions
    fixed = text[:finding.start] + suggestion + text[finding.end:]
    assert fixed == "J’ai saisi le conseil de prud’hommes (CPH) pour un collègue."
    assert _advice("acronym", {ANALYSIS: fixed + " Le CPH a jugé."}) == []


def test_an_acronym_opening_a_sentence_is_spelled_out_with_a_capital() -> None:
    (first, second) = _advice("acronym", {SITUATION: "CSE et DRH se sont vus. DRH absente."})
    assert first.mark.suggestions == ("Comité social et économique (CSE)",)
    assert second.mark.suggestions == ("direction des ressources humaines (DRH)",)


@pytest.mark.parametrize("text", [
    "Le comité social et économique (CSE) s’est réuni. Le CSE a voté.",
    "Le CSE (comité social et économique) s’est réuni. Le CSE a voté.",
    "Le Comite social et economique (CSE) s’est réuni.",
    "Le comité social et\u00a0économique ( CSE ) s’est réuni.",
    "J’ai saisi le conseil de prud'hommes (CPH).",
    "Le CSE (comité social et économique, élu en 2022) s’est réuni.",
])
def test_an_acronym_spelled_out_at_its_first_use_is_left_alone(text) -> None:
    assert _advice("acronym", {SITUATION: text}) == []


def test_the_first_use_in_reading_order_is_the_one_advised() -> None:
    spelled = "Le comité social et économique (CSE) s’est réuni."
    found = _advice("acronym", {TRANSFER: spelled, SITUATION: "Le CSE a voté.", ANALYSIS: "Le CSE, encore."},
                    {SITUATION: spelled})
    assert [(f.production, f.chapter) for f in found] == [(1, SITUATION)]
    # Spelled out first, later uses and the next productions are not advised.
    assert _advice("acronym", {SITUATION: spelled, ANALYSIS: "Le CSE a voté."},
                   {SITUATION: "Le CSE, encore."}) == []


@pytest.mark.parametrize("text", [
    "J’ai demandé le CESU et ce formulaire.",
    "Ce que le CE-bis n’était pas : ceci.",
    "La SNCF et l’ONU ne sont pas dans la liste.",
    "Le pré-CE n’existe pas.",
])
def test_only_whole_words_of_the_list_are_acronyms(text) -> None:
    assert _advice("acronym", {SITUATION: text}) == []


def test_acronyms_joined_by_a_slash_are_two_and_a_hyphen_makes_another() -> None:
    found = _advice("acronym", {SITUATION: "Les élus CSE/CSSCT et le CSE-C."})
    assert [f.text for f in found] == ["CSE", "CSSCT", "CSE-C"]


# --- long-sentence ----------------------------------------------------------------------


def test_a_sentence_over_35_words_is_advised_to_be_cut() -> None:
    sentence = "J’ai " + " ".join(["relu"] * 34) + " les contrats."
    (finding,) = _advice("long-sentence", {ANALYSIS: f"Un début. {sentence} Une fin."})
    assert finding.text == sentence
    assert "couper en deux" in finding.mark.message


def test_a_sentence_of_35_words_and_sentences_cut_by_a_full_stop_are_left_alone() -> None:
    words = " ".join(["relu"] * 35)
    assert _advice("long-sentence", {ANALYSIS: words + "."}) == []
    assert _advice("long-sentence", {ANALYSIS: f"{FILLER} {FILLER} {FILLER}"}) == []
    assert _advice("long-sentence", {ANALYSIS: f"{words[:60]}! {words}? {words[:60]}… {words}"}) == []


def test_abbreviations_do_not_end_a_sentence() -> None:
    half = " ".join(["relu"] * 17)
    for abbreviation in ("M. Martin", "p. ex. les", "etc. et", "art. L1242-8", "J. Martin"):
        found = _advice("long-sentence", {ANALYSIS: f"{half} {abbreviation} {half}."})
        assert len(found) == 1, abbreviation


def test_list_items_and_hard_line_breaks_are_sentences_of_their_own() -> None:
    item = " ".join(["relu"] * 30)
    assert _advice("long-sentence", {ANALYSIS: f"- {item}\n- {item}\n- {item}"}) == []
    assert _advice("long-sentence", {ANALYSIS: f"{item}  \n{item}"}) == []


def test_the_limit_comes_from_the_data_file() -> None:
    rules = _only("long-sentence", long_sentence_words=10)
    (finding,) = _advice("long-sentence", {ANALYSIS: "Un deux trois quatre cinq six sept huit neuf dix "
                                                     "onze. Court."}, rules=rules)
    assert finding.text.endswith("onze.")


# --- repeated-word ----------------------------------------------------------------------


def test_a_word_repeated_in_the_next_sentence_is_pointed_out_on_the_repetition() -> None:
    text = "J’ai relu le planning de nuit. Le planning oubliait les heures après minuit."
    (finding,) = _advice("repeated-word", {ANALYSIS: text})
    assert finding.text == "planning" and finding.start == text.rindex("planning")
    assert "synonyme" in finding.mark.message


def test_singular_and_plural_and_nfd_accents_are_the_same_word() -> None:
    (finding,) = _advice("repeated-word", {ANALYSIS: "J’ai lu le contrat et les autres contrats."})
    assert finding.text == "contrats"
    nfd = "J’ai réuni l’e\u0301quipe. L’e\u0301quipe a voté."
    (finding,) = _advice("repeated-word", {ANALYSIS: nfd})
    assert finding.text == "e\u0301quipe" and finding.start == nfd.rindex("e\u0301quipe")


def test_a_word_back_further_than_the_window_is_the_thread_of_the_text() -> None:
    far = ("Le planning du service changeait chaque semaine sans que les salariés soient "
           "prévenus à temps par leur encadrement direct. Alors le planning a été affiché.")
    assert _advice("repeated-word", {ANALYSIS: far}) == []
    near = "Le planning changeait. Alors le planning a été affiché."
    assert [f.text for f in _advice("repeated-word", {ANALYSIS: near})] == ["planning"]


def test_one_finding_per_word_and_paragraph() -> None:
    text = "Le planning change. Le planning revient. Le planning encore."
    assert len(_advice("repeated-word", {ANALYSIS: text})) == 1
    assert len(_advice("repeated-word", {ANALYSIS: f"{text}\n\nUn autre sujet.\n\n{text}"})) == 2


@pytest.mark.parametrize("text", [
    "J’ai relu le planning. Puis la paie. Puis le planning.",  # two sentences apart
    "Le planning change.\n\nLe planning revient.",  # another paragraph
    "Le délai était long, très long, trop long.",  # short words
    "J’ai toujours écouté. J’ai toujours répondu.",  # a stop word
    "J’ai parlé à Martin. Martin a compris.",  # a proper noun
    "J’ai saisi la CPAM. La CPAM a payé.",  # an acronym
    "Les contrats changeaient de semaine en semaine.",  # a figure of speech
    "J’ai rencontré 2023 salariés et 2023 familles.",  # figures
])
def test_repetitions_that_are_not_a_matter_of_style_are_left_alone(text) -> None:
    assert _advice("repeated-word", {ANALYSIS: text}) == []


def test_the_chapter_s_subject_may_come_back() -> None:
    text = "\n\n".join(["J’ai lu le contrat. Le contrat était faux."] * 3)
    assert _advice("repeated-word", {ANALYSIS: text}) == []


# --- no-date-or-figure ------------------------------------------------------------------


def test_a_situation_without_date_or_figure_is_advised_to_be_anchored() -> None:
    text = f"{FILLER} {FILLER}\n\n{FILLER} {FILLER}"
    (finding,) = _advice("no-date-or-figure", {SITUATION: text})
    assert (finding.paragraph, finding.start, finding.text) == (0, 0, FILLER)
    assert "quand cela s’est passé" in finding.mark.message


@pytest.mark.parametrize("anchor", ["En 2023,", "Fin mars,", "En aou\u0302t,", "Avec trois collègues,",
                                    "Pendant une dizaine de jours,", "Le 3e jour,"])
def test_a_date_or_a_figure_anchors_the_situation(anchor) -> None:
    text = f"{anchor} {FILLER[0].lower()}{FILLER[1:]} {FILLER} {FILLER} {FILLER}"
    assert _advice("no-date-or-figure", {SITUATION: text}) == []


def test_a_short_situation_and_the_other_chapters_are_not_asked_for_figures() -> None:
    long = f"{FILLER} {FILLER} {FILLER} {FILLER}"
    assert _advice("no-date-or-figure", {SITUATION: f"{FILLER} {FILLER}"}) == []
    assert _advice("no-date-or-figure", {ANALYSIS: long, TRANSFER: long}) == []
    assert _advice("no-date-or-figure", {SITUATION: "L’an dernier, " + long})  # not a date


# --- passive-voice ----------------------------------------------------------------------


def test_a_chapter_mostly_in_the_passive_voice_is_advised_to_say_who_acted() -> None:
    text = ("J’ai reçu les salariés. Le délai n’était pas respecté. Les contrats ont été corrigés "
            "par le service.\n\nUn contrôle a été mis en place. La paie est vérifiée chaque mois.")
    (finding,) = _advice("passive-voice", {ANALYSIS: text})
    assert (finding.paragraph, finding.text) == (0, "Le délai n’était pas respecté.")
    assert "qui a agi" in finding.mark.message


@pytest.mark.parametrize("text", [
    # verbs of movement and state take « être » in the active voice
    "Elle est allée voir la direction. Ils sont venus me voir. Je suis restée tard. "
    "Nous sommes partis ensemble. Le salarié est revenu. Elle est née ici.",
    # reflexive verbs are active
    "Il s’est rendu compte de l’erreur. Nous nous sommes réunis. Elle s’est inscrite. Fin.",
    # « être » before an adjective or a noun
    "La règle est claire. C’est important. Le dossier est complet. La situation était régulière. "
    "C’est une partie du travail.",
    # a minority of passives
    "Le contrat a été signé. J’ai relu le texte. J’ai appelé le syndicat. J’ai préparé la réunion.",
    # too short to be « mostly »
    "Le contrat a été signé. La paie a été corrigée. Le rappel a été versé.",
])
def test_active_chapters_are_left_alone(text) -> None:
    assert _advice("passive-voice", {ANALYSIS: text}) == []


# --- the rules in use -------------------------------------------------------------------


def test_every_rule_honours_enabled_from_the_file() -> None:
    text = ("Nous avons saisi le CPH. " + " ".join(["relu"] * 40) + ". Le planning a changé, "
            "puis le planning est revenu.")
    dossier = _dossier({SITUATION: f"{FILLER} {FILLER} {FILLER} {text}",
                        ANALYSIS: "Le contrat a été signé. La paie a été corrigée. Le rappel a été "
                                  "versé. Le contrôle a été fait."})
    assert {f.rule for f in advise(dossier, bundled_advice())} >= set(RULE_IDS) - {"first-person"}
    data = _advice_json()
    for rule in data["rules"]:
        rule["enabled"] = False
    assert advise(dossier, advice_from_json(data)) == []
    for rule in RULE_IDS:
        assert {f.rule for f in advise(dossier, _only(rule))} <= {rule}


def test_findings_come_in_reading_order() -> None:
    text = "Le CSE a voté. " + " ".join(["relu"] * 40) + "."
    found = advise(_dossier({TRANSFER: text, SITUATION: text}, {ANALYSIS: text}), bundled_advice())
    places = [(f.production, list(ChapterKind).index(f.chapter), f.paragraph, f.start) for f in found]
    assert places == sorted(places) and len(found) == 4


def test_an_installed_advice_file_is_used_and_a_damaged_one_set_aside(app_paths) -> None:
    assert advice_in_use(app_paths) == (bundled_advice(), None)
    data = _advice_json()
    data["rules"][2]["long_sentence_words"] = 12
    data["acronyms"].append({"acronym": "SNCF", "expansion": "Société nationale des chemins de fer"})
    installed = installed_advice_path(app_paths)
    installed.parent.mkdir(parents=True)
    installed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rules, problem = advice_in_use(app_paths)
    assert problem is None and rules.long_sentence_words == 12
    assert rules.expansions["SNCF"] == "Société nationale des chemins de fer"
    installed.write_text("{", encoding="utf-8")
    rules, problem = advice_in_use(app_paths)
    assert rules is bundled_advice() and problem is not None
    assert "advice.json" in problem.message and "JSON" in problem.message


@pytest.mark.parametrize("change, field", [
    (lambda d: d.update(format="dossier-ccpt-oral"), "format"),
    (lambda d: d.update(version=2), "version"),
    (lambda d: d["rules"].pop(0), "first-person"),
    (lambda d: d["rules"].append(copy.deepcopy(d["rules"][0])), "rules"),
    (lambda d: d["rules"][0].update(id="premiere-personne"), r"rules\[1\]\.id"),
    (lambda d: d["rules"][0].update(enabled="oui"), r"rules\[1\]\.enabled"),
    (lambda d: d["rules"][0]["message"].update(fr=" "), r"rules\[1\]\.message\.fr"),
    (lambda d: d["rules"][2].update(long_sentence_words=0), "long_sentence_words"),
    (lambda d: d["rules"][5].update(passive_share=1.5), "passive_share"),
    (lambda d: d["rules"][3].update(stop_words="mais"), "stop_words"),
    (lambda d: d["acronyms"].append({"acronym": "Cse", "expansion": "x"}), "acronym"),
    (lambda d: d["acronyms"].append({"acronym": "CSE", "expansion": "x"}), "acronyms"),
    (lambda d: d["acronyms"].append({"acronym": "XYZ", "expansion": " "}), "expansion"),
])
def test_an_advice_file_that_is_wrong_says_which_field(change, field) -> None:
    data = _advice_json()
    change(data)
    with pytest.raises(InvalidData, match=field):
        advice_from_json(data)


# --- readability ------------------------------------------------------------------------


def test_readability_counts_sentences_words_and_long_words() -> None:
    figures = readability("Je suis venu. Nous avons **négocié** longtemps.\n\n- un point\n- l’autre")
    assert figures == Readability(sentences=4, words=10, average_sentence_words=2.5,
                                  long_word_share=0.2)
    assert readability("") == Readability(0, 0, 0.0, 0.0)
    assert readability("  \n\n … ") == Readability(0, 0, 0.0, 0.0)
    assert readability("L’e\u0301quipe a re\u0301ussi.").long_word_share == pytest.approx(1 / 3)


# --- any text, any size -----------------------------------------------------------------

_ODD = ["\u00a0", "\u202f", "\u0301", "😀", "’", "'", "-", "*", "**", "_", "\n", "\n\n", "- ", "1. ",
        ".", "…", "?", "!", "(", ")", "«", "»", "CSE", "nous", "est", "été", "M.", "etc.", "\\", " "]
texts = st.lists(st.sampled_from(_ODD) | st.text(max_size=8), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(situation=texts, analysis=texts, transfer=texts)
def test_any_text_gives_findings_in_place_and_never_an_error(situation, analysis, transfer) -> None:
    dossier = _dossier({SITUATION: situation, ANALYSIS: analysis, TRANSFER: transfer})
    for finding in advise(dossier, bundled_advice()):
        block = parse(dossier.production(1).chapters[finding.chapter].text)[finding.paragraph]
        assert 0 <= finding.start < finding.end <= len(block.text)
        assert finding.text == block.text[finding.start:finding.end]
    readability(situation)


def test_empty_and_blank_chapters_give_no_advice() -> None:
    assert advise(Dossier(), bundled_advice()) == []
    assert advise(_dossier({}, {SITUATION: "   ", ANALYSIS: "\u00a0\n\n", TRANSFER: "- \n- "}),
                  bundled_advice()) == []


def test_a_100_000_word_dossier_is_advised_on_in_time(example) -> None:
    """Cold (every chapter read for the first time) and warm (one chapter changed, as in the
    editor; the best of three, the machine being shared): the measures are printed
    (``pytest -s``)."""
    words = sum(len(c.text.split()) for p in example.productions for c in p.chapters.values())
    for production in example.productions:
        for chapter in production.chapters.values():
            chapter.text = "\n\n".join([chapter.text] * (100_000 // words + 1))
    start = time.perf_counter()
    cold = advise(example, bundled_advice())
    cold_seconds = time.perf_counter() - start
    warm_seconds = []
    for run in range(3):
        example.production(1).chapters[SITUATION].text += f"\n\nUne phrase de plus ({run})."
        start = time.perf_counter()
        warm = advise(example, bundled_advice())
        warm_seconds.append(time.perf_counter() - start)
        assert len(warm) == len(cold)
    print(f"\n100 000 words: {cold_seconds:.2f} s cold, {min(warm_seconds):.2f} s with one chapter "
          "changed")
    assert len(cold) > 100
    assert min(warm_seconds) < 0.5
    assert cold_seconds < 5
