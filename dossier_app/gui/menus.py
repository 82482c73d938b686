"""The window's menus and their shortcuts. The actions a dossier enables are kept on
the window (``dossier_actions``); the strings are in the « MainWindow » translation
context, where they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog

from ..core.markdown import ListKind
from .help import ShortcutsDialog, WritingHelpDialog
from .settings import TEXT_SCALES

if TYPE_CHECKING:
    from .main_window import MainWindow


def _action(w: MainWindow, menu, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
    action = QAction(text, w)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _all_actions(bar) -> list[QAction]:
    """Every action of the menus, in menu order (sub-menus included)."""
    found: list[QAction] = []
    for action in bar.actions():
        menu = action.menu()
        if menu is not None:
            found += _all_actions(menu)
        elif not action.isSeparator():
            found.append(action)
    return found


def _show_dialog(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def build_menus(w: MainWindow) -> None:
    """Fill the window's menu bar; sets the window's ``*_action`` attributes."""
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Nouveau dossier…"),
        w.files.new_dossier,
        QKeySequence.StandardKey.New,
    )
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Importer un brouillon Word…"),
        w.files.import_draft,
    )
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Ouvrir…"),
        w.files.choose_and_open,
        QKeySequence.StandardKey.Open,
    )
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "Ouvrir le dossier d’&exemple"),
        w.files.open_example,
    )
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Dossiers &récents"))
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "Ouvrir un &groupe (tableau de bord)…"),
        w.review.open_group,
    )
    file_menu.addSeparator()
    w.export_action = _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "E&xporter pour le jury…"),
        w.files.export_dossier,
        "Ctrl+E",
    )
    w.save_action = _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Enregistrer maintenant"),
        w.save_now,
        QKeySequence.StandardKey.Save,
    )
    w.close_action = _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Fermer le dossier"),
        w.close_dossier,
        QKeySequence.StandardKey.Close,
    )
    file_menu.addSeparator()
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "Installer un &référentiel officiel…"),
        w.files.install_referential,
    ).setStatusTip(QCoreApplication.translate(
        "MainWindow", "Le référentiel est la liste officielle des CCPT et de leurs compétences ; "
                      "votre conseiller peut vous en donner le fichier."))
    file_menu.addSeparator()
    _action(
        w,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quitter"),
        w.close,
        QKeySequence.StandardKey.Quit,
    )

    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "É&dition"))
    _action(
        w,
        edit,
        QCoreApplication.translate("MainWindow", "&Annuler"),
        lambda: w.workspace.undo(),
        QKeySequence.StandardKey.Undo,
    )
    _action(
        w,
        edit,
        QCoreApplication.translate("MainWindow", "&Rétablir"),
        lambda: w.workspace.undo(again=True),
        QKeySequence.StandardKey.Redo,
    )
    edit.addSeparator()
    _action(
        w,
        edit,
        QCoreApplication.translate("MainWindow", "Re&chercher…"),
        w.workspace.find_in_text,
        QKeySequence.StandardKey.Find,
    )
    w.revisions_action = _action(
        w,
        edit,
        QCoreApplication.translate("MainWindow", "&Versions du chapitre…"),
        w.review.show_revisions,
        "Ctrl+Shift+H",
    )
    annex_reference = _action(
        w,
        edit,
        QCoreApplication.translate("MainWindow", "In&sérer un renvoi à une annexe…"),
        w.workspace.insert_annex_reference,
        "Ctrl+Shift+N",
    )
    edit.addSeparator()
    w.format_actions = [
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "&Gras"),
            lambda: w.workspace.current_editor().toggle_bold(),
            QKeySequence.StandardKey.Bold,
        ),
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "&Italique"),
            lambda: w.workspace.current_editor().toggle_italic(),
            QKeySequence.StandardKey.Italic,
        ),
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "Liste à &puces"),
            lambda: w.workspace.current_editor().toggle_list(ListKind.BULLET),
            "Ctrl+Shift+8",
        ),
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "Liste &numérotée"),
            lambda: w.workspace.current_editor().toggle_list(ListKind.ORDERED),
            "Ctrl+Shift+7",
        ),
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "Augmenter le retrait de la liste"),
            lambda: w.workspace.current_editor().change_list_level(+1),
            "Ctrl+]",
        ),
        _action(
            w,
            edit,
            QCoreApplication.translate("MainWindow", "Diminuer le retrait de la liste"),
            lambda: w.workspace.current_editor().change_list_level(-1),
            "Ctrl+[",
        ),
    ]

    review = bar.addMenu(QCoreApplication.translate("MainWindow", "&Relecture"))
    w.comment_action = _action(
        w,
        review,
        QCoreApplication.translate("MainWindow", "&Commenter la sélection…"),
        w.workspace.chapter_page.comments.add_from_selection,
        "Ctrl+Alt+M",
    )
    _action(
        w,
        review,
        QCoreApplication.translate("MainWindow", "Mon &nom de relecteur…"),
        lambda: w.review.reviewer_name(ask=True),
    )
    review.addSeparator()
    w.send_action = _action(
        w,
        review,
        QCoreApplication.translate("MainWindow", "&Envoyer à mon conseiller…"),
        w.review.send_to_advisor,
    )
    w.bring_back_action = _action(
        w,
        review,
        QCoreApplication.translate("MainWindow", "&Reprendre la relecture du conseiller…"),
        w.review.bring_back_review,
    )
    w.progress_sheet_action = _action(
        w,
        review,
        QCoreApplication.translate("MainWindow", "&Fiche de suivi (Word)…"),
        w.review.export_progress_sheet,
    )
    w.workspace.chapter_page.comments.author = w.review.reviewer_name

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&Affichage"))
    size_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Taille du texte"))
    sizes = QActionGroup(w)
    for scale in TEXT_SCALES:
        action = _action(
            w, size_menu, f"{scale} %", lambda _=False, s=scale: w.look.set_text_scale(s), checkable=True
        )
        action.setChecked(scale == w.context.settings.text_scale)
        sizes.addAction(action)
    theme_menu = view.addMenu(QCoreApplication.translate("MainWindow", "T&hème"))
    themes = QActionGroup(w)
    for key, text in (
        ("system", QCoreApplication.translate("MainWindow", "Comme le système")),
        ("light", QCoreApplication.translate("MainWindow", "Clair")),
        ("dark", QCoreApplication.translate("MainWindow", "Sombre")),
    ):
        action = _action(w, theme_menu, text, lambda _=False, k=key: w.look.set_theme(k), checkable=True)
        action.setChecked(key == w.context.settings.theme)
        themes.addAction(action)
    language_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Langue"))
    languages = QActionGroup(w)
    for key, text in (("fr", "Français"), ("en", "English")):
        action = _action(
            w, language_menu, text, lambda _=False, k=key: w.look.set_language(k), checkable=True
        )
        action.setChecked(key == w.context.settings.language)
        languages.addAction(action)
    view.addSeparator()
    _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "Zoom &avant"),
        lambda: w.workspace.zoom(+1),
        QKeySequence.StandardKey.ZoomIn,
    )
    _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "Zoom a&rrière"),
        lambda: w.workspace.zoom(-1),
        QKeySequence.StandardKey.ZoomOut,
    )
    view.addSeparator()
    w.guidance_action = _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "&Conseils d’écriture"),
        # PySide passes no argument to a bound C++ method taking one: say it.
        lambda checked: w.workspace.chapter_page.guidance_toggle.setChecked(checked),
        "F9",
        checkable=True,
    )
    w.guidance_action.setChecked(True)
    w.workspace.chapter_page.guidance_shown.connect(w.guidance_action.setChecked)
    w.panels.readiness_action = _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "&Points à régler avant le jury"),
        lambda checked: w.panels.ask_readiness(checked),
        "F10",
        checkable=True,
    )
    w.panels.readiness_action.setChecked(True)
    w.panels.proofread_action = _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "Relecture : &grammaire, orthographe, conseils"),
        lambda checked: w.panels.ask_proofread(checked),
        "F7",  # Word's key for spelling and grammar
        checkable=True,
    )
    w.panels.focus_action = _action(
        w,
        view,
        QCoreApplication.translate("MainWindow", "&Mode concentration"),
        lambda checked: w.panels.set_focus_mode(checked),
        "F11",
        checkable=True,
    )
    w.addAction(w.panels.focus_action)  # its key works with the menu bar hidden

    go = bar.addMenu(QCoreApplication.translate("MainWindow", "A&ller"))
    _action(
        w,
        go,
        QCoreApplication.translate("MainWindow", "Chapitre &suivant"),
        lambda: w.workspace.step_chapter(+1),
        "Ctrl+PgDown",
    )
    _action(
        w,
        go,
        QCoreApplication.translate("MainWindow", "Chapitre &précédent"),
        lambda: w.workspace.step_chapter(-1),
        "Ctrl+PgUp",
    )
    _action(w, go, QCoreApplication.translate("MainWindow", "Passer du &plan au texte"),
            w.workspace.toggle_focus, "F6")

    # « É&dition » holds the D: Alt+E opens Help.
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Aid&e"))
    _action(
        w,
        help_menu,
        QCoreApplication.translate("MainWindow", "&Écrire une production"),
        lambda: _show_dialog(WritingHelpDialog(w)),
        QKeySequence.StandardKey.HelpContents,
    )
    _action(
        w,
        help_menu,
        QCoreApplication.translate("MainWindow", "&Raccourcis clavier"),
        lambda: _show_dialog(ShortcutsDialog(_all_actions(bar), w)),
        "Ctrl+F1",
    )
    help_menu.addSeparator()
    _action(
        w, help_menu, QCoreApplication.translate("MainWindow", "À &propos de Dossier CCPT"), w.files.about
    )
    w.dossier_actions = [
        w.save_action,
        w.close_action,
        w.export_action,
        w.revisions_action,
        annex_reference,
        w.comment_action,
        w.send_action,
        w.bring_back_action,
        w.progress_sheet_action,
        w.panels.focus_action,
        *w.format_actions,
    ]
