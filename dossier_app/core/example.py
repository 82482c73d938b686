"""The bundled example dossier, placed in time on the day it is created.

The example is written as it stands on ``WRITTEN_FOR``: partway along its path, the last
interview just done, the jury three weeks ahead. Created on another day, its path and
comments move by whole weeks (workshops stay on their weekday), so that a new user always
sees a path in progress with the jury ahead. The mandates keep their dates: the text tells
of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from .interchange import read_json_file
from .model import Comment, Dossier, Reply, Step
from .referential import Referential
from .resources import example_dossier_path

WRITTEN_FOR = dt.date(2026, 11, 22)


def example_dossier(referential: Referential, today: dt.date) -> Dossier:
    dossier = read_json_file(example_dossier_path(), referential).dossier
    return moved(dossier, dt.timedelta(weeks=(today - WRITTEN_FOR).days // 7))


def moved(dossier: Dossier, delta: dt.timedelta) -> Dossier:
    """A copy of ``dossier`` whose path, comments and declaration are ``delta`` later."""
    def step(s: Step) -> Step:
        return dataclasses.replace(s, date=s.date and s.date + delta)

    def reply(r: Reply) -> Reply:
        return dataclasses.replace(r, created=r.created and r.created + delta)

    def comment(c: Comment) -> Comment:
        return dataclasses.replace(c, created=c.created and c.created + delta,
                                   replies=[reply(r) for r in c.replies])

    declaration = dossier.declaration
    return dataclasses.replace(
        dossier, steps=[step(s) for s in dossier.steps],
        comments=[comment(c) for c in dossier.comments],
        declaration=dataclasses.replace(declaration,
                                        date=declaration.date and declaration.date + delta))
