"""Plain words: French typography in every label, a Help menu reachable by its letter
with the keys and a page on writing, no « dossier » for a folder."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTextBrowser

from dossier_app.core.errors import describe_os_error


def test_french_labels_get_a_no_break_space_before_the_colon(example_window):
    labels = [label.text() for label in example_window.findChildren(QLabel)]
    assert "Titre\u00a0:" in labels and "Titre :" not in labels
    assert not [text for text in labels if " :" in text or " ;" in text]


def test_every_menu_has_its_own_letter(window):
    letters = [action.text().split("&")[1][0].lower() for action in window.menuBar().actions()]
    assert len(letters) == len(set(letters)), letters
    assert window.menuBar().actions()[-1].text() == "Aid&e"


def _open_help(window, qtbot, name: str):
    help_menu = window.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if a.text().replace("&", "") == name)
    action.trigger()
    dialog = QApplication.activeModalWidget() or window.findChildren(QTableWidget)[-1].window()
    qtbot.addWidget(dialog)
    return dialog


def test_help_lists_the_keys_from_the_menus_themselves(example_window, qtbot):
    dialog = _open_help(example_window, qtbot, "Raccourcis clavier")
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Mode concentration"] == "F11"
    assert rows["Conseils d’écriture"] == "F9"
    assert rows["Ouvrir le calendrier d’un champ de date"] == "Alt+Bas"
    dialog.close()


def test_help_explains_how_to_write_a_production(example_window, qtbot):
    dialog = _open_help(example_window, qtbot, "Écrire une production")
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "certificat de compétences professionnelles transférables" in text
    assert "L’argumentaire de transfert" in text
    dialog.close()


def test_a_folder_is_never_called_a_dossier():
    import errno

    for code in (errno.ENOENT, errno.EISDIR, errno.ENOTDIR):
        reason = describe_os_error(OSError(code, "")).render()
        assert "dossier" not in reason and "répertoire" in reason
