"""The sell screen: find or scan products on the left, the sale and its actions on the right.

Everything that touches the database runs through ``run_operation``; the cart lives in
memory (``CartController``) until the sale is recorded by ``services.checkout``. The left
side is a ``ProductBrowser``; paying goes through ``PaymentFlow``, parking through
``ParkingFlow``, member passes ``PassFlow``, drops on sale (tiles, waitlist) ``SellDrops``.

Keys: F2 search, F3 / Shift+F3 discounts, F4 pay, F5 cash, F7 card, F6 member, F8 park,
Shift+F8 resume, Ctrl+= / Ctrl+- / Delete on the selected line... (``sell_keys.py``).
"""

from __future__ import annotations

from popuppos.core.cart import Cart
from popuppos.core.tender import TenderMethod
from popuppos.services.catalog import (
    CatalogItem,
    ScannedVariant,
    VariantItem,
    catalog_items,
    find_by_code,
)
from popuppos.services.checkout import CompletedSale
from popuppos.services.drops import DropStatus
from popuppos.services.members import MemberInfo
from popuppos.services.pass_admin import TierInfo, list_tiers
from popuppos.services.shop import ShopSettings
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QSize,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.browser import ProductBrowser
from popuppos.ui.sell.cart_controller import CartController
from popuppos.ui.sell.cart_panel import THUMB, CartPanel
from popuppos.ui.sell.discount_dialog import line_discount_dialog, sale_discount_dialog
from popuppos.ui.sell.drop_flow import SellDrops
from popuppos.ui.sell.member_picker import MemberPicker
from popuppos.ui.sell.member_sale import MemberNote, is_pass_code
from popuppos.ui.sell.parked import ParkingFlow
from popuppos.ui.sell.pass_flow import PassFlow
from popuppos.ui.sell.payment import PaymentFlow
from popuppos.ui.sell.receipt_view import ReceiptView
from popuppos.ui.sell.sale_actions import SaleActions
from popuppos.ui.sell.sell_keys import SellKeys
from popuppos.ui.sell.tender_dialog import TenderDialog
from popuppos.ui.sell.variant_picker import VariantPicker
from popuppos.ui.sell.widgets import fast_money

RIGHT_WIDTH = 460


class SellScreen(QWidget):
    catalog_loaded = Signal()  # after each catalogue (re)load
    sale_recorded = Signal(object)  # CompletedSale (also sent on ctx.events.sale_completed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SellScreen")
        self.ctx = ctx
        self.money = fast_money(ctx)
        self.ask_tip = ctx.settings.ask_for_tip
        self.loaded = False
        self.dialog: QDialog | None = None  # the dialog open on top, for tests
        self.controller = CartController(ctx, self)
        self.parking = ParkingFlow(ctx, self.controller, self, self._open)
        self.passes = PassFlow(ctx, self.controller, self, self._open)
        self._loads = 0
        self._shown_once = False
        self._images: dict[str, str | None] = {}  # variant id -> its product's picture

        root = QHBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(20)
        root.addWidget(self._build_left(), 1)
        self.right = QStackedWidget()
        self.right.setFixedWidth(RIGHT_WIDTH)
        self.right.addWidget(self._build_sale_side())
        self.receipt = ReceiptView(ctx.db, self.money)
        self.receipt.new_sale.connect(self.new_sale)
        self.right.addWidget(self.receipt)
        root.addWidget(self.right)

        self.controller.changed.connect(self._refresh_cart)
        self.controller.message.connect(self.banner.show_message)
        self.parking.message.connect(self.banner.show_message)
        self.parking.resumed.connect(self._resumed)
        self.passes.message.connect(self.banner.show_message)
        self.passes.attached.connect(self._pass_attached)
        self.payment = PaymentFlow(ctx, self.controller, self.sale_actions, self, self._open)
        self.payment.message.connect(self.banner.show_message)
        self.payment.recorded.connect(self._sale_done)
        self.payment.failed.connect(self._sale_failed)
        self.product_view.images.loaded.connect(self._refresh_cart)
        self.drops = SellDrops(ctx, self.controller, self.browser, self, self._open)
        self.drops.loaded.connect(self._refresh_cart)  # a drop line's picture
        self._shortcuts()
        ctx.events.catalog_changed.connect(self.reload_catalog)
        ctx.events.settings_changed.connect(self._settings_changed)
        # sales made elsewhere (live mode's one-tap) and refunds move stock too
        ctx.events.sale_completed.connect(self._stock_moved_elsewhere)
        ctx.events.refund_completed.connect(self._stock_moved_elsewhere)
        self._own_sale: object = None
        self._refresh_cart()
        self.reload_catalog()
        self.drops.reload()

    # -- layout -----------------------------------------------------------------------------
    def _build_left(self) -> ProductBrowser:
        self.browser = ProductBrowser(self.money)
        self.browser.product_tapped.connect(self.tap_product)
        self.browser.code_entered.connect(self.handle_scan)
        self.browser.camera_requested.connect(self.scan_with_camera)
        b = self.browser
        self.search, self.chips, self.banner = b.search, b.chips, b.banner
        self.product_view = b.product_view
        return b

    def _build_sale_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.cart_panel = CartPanel(self.money)
        self.cart_panel.quantity_step.connect(self.controller.step)
        self.cart_panel.remove_requested.connect(self.controller.remove)
        self.cart_panel.line_tapped.connect(self.discount_line)
        self.cart_panel.member_clicked.connect(self.pick_member)
        self.cart_panel.member_cleared.connect(lambda: self.controller.set_member(None))
        box.addWidget(self.cart_panel, 1)

        self.sale_actions = SaleActions()
        self.sale_actions.discount.connect(self.discount_sale)
        self.sale_actions.park.connect(self.park)
        self.sale_actions.resume.connect(self.resume)
        self.sale_actions.clear.connect(self.clear_sale)
        self.sale_actions.pay.connect(self.pay)
        box.addWidget(self.sale_actions)
        a = self.sale_actions
        self.pay_button, self.clear_button = a.pay_button, a.clear_button
        self.discount_button, self.park_button = a.discount_button, a.park_button
        self.resume_button = a.resume_button
        return side

    def _shortcuts(self) -> None:
        self.keys = SellKeys(self)  # every key of the screen: sell_keys.py
        self._enter_keys, self._print_key = self.keys.receipt_keys

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # ready to type or scan into from the first moment
            self._shown_once = True
            self.search.setFocus()
        elif self.drops.loads:
            self.drops.reload()  # windows open and close while the screen is hidden

    # -- accessors for the main window and tests --------------------------------------------
    @property
    def cart(self) -> Cart:
        return self.controller.cart

    @property
    def total_label(self) -> QLabel:
        return self.cart_panel.total_label

    @property
    def chip_group(self) -> QButtonGroup:
        return self.chips.group

    @property
    def member_button(self) -> QPushButton:
        return self.cart_panel.member_button

    def tender_dialog(self) -> TenderDialog | None:
        """The payment dialog while it is open."""
        return self.dialog if isinstance(self.dialog, TenderDialog) else None

    @property
    def showing_receipt(self) -> bool:
        return self.right.currentWidget() is self.receipt

    # -- catalogue --------------------------------------------------------------------------
    def reload_catalog(self) -> None:
        self._loads += 1
        number, db = self._loads, self.ctx.db
        run_operation(
            self,
            lambda: (catalog_items(db), list_tiers(db)),
            on_success=lambda found: self._catalog_arrived(number, *found),
            on_failure=self._problem,
        )

    def _catalog_arrived(
        self, number: int, items: list[CatalogItem], tiers: list[TierInfo]
    ) -> None:
        if number != self._loads:
            return  # a newer load is on its way
        self.passes.set_tiers(tiers)
        self.browser.show_items(items)
        self.controller.update_stock(items)
        self._images = {v.id: item.image for item in items for v in item.variants}
        self.loaded = True
        self.catalog_loaded.emit()

    # -- adding -----------------------------------------------------------------------------
    def tap_product(self, item: CatalogItem | DropStatus) -> None:
        self._leave_receipt()
        if isinstance(item, DropStatus):
            self.drops.tap(item)
            return
        if item.stock_left is not None and item.stock_left <= 0:
            self.banner.show_message(
                translate("sell/sell_screen", "{name} is sold out.").format(name=item.name),
                "warning",
            )
            return
        if (why := self.controller.why_not_sellable(item)) is not None:
            self.banner.show_message(f"{item.name} — {why}.", "warning")
            return
        if len(item.variants) == 1:
            self._add_variant(item, item.variants[0])
            return
        picker = VariantPicker(item, self.ctx.money, self, in_cart=self.cart.quantity_of)
        picker.chosen.connect(lambda v: self._add_variant(item, v))
        self._open(picker)

    def _add_variant(self, item: CatalogItem, variant: VariantItem) -> bool:
        """Add a variant; a pass first shows its terms and asks for its holder."""
        if self.passes.tier_of(variant.id) is not None:
            self.passes.offer(item, variant)
            return True
        return self.controller.add(item, variant)

    def scan_with_camera(self) -> None:
        """The third way in: the camera's first code goes to the same scan handler."""
        from popuppos.ui.sell.camera_dialog import CameraScanDialog

        dialog = CameraScanDialog(self)
        dialog.code_read.connect(self.handle_scan)
        self.dialog = dialog
        dialog.open()

    def handle_scan(self, code: str) -> None:
        """A scanned (or typed) barcode or SKU: add that variant, or say it is unknown.
        A member pass ("PP1…") attaches its holder and member prices instead."""
        code = code.strip()
        if not code:
            return
        if self.tender_dialog() is not None:  # the amount due is on the customer's screen
            what = (
                translate("sell/sell_screen", "the pass was not added")
                if is_pass_code(code)
                else translate("sell/sell_screen", "{code} was not added").format(code=code)
            )
            self.banner.show_message(
                translate("sell/sell_screen", "Finish the payment first; {what}.").format(
                    what=what
                ),
                "warning",
            )
            return
        if is_pass_code(code):
            self.passes.scan(code)
            return
        db = self.ctx.db
        run_operation(
            self,
            lambda: find_by_code(db, code),
            on_success=lambda found: self._scanned(code, found),
            on_failure=self._problem,
        )

    def _scanned(self, code: str, found: ScannedVariant | None) -> None:
        if found is None:
            self.banner.show_message(
                translate("sell/sell_screen", "No product with code {code}.").format(code=code),
                "warning",
            )
            return
        self._leave_receipt()
        if self._add_variant(found.product, found.variant):
            self.search.clear()

    def _pass_attached(self) -> None:
        self._leave_receipt()
        if is_pass_code(self.search.text()):  # typed or replayed into the search box
            self.search.clear()

    # -- cart actions -----------------------------------------------------------------------
    def discount_line(self, row: int) -> None:
        if 0 <= row < len(self.cart.lines):
            currency = self.ctx.settings.currency
            dialog = line_discount_dialog(self.cart.lines[row], self.ctx.money, currency, self)
            dialog.applied.connect(lambda d: self.controller.set_line_discount(row, d))
            self._open(dialog)

    def discount_sale(self) -> None:
        if self.cart.is_empty:
            self.banner.show_message(
                translate("sell/sell_screen", "Add something to the sale first."), "info"
            )
            return
        dialog = sale_discount_dialog(self.cart, self.ctx.money, self.ctx.settings.currency, self)
        dialog.applied.connect(self.controller.set_cart_discount)
        self._open(dialog)

    def clear_sale(self) -> None:
        """Take every line off, each recorded as a void (the button asks for a second tap)."""
        if not self.cart.is_empty:
            self.controller.clear_sale()
            self.banner.show_message(
                translate("sell/sell_screen", "Sale cleared; the removed lines are recorded."),
                "info",
            )

    def pick_member(self) -> None:
        picker = MemberPicker(self.ctx.db, self)
        picker.chosen.connect(self._member_chosen)
        self._open(picker)

    def _member_chosen(self, member: MemberInfo | None) -> None:
        self._leave_receipt()
        self.controller.set_member(member)

    # -- parking (the flow lives in parked.py) ---------------------------------------------
    def park(self) -> None:
        self.parking.park()

    def resume(self) -> None:
        self.parking.resume()

    def _resumed(self) -> None:
        self._leave_receipt()

    # -- paying (the flow lives in payment.py) ---------------------------------------------
    def pay(self, method: TenderMethod | None = None) -> None:
        """F4 (the dialog asks how), F5 cash, F7 card."""
        if not self.showing_receipt:
            self.payment.start(ask_tip=self.ask_tip, method=method)

    def _sale_done(self, sale: CompletedSale, methods: str, note: MemberNote | None) -> None:
        self.controller.reset()
        self.banner.clear()
        self.drops.show_alerts(sale)
        self.receipt.show_sale(sale, methods, note)
        self.right.setCurrentWidget(self.receipt)
        for sc in (*self._enter_keys, self._print_key):
            sc.setEnabled(True)
        self.reload_catalog()
        self.sale_recorded.emit(sale)
        self._own_sale = sale
        self.ctx.events.sale_completed.emit(sale)

    def _stock_moved_elsewhere(self, done: object) -> None:
        if done is not self._own_sale:  # our own sale has reloaded already
            self.reload_catalog()  # (the drop tiles listen for themselves)

    def _sale_failed(self, exc: BaseException) -> None:
        self._refresh_cart()
        self.banner.show_message(
            translate("sell/sell_screen", "The sale was not recorded: {problem}").format(
                problem=message_for(exc)
            ),
            "danger",
        )
        self.reload_catalog()
        self.drops.reload()

    def new_sale(self) -> None:
        self._leave_receipt()
        self.search.setFocus()

    def _leave_receipt(self) -> None:
        if self.showing_receipt:
            self.right.setCurrentIndex(0)
            for sc in (*self._enter_keys, self._print_key):
                sc.setEnabled(False)

    # -- showing ----------------------------------------------------------------------------
    def _refresh_cart(self) -> None:
        cart = self.cart
        priced = cart.priced()
        detail, badge = self.controller.header()
        images, pictures = self._images, self.product_view.images
        size, ratio = QSize(THUMB, THUMB), self.devicePixelRatioF()
        self.cart_panel.show_cart(
            cart,
            priced,
            member_detail=detail,
            member_badge=badge,
            pass_attached=self.controller.attached is not None,
            thumb=lambda v: pictures.get(images.get(v) or self.drops.image_for(v), size, ratio),
        )
        self.sale_actions.show_state(
            empty=cart.is_empty,
            total=self.money(priced.total),
            recording=self.controller.locked,
        )

    def _problem(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), "danger")

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ShopSettings):
            self.ctx.settings = settings
            if self.cart.is_empty:
                self.controller.reset()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
