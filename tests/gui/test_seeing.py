"""What low-vision and colour-blind users see: rings of focus that do not cover labels,
edges that show, marks in the theme's colours, legends, the path page at 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dossier_app.core.diff import word_diff
from dossier_app.core.model import ChapterKind, ChapterStatus
from dossier_app.gui import labels
from dossier_app.gui.navigator import Place
from dossier_app.gui.readiness_panel import GROUP_ROLE
from dossier_app.gui.revisions_dialog import RevisionsDialog, to_html
from dossier_app.gui.theme import LIGHT_COLOURS, colours

from .test_contrast import ratio, theme  # noqa: F401  (theme: the fixture)


def _pixel(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def _host(qtbot, widget: QWidget) -> QWidget:
    """A window holding the widget at the size it asks for, as a row of buttons does."""
    host = QWidget()
    QVBoxLayout(host).addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    return host


def _focused_and_not(qtbot, widget: QWidget) -> tuple[QImage, QImage, QWidget]:
    """The widget drawn without and with keyboard focus, at the same size (and its
    window, to keep while the widget is used)."""
    host = _host(qtbot, widget)
    widget.clearFocus()  # the window gave it focus, being its only widget
    qtbot.waitUntil(lambda: not widget.hasFocus())
    qtbot.wait(10)
    plain = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.wait(10)
    return plain, widget.grab().toImage(), host


def _assert_ring(image: QImage, window: str, focus: str) -> None:
    """Two pixels of the focus colour at the middle of each side, 3:1 on the window."""
    w, h = image.width(), image.height()
    for x, y in ((w // 2, 0), (w // 2, 1), (w // 2, h - 1), (w // 2, h - 2),
                 (0, h // 2), (1, h // 2), (w - 1, h // 2), (w - 2, h // 2)):
        assert _pixel(image, x, y) == focus, (x, y)
    assert ratio(focus, window) >= 3


def _same_inside(first: QImage, second: QImage, border: int) -> bool:
    """Whether what lies inside the ring (labels, marks) is drawn alike: focus covers nothing."""
    inside = first.rect().adjusted(border, border, -border, -border)
    return first.copy(inside) == second.copy(inside)


@pytest.mark.parametrize("make", [
    lambda: QPushButton("Masquer les conseils"),
    lambda: QComboBox(),
    lambda: QLineEdit("Entretien individuel"),
], ids=["button", "combo box", "text field"])
def test_focus_is_a_ring_of_two_pixels_that_covers_nothing(theme, qtbot, make) -> None:  # noqa: F811
    _name, palette, table = theme
    widget = make()
    if isinstance(widget, QComboBox):
        widget.addItems(["Entretien individuel", "Atelier"])
    plain, focused, _host_window = _focused_and_not(qtbot, widget)
    _assert_ring(focused, palette.window().color().name(), table.focus)
    if not isinstance(widget, QLineEdit):  # a field selects its text when tabbed into
        assert _same_inside(plain, focused, 3)


def test_a_check_box_has_room_for_its_ring(theme, qtbot) -> None:  # noqa: F811
    _name, palette, table = theme
    box = QCheckBox("Étape faite")
    plain, focused, _host_window = _focused_and_not(qtbot, box)
    _assert_ring(focused, palette.window().color().name(), table.focus)
    assert _same_inside(plain, focused, 3)  # the label is not moved nor cut
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    edge = _pixel(plain, indicator.left(), indicator.center().y())
    assert edge == table.edge
    assert ratio(edge, palette.window().color().name()) >= 3
    assert ratio(edge, palette.base().color().name()) >= 3


def test_fields_have_edges_that_show(theme, qtbot) -> None:  # noqa: F811
    _name, palette, table = theme
    elsewhere, field, combo = QPushButton("Ailleurs"), QLineEdit("Entretien"), QComboBox()
    combo.addItem("Atelier")
    host = QWidget()
    layout = QVBoxLayout(host)
    for widget in (elsewhere, field, combo):
        layout.addWidget(widget)
    host = _host(qtbot, host)
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    for widget in (field, combo):
        image = widget.grab().toImage()
        edge = _pixel(image, image.width() // 2, 0)
        assert edge == table.edge
        assert ratio(edge, palette.window().color().name()) >= 3


def test_the_focused_tab_and_list_item_are_ringed(theme, qtbot) -> None:  # noqa: F811
    _name, palette, table = theme
    tabs = QTabBar()
    tabs.addTab("Conseils")
    tabs.addTab("Commentaires (1)")
    tabs.setCurrentIndex(1)
    _plain, focused, _host_window = _focused_and_not(qtbot, tabs)
    tab = tabs.tabRect(1)
    for depth in (1, 2):
        assert _pixel(focused, tab.center().x(), tab.top() + depth) == table.focus

    steps = QListWidget()
    steps.addItems(["8 septembre 2026", "15 septembre 2026"])
    steps.setCurrentRow(0)
    _plain, focused, _host_window = _focused_and_not(qtbot, steps)
    item = steps.visualItemRect(steps.item(0)).translated(steps.viewport().pos())
    ring = palette.highlightedText().color().name()  # on the selection
    for depth in (0, 1):
        assert _pixel(focused, item.center().x(), item.top() + depth) == ring
    assert ratio(ring, palette.highlight().color().name()) >= 3


def test_a_commented_passage_wears_the_theme_s_colours(example_window) -> None:
    example_window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    editor = example_window.workspace.chapter_page.editor
    [selection] = editor.extraSelections()
    table = colours(editor.palette())
    assert selection.format.background().color().name() == table.comment
    assert selection.format.foreground().color().name() == table.comment_text


def _formats(html: str) -> list[tuple[str, bool, bool, str]]:
    """(text, struck through, underlined, colour) of each run of the rendered HTML."""
    document = QTextDocument()
    document.setHtml(html)
    runs = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            runs.append((fragment.text(), form.fontStrikeOut(), form.fontUnderline(),
                         form.foreground().color().name()))
            fragments += 1
        block = block.next()
    return runs


def test_removed_and_added_words_stand_apart_and_not_by_colour_alone() -> None:
    html = to_html(word_diff("J’ai d’abord vu que seules les heures",
                             "Pour commencer, j’ai d’abord vu que uniquement les heures"),
                   LIGHT_COLOURS)
    document = QTextDocument()
    document.setHtml(html)
    assert document.toPlainText() == \
        "J’ai Pour commencer, j’ai d’abord vu que seules uniquement les heures"
    runs = _formats(html)
    assert ("J’ai", True, False, LIGHT_COLOURS.removed) in runs
    assert ("Pour commencer, j’ai", False, True, LIGHT_COLOURS.added) in runs
    assert ("seules", True, False, LIGHT_COLOURS.removed) in runs
    assert ("uniquement", False, True, LIGHT_COLOURS.added) in runs
    assert not any(strike or under for text, strike, under, _ in runs if text.isspace())


def test_the_versions_dialog_draws_with_the_theme_s_table(example_window, qtbot,
                                                          theme) -> None:  # noqa: F811
    session = example_window.session
    session.keep_version(2, ChapterKind.ANALYSIS)
    session.update(lambda d: setattr(d.production(2).chapters[ChapterKind.ANALYSIS], "text",
                                     "Tout autre chose."))
    dialog = RevisionsDialog(session, 2, ChapterKind.ANALYSIS, example_window)
    qtbot.addWidget(dialog)
    table = colours(dialog.view.palette())
    runs = _formats(dialog.view.toHtml())
    assert {colour for _text, strike, _under, colour in runs if strike} == {table.removed}
    assert {colour for _text, _strike, under, colour in runs if under} == {table.added}


def test_the_timeline_draws_with_the_theme_s_table(example_window, theme) -> None:  # noqa: F811
    _name, _palette, table = theme
    example_window.workspace.go_to(Place("path"))
    timeline = example_window.workspace.forms["path"].timeline
    image = timeline.grab().toImage()
    points = timeline._points()
    (first, a), (_second, b) = points[0], points[1]
    assert timeline.steps[first].attended
    assert _pixel(image, round(a.x()), round(a.y())) == table.held
    assert _pixel(image, round((a.x() + b.x()) / 2), timeline._line_y()) == table.timeline


def test_the_outline_gives_the_legend_of_its_symbols(example_window) -> None:
    navigator = example_window.workspace.navigator
    legend = navigator.legend
    assert legend.isVisible()
    for status in ChapterStatus:
        name = labels.status(status).replace(" ", "\u00a0")  # « À relire » wraps whole
        entry = f"{labels.STATUS_SYMBOLS[status]}\u00a0{name}"
        assert entry in legend.text()
        assert name in navigator.accessibleDescription()
    assert legend.geometry().top() >= navigator.viewport().geometry().bottom()
    assert legend.height() >= legend.heightForWidth(legend.width())  # not cut at the bottom


def test_the_readiness_count_matches_its_groups(example_window) -> None:
    panel = example_window.workspace.readiness
    items = [panel.list.item(i) for i in range(panel.list.count())]
    blocking = [item for item in items if item.text().startswith("⚠")]
    advice = [item for item in items if item.text().startswith("•")]
    assert len(blocking) + len(advice) == len(items)
    assert f" {len(blocking)} point" in panel.summary.text()
    headings = [(row, item.data(GROUP_ROLE)) for row, item in enumerate(items)
                if item.data(GROUP_ROLE)]
    assert headings == [(0, f"À régler ({len(blocking)})"),
                        (len(blocking), f"Suggestions ({len(advice)})")]
    heading_row = panel.list.visualItemRect(items[len(blocking)])
    plain_row = panel.list.visualItemRect(items[len(blocking) + 1])
    assert heading_row.height() > plain_row.height() - panel.list.fontMetrics().height()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_path_page_at_200_percent_scrolls_instead_of_squeezing(example_window, qtbot,
                                                                   size) -> None:
    window = example_window
    window.look.set_text_scale(200)
    try:
        window.resize(*size)
        window.workspace.go_to(Place("path"))
        page = window.workspace.forms["path"]
        qtbot.wait(50)
        squeezed = [f"{type(w).__name__} {w.height()} < {w.minimumSizeHint().height()}"
                    for w in (page.timeline, page.form, page.list, page.headline, page.details)
                    if w.height() < w.minimumSizeHint().height()]
        assert squeezed == []
        assert page.timeline.height() >= page.timeline.sizeHint().height()
        for row in (page.list.currentRow(), 8):  # the next step, one with actions
            page.list.setCurrentRow(row)
            qtbot.wait(10)
            needed = page.form.layout().heightForWidth(page.form.width())
            assert page.form.height() >= max(needed, page.form.minimumSizeHint().height()), row
        assert page.list.viewport().height() >= 3 * page.list.sizeHintForRow(0)
        assert page.area.verticalScrollBar().maximum() > 0  # the page scrolls
        bar = page.area.verticalScrollBar()
        bar.setValue(bar.maximum())
        buttons = page.remove.mapTo(page.area.viewport(), QPoint(0, page.remove.height()))
        assert buttons.y() <= page.area.viewport().height()  # reached by scrolling
    finally:
        window.look.set_text_scale(100)


def test_the_summary_of_statuses_reads_without_its_symbols(example_window) -> None:
    example_window.workspace.go_to(Place("path"))
    details = example_window.workspace.forms["path"].details
    spoken = details.accessibleName()
    assert "Brouillon" in spoken
    assert not any(symbol in spoken for symbol in labels.STATUS_SYMBOLS.values())
