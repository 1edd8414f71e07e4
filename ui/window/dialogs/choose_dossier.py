"""The question asked when articles go into a dossier: which one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from storage.records import DossierRecord


class ChooseDossierDialog:
    @classmethod
    def ask(cls, parent: QWidget, dossiers: Sequence[DossierRecord]) -> int | str | None:
        """The chosen dossier's id, the name typed for a new one, or None (cancelled).
        Tests patch this; callers never build the box."""
        names = [d.name for d in dossiers]
        name, chosen = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("ChooseDossierDialog", "Add to a dossier"),
            QCoreApplication.translate(
                "ChooseDossierDialog", "Dossier (choose one, or type a new name):"
            ),
            names,
            0,
            True,
        )
        name = name.strip()
        if not chosen or not name:
            return None
        return dossiers[names.index(name)].id if name in names else name
