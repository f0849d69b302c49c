"""The cart as the host sees it: who is buying, the lines with their steppers, the totals.

The panel only shows a :class:`popuppos.core.cart.Cart` and reports what the host tapped;
the sell screen owns the cart and decides (stock, voids, discounts).
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.cart import Cart, CartLine
from popuppos.core.pricing import DiscountKind, PricedCart, PricedLine, format_rate
from popuppos.ui.elided_label import ElidedLabel
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMouseEvent,
    QPixmap,
    QSize,
    QStackedWidget,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.member_sale import MemberDiscount, member_discount_text, member_saving
from popuppos.ui.sell.widgets import (
    badge,
    icon,
    label,
    make_button,
    set_prop,
    show_if,
    with_key,
)
from popuppos.ui.theme import colour as theme_colour
from popuppos.ui.theme import follow_theme

Money = Callable[[int], str]
Thumb = Callable[[str], QPixmap | None]
THUMB = 44


def discount_text(kind: DiscountKind, value: int, money: Money) -> str:
    return (
        translate("sell/cart_panel", "{rate} off").format(rate=format_rate(value))
        if kind is DiscountKind.PERCENT
        else translate("sell/cart_panel", "{amount} off").format(amount=money(value))
    )


def _tool(name: str, tip: str, object_name: str) -> QToolButton:
    b = QToolButton()
    b.setObjectName(object_name)
    b.setIcon(icon(name))
    b.setIconSize(QSize(20, 20))
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setMinimumSize(44, 44)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class CartRow(QWidget):
    """One line: picture, name, variant · unit price × qty, discount, total, − qty + and trash.

    Built once per row of the list and then updated in place (:meth:`show_line`): building
    a row's widgets costs milliseconds, and a scan must show its effect within a frame or two.
    """

    tapped = Signal()

    def __init__(
        self, line: CartLine, priced: PricedLine, money: Money, thumb: QPixmap | None
    ) -> None:
        super().__init__()
        self.setObjectName("CartLine")
        self._money = money
        self.line = line
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            with_key(translate("sell/cart_panel", "Tap for a line discount"), "Shift+F3")
        )
        outer = QHBoxLayout(self)
        outer.setContentsMargins(2, 8, 2, 8)
        outer.setSpacing(12)

        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        outer.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)

        texts = QVBoxLayout()
        texts.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = ElidedLabel("", "CartLineName")
        self.name.setStyleSheet("font-weight: 600;")
        top.addWidget(self.name, 1)
        self.total = label("", "Price")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.total)
        texts.addLayout(top)

        bottom = QHBoxLayout()
        bottom.setSpacing(2)
        details = QVBoxLayout()
        details.setSpacing(4)
        self.detail = ElidedLabel("", "Muted")
        details.addWidget(self.detail)
        self.discount = label("", "LineDiscount")
        self.discount.hide()
        details.addWidget(self.discount, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)
        bottom.addLayout(details, 1)

        self.minus = _tool("minus", translate("sell/cart_panel", "One less"), "LessButton")
        self.minus.setToolTip(with_key(self.minus.toolTip(), "Ctrl+-"))
        self.qty = QLabel("")
        self.qty.setObjectName("Quantity")
        self.qty.setMinimumWidth(26)
        self.qty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qty.setStyleSheet("font-weight: 700;")
        self.plus = _tool("plus", translate("sell/cart_panel", "One more"), "MoreButton")
        self.plus.setToolTip(with_key(self.plus.toolTip(), "Ctrl+="))
        self.trash = _tool("trash", translate("sell/cart_panel", "Remove the line"), "RemoveButton")
        self.trash.setToolTip(with_key(self.trash.toolTip(), "Del"))
        for w in (self.minus, self.qty, self.plus):
            bottom.addWidget(w, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addSpacing(4)
        bottom.addWidget(self.trash, 0, Qt.AlignmentFlag.AlignTop)
        texts.addLayout(bottom)
        outer.addLayout(texts, 1)
        self.show_line(line, priced, thumb)

    def show_line(self, line: CartLine, priced: PricedLine, thumb: QPixmap | None) -> None:
        """Show ``line`` in this row (only what changed is touched)."""
        money = self._money
        self.line = line
        if thumb is not None and not thumb.isNull():
            if self.thumb.pixmap().cacheKey() != thumb.cacheKey():
                self.thumb.setPixmap(thumb)
        elif not self.thumb.pixmap().isNull():
            self.thumb.clear()
        self.name.set_full_text(line.name)
        self.total.setText(money(priced.gross))
        detail = f"{money(line.unit_price)} × {line.quantity}"
        kind = line.variant_name or (translate("sell/cart_panel", "Drop") if line.drop_id else "")
        self.detail.set_full_text(f"{kind} · {detail}" if kind else detail)
        if line.discount is not None and priced.line_discount:
            # The member's discount in the member colour; the host's own in neutral.
            mine = isinstance(line.discount, MemberDiscount)
            what = (
                member_discount_text(line.discount)
                if mine
                else discount_text(line.discount.kind, line.discount.value, money)
            )
            self.discount.setText(f"{what} · −{money(priced.line_discount)}")
            set_prop(self.discount, "badge", "member" if mine else "new")
            show_if(self.discount, True)
        else:
            show_if(self.discount, False)
        self.qty.setText(str(line.quantity))
        self.minus.setEnabled(line.quantity > 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.tapped.emit()
        super().mouseReleaseEvent(event)


class CartPanel(QFrame):
    """Member header, the lines (``QListWidget#Cart``) and the running totals."""

    quantity_step = Signal(int, int)  # row, +1 / -1
    remove_requested = Signal(int)  # row
    line_tapped = Signal(int)  # row
    member_clicked = Signal()
    member_cleared = Signal()

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._money = money
        self.rows: list[CartRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(8)

        head = QHBoxLayout()
        self.title = label(translate("sell/cart_panel", "Current sale"), "Heading")
        head.addWidget(self.title)
        head.addStretch(1)
        self.count_label = label("", "Muted")
        head.addWidget(self.count_label)
        outer.addLayout(head)
        outer.addWidget(self._member_row())

        self.stack = QStackedWidget()
        self.list = QListWidget()
        self.list.setObjectName("Cart")
        self.list.setAccessibleName(translate("sell/cart_panel", "Cart"))
        # The selected line (the newest, or the one tapped or moved to with Ctrl+Up/Down) is
        # the one the keys act on: Ctrl+= / Ctrl+- quantity, Delete, Shift+F3 discount.
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QWidget()
        empty_box = QVBoxLayout(self.empty)
        empty_box.addStretch(1)
        cart_icon = QLabel()
        follow_theme(
            cart_icon,
            lambda: cart_icon.setPixmap(
                icon("cart", theme_colour("text-disabled")).pixmap(QSize(40, 40))
            ),
        )
        cart_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_box.addWidget(cart_icon)
        hint = label(
            translate("sell/cart_panel", "Tap a product or scan a barcode\nto start a sale"),
            "Muted",
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_box.addWidget(hint)
        empty_box.addStretch(2)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        outer.addWidget(self.stack, 1)

        rule = QFrame()
        rule.setObjectName("Divider")
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFixedHeight(1)
        outer.addWidget(rule)
        outer.addLayout(self._totals())

    # -- building ---------------------------------------------------------------------------
    def _member_row(self) -> QWidget:
        box = QWidget()
        box.setObjectName("MemberHeader")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.member_button = make_button(
            translate("sell/cart_panel", "Add member"), role="quiet", icon_name="member"
        )
        self.member_button.setObjectName("MemberButton")
        self.member_button.setToolTip(with_key(translate("sell/cart_panel", "Add member"), "F6"))
        self.member_button.clicked.connect(self.member_clicked)
        row.addWidget(self.member_button)
        self.member_name = label("", "MemberName")
        self.member_name.setStyleSheet("font-weight: 700;")
        self.member_detail = label("", "Muted")
        self.member_badge = badge(translate("sell/cart_panel", "Member"), "member")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.member_name)
        names.addWidget(self.member_detail)
        row.addLayout(names, 1)
        row.addWidget(self.member_badge)
        self.member_clear = _tool(
            "close", translate("sell/cart_panel", "Sell as a guest"), "ClearMember"
        )
        self.member_clear.clicked.connect(self.member_cleared)
        row.addWidget(self.member_clear)
        return box

    def _totals(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        for n, (key, caption) in enumerate(
            (
                ("subtotal", translate("sell/cart_panel", "Subtotal")),
                ("discount", translate("sell/cart_panel", "Discounts")),
                ("tax", translate("sell/cart_panel", "Tax")),
            )
        ):
            name, value = label(caption, "Muted"), label("", "Muted")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"{key.title()}Amount")
            grid.addWidget(name, n, 0)
            grid.addWidget(value, n, 1)
            self.figures[key] = (name, value)
        total_caption = label(translate("sell/cart_panel", "Total"), "TotalCaption")
        self.total_label = label("", "TotalAmount")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(total_caption, 3, 0, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.total_label, 3, 1)
        return grid

    # -- showing a cart ---------------------------------------------------------------------
    def show_cart(
        self,
        cart: Cart,
        priced: PricedCart,
        *,
        member_detail: str = "",
        member_badge: str = "Member",
        pass_attached: bool = False,
        thumb: Thumb | None = None,
    ) -> None:
        """Show ``cart``. ``member_badge`` is the tier's name when a scanned pass is attached
        (``pass_attached``: shown even when the holder is not on this device yet)."""
        money = self._money
        self._show_member(cart, member_detail, member_badge, pass_attached)
        count = cart.item_count
        self.count_label.setText(
            ""
            if not count
            else translate("sell/cart_panel", "1 item")
            if count == 1
            else translate("sell/cart_panel", "{count} items").format(count=count)
        )
        scroll = self.list.verticalScrollBar().value()
        grew = len(cart.lines) > len(self.rows)
        while len(self.rows) > len(cart.lines):  # the row widget goes with its item
            self.rows.pop()
            self.list.takeItem(self.list.count() - 1)
        for n, (line, p) in enumerate(zip(cart.lines, priced.lines, strict=True)):
            pixmap = thumb(line.variant_id) if thumb else None
            if n < len(self.rows):  # row n shows line n: update it in place
                row = self.rows[n]
                tall = not row.discount.isHidden()
                row.show_line(line, p, pixmap)
                if tall != (not row.discount.isHidden()):
                    self.list.item(n).setSizeHint(row.sizeHint())
                continue
            row = CartRow(line, p, money, pixmap)
            row.minus.clicked.connect(lambda _=False, r=n: self._step(r, -1))
            row.plus.clicked.connect(lambda _=False, r=n: self._step(r, +1))
            row.trash.clicked.connect(lambda _=False, r=n: self.remove_requested.emit(r))
            row.tapped.connect(lambda r=n: self._tapped(r))
            item = QListWidgetItem(self.list)
            item.setSizeHint(row.sizeHint())
            self.list.setItemWidget(item, row)
            self.rows.append(row)
        self.stack.setCurrentWidget(self.list if cart.lines else self.empty)
        if grew:
            self.select(len(self.rows) - 1)  # the line just added
            self.list.scrollToBottom()
        else:
            self.list.verticalScrollBar().setValue(scroll)

        _sub_name, sub = self.figures["subtotal"]
        sub.setText(money(priced.subtotal))
        disc_name, disc = self.figures["discount"]
        notes = []
        if saving := member_saving(cart, priced):  # whose discount it is, or how much of it
            whole = saving == priced.discount_total
            notes.append(
                translate("sell/cart_panel", "member prices")
                if whole
                else translate("sell/cart_panel", "member −{amount}").format(amount=money(saving))
            )
        if cart.discount is not None:
            notes.append(
                translate("sell/cart_panel", "sale {discount_text}").format(
                    discount_text=discount_text(cart.discount.kind, cart.discount.value, money)
                )
            )
        disc_name.setText(
            translate("sell/cart_panel", "Discounts ({join})").format(join=", ".join(notes))
            if notes
            else translate("sell/cart_panel", "Discounts")
        )
        disc.setText(f"−{money(priced.discount_total)}")
        for w in (disc_name, disc):
            show_if(w, priced.discount_total > 0)
        tax_name, tax = self.figures["tax"]
        tax_name.setText(
            translate("sell/cart_panel", "Incl. tax")
            if priced.tax_inclusive
            else translate("sell/cart_panel", "Tax")
        )
        tax.setText(money(priced.tax_total))
        self.total_label.setText(money(priced.total))

    # -- the selected line (for the keys) ----------------------------------------------------
    def current_row(self) -> int:
        """The selected line, else the last one; -1 when the cart is empty."""
        row = self.list.currentRow()
        selected = self.list.currentItem() is not None and self.list.currentItem().isSelected()
        return row if selected and 0 <= row < len(self.rows) else len(self.rows) - 1

    def select(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.list.setCurrentRow(row)
            self.list.scrollToItem(self.list.item(row))

    def move_selection(self, delta: int) -> None:
        """Ctrl+Up / Ctrl+Down: the line above or below the selected one."""
        if self.rows:
            self.select(max(0, min(len(self.rows) - 1, self.current_row() + delta)))

    def _tapped(self, row: int) -> None:
        self.select(row)
        self.line_tapped.emit(row)

    def _step(self, row: int, delta: int) -> None:
        self.select(row)
        self.quantity_step.emit(row, delta)

    def _show_member(self, cart: Cart, detail: str, badge_text: str, pass_attached: bool) -> None:
        has = cart.member_id is not None or pass_attached
        show_if(self.member_button, not has)
        for w in (self.member_name, self.member_badge, self.member_clear):
            show_if(w, has)
        self.member_name.setText(cart.member_name or "")
        self.member_badge.setText(badge_text)
        self.member_badge.setToolTip(
            translate("sell/cart_panel", "Member prices from a scanned pass")
            if pass_attached
            else ""
        )
        self.member_detail.setText(detail)
        show_if(self.member_detail, has and bool(detail))
