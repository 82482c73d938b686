"""After the jury: the result per CCPT, and the steps that may follow it.

The steps come from a data file (``resources/after/suites.json``, format
``dossier-ccpt-after``): each says what it is, with whom and how, and which outcomes
(and, optionally, which CCPT) it fits. Chosen, a step joins the path as a « suite de
parcours » step, its « how » becoming the step's actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InvalidData
from .jsonread import Reader, load_json_file
from .model import Action, Dossier, JuryResult, Outcome, Step, StepKind
from .resources import resources_dir
from .sentence import Sentence, say

FORMAT = "dossier-ccpt-after"
VERSION = 1


@dataclass(frozen=True)
class NextStep:
    """A step that may follow the jury."""

    id: str
    title: str
    what: str
    with_whom: str
    how: tuple[str, ...]
    outcomes: frozenset[Outcome]
    ccpts: frozenset[str]
    """The CCPT it fits; empty: every CCPT."""

    def fits(self, outcome: Outcome, ccpt: str) -> bool:
        return outcome in self.outcomes and (not self.ccpts or ccpt in self.ccpts)


@dataclass(frozen=True)
class Suites:
    title: str
    source: str
    steps: tuple[NextStep, ...]


def bundled_suites_path() -> Path:
    return resources_dir() / "after" / "suites.json"


def load_suites(path: Path | None = None) -> Suites:
    path = path or bundled_suites_path()
    data = load_json_file(path, say("le fichier des suites de parcours"))
    try:
        return suites_from_json(data)
    except InvalidData as error:
        raise error.located(path) from None


def suites_from_json(data: object) -> Suites:
    doc = Reader(data)
    doc.header(FORMAT, "version", VERSION, say("un fichier de suites de parcours"))
    steps = doc.items("steps", _next_step, required=True)
    if not steps:
        raise InvalidData("steps", say("doit contenir au moins une suite de parcours"))
    seen: set[str] = set()
    for index, step in enumerate(steps, start=1):
        if step.id in seen:
            raise InvalidData(f"steps[{index}].id",
                              say("« {id} » est déjà l’identifiant d’une autre suite", id=step.id))
        seen.add(step.id)
    return Suites(title=doc.string("title"), source=doc.string("source"), steps=tuple(steps))


def _filled(item: Reader, key: str) -> str:
    text = item.string(key, required=True).strip()
    if not text:
        raise InvalidData(f"{item.path}.{key}", say("ne doit pas être vide"))
    return text


def _next_step(item: Reader) -> NextStep:
    ident = _filled(item, "id")
    title, what, with_whom = _filled(item, "title"), _filled(item, "what"), _filled(item, "with_whom")
    how = tuple(text.strip() for text in item.strings("how") if text.strip())
    if not how:
        raise InvalidData(f"{item.path}.how", say("doit nommer au moins une action"))
    fits = item.obj("fits", required=True)
    outcomes = fits.strings("outcomes")
    allowed = {o.value for o in Outcome}
    for index, value in enumerate(outcomes, start=1):
        if value not in allowed:
            raise InvalidData(f"{fits.path}.outcomes[{index}]",
                              say("doit valoir « validated », « not_validated » ou « pending »"))
    if not outcomes:
        raise InvalidData(f"{fits.path}.outcomes", say("doit nommer au moins un résultat"))
    return NextStep(id=ident, title=title, what=what, with_whom=with_whom, how=how,
                    outcomes=frozenset(Outcome(o) for o in outcomes),
                    ccpts=frozenset(c.strip() for c in fits.strings("ccpts") if c.strip()))


def outcome_of(dossier: Dossier) -> Outcome:
    """The decision on the dossier's CCPT; pending until one is recorded."""
    result = dossier.result()
    return result.outcome if result else Outcome.PENDING


def fitting(suites: Suites, dossier: Dossier) -> list[NextStep]:
    """The steps that fit the decision on the dossier's CCPT and that CCPT, in the file's order."""
    outcome = outcome_of(dossier)
    return [step for step in suites.steps if step.fits(outcome, dossier.ccpt)]


def outcome_summary(results: list[JuryResult]) -> Sentence | None:
    """One sentence over several CCPT (« Résultat partiel : 1 CCPT validé sur 2 »); None
    for a single CCPT, whose outcome speaks for itself."""
    if len(results) < 2:
        return None
    total = len(results)
    validated = sum(r.outcome is Outcome.VALIDATED for r in results)
    pending = sum(r.outcome is Outcome.PENDING for r in results)
    if validated == total:
        return say("Les {total} CCPT sont validés.", total=total)
    if pending == total:
        return say("Les {total} CCPT sont en attente de résultat.", total=total)
    if validated == 0:
        return say("Aucun CCPT validé sur {total} pour l’instant.", total=total)
    if validated == 1:
        return say("Résultat partiel : 1 CCPT validé sur {total}", total=total)
    return say("Résultat partiel : {validated} CCPT validés sur {total}",
               validated=validated, total=total)


def follow_up_step(next_step: NextStep) -> Step:
    """The path's step for ``next_step``: its « how » are the actions to tick."""
    return Step(title=next_step.title, kind=StepKind.FOLLOW_UP, aim=next_step.what,
                actions=[Action(text) for text in next_step.how])


def on_path(dossier: Dossier, next_step: NextStep) -> bool:
    """Whether the path has a « suite de parcours » step of that title already."""
    return any(s.kind is StepKind.FOLLOW_UP and s.title == next_step.title for s in dossier.steps)


def add_to_path(dossier: Dossier, next_step: NextStep) -> bool:
    """Add ``next_step`` to the path, once: False when it was there already."""
    if on_path(dossier, next_step):
        return False
    dossier.steps.append(follow_up_step(next_step))
    return True


def next_follow_up(steps: list[Step]) -> Step | None:
    """The first « suite de parcours » step not done yet (not attended, an action open)."""
    return next((s for s in steps if s.kind is StepKind.FOLLOW_UP and not s.attended
                 and not (s.actions and all(a.done for a in s.actions))), None)
