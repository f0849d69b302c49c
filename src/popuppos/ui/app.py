"""Starting the desktop app: QApplication, theme, main window, scanner, event loop."""

from __future__ import annotations

import sys

from popuppos import __version__
from popuppos.resources import resource_path
from popuppos.services.appearance import get_appearance
from popuppos.services.first_run import needs_first_run
from popuppos.services.scanner_settings import get_scanner_settings
from popuppos.services.shifts import current_shift
from popuppos.services.shop import get_settings
from popuppos.store.db import Database
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import apply_language, system_locale, translate, use_shop_language
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import (
    QApplication,
    QDialog,
    QFontDatabase,
    QIcon,
    Qt,
    QTimer,
    QWidget,
)
from popuppos.ui.theme import apply_theme as apply_theme  # scripts import it from here


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("PopupPOS")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PopupPOS")
    app.setDesktopFileName("app.popuppos.PopupPOS")  # packaging/linux: Wayland finds the icon
    app.setWindowIcon(QIcon(str(resource_path("icons", "popuppos-256.png"))))
    add_bundled_fonts()
    apply_theme(app)
    return app


def add_bundled_fonts() -> None:
    """A bundle carries DejaVu Sans (packaging/popuppos.spec): the same look on any system."""
    fonts = resource_path("fonts")
    if fonts.is_dir():
        for ttf in sorted(fonts.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(ttf))


def speak_system_language() -> None:
    """Before the shop's database is open its language is unknown: a problem opening it
    (a damaged file, another PopupPOS has it) is told in the computer's language."""
    make_application()
    apply_language(system_locale())


def show_startup_problem(message: str) -> None:
    """Tell a host who started PopupPOS from a desktop icon why it cannot open."""
    from popuppos.ui.qt import QMessageBox

    make_application()
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("app", "PopupPOS cannot open the shop"), message
    )
    box.exec()


def build_context(db: Database) -> AppContext:
    ctx = AppContext(db=db, settings=get_settings(db))
    shift = current_shift(db)
    ctx.cashier = shift.opened_by if shift else ""
    return ctx


def _first_run(ctx: AppContext) -> bool:
    """The short setup a new shop opens on (shop, money, tax, PIN, hub, printer, or the
    demo shop); False when the host closed it."""
    from popuppos.ui.first_run import FirstRunWizard

    def printer_setup(parent: QWidget) -> None:
        from popuppos.ui.printing.printer_dialog import PrinterSettingsDialog

        PrinterSettingsDialog(ctx, parent).exec()

    # A new shop has no language yet: the setup speaks the machine's (German on a German
    # system) and its welcome page switches to another, opening the setup again in it.
    locale = system_locale()
    while True:
        apply_language(locale)
        wizard = FirstRunWizard(ctx, printer_setup=printer_setup, locale=locale)
        screen = wizard.screen()
        if screen is not None and screen.availableGeometry().width() < 1400:
            wizard.setWindowState(Qt.WindowState.WindowMaximized)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if accepted or not wizard.relaunch_locale:
            return accepted
        locale = wizard.relaunch_locale


def run_app(db: Database, *, self_test: bool = False) -> int:
    """Show the main window on ``db`` until the host quits (or once, for --self-test)."""
    app = make_application()
    from popuppos.ui.main_window import MainWindow

    apply_theme(app, get_appearance(db))  # this device's look (Settings → Appearance)
    ctx = build_context(db)
    use_shop_language(ctx)
    if not self_test and needs_first_run(db):
        if not _first_run(ctx):  # closed: nothing saved, asked again at the next start
            wait_for_operations()
            return 0
        ctx = build_context(db)  # the host's answers, or the demo shop
        use_shop_language(ctx)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.scanner.settings = get_scanner_settings(db).wedge()
    if self_test:
        window.show()
        ok = window.sell_screen_ready(timeout_ms=10_000)
        image = window.grab()
        wait_for_operations()
        window.close()
        if not ok or image.isNull():
            print("self-test: the sell screen did not render", file=sys.stderr)
            return 1
        print(f"self-test ok: {db.path}")
        return 0
    window.show()
    if window.screen() and window.screen().availableGeometry().width() < 1400:
        window.setWindowState(Qt.WindowState.WindowMaximized)
    QTimer.singleShot(0, window.start)
    code = app.exec()
    wait_for_operations()
    from popuppos.ui.camera_scanner import wait_for_decodes

    wait_for_decodes()
    return code
