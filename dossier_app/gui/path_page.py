"""The accompaniment path: a timeline with today's place, progress, each step's record, and
the pace toward the submission date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.guidance import Guidance, load_guidance
from ..core.model import Action, ChapterKind, ChapterStatus, Dossier, Step, StepKind
from ..core.pace import WRITING_DAYS_PER_WEEK, Pace, PaceStatus, pace, target_for
from ..core.progress import Progress, progress
from . import labels
from .checklist import ChecklistEditor
from .forms import FormScrollArea, ShortText, date_edit, from_qdate, to_qdate
from .texts import fill
from .theme import colours

LIST_CHARS = 24
"""The narrowest the list of steps gets beside the form, in average characters of its font:
a date and a title per row, not a word per line."""
FORM_CHARS = 30
"""The narrowest the step's form gets beside the list, in characters of its font."""
FIELD_CHARS = 40
"""The width a field keeps beside its label; narrower, the labels go above the fields."""
STACKED_LINES = 10
"""The height of the list above the form, in lines: four or five steps."""


class Timeline(QWidget):
    """The steps on a line of dates: filled when held, hollow when to come, a cross when
    missed; a dashed line marks today. Shapes as well as colours, for colour-blind readers.
    Its geometry follows the text size, so that nothing overlaps at 200 %."""

    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Step] = []
        self.today = dt.date.min  # until the first load
        self.current = -1
        self.setAccessibleName(self.tr("Frise du parcours"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _radius(self) -> float:
        return max(6.0, self.fontMetrics().height() * 0.35)

    def _line_y(self) -> int:
        """Under « Aujourd’hui », with room for the ring around the chosen step."""
        return round(self.fontMetrics().height() + 8 + self._radius() + 6)

    def _month_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        return small

    def sizeHint(self) -> QSize:
        months = QFontMetrics(self._month_font())
        height = self._line_y() + self._radius() + 6 + 6 + months.height() + 4
        return QSize(600, round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.sizeHint().height())

    def show_steps(self, steps: list[Step], today: dt.date, current: int) -> None:
        self.steps, self.today, self.current = steps, today, current
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        dated = [s for s in self.steps if s.date]
        held = sum(s.attended for s in self.steps)
        return fill(self.tr("%1 étapes, dont %2 datées et %3 faites."), len(self.steps),
                    len(dated), held)

    def _span(self) -> tuple[dt.date, dt.date] | None:
        dates = [s.date for s in self.steps if s.date] + [self.today]
        if len(dates) < 2:
            return None
        first, last = min(dates), max(dates)
        return (first, last) if last > first else None

    def _x(self, day: dt.date, first: dt.date, last: dt.date) -> float:
        margin = 24.0
        width = max(self.width() - 2 * margin, 1.0)
        return margin + width * (day - first).days / max((last - first).days, 1)

    def _points(self) -> list[tuple[int, QPointF]]:
        span = self._span()
        if span is None:
            return []
        y = self._line_y()
        return [(index, QPointF(self._x(step.date, *span), y))
                for index, step in enumerate(self.steps) if step.date]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        table = colours(palette)
        text = palette.windowText().color()
        span = self._span()
        if span is None:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Datez les étapes pour les voir sur la frise."))
            return
        first, last = span
        y = self._line_y()
        radius = self._radius()
        line = QColor(table.timeline)
        painter.setPen(QPen(line, 2))
        painter.drawLine(QPointF(self._x(first, *span), y), QPointF(self._x(last, *span), y))
        metrics = self.fontMetrics()
        # Month marks under the line, clear of the steps' rings.
        tick = y + radius + 6
        month = dt.date(first.year, first.month, 1)
        small = self._month_font()
        painter.setFont(small)
        months = QFontMetrics(small)
        while month <= last:
            if month >= first:
                x = self._x(month, *span)
                painter.setPen(QPen(line, 1))
                painter.drawLine(QPointF(x, tick), QPointF(x, tick + 6))
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, tick + 6 + months.ascent()), labels.month(month.month))
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        painter.setFont(self.font())
        # Today.
        today = QColor(table.today)
        x_today = self._x(self.today, *span)
        painter.setPen(QPen(today, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x_today, 4 + metrics.height()), QPointF(x_today, self.height() - 4))
        painter.setPen(today)
        label = self.tr("Aujourd’hui")
        width = metrics.horizontalAdvance(label)
        left = min(max(x_today - width / 2, 0), self.width() - width)
        painter.drawText(QPointF(left, metrics.ascent() + 2), label)
        # Steps.
        held, missed_colour = QColor(table.held), QColor(table.missed)
        for index, point in self._points():
            step = self.steps[index]
            missed = not step.attended and step.date is not None and step.date < self.today
            colour = held if step.attended else missed_colour if missed else text
            painter.setPen(QPen(colour, 3 if index == self.current else 2))
            painter.setBrush(colour if step.attended else palette.base().color())
            if step.kind is StepKind.JURY:
                size = radius * 1.3
                painter.drawRect(QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size))
            else:
                painter.drawEllipse(point, radius, radius)
            if missed:
                painter.drawLine(point + QPointF(-radius / 2, -radius / 2),
                                 point + QPointF(radius / 2, radius / 2))
                painter.drawLine(point + QPointF(-radius / 2, radius / 2),
                                 point + QPointF(radius / 2, -radius / 2))
            if index == self.current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(point, radius + 4, radius + 4)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        points = self._points()
        if points:
            index, point = min(points, key=lambda p: abs(p[1].x() - event.position().x()))
            if abs(point.x() - event.position().x()) < 20:
                self.step_clicked.emit(index)


class StepForm(QWidget):
    """One step's record: when, what for, attended, what was said, what to do next."""

    changed = Signal()
    held = Signal()
    """The user marked the step as attended (not when loading)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Intitulé de l’étape"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Nature de l’étape"))
        for kind in StepKind:
            self.kind.addItem(labels.step(kind), kind)
        self.date = date_edit(self.tr("Date de l’étape"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(30)
        self.duration.setSpecialValueText(self.tr("non précisée"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Durée en minutes"))
        self.aim = ShortText(lines=2)
        self.aim.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.aim.setAccessibleName(self.tr("Objectif de l’étape"))
        self.attended = QCheckBox(self.tr("Étape faite"))
        self.held_note = QLabel(self.tr("Une fois l’étape cochée, une version de chaque chapitre "
                                        "est gardée : vous verrez ensuite ce qui a changé depuis."))
        self.held_note.setWordWrap(True)
        self.summary = ShortText(lines=4)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.summary.setAccessibleName(self.tr("Compte rendu de l’étape"))
        self.summary.setPlaceholderText(self.tr("Ce qui a été fait et dit, en quelques lignes."))
        self.next_actions = ChecklistEditor(
            [(self.tr("Action à faire"), self.tr("Par exemple : réécrire l’analyse de la production 2"))],
            self.tr("Ajouter une action"), self.tr("Action faite"))
        self._form = form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("Durée :")))
        when.addWidget(self.duration)
        when.addStretch(1)
        form.addRow(self.tr("Étape :"), self.title)
        form.addRow(self.tr("Nature :"), self.kind)
        form.addRow(self.tr("Date :"), when)
        form.addRow(self.tr("Objectif :"), self.aim)
        form.addRow("", self.attended)
        form.addRow("", self.held_note)
        form.addRow(self.tr("Compte rendu :"), self.summary)
        form.addRow(self.tr("À faire avant l’étape suivante :"), self.next_actions)
        for signal in (self.title.textEdited, self.kind.activated, self.date.dateChanged,
                       self.duration.valueChanged, self.aim.textChanged, self.attended.toggled,
                       self.summary.textChanged, self.next_actions.changed):
            signal.connect(self.changed)
        self.attended.clicked.connect(self._attended_clicked)

    def _attended_clicked(self, on: bool) -> None:
        if on:
            self.held.emit()

    def _widths(self, role: QFormLayout.ItemRole) -> list[int]:
        form = self._form
        items = [form.itemAt(row, role) for row in range(form.rowCount())]
        return [item.minimumSize().width() for item in items if item is not None]

    def narrowest(self) -> int:
        """The width the form needs with its labels above its fields."""
        margins = self._form.contentsMargins()
        widths = [*self._widths(QFormLayout.ItemRole.LabelRole),
                  *self._widths(QFormLayout.ItemRole.FieldRole),
                  FORM_CHARS * self.fontMetrics().averageCharWidth()]
        return max(widths) + margins.left() + margins.right()

    # The form asks for the same width with its labels beside or above its fields: were
    # it to ask for more with the labels beside, it would get that width and keep them so.
    def sizeHint(self) -> QSize:
        return QSize(self.narrowest(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.narrowest(), super().minimumSizeHint().height())

    def _place_labels(self) -> None:
        """Labels beside the fields when the fields keep a good width there, else above them
        (Qt's WrapLongRows would give the fields what the longest label leaves, squeezed to
        the right at 150 %)."""
        form = self._form
        margins = form.contentsMargins()
        fields = max([*self._widths(QFormLayout.ItemRole.FieldRole),
                      FIELD_CHARS * self.fontMetrics().averageCharWidth()])
        beside = (margins.left() + max(self._widths(QFormLayout.ItemRole.LabelRole))
                  + max(form.horizontalSpacing(), 0) + fields + margins.right())
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows if self.width() >= beside
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self._place_labels)  # once the fields have the new font

    def load(self, step: Step) -> None:
        blocked = self.blockSignals(True)
        self.title.setText(step.title)
        self.title.setCursorPosition(0)
        self.kind.setCurrentIndex(self.kind.findData(step.kind))
        self.date.setDate(to_qdate(step.date))
        self.duration.setValue(step.duration_minutes or 0)
        self.aim.setPlainText(step.aim)
        self.attended.setChecked(step.attended)
        self.summary.setPlainText(step.summary)
        self.next_actions.load([(a.done, [a.text]) for a in step.actions])
        self.blockSignals(blocked)
        self._place_labels()  # the list of actions may be wider

    def value(self) -> Step:
        return Step(title=self.title.text().strip(), date=from_qdate(self.date.date()),
                    attended=self.attended.isChecked(), summary=self.summary.toPlainText().strip(),
                    kind=StepKind(self.kind.currentData()),
                    duration_minutes=self.duration.value() or None,
                    aim=self.aim.toPlainText().strip(),
                    actions=[Action(texts[0], done) for done, texts in self.next_actions.values()])


class StepList(QListWidget):
    """The steps, their date and title wrapped at the list's width. The chosen step stays
    in sight when the rows are laid out again: a new width or text size moves every row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Rows of two to four lines: scrolled by the pixel, not by the row (a row can
        # then head what is seen of the list, below the page's edge or not).
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        self.show_current()

    def show_current(self) -> None:
        """Scroll the chosen step to the top of what is seen of the list, if it is not seen
        whole: the list may run under the page's lower edge (the page scrolls at a large
        text size), and a row in the list's view is not yet a row on the screen."""
        current = self.currentItem()
        if current is None:
            return
        seen = self.viewport().visibleRegion().boundingRect()
        if seen.isEmpty():  # the page is scrolled past the list, or not shown
            seen = self.viewport().rect()
        row = self.visualItemRect(current)
        if not seen.contains(row):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + row.top() - seen.top())


class PathPage(QWidget):
    """``changed`` carries no data: read ``steps()``; ``pace_changed`` neither: ``apply_pace``
    puts the targets and the log's sharing into the dossier. ``plan_requested`` asks the
    window to plan the path from the template, starting on the given date."""

    changed = Signal()
    pace_changed = Signal()
    held = Signal()
    plan_requested = Signal(object)
    save_template_requested = Signal()
    install_template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []
        self._loading = False
        self._read_only = False
        self.today = dt.date.min  # until the first load
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setProperty("role", "subtitle")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chapters_bar = _bar(self.tr("Chapitres relus ou définitifs"))
        self.chapters_bar.setToolTip(fill(
            self.tr("Les chapitres au statut « %1 » ou « %2 », sur tous ceux du dossier."),
            labels.status(ChapterStatus.REVIEWED), labels.status(ChapterStatus.FINAL)))
        self.actions_bar = _bar(self.tr("Actions faites"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.pace_line = QLabel()
        self.pace_line.setWordWrap(True)
        self._guidance: Guidance | None = None
        bars = QFormLayout()
        bars.addRow(self.tr("Chapitres relus ou définitifs :"), self.chapters_bar)
        bars.addRow(self.tr("Actions faites :"), self.actions_bar)
        self.timeline = Timeline()
        self.list = StepList()
        self.timeline.step_clicked.connect(lambda index: self.list.setCurrentRow(index))
        self.list.setAccessibleName(self.tr("Étapes du parcours"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap the steps at its width
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show_step)
        self.list.installEventFilter(self)
        self.form = StepForm()
        self.form.changed.connect(self._step_edited)
        self.form.held.connect(self.held)
        add = QPushButton(self.tr("Ajouter une étape"))
        add.clicked.connect(self._add_step)
        self.remove = QPushButton(self.tr("Supprimer l’étape"))
        self.remove.clicked.connect(self._remove_step)
        template = QPushButton(self.tr("Modèle de parcours"))
        menu = QMenu(template)
        menu.addAction(self.tr("Enregistrer ce parcours comme modèle…"),
                       self.save_template_requested.emit)
        menu.addAction(self.tr("Installer un modèle de parcours…"),
                       self.install_template_requested.emit)
        template.setMenu(menu)
        self._buttons = buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(template)
        # Shown instead of the steps while the dossier has no path yet.
        self.start = date_edit(self.tr("Date de début du parcours"))
        plan = QPushButton(self.tr("Prévoir le parcours"))
        plan.clicked.connect(lambda: self.plan_requested.emit(from_qdate(self.start.date())))
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        intro = QLabel(self.tr(
            "Le parcours n’est pas encore prévu. Il sera créé d’après le modèle : information "
            "collective, positionnement, ateliers, entretiens individuels, remise du dossier et "
            "jury. Indiquez la date de la première étape si vous la connaissez ; chaque date "
            "pourra ensuite être changée."))
        intro.setWordWrap(True)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Début :")))
        start_row.addWidget(self.start)
        start_row.addWidget(plan)
        start_row.addStretch(1)
        empty_layout.addWidget(intro)
        empty_layout.addLayout(start_row)
        empty_layout.addStretch(1)
        self.pace = PaceBox()  # after the steps' widgets: last in the Tab order
        self.pace.changed.connect(self._pace_edited)

        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addStretch(1)
        # Side by side in a layout, not a splitter: a layout passes on the height the form
        # needs at its width (wrapped labels), so that the page scrolls rather than squeeze it.
        # One above the other when both would not keep a readable width (``_arrange``).
        steps_column = QVBoxLayout()
        steps_column.addWidget(self.list, 1)
        steps_column.addStretch(0)  # under the list when the form is taller than the view
        self._split = split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        split.addLayout(steps_column, 2)
        split.addWidget(holder, 3)
        self.filled = QWidget()
        self._filled_layout = filled_layout = QVBoxLayout(self.filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addWidget(self.timeline)
        filled_layout.addLayout(split, 1)
        filled_layout.addLayout(buttons)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.headline)
        column.addLayout(bars)
        column.addWidget(self.details)
        column.addWidget(self.pace_line)
        column.addWidget(self.empty)
        column.addWidget(self.filled, 1)
        column.addWidget(self.pace)
        # One scrolled page, whatever the text size: a small screen scrolls, nothing is
        # squeezed under its size nor cut off.
        self.area = FormScrollArea(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)

    # --- fitting the window ------------------------------------------------------------

    def _arrange(self) -> None:
        """The list beside the form when both keep a readable width, else above it, a few
        steps high. Beside the form, the list ends above the page's lower edge while the
        page is at its top: a step in the list's view is then on the screen, and the list's
        scroll bar is seen whole."""
        steps, split = self.list, self._split
        lines = steps.fontMetrics()
        chrome = 2 * steps.frameWidth() + steps.verticalScrollBar().sizeHint().width()
        steps.setMinimumWidth(LIST_CHARS * lines.averageCharWidth() + chrome)
        # The page's scroll bar counted always: its coming and going changes nothing here.
        available = self.width() - self.area.verticalScrollBar().sizeHint().width()
        beside = available >= steps.minimumWidth() + split.spacing() + self.form.narrowest()
        view = self.area.viewport().height()
        rows = max(min(STACKED_LINES * lines.lineSpacing() + 2 * steps.frameWidth(), view),
                   steps.minimumSizeHint().height())
        if beside:  # widths shared 2:3
            split.setDirection(QBoxLayout.Direction.LeftToRight)
            split.setStretch(0, 2)
            split.setStretch(1, 3)
            top = self.filled.y() + steps.mapTo(self.filled, QPoint(0, 0)).y()
            below = self._filled_layout.spacing() + self._buttons.sizeHint().height()
            steps.setMinimumHeight(0)
            steps.setMaximumHeight(max(view - top - below, rows))
        else:  # the form takes the height the list leaves
            split.setDirection(QBoxLayout.Direction.TopToBottom)
            split.setStretch(0, 0)
            split.setStretch(1, 1)
            steps.setFixedHeight(rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.Move:
            self._arrange()  # what is above the list grew or shrank
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
        QTimer.singleShot(0, self.list, self.list.show_current)  # once laid out

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self._arrange)  # once the children have the new font

    # --- loading -----------------------------------------------------------------------

    def load(self, dossier: Dossier, today: dt.date, guidance: Guidance | None = None) -> None:
        """Show ``dossier``; its targets default to ``guidance``'s length marks (the bundled
        guidance when None)."""
        self.today = today
        if guidance is not None:
            self._guidance = guidance
        elif self._guidance is None:
            self._guidance = load_guidance()
        self.pace.load(dossier, self._guidance, today)
        self._show_pace_line()
        self._steps = [dataclasses.replace(s, actions=list(s.actions)) for s in dossier.steps]
        self.empty.setVisible(not self._steps)
        self.filled.setVisible(bool(self._steps))
        self._fill_list()  # keeps the selected step when it still exists
        if self._steps and self.list.currentRow() < 0:
            upcoming = dossier.next_step(self.today)
            self.list.setCurrentRow(self._steps.index(upcoming) if upcoming else 0)
            # Once laid out (the page may scroll at a large text size), the next step
            # heads the list, where the page opens.
            QTimer.singleShot(0, self.list, lambda: self.list.scrollToItem(
                self.list.currentItem(), QAbstractItemView.ScrollHint.PositionAtTop))
        self._show_step(self.list.currentRow())  # the form shows the step as now loaded
        self.show_progress(progress(dossier, self.today))
        self._arrange()  # the form's widest field may have changed

    def _fill_list(self) -> None:
        self._loading = True
        row = self.list.currentRow()
        self.list.clear()
        for step in self._steps:
            self.list.addItem(QListWidgetItem(self._item_text(step)))
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._loading = False
        self.timeline.show_steps(self._steps, self.today, self.list.currentRow())

    def _item_text(self, step: Step) -> str:
        if step.attended:
            mark = "✓"
        elif step.date and step.date < self.today:
            mark = "✗"
        else:
            mark = "○"
        when = labels.long_date(step.date) if step.date else self.tr("date à fixer")
        done = sum(a.done for a in step.actions)
        actions = fill(self.tr("  ·  actions : %1/%2"), done, len(step.actions)) if step.actions else ""
        return f"{mark}  {when}{actions}\n{step.title or labels.step(step.kind)}"

    def show_progress(self, figures: Progress) -> None:
        if figures.days_to_jury is None:
            headline = self.tr("Date du jury à fixer : datez l’étape « Jury » du parcours.")
        elif figures.days_to_jury > 1:
            headline = self.tr("Jury le %1 : dans %2 jours.")
        elif figures.days_to_jury == 1:
            headline = self.tr("Jury le %1 : demain.")
        elif figures.days_to_jury == 0:
            headline = self.tr("Jury le %1 : aujourd’hui.")
        else:
            headline = self.tr("Jury passé, le %1.")
        if figures.jury is not None:
            headline = fill(headline, labels.long_date(figures.jury), figures.days_to_jury or 0)
        nxt = figures.next_step
        if nxt is not None and nxt.kind is not StepKind.JURY and nxt.date is not None:
            headline += " " + fill(self.tr("Prochain rendez-vous : %1, le %2."),
                                   nxt.title or labels.step(nxt.kind), labels.long_date(nxt.date))
        self.headline.setText(headline)
        _set_bar(self.chapters_bar, figures.chapters_reviewed, figures.chapters)
        _set_bar(self.actions_bar, figures.actions_done, figures.actions)
        present = [status for status in ChapterStatus if figures.statuses[status]]
        statuses = "  ·  ".join(
            fill(self.tr("%1 %2 : %3"), labels.STATUS_SYMBOLS[status], labels.status(status),
                 figures.statuses[status]) for status in present)
        self.details.setText(f"{statuses}  ·  {labels.words(figures.words)}" if statuses
                             else labels.words(figures.words))
        # Read aloud without the symbols, which the names already say.
        self.details.setAccessibleName(", ".join(
            [fill(self.tr("%1 : %2"), labels.status(status), figures.statuses[status])
             for status in present] + [labels.words(figures.words)]))

    def _show_pace_line(self) -> None:
        """The pace in one line at the page's top: the box with the details is further down."""
        figures = self.pace.figures
        if figures is None:
            return
        parts = [fill(self.tr("Rythme : %1"), pace_status(figures.status).lower())]
        if figures.remaining:
            parts.append(fill(self.tr("%1 à écrire"), labels.words(figures.remaining)))
        if figures.words_per_writing_day:
            parts.append(fill(self.tr("%1 par jour d’écriture"),
                              labels.words(figures.words_per_writing_day)))
        self.pace_line.setText("  ·  ".join(parts))
        self.pace_line.setAccessibleName(", ".join(parts))

    # --- editing -----------------------------------------------------------------------

    def setReadOnly(self, read_only: bool) -> None:
        """A dossier open elsewhere: the steps can be read, not changed."""
        self._read_only = read_only
        self.form.setEnabled(not read_only)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not read_only)
        self.pace.setReadOnly(read_only)

    def apply_pace(self, dossier: Dossier) -> None:
        """Put the chapter targets and the writing log's sharing as shown into ``dossier``."""
        self.pace.apply(dossier)

    def _pace_edited(self) -> None:
        self._show_pace_line()
        self.pace_changed.emit()

    def steps(self) -> list[Step]:
        return list(self._steps)

    def _show_step(self, row: int) -> None:
        if self._loading:
            return
        editable = 0 <= row < len(self._steps) and not self._read_only
        self.form.setEnabled(editable)
        self.remove.setEnabled(editable)
        if 0 <= row < len(self._steps):
            self.form.load(self._steps[row])
        self.timeline.show_steps(self._steps, self.today, row)

    def _step_edited(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        self._steps[row] = self.form.value()
        item = self.list.item(row)
        item.setText(self._item_text(self._steps[row]))
        self.timeline.show_steps(self._steps, self.today, row)
        self.changed.emit()

    def _add_step(self) -> None:
        row = self.list.currentRow()
        after = self._steps[row] if 0 <= row < len(self._steps) else None
        step = Step(title=self.tr("Nouvelle étape"), kind=StepKind.INDIVIDUAL,
                    date=after.date if after else None)
        self._steps.insert(row + 1, step)
        self._fill_list()
        self.list.setCurrentRow(row + 1)
        self.form.title.setFocus()
        self.form.title.selectAll()
        self.changed.emit()

    def _remove_step(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self._steps) - 1))
            self.changed.emit()


def _bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setAccessibleName(name)
    bar.setTextVisible(True)
    return bar


def _set_bar(bar: QProgressBar, done: int, total: int) -> None:
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
    bar.setFormat(f"{done} / {total}")



LOG_DAYS_SHOWN = 7
"""The writing log's last days shown on the page."""


def pace_status(status: PaceStatus) -> str:
    """The status in the UI's language (the dashboard shows it too)."""
    return {
        PaceStatus.AHEAD: QCoreApplication.translate("PaceBox", "En avance"),
        PaceStatus.ON_TIME: QCoreApplication.translate("PaceBox", "À l’heure"),
        PaceStatus.LATE: QCoreApplication.translate("PaceBox", "En retard"),
        PaceStatus.DONE: QCoreApplication.translate("PaceBox", "Objectifs atteints"),
        PaceStatus.PAST: QCoreApplication.translate("PaceBox", "Date de remise passée"),
        PaceStatus.NO_DATE: QCoreApplication.translate("PaceBox", "Date de remise à fixer"),
    }[status]


class PaceBox(QGroupBox):
    """The pace toward the submission date: targets per chapter (editable), what remains,
    words per writing day, the status, the ready date at the candidate's rhythm, the last
    days of the writing log, and whether the log is shared with the advisor. ``changed``
    carries no data: ``apply`` puts the targets and the choice into a dossier."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rythme jusqu’à la remise du dossier"), parent)
        self._dossier = Dossier()
        self._guidance: Guidance | None = None
        self._today = dt.date.min
        self._loading = False
        self.figures: Pace | None = None
        """The pace as last shown."""
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Où vous en êtes"))
        bold = self.status.font()
        bold.setBold(True)
        self.status.setFont(bold)
        self.remaining = _figure()
        self.days = _figure()
        self.per_day = _figure()
        self.ready = _figure()
        figures = QFormLayout()
        figures.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        figures.addRow(self.tr("Reste à écrire :"), self.remaining)
        figures.addRow(self.tr("Remise du dossier :"), self.days)
        figures.addRow(self.tr("Par jour d’écriture :"), self.per_day)
        figures.addRow(self.tr("Prêt à ce rythme :"), self.ready)
        self.targets: dict[ChapterKind, QSpinBox] = {}
        targets = QFormLayout()
        targets.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        targets.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for kind in ChapterKind:
            spin = QSpinBox()
            spin.setRange(0, 20_000)
            spin.setSingleStep(50)
            spin.setSuffix(self.tr(" mots"))
            spin.setAccessibleName(fill(self.tr("Objectif du chapitre « %1 », en mots"),
                                        labels.chapter(kind)))
            spin.valueChanged.connect(self._target_edited)
            self.targets[kind] = spin
            targets.addRow(fill(self.tr("%1 :"), labels.chapter(kind)), spin)
        self.reset = QPushButton(self.tr("Revenir aux repères des conseils"))
        self.reset.clicked.connect(self._reset_targets)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset)
        reset_row.addStretch(1)
        targets.addRow("", reset_row)
        self.by_chapter = _figure()
        self.by_chapter.setAccessibleName(self.tr("Reste à écrire par chapitre"))
        self.share = QCheckBox(self.tr("Partager mon journal d’écriture avec mon conseiller"))
        self.share.toggled.connect(self._share_toggled)
        share_note = QLabel(self.tr("Sinon, votre journal reste privé : la copie envoyée au "
                                    "conseiller ne le contient pas."))
        share_note.setWordWrap(True)
        self.log = _figure()
        self.log.setAccessibleName(self.tr("Derniers jours d’écriture"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(figures)
        layout.addWidget(_heading(self.tr("Objectifs par chapitre (pour chaque production)")))
        layout.addLayout(targets)
        layout.addWidget(self.by_chapter)
        layout.addWidget(_heading(self.tr("Journal d’écriture")))
        layout.addWidget(self.log)
        layout.addWidget(self.share)
        layout.addWidget(share_note)

    def load(self, dossier: Dossier, guidance: Guidance, today: dt.date) -> None:
        self._dossier, self._guidance, self._today = dossier, guidance, today
        self._loading = True
        for kind, spin in self.targets.items():
            spin.setValue(target_for(dossier, guidance, kind))
        self.share.setChecked(dossier.share_writing_log)
        self._loading = False
        self._show()

    def setReadOnly(self, read_only: bool) -> None:
        for widget in (*self.targets.values(), self.reset, self.share):
            widget.setEnabled(not read_only)

    def chosen_targets(self) -> dict[ChapterKind, int]:
        """The targets that differ from the guidance's marks (the others follow it)."""
        guidance = self._guidance
        return {kind: spin.value() for kind, spin in self.targets.items()
                if guidance is None or spin.value() != guidance.chapters[kind].min_words}

    def apply(self, dossier: Dossier) -> None:
        dossier.chapter_targets = self.chosen_targets()
        dossier.share_writing_log = self.share.isChecked()

    def _target_edited(self) -> None:
        if not self._loading:
            self._show()
            self.changed.emit()

    def _share_toggled(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _reset_targets(self) -> None:
        if self._guidance is None:
            return
        self._loading = True
        for kind, spin in self.targets.items():
            spin.setValue(self._guidance.chapters[kind].min_words)
        self._loading = False
        self._target_edited()

    def _show(self) -> None:
        if self._guidance is None:
            return
        dossier = dataclasses.replace(self._dossier, chapter_targets=self.chosen_targets())
        self.figures = figures = pace(dossier, self._guidance, self._today)
        self.status.setText(pace_status(figures.status))
        self.remaining.setText(labels.words(figures.remaining) if figures.remaining
                               else self.tr("rien : chaque chapitre a atteint son objectif"))
        self.days.setText(self._days_text(figures))
        self.per_day.setText(
            fill(self.tr("%1, en comptant %2 jours d’écriture par semaine"),
                 labels.words(figures.words_per_writing_day), WRITING_DAYS_PER_WEEK)
            if figures.words_per_writing_day is not None else self.tr("—"))
        self.ready.setText(self._ready_text(figures))
        self.by_chapter.setText("\n".join(self._chapter_lines(figures)))
        self.log.setText(self._log_text())

    def _days_text(self, figures: Pace) -> str:
        if figures.submission is None or figures.days_left is None:
            return self.tr("à dater dans le parcours (étape « Remise du dossier »)")
        when = labels.long_date(figures.submission)
        if figures.days_left > 1:
            return fill(self.tr("le %1, dans %2 jours"), when, figures.days_left)
        if figures.days_left == 1:
            return fill(self.tr("le %1, demain"), when)
        if figures.days_left == 0:
            return fill(self.tr("le %1, aujourd’hui"), when)
        return fill(self.tr("le %1, passée"), when)

    def _ready_text(self, figures: Pace) -> str:
        if figures.remaining == 0:
            return self.tr("dès maintenant")
        if figures.ready is None:
            return self.tr("votre journal d’écriture est encore trop court pour le dire")
        return fill(self.tr("vers le %1"), labels.long_date(figures.ready))

    def _chapter_lines(self, figures: Pace) -> list[str]:
        lines = []
        for number in sorted({chapter.production for chapter in figures.chapters}):
            parts = [fill(self.tr("%1 : %2 à écrire"), labels.chapter(chapter.kind),
                          labels.words(chapter.remaining))
                     for chapter in figures.chapters if chapter.production == number and chapter.remaining]
            lines.append(fill(self.tr("Production %1 — %2"), number, ", ".join(parts)) if parts
                         else fill(self.tr("Production %1 — objectifs atteints"), number))
        return lines

    def _log_text(self) -> str:
        written = [day for day in self._dossier.writing_log if day.words_added > 0]
        if not written:
            return self.tr("Pas encore de jour d’écriture noté : chaque enregistrement de vos "
                           "chapitres y ajoute les mots écrits du jour.")
        return "\n".join(fill(self.tr("%1 : +%2"), labels.long_date(day.date),
                              labels.words(day.words_added))
                         for day in reversed(written[-LOG_DAYS_SHOWN:]))


def _figure() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "heading")
    return label
