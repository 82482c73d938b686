"""The accompaniment path as data: a template of steps an advisor can edit or replace.

The bundled template follows the Afpa path of ``domain.md``. An advisor installs
their own (same JSON format, or saved from a dossier's path), and new paths are
planned from whichever is installed, with dates spread from a start date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import DossierError, InvalidData
from .files import write_private_bytes
from .jsonread import Reader, load_json_file
from .model import Step, StepKind
from .paths import AppPaths, private_dir
from .resources import resources_dir
from .sentence import say

FORMAT = "dossier-ccpt-path"
VERSION = 1


@dataclass(frozen=True)
class PlannedStep:
    kind: StepKind
    title: str
    week: int
    """Weeks after the start of the path."""
    duration_minutes: int | None
    aim: str


@dataclass(frozen=True)
class PathTemplate:
    title: str
    source: str
    steps: tuple[PlannedStep, ...]

    def plan(self, start: dt.date | None) -> list[Step]:
        """The dossier's steps, dated from ``start`` when given (each date can be moved)."""
        return [Step(title=s.title, kind=s.kind, duration_minutes=s.duration_minutes, aim=s.aim,
                     date=start + dt.timedelta(weeks=s.week) if start else None)
                for s in self.steps]


def bundled_template_path() -> Path:
    return resources_dir() / "path" / "parcours.json"


def installed_template_path(paths: AppPaths) -> Path:
    return paths.data / "path" / "parcours.json"


def load_template(path: Path) -> PathTemplate:
    data = load_json_file(path, say("le modèle de parcours"))
    try:
        return template_from_json(data)
    except InvalidData as error:
        raise error.located(path) from None


def template_from_json(data: object) -> PathTemplate:
    doc = Reader(data)
    doc.header(FORMAT, "version", VERSION, say("un modèle de parcours"))
    steps = doc.items("steps", _planned_step, required=True)
    if not steps:
        raise InvalidData("steps", say("doit contenir au moins une étape"))
    return PathTemplate(title=doc.string("title"), source=doc.string("source"), steps=tuple(steps))


def _planned_step(item: Reader) -> PlannedStep:
    title = item.string("title", required=True).strip()
    if not title:
        raise InvalidData(f"{item.path}.title", say("ne doit pas être vide"))
    return PlannedStep(
        kind=StepKind(item.choice("kind", [k.value for k in StepKind], default="workshop")),
        title=title,
        week=item.integer("week", default=0, minimum=0, maximum=104),  # type: ignore[arg-type]
        duration_minutes=item.integer("duration_minutes", minimum=1, maximum=24 * 60),
        aim=item.string("aim"),
    )


def template_from_steps(title: str, steps: list[Step]) -> dict:
    """A template JSON from a dossier's path: an advisor edits one path, then reuses it."""
    dated = [s.date for s in steps if s.date]
    first = min(dated) if dated else None
    return {
        "format": FORMAT, "version": VERSION, "title": title, "source": "",
        "steps": [{"kind": s.kind.value, "title": s.title or s.kind.label,
                   "week": (s.date - first).days // 7 if s.date and first else index,
                   "duration_minutes": s.duration_minutes, "aim": s.aim}
                  for index, s in enumerate(steps)],
    }


def active_template(paths: AppPaths) -> PathTemplate:
    """The advisor's installed template when valid, else the bundled one."""
    installed = installed_template_path(paths)
    if installed.exists():
        try:
            return load_template(installed)
        except DossierError:
            pass  # a damaged installed file must not stop the app: fall back
    return load_template(bundled_template_path())


def install_template(data: dict | Path, paths: AppPaths) -> PathTemplate:
    """Make ``data`` (a template file or its JSON) the template new paths are planned from."""
    if isinstance(data, Path):
        template = load_template(data)  # refuse an invalid file before touching the installed one
        content = data.read_bytes()
    else:
        template = template_from_json(data)
        content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    target = installed_template_path(paths)
    private_dir(target.parent)
    write_private_bytes(target, content)
    return template
