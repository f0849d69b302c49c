"""New or edited drop: what is in it, how many, the price, when it opens and closes, who may
buy first, the limit per customer, the low-stock alert, and the words a buyer reads.

What the core rules can check is checked as the host types, in the rules' own words (the
story hook's word count is live: "31 / 30 words"); the rest (a product gone from the
catalogue, an edition below what has sold) comes back from ``services.drops.save_drop`` and
shows in the dialog. Nothing typed is lost on a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from popuppos.core import drop_rules
from popuppos.core.money import MoneyError, parse_money
from popuppos.services.catalog import CatalogItem, catalog_items
from popuppos.services.drops import DropSpec, DropStatus, local_when, save_drop
from popuppos.services.pass_admin import TierInfo, list_tiers
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    field_error,
    heading,
    money_edit,
    muted,
    set_invalid,
    show_field_error,
)
from popuppos.ui.calendar.session_fields import FIELDS_QSS, TierList, caption, spin_box
from popuppos.ui.context import AppContext
from popuppos.ui.drops.drop_card import placeholder, rounded
from popuppos.ui.drops.drop_fields import MomentField, WordCounter, spec_problems, text_box
from popuppos.ui.drops.drop_parts import PartsEditor, from_drop_part
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.saving_dialog import SavingDialog
from popuppos.ui.sell.tiles import TileImages

Loaded = tuple[list[CatalogItem], list[TierInfo]]
PREVIEW = 48
IMAGES = QT_TRANSLATE_NOOP("drops/drop_dialog", "Pictures (*.png *.jpg *.jpeg *.webp)")


class DropDialog(SavingDialog):
    # saved(drop id, the DropSpec saved), from SavingDialog

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        drop: DropStatus | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drop = drop
        self.now = now
        self.image: str | None = None
        self.pictures = TileImages(self)
        self.pictures.loaded.connect(self._show_preview)
        self.loaded = False
        self._tried = False
        title = (
            translate("drops/drop_dialog", "Edit {name}").format(name=drop.name)
            if drop
            else translate("drops/drop_dialog", "New drop")
        )
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(1040)
        self.setStyleSheet(FIELDS_QSS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        layout.addSpacing(4)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(self._build_what(), 1)
        columns.addLayout(self._build_when(), 1)
        layout.addLayout(columns)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(translate("drops/drop_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("drops/drop_dialog", "Save drop")
            if drop
            else translate("drops/drop_dialog", "Create drop"),
            role="primary",
        )
        self.save_button.setMinimumWidth(160)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        if drop is not None:
            self._fill(drop)
        for signal in (
            self.name_edit.textChanged,
            self.price_edit.textChanged,
            self.edition.valueChanged,
            self.limit.valueChanged,
            self.threshold.valueChanged,
            self.parts.changed,
            self.start.changed,
            self.end.changed,
            self.members_first.valueChanged,
            self.tiers.itemChanged,
            self.hook_edit.textChanged,
        ):
            signal.connect(self._changed)
        db = ctx.db
        run_operation(
            self,
            lambda: (catalog_items(db), list_tiers(db)),
            on_success=self._loaded,
            on_failure=self.notice.show_problem,
        )
        self._changed()
        self.name_edit.setFocus()

    # -- layout --------------------------------------------------------------------------------
    def _build_what(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(caption(translate("drops/drop_dialog", "Name")))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            translate("drops/drop_dialog", "Sunrise print — edition of 30")
        )
        self.name_edit.setMaxLength(120)
        self.name_edit.setAccessibleName(translate("drops/drop_dialog", "Drop name"))
        column.addWidget(self.name_edit)
        self.name_error = field_error()
        column.addWidget(self.name_error)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.price_edit = money_edit("45.00")
        self.price_edit.setAccessibleName(translate("drops/drop_dialog", "Price"))
        self.edition = spin_box(
            1, drop_rules.MAX_EDITION, 30, translate("drops/drop_dialog", " units")
        )
        self.edition.setAccessibleName(translate("drops/drop_dialog", "Edition size"))
        self.limit = spin_box(0, drop_rules.MAX_EDITION, 0, translate("drops/drop_dialog", " each"))
        self.limit.setSpecialValueText(translate("drops/drop_dialog", "No limit"))
        self.limit.setAccessibleName(translate("drops/drop_dialog", "Limit per customer"))
        self.threshold = spin_box(
            0, drop_rules.MAX_EDITION, 0, translate("drops/drop_dialog", " left")
        )
        self.threshold.setSpecialValueText(translate("drops/drop_dialog", "Off"))
        self.threshold.setAccessibleName(translate("drops/drop_dialog", "Low-stock alert"))
        for col, (text, field) in enumerate(
            (
                (translate("drops/drop_dialog", "Price"), self.price_edit),
                (translate("drops/drop_dialog", "Edition size"), self.edition),
                (translate("drops/drop_dialog", "Per customer"), self.limit),
                (translate("drops/drop_dialog", "Alert me at"), self.threshold),
            )
        ):
            field.setMinimumWidth(104)
            grid.addWidget(caption(text), 0, col)
            grid.addWidget(field, 1, col)
            grid.setColumnStretch(col, 1)
        column.addLayout(grid)
        self.numbers_error = field_error()
        column.addWidget(self.numbers_error)

        column.addSpacing(8)
        column.addWidget(caption(translate("drops/drop_dialog", "What's in it")))
        self.parts = PartsEditor(self.ctx.money)
        column.addWidget(self.parts)
        self.parts_error = field_error()
        column.addWidget(self.parts_error)
        column.addSpacing(8)
        column.addWidget(caption(translate("drops/drop_dialog", "What a buyer gets")))
        self.terms_edit = text_box(
            translate(
                "drops/drop_dialog", "One A3 giclée print, signed and numbered, in a flat mailer."
            ),
            "Terms",
            64,
        )
        column.addWidget(self.terms_edit)

        picture = QHBoxLayout()
        picture.setSpacing(10)
        self.image_preview = QLabel()
        self.image_preview.setFixedSize(PREVIEW, PREVIEW)
        self.image_preview.setStyleSheet(f"background: {placeholder()}; border-radius: 8px;")
        picture.addWidget(self.image_preview)
        self.image_label = muted("")
        picture.addWidget(self.image_label, 1)
        self.image_clear = button(translate("drops/drop_dialog", "Use the product's"), role="quiet")
        self.image_clear.clicked.connect(lambda: self.set_image(None))
        self.image_button = button(translate("drops/drop_dialog", "Choose a picture…"))
        self.image_button.clicked.connect(self.choose_image)
        picture.addWidget(self.image_clear)
        picture.addWidget(self.image_button)
        column.addLayout(picture)
        self.set_image(None)
        column.addStretch(1)
        return column

    def _build_when(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        start = self.now().replace(second=0, microsecond=0) + timedelta(days=1)
        when = QGridLayout()
        when.setHorizontalSpacing(12)
        when.setVerticalSpacing(6)
        self.start = MomentField(start, translate("drops/drop_dialog", "Opens to everyone"))
        self.end = MomentField(start + timedelta(days=2), "Closes")
        when.addWidget(caption(translate("drops/drop_dialog", "Opens to all")), 0, 0)
        when.addWidget(self.start, 0, 1)
        when.addWidget(caption(translate("drops/drop_dialog", "Closes")), 1, 0)
        when.addWidget(self.end, 1, 1)
        when.setColumnStretch(1, 1)
        column.addLayout(when)
        self.when_error = field_error()
        column.addWidget(self.when_error)

        column.addSpacing(4)
        first = QHBoxLayout()
        first.addWidget(caption(translate("drops/drop_dialog", "Members first")))
        first.addStretch(1)
        self.members_first = spin_box(
            0, 60 * 24 * 30, 0, translate("drops/drop_dialog", " min before"), 15
        )
        self.members_first.setSpecialValueText(translate("drops/drop_dialog", "No early window"))
        self.members_first.setAccessibleName(
            translate("drops/drop_dialog", "Members-first minutes before the public start")
        )
        self.members_first.setFixedWidth(220)
        first.addWidget(self.members_first)
        column.addLayout(first)
        self.members_note = muted("")
        column.addWidget(self.members_note)
        self.tiers = TierList(translate("drops/drop_dialog", "Tiers that may buy first"))
        column.addWidget(self.tiers)

        column.addSpacing(8)
        column.addWidget(caption(translate("drops/drop_dialog", "Story hook")))
        self.hook_edit = text_box(
            translate(
                "drops/drop_dialog", "Thirty signed prints of the sunrise that started it all…"
            ),
            translate("drops/drop_dialog", "Story hook"),
            90,
        )
        column.addWidget(self.hook_edit)
        hook_row = QHBoxLayout()
        self.hook_error = field_error()
        hook_row.addWidget(self.hook_error, 1)
        self.hook_counter = WordCounter(self.hook_edit)
        hook_row.addWidget(self.hook_counter, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(hook_row)

        column.addStretch(1)
        return column

    def _fill(self, d: DropStatus) -> None:
        t = d.terms
        self.name_edit.setText(d.name)
        self.price_edit.setText(self.ctx.money(d.price))
        self.edition.setValue(t.cap)
        self.limit.setValue(t.per_customer_limit or 0)
        self.threshold.setValue(t.low_stock_threshold)
        self.start.set_moment(t.public_start)
        self.end.set_moment(t.public_end)
        self.members_first.setValue(t.members_first_minutes)
        self.hook_edit.setPlainText(d.story_hook)
        self.terms_edit.setPlainText(d.terms_text)
        self.parts.set_parts([(from_drop_part(p, None), p.quantity) for p in d.parts])
        if d.sold > 0:
            self.parts.set_locked(
                True,
                translate(
                    "drops/drop_dialog", "{sold} sold already: what is in it stays as it is."
                ).format(sold=d.sold),
            )
        own = d.image if d.image not in {p.image for p in d.parts} else None
        self.set_image(own)

    def _loaded(self, loaded: Loaded) -> None:
        items, tiers = loaded
        self.parts.set_catalog(items)
        self.tiers.fill(tiers, self.drop.member_tier_ids if self.drop else ())
        self.loaded = True
        self._changed()

    # -- the picture ---------------------------------------------------------------------------
    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("drops/drop_dialog", "Choose the drop's picture"),
            "",
            translate("drops/drop_dialog", IMAGES),
        )
        if path:
            self.set_image(path)

    def set_image(self, path: str | None) -> None:
        self.image = path
        name = Path(path).name if path else translate("drops/drop_dialog", "the first product's")
        self.image_label.setText(
            translate("drops/drop_dialog", "Picture: {name}").format(name=name)
        )
        self.image_clear.setVisible(path is not None)
        self._show_preview()

    def _show_preview(self) -> None:
        first = next((r.choice.image for r in self.parts.rows if r.choice.image), None)
        image = self.image or first
        pixmap = self.pictures.get(image, QSize(PREVIEW, PREVIEW), self.devicePixelRatioF())
        if pixmap is not None and not pixmap.isNull():
            self.image_preview.setPixmap(rounded(pixmap, 8))
        else:
            self.image_preview.clear()

    # -- reading and checking ------------------------------------------------------------------
    def price(self) -> int | None:
        try:
            return parse_money(self.price_edit.text(), self.ctx.settings.currency)
        except MoneyError:
            return None

    def spec(self) -> DropSpec:
        return DropSpec(
            name=self.name_edit.text().strip(),
            price=self.price() or 0,
            edition_size=self.edition.value(),
            public_start=self.start.moment(),
            public_end=self.end.moment(),
            parts=self.parts.parts(),
            members_first_minutes=self.members_first.value(),
            member_tier_ids=self.tiers.ticked() if self.members_first.value() else (),
            per_customer_limit=self.limit.value() or None,
            low_stock_threshold=self.threshold.value(),
            story_hook=self.hook_edit.toPlainText(),
            terms=self.terms_edit.toPlainText(),
            image=self.image,
            id=self.drop.id if self.drop else None,
        )

    def problems(self) -> dict[str, str]:
        """What is wrong with the form by field, in the core rules' words."""
        return spec_problems(self.spec(), price_ok=self.price() is not None)

    def _changed(self, *_: object) -> None:
        minutes = self.members_first.value()
        self.tiers.setVisible(minutes > 0 and self.tiers.count() > 0)
        self._show_preview()
        if minutes:
            opens = local_when(self.start.moment() - timedelta(minutes=minutes))
            who = (
                translate("drops/drop_dialog", "the ticked tiers")
                if self.tiers.ticked()
                else translate("drops/drop_dialog", "every member tier")
            )
            self.members_note.setText(
                translate("drops/drop_dialog", "Members of {who} may buy from {opens}.").format(
                    who=who, opens=opens
                )
            )
        else:
            self.members_note.setText(
                translate("drops/drop_dialog", "Everyone may buy from the same moment.")
            )
        problems = self.problems()
        shown = problems if self._tried else {k: v for k, v in problems.items() if k == "hook"}
        show_field_error(self.name_error, shown.get("name", ""))
        set_invalid(self.name_edit, "name" in shown)
        show_field_error(self.numbers_error, shown.get("numbers", ""))
        show_field_error(self.parts_error, shown.get("parts", ""))
        show_field_error(self.when_error, shown.get("when", ""))
        show_field_error(self.hook_error, shown.get("hook", ""))
        self.save_button.setEnabled(not self._busy and not (self._tried and problems))

    def save(self) -> None:
        self._tried = True
        self._changed()
        if self.problems() or self._busy:
            return
        spec, db = self.spec(), self.ctx.db
        self._save(lambda: save_drop(db, spec), spec)
