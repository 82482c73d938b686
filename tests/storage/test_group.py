import hashlib

from dossier_app.core.model import ChapterStatus
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.group import summarize_folder


def test_a_group_is_summarised_and_never_written(tmp_path, example, identity) -> None:
    for name, first in (("b-paul.ccpt", "Paul"), ("a-nadia.ccpt", "Nadia")):
        example.candidate.first_name = first
        DossierFile.create(tmp_path / name, example, identity).close()
    (tmp_path / "notes.ccpt").write_text("pas un dossier", encoding="utf-8")
    (tmp_path / "ignoré.txt").write_text("x", encoding="utf-8")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    summaries = summarize_folder(tmp_path)
    assert [s.path.name for s in summaries] == ["a-nadia.ccpt", "b-paul.ccpt", "notes.ccpt"]
    nadia = summaries[0]
    assert nadia.candidate == "Nadia Martin" and nadia.ccpt == "dossier-social"
    assert nadia.chapters == 9 and nadia.statuses[ChapterStatus.FINAL] == 2
    assert nadia.words > 1400 and nadia.open_comments == 1 and nadia.last_change is not None
    assert str(summaries[2].problem).startswith("Le fichier « notes.ccpt »")
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)  # no side files


def test_a_dossier_open_elsewhere_is_still_listed(tmp_path, example, identity) -> None:
    path = tmp_path / "ouvert.ccpt"
    with DossierFile.create(path, example, identity):
        (summary,) = summarize_folder(tmp_path)
    assert summary.problem is None and summary.candidate == "Nadia Martin"


def test_the_group_says_how_many_productions_are_ready_for_the_oral(tmp_path, example,
                                                                   identity) -> None:
    import datetime as dt

    from dossier_app.core.model import Rehearsal
    from dossier_app.core.oral import record_practice

    DossierFile.create(tmp_path / "a-en-cours.ccpt", example, identity).close()
    preparation = example.oral_for(1)
    preparation.rehearsals.append(Rehearsal(dt.datetime(2026, 11, 27, 19, 0), 604, [600]))
    for question in preparation.questions:
        record_practice(question, 3, dt.datetime(2026, 11, 27, 20, 0))
    DossierFile.create(tmp_path / "b-prete.ccpt", example, identity).close()
    begun, ready = summarize_folder(tmp_path)
    assert (begun.oral_ready, begun.productions) == (0, 3)  # one rehearsal in time, one unsure
    assert (ready.oral_ready, ready.productions) == (1, 3)
