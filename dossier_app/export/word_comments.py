"""The advisor's comments in Word: each with its author, initials and own date, and its
replies threaded under it as Word 2013+ and LibreOffice show them (the
``commentsExtended`` part, where a reply names the paragraph of its parent)."""

from __future__ import annotations

import datetime as dt
import itertools

from docx.document import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.text.run import Run as DocxRun

from ..core.model import Comment

_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
_EXTENDED_RELATION = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def _initials(author: str) -> str:
    return "".join(part[0] for part in author.split() if part)[:3]


def _stamp(moment: dt.datetime | None) -> str | None:
    """The wall-clock time the comment was written, marked « Z » as Word itself writes it
    (Word shows that time as it stands)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


class Threads:
    """Adds comments to one document and, at ``finish``, the part that threads replies."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self._ids = itertools.count(0x10000001)
        self._threads: list[tuple[str, str | None]] = []  # (paraId, parent paraId)

    def add(self, runs: list[DocxRun], comment: Comment, text: str) -> None:
        parent = self._one(runs, text, comment.author or "Conseiller", comment.created, None)
        for reply in comment.replies:
            if reply.body.strip():
                self._one(runs, reply.body, reply.author or "Conseiller", reply.created, parent)

    def _one(self, runs: list[DocxRun], text: str, author: str, created: dt.datetime | None,
             parent: str | None) -> str:
        added = self.doc.add_comment(runs, text=text, author=author, initials=_initials(author))
        element = added._comment_elm
        stamp = _stamp(created)
        if stamp is not None:
            element.set(qn("w:date"), stamp)
        paragraph_id = f"{next(self._ids):08X}"
        element.findall(qn("w:p"))[-1].set(qn("w14:paraId"), paragraph_id)
        self._threads.append((paragraph_id, parent))
        return paragraph_id

    def finish(self) -> None:
        if not any(parent for _, parent in self._threads):
            return
        entries = "".join(
            f'<w15:commentEx w15:paraId="{own}"'
            + (f' w15:paraIdParent="{parent}"' if parent else "") + ' w15:done="0"/>'
            for own, parent in self._threads)
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w15:commentsEx xmlns:w15="{_W15}">{entries}</w15:commentsEx>').encode()
        part = Part(PackURI("/word/commentsExtended.xml"), _EXTENDED_TYPE, blob,
                    self.doc.part.package)
        self.doc.part.relate_to(part, _EXTENDED_RELATION)
