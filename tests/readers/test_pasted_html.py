"""Clipboard HTML from Word, LibreOffice and a web page becomes the Markdown subset: real
clipboard fixtures (tests/readers/fixtures/README.md says where each comes from), then
each rule on a small sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier_app.core.markdown import Block, ListKind, Run, parse
from dossier_app.readers.pasted_html import (
    MAX_DEPTH,
    MAX_HTML_CHARS,
    PastedHtmlTooLarge,
    html_to_blocks,
    html_to_markdown,
)
from tests.fuzz.contract import assert_dossier_error

FIXTURES = Path(__file__).parent / "fixtures"
NBSP = "\u00a0"
BULLET, ORDERED = ListKind.BULLET, ListKind.ORDERED


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")


def _plain(text: str, kind: ListKind | None = None, level: int = 0) -> Block:
    return Block((Run(text),), kind, level)


OPENING = Block((Run("Lors de la réunion du CSE du 12 mars, j’ai présenté "),
                 Run("le plan de formation", bold=True), Run(" et "),
                 Run("les chiffres de l’absentéisme", italic=True), Run(" : "),
                 Run("vraiment utiles", bold=True, italic=True), Run(".")))
ADDRESS = _plain("Première ligne de l’adresse\nDeuxième ligne, 75011 Paris")
BULLETS = [
    _plain("Préparer l’ordre du jour", BULLET, 1),
    Block((Run("Consulter les "), Run("élus", bold=True)), BULLET, 2),
    _plain("Recueillir les questions des salariés", BULLET, 2),
    _plain("Rédiger le compte rendu", BULLET, 1),
]
LITERAL = [_plain("Un texte avec * astérisque, _ tiret bas et"), _plain("1. au début d’une ligne.")]


def test_libreoffice_writer() -> None:
    blocks = html_to_blocks(_fixture("libreoffice_writer.html"))
    assert blocks == [
        OPENING, ADDRESS, *BULLETS, _plain("Ensuite, les étapes :"),
        _plain("Identifier le besoin", ORDERED, 1),
        _plain("Interroger l’équipe", ORDERED, 2),
        Block((Run("Arbitrer avec la "), Run("direction", italic=True)), ORDERED, 1),
        *LITERAL,
    ]


def test_word_2016_lists_arrive_as_lists_without_their_drawn_markers() -> None:
    blocks = html_to_blocks(_fixture("word_2016_clipboard.html"))
    opening = Block((*OPENING.runs[:4], Run(NBSP + ": "), *OPENING.runs[5:]))
    assert blocks == [
        opening, ADDRESS, *BULLETS, _plain(f"Ensuite, les étapes{NBSP}:"),
        _plain("Identifier le besoin", ORDERED, 1),
        _plain("Interroger l’équipe", ORDERED, 2),
        Block((Run("Noter les "), Run("contraintes", italic=True)), ORDERED, 3),
        _plain("Arbitrer avec la direction", ORDERED, 1),  # the comment's anchor [NM1] goes
        *LITERAL,
    ]


def test_a_web_page() -> None:
    blocks = html_to_blocks(_fixture("web_page_clipboard.html"))
    assert blocks == [
        _plain("Le rôle du CSE"),  # the page draws its heading at weight 500
        Block((Run("Le comité social et économique "), Run("représente les salariés", bold=True),
               Run(f" auprès de l’employeur{NBSP}; il est "), Run("consulté", italic=True),
               Run(" sur "), Run("l’organisation du travail", bold=True), Run(" et "),
               Run("la formation", italic=True), Run("."))),
        _plain(f"Adresse du site{NBSP}:\n12 rue de la Paix\n75002 Paris"),
        _plain("Les attributions économiques", BULLET, 1),
        _plain("information sur la marche générale de l’entreprise", BULLET, 2),
        _plain("consultations récurrentes", BULLET, 2),
        _plain("Les activités sociales et culturelles", BULLET, 1),
        _plain("Lire l’ordre du jour", ORDERED, 1),
        _plain("Préparer ses questions", ORDERED, 1),
        _plain("Effectif"), _plain("Heures de délégation"),  # a table's cells
        _plain(f"Formule{NBSP}: 2 * 3 = 6, et le_nom_de_fichier."),
    ]


@pytest.mark.parametrize("name", ["libreoffice_writer.html", "word_2016_clipboard.html",
                                  "web_page_clipboard.html"])
def test_the_markdown_keeps_the_text_literal(name: str) -> None:
    html = _fixture(name)
    markdown = html_to_markdown(html)
    assert parse(markdown) == html_to_blocks(html)
    assert "\\*" in markdown and "\\_" in markdown


def test_only_the_fragment_of_a_cf_html_clipboard() -> None:
    html = ("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n"
            "StartFragment:0000000141\r\nEndFragment:0000000190\r\n"
            "<html><body><p>avant</p><!--StartFragment--><p>dedans</p>"
            "<!--EndFragment--><p>après</p></body></html>")
    assert html_to_blocks(html) == [_plain("dedans")]


def test_the_fragment_keeps_the_list_it_was_copied_from() -> None:
    html = "<ul><li><!--StartFragment-->un élément<!--EndFragment--></li></ul>"
    assert html_to_blocks(html) == [_plain("un élément", BULLET, 1)]


def test_word_lists_as_a_browser_rewrites_them() -> None:
    """A browser turns Word's ``<![if !supportLists]>`` into a comment."""
    html = ("<p style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span "
            "style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span><!--[endif]-->Un</p>"
            "<p style='mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span "
            "style='mso-list:Ignore'>a)<span>&nbsp; </span></span><!--[endif]-->Deux</p>")
    assert html_to_blocks(html) == [_plain("Un", ORDERED, 1), _plain("Deux", ORDERED, 2)]


@pytest.mark.parametrize(("marker", "kind"), [
    ("1.", ORDERED), ("12)", ORDERED), ("(a)", ORDERED), ("iv.", ORDERED), ("1.2.", ORDERED),
    ("·", BULLET), ("o", BULLET), ("§", BULLET), ("-", BULLET), ("", BULLET)])
def test_without_definitions_the_marker_tells_numbered_from_bullets(marker: str,
                                                                     kind: ListKind) -> None:
    html = (f"<p style='mso-list:l3 level1 lfo4'><![if !supportLists]><span style='mso-list:"
            f"Ignore'>{marker}<span>&nbsp;&nbsp;</span></span><![endif]>Texte</p>")
    assert html_to_blocks(html) == [_plain("Texte", kind, 1)]


def test_the_list_definition_wins_over_the_marker() -> None:
    style = ("<style><!-- @list l0:level1 {mso-level-number-format:bullet;} "
             "@list l1:level1 {mso-level-number-format:none;} "
             "@list l2:level1 {mso-level-tab-stop:none;} --></style>")
    item = ("<p style='mso-list:l{n} level1 lfo1'><![if !supportLists]><span style='mso-list:"
            "Ignore'>{marker} </span><![endif]>{text}</p>")
    html = style + "".join(item.format(n=n, marker=marker, text=text) for n, marker, text in [
        (0, "1.", "puce"), (1, "", "sans numéro"), (2, "-", "numéroté")])
    assert html_to_blocks(html) == [_plain("puce", BULLET, 1), _plain("sans numéro"),
                                    _plain("numéroté", ORDERED, 1)]


def test_levels_are_kept_within_what_the_editor_holds() -> None:
    items = "".join(f"<p style='mso-list:l0 level{level} lfo1'>niveau {level}</p>"
                    for level in (2, 3, 4, 9, 1))
    assert [(b.text, b.level) for b in html_to_blocks(items)] == [
        ("niveau 2", 1), ("niveau 3", 2), ("niveau 4", 3), ("niveau 9", 3), ("niveau 1", 1)]


@pytest.mark.parametrize(("html", "runs"), [
    ('<span style="font-weight:bold">a</span>', (Run("a", bold=True),)),
    ('<span style="font-weight: 700">a</span>', (Run("a", bold=True),)),
    ('<span style="FONT-WEIGHT:600 !important">a</span>', (Run("a", bold=True),)),
    ("<b style='mso-bidi-font-weight:normal'>a</b>", (Run("a", bold=True),)),
    ('<b style="font-weight:normal" id="docs-internal-guid-1">a</b>', (Run("a"),)),
    ("<strong>a<span style='font-weight:400'>b</span></strong>",
     (Run("a", bold=True), Run("b"))),
    ('<span style="font-style:italic">a</span>', (Run("a", italic=True),)),
    ('<em>a<span style="font-style: normal">b</span></em>', (Run("a", italic=True), Run("b"))),
    ("<i><b>a</b></i>", (Run("a", bold=True, italic=True),)),
    ('<h3>Titre <span style="color:red">rouge</span></h3>', (Run("Titre rouge", bold=True),)),
    ('<font face="Arial" size="7" color="red"><u>a</u> <sup>2</sup></font>', (Run("a 2"),)),
])
def test_bold_and_italic_however_they_are_written(html: str, runs: tuple[Run, ...]) -> None:
    assert html_to_blocks(html) == [Block(runs)]


def test_what_the_subset_cannot_hold_goes() -> None:
    html = ("<head><title>Titre</title><style>p {color:red}</style></head>"
            "<script>alert('x')</script><!-- commentaire --><![if !vml]><img src=x.png><![endif]>"
            "<p>Garde <o:p></o:p>ceci<svg><text>dessin</text></svg>"
            "<span style='display:none'>caché</span>.</p><noscript>sans script</noscript>")
    assert html_to_blocks(html) == [_plain("Garde ceci.")]


def test_white_space_and_no_break_spaces() -> None:
    html = "<p>  Un\n\t texte  <b> gras </b>  suivi&nbsp;:\u202fici&nbsp;&nbsp;</p><p>&nbsp;</p>"
    assert html_to_blocks(html) == [
        Block((Run("Un texte "), Run("gras", bold=True), Run(f" suivi{NBSP}:\u202fici")))]


def test_paragraphs_of_one_list_item_stay_in_it() -> None:
    html = "<ol><li><p>premier</p><p>suite</p></li><li>second<br>ligne</li></ol>"
    assert html_to_blocks(html) == [_plain("premier\nsuite", ORDERED, 1),
                                    _plain("second\nligne", ORDERED, 1)]


def test_unclosed_tags_close_as_in_html() -> None:
    html = "<ul><li>un<li>deux<ul><li>sous</ul><li>trois</ul><p>a<p>b<div>c</div>"
    assert html_to_blocks(html) == [
        _plain("un", BULLET, 1), _plain("deux", BULLET, 1), _plain("sous", BULLET, 2),
        _plain("trois", BULLET, 1), _plain("a"), _plain("b"), _plain("c")]


def test_preformatted_lines_stay_lines() -> None:
    assert html_to_blocks("<pre>ligne 1\nligne 2</pre>") == [_plain("ligne 1\nligne 2")]


def test_broken_markup_keeps_its_text() -> None:
    html = "<p>a <b>gras <![foo[ x ]]> <!x y> suite</i></p></div><p>fin <!-- jamais fermé"
    assert html_to_blocks(html) == [Block((Run("a "), Run("gras suite", bold=True))),
                                    _plain("fin")]


def test_deep_nesting_is_bounded_and_keeps_the_text() -> None:
    depth = MAX_DEPTH * 40
    html = "<div><b>" * depth + "fond" + "</b></div>" * depth + "<p>après</p>"
    assert html_to_blocks(html) == [Block((Run("fond", bold=True),)), _plain("après")]


def test_too_much_html_is_refused_in_one_sentence() -> None:
    with pytest.raises(PastedHtmlTooLarge) as refused:
        html_to_blocks("<p>" + "x" * MAX_HTML_CHARS)
    assert_dossier_error(refused.value)
    assert "0,5 Mo" in refused.value.message
