"""Small pieces the back-office dialogs share: labels, a message strip, figures, saving files."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from popuppos.core.money import MoneyError, parse_money
from popuppos.ui.i18n import date_text, english_dates, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.theme import colour, follow_theme

# The theme's tokens (resources/style/palettes.json) for the few texts the style sheet has
# no selector for (a verdict coloured by its meaning).
TONE_TOKENS = {"danger": "danger-text", "warning": "warning-text", "success": "accent"}


def tone_colour(tone: str) -> str:
    """The colour of a tone ("danger", "warning", "success"; muted text for any other) in
    the theme on screen."""
    return colour(TONE_TOKENS.get(tone, "text-muted"))


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def button(
    text: str, *, role: str | None = None, large: bool = False, default: bool = False
) -> QPushButton:
    b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if large:
        b.setProperty("scale", "large")
    b.setMinimumHeight(60 if large else 44)
    b.setAutoDefault(default)
    b.setDefault(default)
    return b


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Heading")
    label.setWordWrap(True)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 16, 18, 16)
    layout.setSpacing(8)
    return frame, layout


def divider() -> QFrame:
    line = QFrame()
    line.setObjectName("Divider")
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFixedHeight(1)
    return line


class Notice(QLabel):
    """A full-width message strip (the theme's ``QFrame#Banner``), hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.tone = ""
        self.hide()

    def show_message(self, text: str, tone: str = "danger") -> None:
        self.tone = tone
        self.setProperty("tone", tone)
        self.setText(text)
        repolish(self)
        self.show()

    def show_problem(self, exc: BaseException) -> None:
        self.show_message(message_for(exc), "danger")

    def clear_message(self) -> None:
        self.tone = ""
        self.setText("")
        self.hide()


class Figures:
    """Label / amount rows in a grid, amounts right-aligned (a summary table)."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.grid = QGridLayout(self.widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.names: dict[str, QLabel] = {}  # the name labels, by the text they started with
        self._rows = 0

    def add(self, label: str, value: str = "", *, strong: bool = False) -> QLabel:
        """Add a row; returns the value label (to update it later)."""
        name = QLabel(label)
        amount = QLabel(value)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if strong:
            for w in (name, amount):
                w.setStyleSheet("font-weight: 700;")
        else:
            name.setObjectName("Muted")
        self.names[label] = name
        self.grid.addWidget(name, self._rows, 0)
        self.grid.addWidget(amount, self._rows, 1)
        self._rows += 1
        return amount

    def add_rule(self) -> None:
        self.grid.addWidget(divider(), self._rows, 0, 1, 2)
        self._rows += 1


MONEY_HINTS = Qt.InputMethodHint.ImhFormattedNumbersOnly | Qt.InputMethodHint.ImhNoPredictiveText


def money_edit(placeholder: str, *, big: bool = False) -> QLineEdit:
    """A field for typed amounts (parsed with ``core.money.parse_money``)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setInputMethodHints(MONEY_HINTS)
    edit.setMaxLength(20)
    if big:
        edit.setStyleSheet("font-size: 24px; font-weight: 600;")
        edit.setMinimumHeight(56)
    return edit


def money_problem(text: str, currency: str) -> str:
    """Why ``text`` is not an amount (``parse_money``'s reason), or "" when it is or is empty."""
    if not text.strip():
        return ""
    try:
        parse_money(text, currency)
    except MoneyError as exc:
        reason = str(exc)
        return reason[:1].upper() + reason[1:]
    return ""


def field_error() -> QLabel:
    """A small red line under a field, hidden while empty."""
    label = QLabel()
    follow_theme(
        label, lambda: label.setStyleSheet(f"color: {tone_colour('danger')}; font-size: 14px;")
    )
    label.setWordWrap(True)
    label.hide()
    return label


def show_field_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def set_invalid(edit: QLineEdit, invalid: bool) -> None:
    if bool(edit.property("invalid") == "true") != invalid:
        edit.setProperty("invalid", "true" if invalid else "false")
        repolish(edit)


def local_time_text(utc_naive: datetime, *, today: datetime | None = None) -> str:
    """A stored (naive UTC) time as this machine's local time: "14:32" today, else with the date."""
    local = utc_naive.replace(tzinfo=UTC).astimezone()
    now = today or datetime.now().astimezone()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    if not english_dates():  # the shop's locale: "5. März 14:32" in German
        return date_text(local, year=local.year != now.year, time=True)
    if local.year == now.year:
        return local.strftime("%d %b %H:%M")
    return local.strftime("%d %b %Y %H:%M")


def minus(money: Callable[[int], str], amount: int) -> str:
    """An amount taken off, with a real minus sign: "−€27.00" (zero stays "€0.00")."""
    return f"−{money(amount)}" if amount > 0 else money(amount)


def method_phrase(method: str, amount_text: str) -> str:
    """How money goes back by ``method``: "€5.00 cash from the drawer", "€6.00 back to card"."""
    if method == "cash":
        return translate("backoffice/common", "{amount_text} cash from the drawer").format(
            amount_text=amount_text
        )
    if method == "card":
        return translate("backoffice/common", "{amount_text} back to card").format(
            amount_text=amount_text
        )
    return translate(
        "backoffice/common", "{amount_text} back by {method} (transfer or voucher)"
    ).format(amount_text=amount_text, method=method)


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` so that ``path`` is either the old file or the whole new one."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    return path


def ask_save_path(owner: QWidget, caption: str, suggested_name: str, suffix: str) -> Path | None:
    """Ask where to save (GUI thread; no file is touched); adds ``suffix`` when none was typed."""
    file_filter = translate("backoffice/common", "{upper} files (*{suffix})").format(
        upper=suffix.lstrip(".").upper(), suffix=suffix
    )
    chosen, _ = QFileDialog.getSaveFileName(
        owner, caption, str(default_folder() / suggested_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)


def save_document(
    owner: QWidget,
    *,
    caption: str,
    suggested_name: str,
    produce: Callable[[], bytes],
    on_saved: Callable[[Path], None],
    on_failure: Callable[[BaseException], None],
    suffix: str = ".pdf",
) -> bool:
    """Ask for a path, then render and write the document on a worker.

    Returns False when the host cancelled the file chooser (nothing started).
    """
    path = ask_save_path(owner, caption, suggested_name, suffix)
    if path is None:
        return False
    target = path
    run_operation(
        owner,
        lambda: write_file(target, produce()),
        on_success=on_saved,
        on_failure=on_failure,
    )
    return True
