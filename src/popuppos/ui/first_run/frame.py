"""The first-run window's frame: the header (logo, title, "Step 2 of 6" and a progress
bar) and the footer (Back, Skip, Next), both centred on the pages' column."""

from __future__ import annotations

from popuppos.resources import resource_path
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QProgressBar,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.widgets import label, make_button

COLUMN_WIDTH = 640  # the pages' column (and the footer's buttons under it)


def logo(size: int) -> QLabel:
    picture = QLabel()
    picture.setPixmap(
        QPixmap(str(resource_path("icons", "popuppos-256.png"))).scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return picture


def centred(inner: QWidget, outer: QHBoxLayout) -> None:
    """Put ``inner`` in the middle of ``outer``, no wider than the column."""
    inner.setMaximumWidth(COLUMN_WIDTH)
    inner.setMinimumWidth(min(COLUMN_WIDTH, 560))
    outer.addStretch(1)
    outer.addWidget(inner, 4)
    outer.addStretch(1)


class SetupHeader(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        row.setSpacing(12)
        row.addWidget(logo(36))
        row.addWidget(label(translate("first_run/frame", "Set up PopupPOS"), "ShopName"))
        row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(6)
        self.step_label = label("", "Muted")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.step_label.setStyleSheet("font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(220)
        self.progress.setAccessibleName(translate("first_run/frame", "Setup progress"))
        column.addWidget(self.step_label)
        column.addWidget(self.progress)
        row.addLayout(column)

    def show_step(self, number: int | None, total: int) -> None:
        """ "Step 2 of 6"; None is the summary after the last step."""
        self.progress.setRange(0, total)
        if number is None:
            self.step_label.setText(translate("first_run/frame", "All set"))
            self.progress.setValue(total)
        else:
            self.step_label.setText(
                translate("first_run/frame", "Step {number} of {total}").format(
                    number=number, total=total
                )
            )
            self.progress.setValue(number)

    def show_progress(self, visible: bool) -> None:
        self.step_label.setVisible(visible)
        self.progress.setVisible(visible)


class SetupFooter(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("WizardFooter")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 14, 32, 22)
        row.setSpacing(12)
        bar = QHBoxLayout()
        bar.setSpacing(12)
        self.back_button = make_button(
            translate("first_run/frame", "Back"), role="quiet", large=True
        )
        self.back_button.setMinimumWidth(120)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.skip_button = make_button(
            translate("first_run/frame", "Skip"), role="quiet", large=True
        )
        self.skip_button.setMinimumWidth(120)
        self.skip_button.setToolTip(
            translate("first_run/frame", "Keep the usual choice; change it later in Settings")
        )
        bar.addWidget(self.skip_button)
        self.next_button = make_button(
            translate("first_run/frame", "Next"), role="primary", large=True
        )
        self.next_button.setMinimumWidth(200)
        bar.addWidget(self.next_button)
        holder = QWidget()
        holder.setLayout(bar)
        centred(holder, row)
