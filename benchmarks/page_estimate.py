"""The page estimate of the reading budget against the real page count of LibreOffice's
layout, per production: on the example dossier and on long chapters (1 000, 3 000 and
8 000 words per production). Prints each production's words, estimated pages, real pages
and the error in %. Needs LibreOffice. Run:
    .venv/bin/python benchmarks/page_estimate.py [--words 1000 3000 8000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from dossier_app.core.guidance import load_guidance
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.core.reading_budget import production_words, rounded_pages
from dossier_app.core.referential import Referential, load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export import pdf
from dossier_app.export.page_counts import production_pages
from dossier_app.export.service import export_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_docx import chapter  # the long chapters the export benchmark writes


def long_dossier(per_production: int) -> Dossier:
    per_chapter = per_production // 3
    return Dossier(ccpt="dossier-social", productions=[
        Production(competence=number, title=f"Production {number}",
                   chapters={kind: Chapter(chapter(per_chapter, number * 7 + i))
                             for i, kind in enumerate(ChapterKind)})
        for number in (1, 2, 3)])


def measure(name: str, dossier: Dossier, referential: Referential, work: Path) -> list[float]:
    budget = load_guidance().reading
    target = work / f"{name}.pdf"
    export_document(dossier, referential, target, "pdf")
    real = production_pages(target, dossier, referential)
    errors = []
    for number, (production, pages) in enumerate(zip(dossier.productions, real, strict=True), 1):
        words = production_words(production)
        estimate = budget.pages(words)
        error = 100 * (estimate - pages) / pages if pages else float("nan")
        errors.append(error)
        print(f"{name:>10}  production {number}  {words:>6} mots  estimé {estimate:5.1f} p. "
              f"(≈ {rounded_pages(estimate)})  réel {pages} p.  écart {error:+5.1f} %")
    return errors


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, nargs="*", default=[1000, 3000, 8000])
    args = parser.parse_args()
    if pdf.find_libreoffice() is None:
        print("LibreOffice est introuvable : pas de vraies pages à comparer.")
        return 1
    referential = load_referential(bundled_referential_path())
    data = json.loads(example_dossier_path().read_text(encoding="utf-8"))
    example = dossier_from_json(data, referential).dossier
    figures = load_guidance().reading
    print(f"{figures.words_per_page:g} mots par page, {figures.production_extra_pages:g} page de plus "
          "par production (données de conseils)")
    errors = []
    with tempfile.TemporaryDirectory() as folder:
        errors += measure("exemple", example, referential, Path(folder))
        for words in args.words:
            errors += measure(f"{words} mots", long_dossier(words), referential, Path(folder))
    absolute = [abs(e) for e in errors if e == e]
    print(f"écart absolu moyen {sum(absolute) / len(absolute):.1f} %, "
          f"au plus {max(absolute):.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
