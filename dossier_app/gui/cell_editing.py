"""Tables whose cells the user edits in place, by keyboard as by mouse (the pseudonyms,
the talk plan): one setup, so that both behave alike."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableWidget


def edit_in_place(table: QTableWidget, delegate: QStyledItemDelegate,
                  select: QAbstractItemView.SelectionBehavior) -> None:
    """Rows as tall as their wrapped text (a long name or point at 200 % wraps rather than
    being cut); typing, Enter or F2 edits the current cell with ``delegate``'s editors; Tab
    leaves the table, as it does every other control."""
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(select)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setItemDelegate(delegate)
