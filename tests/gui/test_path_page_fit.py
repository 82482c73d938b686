"""The path page fits the window at every text size: the list of steps beside the step's
form when both keep a readable width, above it when not; the chosen step in sight; the
form's fields as wide as the form; progress bars whose end shows in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from dossier_app.core.model import ChapterKind
from dossier_app.gui.navigator import Place

from .conftest import plain
from .test_contrast import ratio, theme  # noqa: F401  (theme: the fixture)

LAPTOPS = [(1280, 720), (1366, 768)]


@pytest.fixture
def shown(example_window, qtbot):
    """The path page at a window size and text size, reached as a user would (from a
    chapter), once the list has laid out its rows again (Qt waits 100 ms after a resize)."""
    window = example_window

    def show(size: tuple[int, int], scale: int):
        window.look.set_text_scale(scale)
        window.resize(*size)
        window.workspace.go_to(Place("chapter", 1, ChapterKind.ANALYSIS))
        window.workspace.go_to(Place("path"))
        qtbot.wait(300)
        return window.workspace.forms["path"]

    yield show
    window.look.set_text_scale(100)


def _in_page(page, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", LAPTOPS)
def test_at_200_percent_the_steps_keep_a_readable_width(shown, size) -> None:
    page = shown(size, 200)
    steps = page.list
    assert steps.viewport().width() >= 20 * steps.fontMetrics().averageCharWidth()
    assert page.form.width() >= 30 * page.form.fontMetrics().averageCharWidth()
    # A date and a title a row, a line or two each: not a word a line.
    lines = steps.fontMetrics().lineSpacing()
    tall = [steps.item(row).text() for row in range(steps.count())
            if steps.visualItemRect(steps.item(row)).height() > 4 * lines]
    assert tall == []
    assert _in_page(page, steps).bottom() < _in_page(page, page.form).top()  # above the form


@pytest.mark.parametrize("size, scale", [((1366, 768), 100), ((1280, 720), 150),
                                         ((1920, 1080), 200)])
def test_with_room_the_steps_stay_beside_the_form(shown, size, scale) -> None:
    page = shown(size, scale)
    steps = page.list
    assert _in_page(page, steps).right() < _in_page(page, page.form).left()
    assert steps.viewport().width() >= 24 * steps.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("scale", [150, 200])
@pytest.mark.parametrize("size", LAPTOPS)
def test_the_chosen_step_is_in_sight(shown, size, scale) -> None:
    page = shown(size, scale)
    steps = page.list
    row = steps.visualItemRect(steps.currentItem())
    assert page.form.title.text() == steps.currentItem().text().split("\n")[1]
    # On the screen, not only in the list's view: the list may run under the page's edge.
    assert steps.viewport().visibleRegion().boundingRect().contains(row)
    # The list's scroll bar is seen whole once the page is scrolled to it: no list taller
    # than the page's view, scrolling inside a scrolling page.
    assert steps.height() <= page.area.viewport().height()
    steps.setCurrentRow(steps.count() - 1)
    page.window().resize(size[0] - 100, size[1])  # the rows are laid out anew
    page.window().resize(*size)
    steps.verticalScrollBar().setValue(0)
    steps.setCurrentRow(steps.count() - 1)
    row = steps.visualItemRect(steps.currentItem())
    assert steps.viewport().rect().contains(row)


@pytest.mark.parametrize("scale", [150, 200])
@pytest.mark.parametrize("size", LAPTOPS)
def test_the_form_s_fields_take_the_width_they_have(shown, size, scale) -> None:
    page = shown(size, scale)
    form = page.form
    chars = form.fontMetrics().averageCharWidth()
    assert form.title.width() >= 30 * chars
    assert form.held_note.width() >= 30 * chars  # « Étape faite »'s explanation
    assert form.layout().rowWrapPolicy() is QFormLayout.RowWrapPolicy.WrapAllRows


def test_the_form_s_labels_stay_beside_the_fields_on_a_wide_page(shown) -> None:
    page = shown((1920, 1080), 100)
    assert page.form.layout().rowWrapPolicy() is QFormLayout.RowWrapPolicy.DontWrapRows
    assert page.form.title.width() >= 40 * page.form.fontMetrics().averageCharWidth()


def test_the_progress_bars_show_their_end(example_window, theme) -> None:  # noqa: F811
    _name, palette, table = theme
    example_window.workspace.go_to(Place("path"))
    page = example_window.workspace.forms["path"]
    window, text = palette.window().color().name(), palette.text().color().name()
    for bar in (page.chapters_bar, page.actions_bar):  # a third done, seven tenths done
        image = bar.grab().toImage()
        w, h = image.width(), image.height()
        edge = {image.pixelColor(x, y).name()
                for x, y in ((0, h // 2), (w - 1, h // 2), (w // 8, 0), (w - 8, h - 1))}
        assert edge == {table.edge}, bar.format()
        assert ratio(table.edge, window) >= 3
        groove = image.pixelColor(w - 4, h // 2).name()
        chunk = {image.pixelColor(4, y).name() for y in range(2, h - 2)}  # a gradient
        # Fusion writes the figures in Text on the groove, HighlightedText on the chunk.
        assert ratio(text, groove) >= 4.5
        assert min(ratio(palette.highlightedText().color().name(), c) for c in chunk) >= 4.5
        assert min(ratio(groove, c) for c in chunk) >= 3


def test_the_reviewed_chapters_bar_says_it_counts_the_final_ones(example_window) -> None:
    example_window.workspace.go_to(Place("path"))
    page = example_window.workspace.forms["path"]
    bars = page.chapters_bar.parentWidget().layout().findChild(QFormLayout)
    label = bars.labelForField(page.chapters_bar)
    assert isinstance(label, QLabel)
    assert plain(label.text()) == "Chapitres relus ou définitifs :"
    assert "« Relu »" in plain(page.chapters_bar.toolTip())
    assert "« Définitif »" in plain(page.chapters_bar.toolTip())



def test_the_page_never_scrolls_sideways(shown, qtbot) -> None:
    """Labels beside the fields make the form wider: chosen once, at a passing width, they
    must not hold the form at that width when the page narrows."""
    for size, scale in [((1920, 1080), 100), ((1280, 720), 200), ((1366, 768), 150),
                        ((1366, 768), 200), ((1280, 720), 150)]:
        page = shown(size, scale)
        for row in (8, page.list.currentRow()):  # one with actions, the next one
            page.list.setCurrentRow(row)
            qtbot.wait(10)
            assert page.area.horizontalScrollBar().maximum() == 0, (size, scale, row)
