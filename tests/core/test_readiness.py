from dossier_app.core.model import ChapterKind, ChapterStatus
from dossier_app.core.readiness import Severity, check_dossier, format_report


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
    assert "Claire Roussel" in blocking[0].message


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
    assert any("compétence 3" in f.message and f.severity is Severity.BLOCKING
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

    assert not any("provisoire" in f.message
                   for f in check_dossier(example, referential, guidance).findings)
    example.ccpt = "mediation-sociale"
    example.referential = ReferentialRef("officiel-afpa", "2027")
    messages = [f.message for f in check_dossier(example, referential, guidance).findings]
    assert any("proposition provisoire" in m for m in messages)
    assert any("officiel-afpa\u202f» (édition 2027)" in m for m in messages)
