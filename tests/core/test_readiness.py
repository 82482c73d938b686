from dossier_app.app.finding_text import format_report, french
from dossier_app.core.model import Annex, ChapterKind, ChapterStatus
from dossier_app.core.pages import Page
from dossier_app.core.readiness import Code, Finding, Severity, check_dossier


def _ready(example):
    for production in example.productions:
        for chapter in production.chapters.values():
            chapter.status = ChapterStatus.FINAL
    for comment in example.comments:
        comment.resolved = True
    return example


def test_example_is_blocked_only_by_its_open_comment(example, referential, guidance) -> None:
    report = check_dossier(example, referential, guidance)
    blocking = [f for f in report.findings if f.severity is Severity.BLOCKING]
    assert not report.ready
    assert len(blocking) == 1
    assert (blocking[0].production, blocking[0].chapter) == (2, ChapterKind.ANALYSIS)
    assert "Claire Roussel" in french(blocking[0])


def test_resolving_comments_makes_the_example_ready(example, referential, guidance) -> None:
    report = check_dossier(_ready(example), referential, guidance)
    assert report.ready
    assert report.total_words > 1500


def test_missing_and_empty_chapters_and_uncovered_competences(example, referential,
                                                              guidance) -> None:
    dossier = _ready(example)
    dossier.productions.pop()  # competence 3 loses its production
    dossier.productions[0].chapters[ChapterKind.TRANSFER].text = "  "
    dossier.productions[1].chapters[ChapterKind.SITUATION].text = "Trop court."
    report = check_dossier(dossier, referential, guidance)
    messages = [(f.severity, f.production, f.chapter) for f in report.findings]
    assert (Severity.BLOCKING, 1, ChapterKind.TRANSFER) in messages
    assert (Severity.ADVICE, 2, ChapterKind.SITUATION) in messages
    assert any("compétence 3" in french(f) and f.severity is Severity.BLOCKING
               for f in report.findings)


def test_report_text_is_french(example, referential, guidance) -> None:
    report = check_dossier(example, referential, guidance)
    text = format_report(report, example, referential)
    assert text.splitlines()[1] == "Prêt pour le jury : non, 1 point bloquant."
    assert "À régler avant le jury :" in text
    assert "\u202f" in text.splitlines()[-4]  # thousands separator of the total


def test_provisional_competences_and_other_referential_are_pointed_out(example, referential,
                                                                       guidance) -> None:
    from dossier_app.core.model import ReferentialRef

    assert not any("provisoire" in french(f)
                   for f in check_dossier(example, referential, guidance).findings)
    example.ccpt = "mediation-sociale"
    example.referential = ReferentialRef("officiel-afpa", "2027")
    messages = [french(f) for f in check_dossier(example, referential, guidance).findings]
    assert any("proposition provisoire" in m for m in messages)
    assert any("officiel-afpa\u202f» (édition 2027)" in m for m in messages)


def test_findings_are_codes_with_parameters_not_sentences(example, referential, guidance) -> None:
    from dataclasses import fields

    from dossier_app.core.model import Dossier

    assert [f.name for f in fields(Finding)] == ["severity", "code", "params", "production",
                                                 "chapter", "page"]
    empty = check_dossier(Dossier(), referential, guidance).findings
    example.productions[0].chapters[ChapterKind.SITUATION].text = "Trop court."
    findings = empty + check_dossier(example, referential, guidance).findings
    for finding in findings:
        assert isinstance(finding.code, Code)
        for value in finding.params.values():
            # numbers, enums and the dossier's own words: nothing the core wrote in French
            assert not (isinstance(value, str) and any(word in value for word in
                                                       ("chapitre", "pas encore", "«", "Production")))
    by_code = {f.code: f for f in reversed(findings)}  # the empty dossier's first
    assert by_code[Code.NO_NAME].page is Page.CANDIDATE
    assert by_code[Code.NO_MANDATE].page is Page.MANDATES
    assert by_code[Code.NO_PROJECT].page is Page.PROJECT
    assert by_code[Code.DECLARATION_INCOMPLETE].page is Page.DECLARATION
    assert by_code[Code.DECLARATION_INCOMPLETE].params == {"missing": ("place", "date")}
    comment = by_code[Code.OPEN_COMMENT]
    assert (comment.production, comment.chapter) == (2, ChapterKind.ANALYSIS)
    assert comment.params == {"author": "Claire Roussel", "excerpt": "seules les heures effectuées"}
    short = by_code[Code.SHORT_CHAPTER]
    assert (short.production, short.chapter) == (1, ChapterKind.SITUATION)
    assert short.params == {"words": 2, "minimum": guidance.chapters[ChapterKind.SITUATION].min_words}
    not_final = next(f for f in findings if f.code is Code.NOT_FINAL and f.production == 3)
    assert not_final.params["unfinished"][0] == (ChapterKind.SITUATION, ChapterStatus.DRAFT)


def test_page_values_are_the_names_used_so_far() -> None:
    assert [p.value for p in Page] == ["candidate", "privacy", "mandates", "project", "chapter",
                                       "oral", "path", "after_jury", "positioning", "annexes", "declaration"]
    assert Page("path") is Page.PATH and Page.PATH == "path" and f"{Page.PATH}" == "path"
    assert {"chapter": 1}[Page.CHAPTER] == 1


def test_french_sentences_of_the_command_line(example, referential, guidance) -> None:
    from dossier_app.core.model import Dossier

    assert [french(f) for f in check_dossier(Dossier(), referential, guidance).findings] == [
        "Le nom et le prénom du candidat ne sont pas renseignés.",
        "Aucun CCPT n’est choisi.",
        "Aucun mandat n’est décrit\u00a0: le jury ne saura pas d’où vient votre expérience.",
        "Le projet professionnel n’est pas rédigé\u00a0: c’est lui qui rend le transfert crédible.",
        "La déclaration sur l’honneur n’a pas encore de lieu ni de date.",
    ]
    findings = check_dossier(example, referential, guidance).findings
    assert french(findings[0]) == ("Production 2, chapitre «\u202fAnalyse\u202f»\u00a0: le commentaire "
                                   "de Claire Roussel sur «\u202fseules les heures effectuées\u202f» "
                                   "n’est pas résolu.")
    assert french(next(f for f in findings if f.code is Code.NOT_FINAL)) == (
        "Production 1\u00a0: pas encore «\u202fDéfinitif\u202f» (Analyse\u00a0: Relu\u202f; "
        "Argumentaire de transfert\u00a0: Brouillon).")


def test_writing_advice_is_one_note_per_production_at_its_first_chapter(example, referential,
                                                                          guidance) -> None:
    from dossier_app.core.writing_advice import advise, bundled_advice

    example.productions[1].chapters[ChapterKind.SITUATION].text = (
        "Nous avons préparé la NAO avec la direction, et on a obtenu des avancées.")
    report = check_dossier(example, referential, guidance)
    notes = {f.production: f for f in report.findings if f.code is Code.WRITING_ADVICE}
    counted = {}
    for finding in advise(example, bundled_advice()):
        counted[finding.production] = counted.get(finding.production, 0) + 1
    assert {n: f.params["count"] for n, f in notes.items()} == counted
    assert all(f.severity is Severity.ADVICE for f in notes.values())
    assert notes[2].chapter is ChapterKind.SITUATION
    assert notes[2].params["grammar"] == 0
    assert french(notes[2]).startswith("Production 2\u00a0: ")
    assert "conseils d’écriture à voir dans la relecture." in french(notes[2])


def test_the_window_s_grammar_counts_join_the_note(example, referential, guidance) -> None:
    report = check_dossier(example, referential, guidance,
                           grammar_counts={(3, ChapterKind.TRANSFER): 2})
    (note,) = [f for f in report.findings if f.code is Code.WRITING_ADVICE and f.production == 3]
    assert note.params["grammar"] == 2
    assert "et 2 remarques de grammaire" in french(note)


def _grown(example, number: int, words: int) -> None:
    """Production ``number``'s situation grown to ``words`` words more."""
    chapter = example.productions[number - 1].chapters[ChapterKind.SITUATION]
    chapter.text += "\n\n" + " ".join(["délégué"] * words)


def test_a_production_over_its_reading_time_gets_help_to_tighten(example, referential,
                                                                  guidance) -> None:
    budget = check_dossier(example, referential, guidance).budget
    assert budget is not None and budget.minutes == 15  # 45 minutes of reading, three productions
    assert not [f for f in check_dossier(example, referential, guidance).findings
                if f.code is Code.LONG_PRODUCTION]  # the example fits
    _grown(example, 2, 3990)
    report = check_dossier(example, referential, guidance)
    long = next(f for f in report.findings if f.code is Code.LONG_PRODUCTION)
    assert long.severity is Severity.ADVICE and long.production == 2
    assert long.params["pages"] == 9 and long.params["budget_pages"] == 5
    assert long.params["far"] is False and long.params["budget_words"] == budget.words
    assert french(long) == (
        "La production 2 dépasse le temps de lecture du jury\u00a0: environ 9 pages pour 5 "
        "conseillées. Resserrez la situation sur le moment qui montre la compétence, et gardez "
        "dans l’analyse ce que vous avez fait, comment et pourquoi.")


def test_above_twice_its_reading_time_a_production_stops_the_dossier(example, referential,
                                                                      guidance) -> None:
    for comment in example.comments:
        comment.resolved = True
    _grown(example, 1, 5000)
    report = check_dossier(example, referential, guidance)
    long = next(f for f in report.findings if f.code is Code.LONG_PRODUCTION)
    assert long.severity is Severity.BLOCKING and long.params["far"] is True
    assert not report.ready
    assert french(long).startswith("La production 1 demande plus du double du temps de lecture "
                                   "du jury\u00a0: environ 11 pages pour 5 conseillées.")
    assert "Prêt pour le jury : non, 1 point bloquant." in format_report(report, example,
                                                                             referential)


def test_a_missing_annex_stops_the_dossier_and_an_uncited_one_is_a_note(example, referential,
                                                                         guidance) -> None:
    for comment in example.comments:
        comment.resolved = True
    assert len(example.annexes) == 3  # each cited by the example's chapters
    example.annexes.append(Annex("Affiche de la réunion"))
    analysis = example.productions[1].chapters[ChapterKind.ANALYSIS]
    analysis.text += ("\n\nLe tableau des écarts est joint (voir annexe 2), la note aussi "
                      "(annexe 5), l’affiche d’avant (annexe ?).")
    example.project += "\n\nMon attestation de formation (voir annexe 7)."
    report = check_dossier(example, referential, guidance)
    missing = [f for f in report.findings if f.code is Code.MISSING_ANNEX]
    assert [(f.severity, f.production, f.chapter, f.page, f.params) for f in missing] == [
        (Severity.BLOCKING, None, None, Page.PROJECT, {"number": 7}),
        (Severity.BLOCKING, 2, ChapterKind.ANALYSIS, None, {"number": 5}),
        (Severity.BLOCKING, 2, ChapterKind.ANALYSIS, None, {"number": "?"})]
    assert not report.ready
    uncited = [f for f in report.findings if f.code is Code.UNREFERENCED_ANNEX]
    assert [(f.severity, f.page, f.params["number"]) for f in uncited] == [
        (Severity.ADVICE, Page.ANNEXES, 4)]
    assert [french(f) for f in missing] == [
        "Le projet professionnel renvoie à l’annexe 7, qui n’existe pas\u00a0: ajoutez-la, ou "
        "corrigez le numéro pour que le jury trouve le document.",
        "Production 2, chapitre «\u202fAnalyse\u202f»\u00a0: il renvoie à l’annexe 5, qui n’existe "
        "pas\u00a0: ajoutez-la, ou corrigez le numéro pour que le jury trouve le document.",
        "Production 2, chapitre «\u202fAnalyse\u202f»\u00a0: il renvoie à l’annexe\u202f?, qui n’existe "
        "pas\u00a0: ajoutez-la, ou corrigez le numéro pour que le jury trouve le document."]
    assert french(uncited[0]) == ("L’annexe 4 n’est citée nulle part\u00a0: renvoyez-y là où elle "
                                  "appuie votre récit, par exemple «\u202f(voir annexe 4)\u202f».")
