"""A new language for the shop, on the screens already open.

PopupPOS's widgets set their words once, when they are built. So when Settings saves a
locale whose words are another language (English -> German), the main window builds its
parts again in it:

- the top bar and the Shop menu at once;
- every other screen visited so far at once (the one on show is built again and shown;
  the others on their next visit) — except one customers are using: the live screen while
  its customer display is open, the check-in screen while its kiosk is open. Those change
  once that is closed (on their next visit);
- the sell screen as soon as no sale is in progress on it. A cart with lines, a member
  attached, the receipt of the sale just made or a payment open keep it exactly as it is
  until that sale is done (paid and "New sale", cleared, or parked).

What the screens show comes from the database, so nothing is lost by building them again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from popuppos.services.shop import ShopSettings
from popuppos.ui.i18n import current_language, words_language
from popuppos.ui.qt import QObject, QTimer, QWidget
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.top_bar import TopBar

if TYPE_CHECKING:
    from popuppos.ui.main_window import MainWindow


def sale_in_progress(screen: SellScreen) -> bool:
    """Whether the sell screen holds something a new build would lose."""
    controller = screen.controller
    return bool(
        controller.cart.lines
        or controller.member is not None
        or screen.showing_receipt
        or screen.dialog is not None
    )


def in_use_by_customers(screen: QWidget) -> bool:
    """The live screen with its customer display open, the check-in screen with its kiosk."""
    for name in ("display", "kiosk"):
        other = getattr(screen, name, None)
        if isinstance(other, QWidget) and other.isVisible():
            return True
    return False


class LanguageSwitch(QObject):
    """Follows the shop's language for ``window`` (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.words = current_language()  # the language the window's parts were built in
        self.sell_waiting = False  # the sell screen is still in the old language
        self.stale: set[QWidget] = set()  # kept in the old language while customers use it
        window.ctx.events.settings_changed.connect(self._settings_changed)
        window.screens.currentChanged.connect(self._visited)
        self._watch(window.sell_screen)

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ShopSettings) and words_language(settings.locale) != self.words:
            QTimer.singleShot(0, self.switch)  # after the translators (ui/i18n) switched

    def switch(self) -> None:
        """Build the window's parts again in the language now installed."""
        if current_language() == self.words:
            return
        self.words = current_language()
        self.replace_top_bar()
        self.forget_screens(keep=in_use_by_customers)
        self.sell_waiting = True
        self.sell_when_free()

    def sell_when_free(self) -> None:
        """The sell screen in the new language, once no sale is in progress on it."""
        if not self.sell_waiting or sale_in_progress(self.window.sell_screen):
            return
        self.sell_waiting = False
        self._watch(self.replace_sell_screen())

    def replace_top_bar(self) -> None:
        """A top bar built in the language now installed, with the same tab chosen."""
        w = self.window
        old = w.top_bar
        chosen = [b for b in old.nav_group.buttons() if b.isChecked()]
        index = old.nav_group.buttons().index(chosen[0]) if chosen else 0
        w.top_bar = TopBar(w.ctx)
        w.column.replaceWidget(old, w.top_bar)
        old.deleteLater()
        w.wire_top_bar()
        w.top_bar.nav_group.buttons()[index].setChecked(True)
        w.top_bar.show_shift(w.ctx, w.shift)

    def forget_screens(self, keep: Callable[[QWidget], bool]) -> None:
        """Drop every screen built on a visit (unless ``keep(screen)``: it changes on the
        first visit after it is free), so the next visit builds it in the language now
        installed; the one on show is built again at once."""
        w = self.window
        shown = w.screens.currentWidget()
        built = [*w.lazy_screens.values(), w.checkin_screen, w.calendar_screen]
        for screen in [s for s in built if s is not None]:
            if keep(screen):
                self.stale.add(screen)
            elif screen is not shown:
                self._drop(screen)
        if shown is not None and shown in built and shown not in self.stale:
            self._build_again(shown)

    def _visited(self, _index: int) -> None:
        shown = self.window.screens.currentWidget()
        if shown in self.stale and not in_use_by_customers(shown):
            self.stale.discard(shown)
            QTimer.singleShot(0, lambda: self._build_again(shown))

    def _build_again(self, screen: QWidget) -> None:
        """``screen``, on show, built again in the new language and shown in its place."""
        w = self.window
        if w.screens.currentWidget() is not screen:
            return  # the host moved on: the next visit builds it
        name = next((n for n, s in w.lazy_screens.items() if s is screen), None)
        checkin = w.checkin_screen
        self._drop(screen)
        if screen is checkin and checkin is not None:
            w.show_check_in(checkin.session_id)
        elif name is not None:
            w.show_screen(name)
        else:
            w.show_calendar()

    def _drop(self, screen: QWidget) -> None:
        w = self.window
        for name in [n for n, s in w.lazy_screens.items() if s is screen]:
            del w.lazy_screens[name]
        if w.checkin_screen is screen:
            w.checkin_screen = None
        if w.calendar_screen is screen:
            w.calendar_screen = None
        self.stale.discard(screen)
        w.screens.removeWidget(screen)
        screen.deleteLater()

    def replace_sell_screen(self) -> SellScreen:
        """The sell screen built again (only while no sale is in progress on it)."""
        w = self.window
        old = w.sell_screen
        w.sell_screen = SellScreen(w.ctx)
        w.screens.insertWidget(0, w.sell_screen)
        if w.screens.currentWidget() is old:
            w.screens.setCurrentWidget(w.sell_screen)
        w.screens.removeWidget(old)
        old.deleteLater()
        return w.sell_screen

    def _watch(self, screen: SellScreen) -> None:
        # A sale ends by clearing the cart, "New sale" after the receipt, or parking.
        screen.controller.changed.connect(self._later)
        screen.right.currentChanged.connect(self._later)

    def _later(self, *_args: object) -> None:
        if self.sell_waiting:
            QTimer.singleShot(0, self.sell_when_free)  # not inside the screen's own signal
