"""The first-run setup: a calm, paged window shown instead of an empty shop.

Welcome (set up my shop, or start with the demo shop), then one question a page with
"Step 2 of 6", Back / Skip / Next: the shop's name, currency and locale, whether prices
include tax, the usual tax rate, a manager PIN typed twice, the shop hub (pair now, by
scanning or typing the code), the receipt printer (when the app passes ``printer_setup``)
and a summary. Only the name and the currency cannot be skipped; a skipped step keeps
its default. "Open the shop" saves everything in one transaction on a worker
(``services.first_run.complete_first_run``); the demo seeds on a worker too
(``start_with_demo``). The dialog is accepted when either is done; ``outcome`` says which.

Scans: while it is up, the wizard runs its own keyboard-wedge filter; a scan of the
pairing QR on the hub step pairs at once (the main window's filter does not exist yet).
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.services.first_run import (
    FirstRunAnswers,
    FirstRunProblem,
    complete_first_run,
    start_with_demo,
)
from popuppos.services.shop import ShopSettings, get_settings
from popuppos.sync.client import HubClient
from popuppos.sync.state import TokenStore
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.context import AppContext
from popuppos.ui.first_run.frame import SetupFooter, SetupHeader, centred
from popuppos.ui.first_run.hub_step import HubPage
from popuppos.ui.first_run.pages import (
    DEFAULTS,
    DonePage,
    MoneyPage,
    NamePage,
    PinPage,
    PrinterPage,
    Step,
    TaxModePage,
    TaxRatePage,
    WelcomePage,
    rate_words,
)
from popuppos.ui.i18n import locale_for_words, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QApplication,
    QCloseEvent,
    QDialog,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QScrollArea,
    QShowEvent,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.settings.fields import currency_title, locale_title, money_sample
from popuppos.ui.wedge_filter import WedgeScannerFilter


class FirstRunWizard(QDialog):
    """The first-run setup; ``completed(outcome)`` with "own" or "demo", then accepted."""

    completed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        printer_setup: Callable[[QWidget], None] | None = None,
        token_store: TokenStore | None = None,
        client_factory: Callable[[str], HubClient] | None = None,
        locale: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRun")
        self.setWindowTitle(translate("first_run/wizard", "Set up PopupPOS"))
        self.setMinimumSize(760, 560)
        self.ctx = ctx
        self.outcome = ""
        self.relaunch_locale = ""  # set when the host picks another language for the setup
        self.busy = False
        self.answered: set[str] = set()  # pages left with Next (their answer counts)

        self.welcome = WelcomePage()
        self.name_page = NamePage()
        self.money_page = MoneyPage()
        self.tax_mode_page = TaxModePage()
        self.tax_rate_page = TaxRatePage()
        self.pin_page = PinPage()
        self.hub_page = HubPage(
            ctx.db,
            device_name=(  # the default name in the setup's language: "Stand 1"
                translate("first_run/wizard", "Stall 1")
                if ctx.settings.device_name == DEFAULTS.device_name
                else ctx.settings.device_name
            ),
            token_store=token_store,
            client_factory=client_factory,
        )
        self.printer_page = PrinterPage(printer_setup) if printer_setup is not None else None
        self.done_page = DonePage()
        self.steps: list[Step] = [
            self.name_page,
            self.money_page,
            self.tax_mode_page,
            self.tax_rate_page,
            self.pin_page,
            self.hub_page,
        ]
        if self.printer_page is not None:
            self.steps.append(self.printer_page)
        self.steps.append(self.done_page)
        self.counted = [s for s in self.steps if s.counted]

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.header = SetupHeader()
        root.addWidget(self.header)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        for step in self.steps:
            self.stack.addWidget(step)
        body = QWidget()
        body.setObjectName("FirstRunBody")
        middle = QHBoxLayout(body)
        middle.setContentsMargins(32, 56, 32, 12)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.stack, 1)
        self.notice = Notice()
        column.addWidget(self.notice)
        holder = QWidget()
        holder.setLayout(column)
        centred(holder, middle)
        scroll = QScrollArea()  # a small screen scrolls the page rather than cutting it
        scroll.setObjectName("FirstRunScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea#FirstRunScroll, QWidget#FirstRunBody { background: transparent; }"
        )
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        self.footer = SetupFooter()
        self.back_button = self.footer.back_button
        self.skip_button = self.footer.skip_button
        self.next_button = self.footer.next_button
        root.addWidget(self.footer)

        self.welcome.own_chosen.connect(lambda: self.go(1))
        self.welcome.demo_chosen.connect(self.start_demo)
        self.welcome.language_chosen.connect(self.choose_language)
        if locale:
            self.money_page.locale_box.set_code(locale)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        self.name_page.edit.returnPressed.connect(self.next)
        self.tax_rate_page.rate.edit.returnPressed.connect(self.next)
        self.pin_page.again.returnPressed.connect(self.next)

        self.scanner = WedgeScannerFilter(parent=self)
        self.scanner.scanned.connect(self.handle_scan)
        self.go(0)
        self.resize(1280, 800)

    # -- moving between pages -------------------------------------------------------------------
    @property
    def page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def step_text(self) -> str:
        return self.header.step_label.text()

    def go(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        self.notice.clear_message()
        page = self.stack.currentWidget()
        on_welcome = page is self.welcome
        self.footer.setVisible(not on_welcome)
        self.header.show_progress(not on_welcome)
        if isinstance(page, Step):
            number = self.counted.index(page) + 1 if page.counted else None
            self.header.show_step(number, len(self.counted))
            self.skip_button.setVisible(page.skippable)
            self.next_button.setText(
                translate("first_run/wizard", "Open the shop")
                if page is self.done_page
                else translate("first_run/wizard", "Next")
            )
            if page is self.done_page:
                self.done_page.show_summary(self.summary())
            page.entered()

    def next(self) -> None:
        page = self.page
        if self.busy or not isinstance(page, Step):
            return
        if page is self.done_page:
            self.save()
            return
        if page is self.hub_page and self.hub_page.busy:
            return
        if page is self.hub_page and self.hub_page.typed_something():
            self.hub_page.connect_to_hub()  # typed a code but did not press Connect
            return
        problem = page.problem()
        if problem:
            self.notice.show_message(problem, "warning")
            return
        self.answered.add(page.key)
        self.go(self.stack.currentIndex() + 1)

    def skip(self) -> None:
        page = self.page
        if self.busy or not isinstance(page, Step) or not page.skippable:
            return
        if page is self.hub_page and self.hub_page.busy:
            return
        self.answered.discard(page.key)
        self.go(self.stack.currentIndex() + 1)

    def back(self) -> None:
        if not self.busy and not (self.page is self.hub_page and self.hub_page.busy):
            self.go(self.stack.currentIndex() - 1)

    # -- the answers ----------------------------------------------------------------------------
    def answers(self) -> FirstRunAnswers:
        pin = self.pin_page.pin.text() if "pin" in self.answered else ""
        again = self.pin_page.again.text() if "pin" in self.answered else ""
        rate = self.tax_rate_page.bp() if "tax_rate" in self.answered else None
        inclusive = self.tax_mode_page.tax_inclusive() if "tax_mode" in self.answered else None
        device = self.hub_page.device_name() if self.hub_page.problem() is None else ""
        return FirstRunAnswers(
            shop_name=self.name_page.name(),
            currency=self.money_page.currency_box.code(),
            locale=self.money_page.locale_box.code(),
            tax_inclusive=DEFAULTS.tax_inclusive if inclusive is None else inclusive,
            default_tax_rate_bp=DEFAULTS.default_tax_rate_bp if rate is None else rate,
            manager_pin=pin,
            manager_pin_again=again,
            device_name=device or self.ctx.settings.device_name or DEFAULTS.device_name,
        )

    def summary(self) -> dict[str, str]:
        a = self.answers()
        sample = money_sample(a.currency, a.locale)
        rows = {
            "Shop": translate(
                "first_run/wizard", "{shop_name} · this stall is “{device_name}”"
            ).format(shop_name=a.shop_name, device_name=a.device_name),
            "Money": f"{currency_title(a.currency)} · {locale_title(a.locale)}"
            + (f" · {sample}" if sample else ""),
            "Prices": translate("first_run/wizard", "Include tax")
            if a.tax_inclusive
            else translate("first_run/wizard", "Tax is added at the till"),
            "Usual tax rate": rate_words(a.default_tax_rate_bp, a.tax_inclusive),
            "Manager PIN": translate("first_run/wizard", "Set")
            if a.manager_pin
            else translate(
                "first_run/wizard", "Not set yet: set one in Settings before your first refund"
            ),
        }
        config = self.hub_page.config
        rows["Shop hub"] = (
            translate("first_run/wizard", "Paired with {shop_name}").format(
                shop_name=config.shop_name
            )
            if config is not None
            else translate("first_run/wizard", "Not connected: this stall works on its own")
        )
        if self.printer_page is not None:
            rows["Printer"] = (
                translate("first_run/wizard", "Set up")
                if self.printer_page.opened
                else translate("first_run/wizard", "None yet: receipts as PDF")
            )
        return rows

    # -- finishing ------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            answers = self.answers()
        except ValueError as exc:  # a page's text changed after Next: say it, stay here
            self.notice.show_message(str(exc), "warning")
            return
        self._set_busy(True, translate("first_run/wizard", "Saving…"))
        db = self.ctx.db
        run_operation(
            self,
            lambda: complete_first_run(db, answers),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, settings: ShopSettings) -> None:
        self._finish("own", settings)

    def start_demo(self) -> None:
        if self.busy:
            return
        self._set_busy(True, "")
        self.welcome.set_busy(True)
        db = self.ctx.db

        def seed() -> ShopSettings:
            start_with_demo(db)
            return get_settings(db)

        run_operation(self, seed, on_success=self._demo_ready, on_failure=self._failed)

    def _demo_ready(self, settings: ShopSettings) -> None:
        self._finish("demo", settings)

    def _finish(self, outcome: str, settings: ShopSettings) -> None:
        self.busy = False
        self.outcome = outcome
        self.ctx.settings = settings
        self.ctx.events.settings_changed.emit(settings)
        self.completed.emit(outcome)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, "")
        self.welcome.set_busy(False)
        if isinstance(exc, FirstRunProblem):
            text = " ".join(exc.problems)
        else:
            text = translate("first_run/wizard", "Nothing was saved: {exc}").format(
                exc=message_for(exc)
            )
        self.notice.show_message(text, "danger")

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        for b in (self.back_button, self.skip_button, self.next_button):
            b.setEnabled(not busy)
        if busy and text:
            self.next_button.setText(text)
        elif not busy and self.page is self.done_page:
            self.next_button.setText(translate("first_run/wizard", "Open the shop"))

    # -- scans, keys and closing ---------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        """A keyboard-wedge scan: a dialog the printer set-up opened may take it, else
        the hub step (a pairing QR); elsewhere a scan means nothing yet."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            handler = getattr(modal, "handle_scan", None)
            if callable(handler):
                handler(code)
            return
        if self.page is self.hub_page:
            self.hub_page.handle_scan(code)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.install()

    def choose_language(self, language: str) -> None:
        """Another language for the setup: close, to be opened again in it (``run_app``),
        with the money page's region kept where the pair exists ("de_AT" -> "en_AT")."""
        self.relaunch_locale = locale_for_words(language, self.money_page.locale_box.code())
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        if self.busy and result != QDialog.DialogCode.Accepted:
            return  # saving or seeding: its answer must reach the host
        self.scanner.uninstall()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc would throw every answer away
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        self.scanner.uninstall()
        super().closeEvent(event)
