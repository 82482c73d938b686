import docx
import pytest
from PySide6.QtCore import Qt

from dossier_app.export.word import default_template
from dossier_app.gui.export_dialog import ExportDialog

from .test_access import _unnamed


def _dialog(window, tmp_path, qtbot) -> ExportDialog:
    dialog = ExportDialog(window.session, window.context.settings, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_word_with_comments_and_pseudonyms(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    assert dialog.target.text().endswith("exemple-nadia-martin.docx")
    assert dialog.pseudonyms.isEnabled()
    dialog.target.setText(str(tmp_path / "jury.docx"))
    dialog.comments.setChecked(True)
    dialog.pseudonyms.setChecked(True)
    thread = dialog.start()
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    thread.join(timeout=120)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=5000)
    document = docx.Document(str(tmp_path / "jury.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Benali" not in text and "M. B." in text
    assert len(list(document.comments)) == 2  # the advisor's comment and its reply
    assert dialog.open_file.isVisible() and dialog.open_folder.isVisible()
    assert "Dossier exporté" in dialog.message.text()
    assert _unnamed(dialog) == []


@pytest.mark.needs("libreoffice")
def test_export_pdf_and_the_template_is_remembered(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    dialog.pdf.setChecked(True)
    assert dialog.target.text().endswith(".pdf")
    dialog.target.setText(str(tmp_path / "jury.pdf"))
    dialog.template.setText(str(default_template()))
    dialog.start().join(timeout=180)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=5000)
    assert (tmp_path / "jury.pdf").read_bytes().startswith(b"%PDF")
    assert example_window.context.settings.export_template == str(default_template())


@pytest.mark.needs("libreoffice")
def test_an_export_shows_its_steps_and_can_be_cancelled(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    dialog.pdf.setChecked(True)
    dialog.target.setText(str(tmp_path / "jury.pdf"))
    thread = dialog.start()
    assert dialog.cancel_button.isVisible() and dialog.focusWidget() is dialog.cancel_button
    qtbot.waitUntil(lambda: "LibreOffice" in dialog.message.text(), timeout=20000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Échap stops the export, not the dialog
    assert dialog.isVisible()
    thread.join(timeout=60)
    qtbot.waitUntil(lambda: not dialog.cancel_button.isVisible(), timeout=5000)
    assert "annulé" in dialog.message.text()
    assert not (tmp_path / "jury.pdf").exists() and not list(tmp_path.iterdir())
    assert dialog.export_button.isEnabled()


def test_a_missing_template_is_said_before_anything_runs(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    dialog.template.setText(str(tmp_path / "absent.docx"))
    assert dialog.start() is None
    assert "n’existe pas" in dialog.message.text()
    assert not list(tmp_path.glob("*.docx"))


def test_a_folder_given_as_template_is_named_a_folder(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    (tmp_path / "modeles.docx").mkdir()
    dialog.template.setText(str(tmp_path / "modeles.docx"))
    assert dialog.start() is None
    assert "c’est un répertoire, pas un fichier" in dialog.message.text()


def test_an_export_that_fails_in_the_background_says_why(example_window, tmp_path, qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    (tmp_path / "fichier").write_text("pas un dossier")
    dialog.target.setText(str(tmp_path / "fichier" / "jury.docx"))
    dialog.start().join(timeout=120)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5000)
    assert dialog.exported is None
    assert dialog.message.text().startswith("Impossible d’écrire")
    assert "Errno" not in dialog.message.text()


def test_background_work_comes_back_on_the_ui_thread(qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from dossier_app.gui.background import Failed, in_background

    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[object, bool]] = []

    def done(outcome: object) -> None:
        seen.append((outcome, threading.current_thread() is threading.main_thread()))

    def refuse() -> None:
        raise OSError(28, "No space left on device")

    in_background(lambda: threading.current_thread().name, done, owner).join()
    in_background(refuse, done, owner).join()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[0] == ("dossier-ccpt-work", True)
    failed, on_ui_thread = seen[1]
    assert isinstance(failed, Failed) and on_ui_thread
    assert failed.message.replace("\u00a0", " ") == \
        "L’opération n’a pas pu aboutir : le disque est plein."
