from PySide6.QtGui import QTextDocument

from dossier_app.gui.richtext import html_text


def test_french_no_break_spaces_survive_qt_html(qapp) -> None:
    document = QTextDocument()
    document.setHtml(html_text("Étape par étape\u202f? <b>oui</b>"))
    assert document.toRawText() == "Étape par étape\u00a0? <b>oui</b>"
