"""The customer display's transparency settings: the seller's commitments, spelled out.

Two commitments are locked on and explained (they have no switch): quantities are shown as
they are, and a drop's terms are always shown. Two choose whether a true figure is shown at
all: the time left (only ever to the drop's real end, never a made-up timer) and the social
proof (only computed from real sales, and only when there is one). Saved through
``services.shop.save_settings`` on a worker; ``saved(settings)`` after
``ctx.events.settings_changed`` was sent.
"""

from __future__ import annotations

from popuppos.services.drops import SOCIAL_PROOF_MINUTES
from popuppos.services.shop import ShopSettings, save_settings
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QShowEvent,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import error_qss, label, make_button, show_if

LOCKED = (
    (
        QT_TRANSLATE_NOOP("live/transparency_dialog", "Quantities are shown as they are"),
        QT_TRANSLATE_NOOP(
            "live/transparency_dialog",
            "The count on the display is the real number this stall can "
            "still sell: never rounded, padded or hidden. “Only” appears "
            "only at or below your low-stock mark.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("live/transparency_dialog", "The drop's terms are always shown"),
        QT_TRANSLATE_NOOP(
            "live/transparency_dialog",
            "The edition size and what a buyer gets (and your terms, when "
            "you wrote any) are on the display whenever the drop is.",
        ),
    ),
)


def _commitment(title: str, why: str, control: QWidget) -> QFrame:
    """A card: the commitment and its switch (or lock) on one line, the reason beneath."""
    card = QFrame()
    card.setObjectName("Card")
    box = QVBoxLayout(card)
    box.setContentsMargins(18, 12, 18, 14)
    box.setSpacing(4)
    top = QHBoxLayout()
    heading = label(title)
    heading.setStyleSheet("font-size: 16px; font-weight: 700;")
    top.addWidget(heading, 1)
    top.addWidget(control)
    box.addLayout(top)
    box.addWidget(label(why, "Muted", wrap=True))
    return card


class TransparencyDialog(QDialog):
    saved = Signal(object)  # ShopSettings

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TransparencyDialog")
        self.setWindowTitle(translate("live/transparency_dialog", "Transparency"))
        self.setModal(True)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 22, 28, 22)
        box.setSpacing(10)
        box.addWidget(
            label(
                translate("live/transparency_dialog", "What the customer display promises"),
                "Heading",
            )
        )
        box.addWidget(
            label(
                translate(
                    "live/transparency_dialog",
                    "Customers read the display from across the room. It shows only "
                    "what you set and what your sales say.",
                ),
                "Muted",
                wrap=True,
            )
        )
        self.locked: list[QCheckBox] = []
        for title, why in LOCKED:
            lock = QCheckBox(translate("live/transparency_dialog", "Always on"))
            lock.setChecked(True)
            lock.setEnabled(False)
            lock.setToolTip(
                translate(
                    "live/transparency_dialog",
                    "A commitment, not a setting: it cannot be switched off.",
                )
            )
            self.locked.append(lock)
            shown = translate("live/transparency_dialog", title)
            box.addWidget(_commitment(shown, translate("live/transparency_dialog", why), lock))
        s = ctx.settings
        self.time_left = QCheckBox(translate("live/transparency_dialog", "Show"))
        self.time_left.setObjectName("ShowTimeLeft")
        self.time_left.setChecked(s.display_time_left)
        box.addWidget(
            _commitment(
                translate("live/transparency_dialog", "No fake timers: the time left"),
                translate(
                    "live/transparency_dialog",
                    "Only the drop's real end is counted down (“Ends at 18:00 · 42 "
                    "min left”). Switch off to show no time at all.",
                ),
                self.time_left,
            )
        )
        self.social_proof = QCheckBox(translate("live/transparency_dialog", "Show"))
        self.social_proof.setObjectName("ShowSocialProof")
        self.social_proof.setChecked(s.display_social_proof)
        box.addWidget(
            _commitment(
                translate("live/transparency_dialog", "Social proof only when it is true"),
                translate(
                    "live/transparency_dialog",
                    "“4 sold in the last {social_proof_minutes} minutes”, counted "
                    "from real sales, and nothing when nobody bought lately. Switch "
                    "off to never show it.",
                ).format(social_proof_minutes=SOCIAL_PROOF_MINUTES),
                self.social_proof,
            )
        )
        self.problem = label("", "FieldError", wrap=True)
        self.problem.setStyleSheet(error_qss())
        self.problem.hide()
        box.addWidget(self.problem)
        foot = QHBoxLayout()
        foot.addStretch(1)
        self.cancel_button = make_button(
            translate("live/transparency_dialog", "Cancel"), role="quiet"
        )
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = make_button(
            translate("live/transparency_dialog", "Save"),
            role="primary",
            object_name="SaveTransparency",
        )
        self.save_button.clicked.connect(self.save)
        foot.addWidget(self.cancel_button)
        foot.addWidget(self.save_button)
        box.addLayout(foot)
        self.setFixedWidth(640)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped reasons at this width (known once polished)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def save(self) -> None:
        db = self.ctx.db
        time_left, proof = self.time_left.isChecked(), self.social_proof.isChecked()
        self.save_button.setEnabled(False)
        run_operation(
            self,
            lambda: save_settings(db, display_time_left=time_left, display_social_proof=proof),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, settings: ShopSettings) -> None:
        self.ctx.settings = settings
        self.ctx.events.settings_changed.emit(settings)
        self.saved.emit(settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(
            translate("live/transparency_dialog", "Not saved: {exc}").format(exc=message_for(exc))
        )
        show_if(self.problem, True)
