"""The proofreading findings as ``dossier-app proofread`` prints them (the contract): one
French line each, or the JSON list of ``{production, chapter, paragraph, start, end, text,
kind, rule, message, suggestions}``."""

from __future__ import annotations

from ..core.proofreading import Finding, Kind
from ..core.typography import french_spacing

KIND_WORDS = {Kind.GRAMMAR: "grammaire", Kind.SPELLING: "orthographe",
              Kind.TYPOGRAPHY: "typographie", Kind.STYLE: "style", Kind.ADVICE: "conseil"}


def proofread_json(findings: list[Finding]) -> list[dict[str, object]]:
    return [{"production": f.production, "chapter": f.chapter.value, "paragraph": f.paragraph,
             "start": f.start, "end": f.end, "text": f.text, "kind": f.kind.value, "rule": f.rule,
             "message": f.mark.message, "suggestions": list(f.mark.suggestions)}
            for f in findings]


def proofread_lines(findings: list[Finding]) -> list[str]:
    if not findings:
        return ["Rien à signaler."]
    return [_line(f) for f in findings]


def _line(finding: Finding) -> str:
    where = (f"Production {finding.production}, {finding.chapter.label.lower()}, paragraphe "
             f"{finding.paragraph + 1}, caractères {finding.start + 1} à {finding.end}")
    shown = " ".join(finding.text.split())
    line = f"{where} : {KIND_WORDS[finding.kind]} ({finding.rule}) : « {shown} » : {finding.mark.message}"
    if finding.mark.suggestions:
        line += f" Suggestions : {', '.join(finding.mark.suggestions)}."
    return french_spacing(line)
