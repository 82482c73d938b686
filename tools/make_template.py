"""Build templates/dossier.docx, the Word reference template of the exported dossier.

    .venv/bin/python tools/make_template.py

A4, French language on every style (so Word checks French spelling), and the
named styles the export uses. An advisor organisation can restyle the result
in Word and pass it with `export --template`.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BODY_FONT = "Times New Roman"  # Liberation Serif has the same metrics on Linux
HEADING_FONT = "Arial"  # Liberation Sans likewise
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x55, 0x55, 0x55)


def main() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)

    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in run_defaults.findall(qn("w:lang")):
        run_defaults.remove(old)
    language = OxmlElement("w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), "fr-FR")
    run_defaults.append(language)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = BODY_FONT, Pt(11.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True

    def heading(name: str, size: float, before: float, after: float, colour=ACCENT) -> None:
        style = styles[name]
        style.font.name, style.font.size, style.font.bold = HEADING_FONT, Pt(size), True
        style.font.color.rgb = colour
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True

    heading("Heading 1", 17, 0, 10)
    styles["Heading 1"].paragraph_format.page_break_before = True
    heading("Heading 2", 13.5, 16, 6)
    heading("Heading 3", 12, 12, 4, GREY)
    title = styles["Title"]
    title.font.name, title.font.size, title.font.color.rgb = HEADING_FONT, Pt(26), ACCENT
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(18)
    subtitle = styles["Subtitle"]
    subtitle.font.name, subtitle.font.size, subtitle.font.color.rgb = HEADING_FONT, Pt(14), GREY
    subtitle.font.italic = False
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    quote = styles["Quote"]
    quote.font.name, quote.font.italic, quote.font.color.rgb = BODY_FONT, True, GREY
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.space_after = Pt(10)
    for name in ("Header", "Footer"):
        styles[name].font.name, styles[name].font.size = HEADING_FONT, Pt(8.5)
        styles[name].font.color.rgb = GREY
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        styles[name].font.name = BODY_FONT
        styles[name].paragraph_format.space_after = Pt(3)
    toc_heading = styles["TOC Heading"]
    toc_heading.font.name, toc_heading.font.color.rgb = HEADING_FONT, ACCENT
    for level, indent in ((1, 0.0), (2, 0.6)):
        style = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.bold = level == 1
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.space_after = Pt(4 if level == 1 else 2)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
    cover = styles.add_style("Cover Text", WD_STYLE_TYPE.PARAGRAPH)
    cover.base_style = normal
    cover.font.size = Pt(12.5)
    cover.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover.paragraph_format.space_after = Pt(4)

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    core = document.core_properties
    core.title, core.author, core.language = "Dossier de productions", "", "fr-FR"
    target = Path(__file__).resolve().parents[1] / "templates" / "dossier.docx"
    document.save(target)
    print(f"written {target}")


if __name__ == "__main__":
    main()
