"""The sell screen's keys, each named in its button's tooltip ("Discount (F3)").

F2 or Ctrl+F search, F3 sale discount, Shift+F3 line discount, F4 pay (the dialog asks
how), F5 pay by cash, F7 pay by card, F6 member, F8 park, Shift+F8 resume, Esc clears the
search, Ctrl+= (or Ctrl++) / Ctrl+- one more / one less of the selected line, Delete takes
the selected line off (also from the search field while it is empty), Ctrl+Up / Ctrl+Down
select the line above / below, Ctrl+Backspace takes the last line off, Ctrl+N a new sale;
on the receipt, Enter also starts the next sale and Ctrl+P prints it.

The selected line is the newest, or the one tapped or moved to (``CartPanel.current_row``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from popuppos.core.tender import TenderMethod
from popuppos.ui.qt import QEvent, QKeyEvent, QObject, QShortcut, Qt
from popuppos.ui.sell.widgets import shortcut, with_key

if TYPE_CHECKING:
    from popuppos.ui.sell.sell_screen import SellScreen


class SellKeys(QObject):
    """Puts the keys on ``screen`` (window-wide while the screen is in the window)."""

    def __init__(self, screen: SellScreen) -> None:
        super().__init__(screen)
        self.screen = s = screen
        panel = s.cart_panel
        for seq, slot in (
            ("F2", s.browser.focus_search),
            ("Ctrl+F", s.browser.focus_search),
            ("F3", s.discount_sale),
            ("Shift+F3", lambda: s.discount_line(panel.current_row())),
            ("F4", s.pay),
            ("F5", lambda: s.pay(TenderMethod.CASH)),
            ("F7", lambda: s.pay(TenderMethod.CARD)),
            ("F6", s.pick_member),
            ("F8", s.park),
            ("Shift+F8", s.resume),
            (Qt.Key.Key_Escape, s.browser.clear_search),
            ("Ctrl+Backspace", s.controller.remove_last),
            ("Ctrl+=", lambda: self.step_selected(+1)),
            ("Ctrl++", lambda: self.step_selected(+1)),  # where + has a key of its own
            ("Ctrl+-", lambda: self.step_selected(-1)),
            ("Del", self.remove_selected),
            ("Ctrl+Up", lambda: panel.move_selection(-1)),
            ("Ctrl+Down", lambda: panel.move_selection(+1)),
            ("Ctrl+N", s.new_sale),
        ):
            shortcut(s, seq, slot)
        enter = [shortcut(s, k, s.new_sale, enabled=False) for k in ("Return", "Enter")]
        printing = shortcut(s, "Ctrl+P", s.receipt.print_receipt, enabled=False)
        #: enabled only while the receipt shows
        self.receipt_keys: tuple[list[QShortcut], QShortcut] = (enter, printing)
        s.search.installEventFilter(self)
        self._name_keys()

    def _name_keys(self) -> None:
        s = self.screen
        a, receipt = s.sale_actions, s.receipt
        a.discount_button.setToolTip(with_key(a.discount_button.text(), "F3"))
        a.resume_button.setToolTip(with_key(a.resume_button.toolTip(), "Shift+F8"))
        receipt.print_button.setToolTip(with_key(receipt.print_button.text(), "Ctrl+P"))
        receipt.new_sale_button.setToolTip(
            with_key(receipt.new_sale_button.text(), "Enter", "Ctrl+N")
        )

    def step_selected(self, delta: int) -> None:
        """One more or one less of the selected line (never below one: Delete takes a
        line off)."""
        s = self.screen
        row = s.cart_panel.current_row()
        if row < 0 or (delta < 0 and s.cart.lines[row].quantity <= 1):
            return
        s.controller.step(row, delta)

    def remove_selected(self) -> None:
        s = self.screen
        row = s.cart_panel.current_row()
        if row >= 0:
            s.controller.remove(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the search field (which keeps the key for itself) takes the selected
        line off while the field is empty."""
        if (
            watched is self.screen.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.screen.search.text()
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
