"""What every built-in Settings page has: a heading, a line saying what it is for, and
(for pages saved by "Save changes") what changed since the dialog loaded."""

from __future__ import annotations

from popuppos.services.settings_pages import SettingsChanges, SettingsSnapshot
from popuppos.ui.qt import QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import label


class SettingsPage(QWidget):
    """A page with a heading; ``column`` is where it adds its cards."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        heading = label(title, "Heading")
        heading.setStyleSheet("font-size: 22px; font-weight: 700;")
        self.column.addWidget(heading)
        self.intro = label(intro, "Muted", wrap=True)
        self.column.addWidget(self.intro)
        self.column.addSpacing(4)

    def finish(self) -> None:
        self.column.addStretch(1)

    def load(self, snap: SettingsSnapshot) -> None:
        """The dialog (re)loaded the settings: show them."""


class FormPage(SettingsPage):
    """A page whose values "Save changes" saves with the others, in one transaction."""

    edited = Signal()

    def changes(self) -> SettingsChanges:
        """What differs from what was loaded (empty when nothing does)."""
        return SettingsChanges()

    def problem(self) -> str | None:
        """Why the typed values cannot be saved (a sentence), checked before saving."""
        return None

    def dirty(self) -> bool:
        """Something was changed (a value that cannot be saved counts too)."""
        return self.problem() is not None or not self.changes().empty
