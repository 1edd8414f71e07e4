"""The window's actions, their shortcuts and its menus, in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        keys = QKeySequence.StandardKey
        self.new_article = self._action(self.tr("&New article"), keys.New)
        self.import_files = self._action(self.tr("&Import files…"), "Ctrl+I")
        self.import_folder = self._action(self.tr("Import a &folder…"), "Ctrl+Shift+I")
        self.export = self._action(self.tr("&Export to PDF…"), "Ctrl+E")
        self.back_up = self._action(self.tr("&Back up now…"), "Ctrl+B")
        self.restore_backup = self._action(self.tr("&Restore from a backup…"))
        self.open_archive = self._action(self.tr("&Open another archive…"), keys.Open)
        self.settings = self._action(self.tr("&Settings…"), keys.Preferences)
        self.quit = self._action(self.tr("&Quit"), keys.Quit)
        self.save = self._action(self.tr("&Save"), keys.Save)
        self.find = self._action(self.tr("&Find"), keys.Find)
        self.save_search = self._action(self.tr("Save this &search…"))
        self.trash = self._action(self.tr("Move to &trash"), keys.Delete)
        self.restore = self._action(self.tr("&Restore from the trash"), "Ctrl+Shift+R")
        self.purge = self._action(self.tr("Delete for &good…"), "Shift+Del")
        self.add_to_dossier = self._action(self.tr("Add to &dossier…"), "Ctrl+D")
        self.remove_from_dossier = self._action(self.tr("Re&move from this dossier"))
        self.move_up = self._action(self.tr("Move &up in the dossier"), "Ctrl+Up")
        self.move_down = self._action(self.tr("Move do&wn in the dossier"), "Ctrl+Down")
        self.edit_article = self._action(self.tr("&Edit or read the article"), "F2")
        self.copy_citation = self._action(self.tr("&Copy citation"), "Ctrl+Shift+C")
        self.export_citations = self._action(self.tr("Export &citations…"))
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), "Ctrl+F1")

        menus = window.menuBar()
        archive = menus.addMenu(self.tr("&Archive"))
        archive.addActions([self.new_article, self.import_files, self.import_folder, self.export])
        archive.addAction(self.export_citations)
        archive.addSeparator()
        archive.addActions([self.back_up, self.restore_backup, self.open_archive])
        archive.addSeparator()
        archive.addActions([self.settings, self.quit])
        article = self.article_menu = menus.addMenu(self.tr("A&rticle"))
        article.addActions([self.save, self.edit_article, self.copy_citation])
        article.addSeparator()
        article.addActions([self.add_to_dossier, self.remove_from_dossier])
        article.addActions([self.move_up, self.move_down])
        article.addSeparator()
        article.addActions([self.trash, self.restore, self.purge])
        search = menus.addMenu(self.tr("&Search"))
        search.addActions([self.find, self.save_search])
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action
