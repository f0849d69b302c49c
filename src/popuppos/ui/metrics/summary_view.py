"""The sales summary beside the metric cards: takings by day and by hour as bar charts,
the totals (sales, tips, refunds, voids, net), and tables by product and by tender."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from popuppos.services.planner import local_day
from popuppos.services.sales_summary import SalesSummary
from popuppos.ui.calendar.look import WEEKDAYS
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.metrics.bar_chart import Bar, BarChart
from popuppos.ui.qt import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.widgets import label, show_if

TENDER_NAMES = {
    "cash": QT_TRANSLATE_NOOP("metrics/summary_view", "Cash"),
    "card": QT_TRANSLATE_NOOP("metrics/summary_view", "Card"),
}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(20, 14, 20, 16)
    box.setSpacing(8)
    heading = label(title, "Heading")
    box.addWidget(heading)
    return frame, box


def table(headers: Sequence[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName("Cart")  # the theme's calm table: hairline rows, no grid
    t.setHorizontalHeaderLabels(list(headers))
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    t.setShowGrid(False)
    t.setWordWrap(False)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(RIGHT)
    first = t.horizontalHeaderItem(0)
    if first is not None:
        first.setTextAlignment(LEFT)
    t.verticalHeader().setDefaultSectionSize(36)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return t


def fill(t: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Put ``rows`` in ``t`` (first column left, the rest right) and fit its height."""
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setTextAlignment(LEFT if c == 0 else RIGHT)
            t.setItem(r, c, item)
    header = t.horizontalHeader().sizeHint().height()
    t.setFixedHeight(header + sum(t.rowHeight(r) for r in range(len(rows))) + 4)


class Totals(QWidget):
    """Sales · Takings · Tips · Refunds · Net as captioned figures in one grid."""

    NAMES = (
        QT_TRANSLATE_NOOP("metrics/summary_view", "Sales"),
        QT_TRANSLATE_NOOP("metrics/summary_view", "Takings"),
        QT_TRANSLATE_NOOP("metrics/summary_view", "Tips"),
        QT_TRANSLATE_NOOP("metrics/summary_view", "Refunds"),
        QT_TRANSLATE_NOOP("metrics/summary_view", "Net"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        self.figures: dict[str, QLabel] = {}
        for i, name in enumerate(self.NAMES):
            grid.addWidget(label(translate("metrics/summary_view", name), "TotalCaption"), 0, i)
            figure = QLabel("—")
            figure.setStyleSheet("font-size: 20px; font-weight: 800;")
            grid.addWidget(figure, 1, i)
            self.figures[name] = figure

    def show_summary(self, s: SalesSummary, money: Callable[[int], str]) -> None:
        values = (str(s.sales), money(s.takings), money(s.tips), money(s.refunded), money(s.net))
        for name, value in zip(self.NAMES, values, strict=True):
            self.figures[name].setText(value)


class ChartsCard(QFrame):
    """Takings by day (periods longer than a day) and by hour of the day."""

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 12)
        box.setSpacing(6)
        self.day_title = label(translate("metrics/summary_view", "Takings by day"), "Heading")
        self.by_day = BarChart(money)
        self.hour_title = label(translate("metrics/summary_view", "Takings by hour"), "Heading")
        self.by_hour = BarChart(money)
        for w in (self.day_title, self.by_day, self.hour_title, self.by_hour):
            box.addWidget(w)

    def show_summary(self, s: SalesSummary, money: Callable[[int], str], *, days: bool) -> None:
        show_if(self.day_title, days)
        show_if(self.by_day, days)
        if days:
            first, last = local_day(s.start), local_day(s.end)
            found = {d.day: d for d in s.by_day}
            bars = []
            n = (last - first).days
            for i in range(max(n, 1)):
                day = first.fromordinal(first.toordinal() + i)
                d = found.get(day)
                takings = d.takings if d else 0
                sales = d.sales if d else 0
                name = f"{WEEKDAYS[day.weekday()]} {day.day}" if n <= 14 else str(day.day)
                tip = f"{WEEKDAYS[day.weekday()]} {day.day}/{day.month}: {money(takings)}"
                bars.append(
                    Bar(
                        name,
                        takings,
                        translate("metrics/summary_view", "{tip} from {sales} sales").format(
                            tip=tip, sales=sales
                        ),
                    )
                )
            self.by_day.set_bars(bars)
        found_hours = {h.hour: h for h in s.by_hour}
        low, high = (min(found_hours), max(found_hours)) if found_hours else (8, 18)
        if days or len(found_hours) < 3:  # a working day's hours around what was sold
            low, high = min(low, 8), max(high, 18)
        hour_bars = []
        for hour in range(low, high + 1):
            h = found_hours.get(hour)
            takings = h.takings if h else 0
            sales = h.sales if h else 0
            tip = translate(
                "metrics/summary_view", "{hour:02d}:00–{hour:02d}:59: {takings} from {sales} sales"
            ).format(hour=hour, takings=money(takings), sales=sales)
            hour_bars.append(Bar(f"{hour:02d}", takings, tip))
        self.by_hour.set_bars(hour_bars)


class SummaryCard(QFrame):
    """The totals and the tables by product and by tender."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 16)
        box.setSpacing(10)
        head = QHBoxLayout()
        self.title = label(translate("metrics/summary_view", "Sales summary"), "Heading")
        head.addWidget(self.title)
        head.addStretch(1)
        self.voids = label("", "Muted")
        head.addWidget(self.voids)
        box.addLayout(head)
        self.totals = Totals()
        box.addWidget(self.totals)
        self.products = table(
            (
                translate("metrics/summary_view", "Product"),
                translate("metrics/summary_view", "Sold"),
                translate("metrics/summary_view", "Takings"),
                translate("metrics/summary_view", "Refunded"),
            )
        )
        self.tenders = table(
            (
                translate("metrics/summary_view", "Tender"),
                translate("metrics/summary_view", "Payments"),
                translate("metrics/summary_view", "Taken"),
                translate("metrics/summary_view", "Refunded"),
                translate("metrics/summary_view", "Net"),
            )
        )
        self.empty = label(
            translate("metrics/summary_view", "No sales or refunds in this period."), "Muted"
        )
        box.addWidget(self.products)
        box.addWidget(self.tenders)
        box.addWidget(self.empty)
        box.addStretch(1)

    def show_summary(self, s: SalesSummary, money: Callable[[int], str], title: str) -> None:
        self.title.setText(title)
        self.totals.show_summary(s, money)
        self.voids.setText(
            translate("metrics/summary_view", "{voids} voided ({voided})").format(
                voids=s.voids, voided=money(s.voided)
            )
            if s.voids
            else ""
        )
        products = [
            (
                p.label,
                str(p.quantity),
                money(p.takings),
                f"{p.refunded_quantity} · {money(p.refunded)}" if p.refunded_quantity else "",
            )
            for p in s.by_product
        ]
        tenders = [
            (
                translate("metrics/summary_view", TENDER_NAMES[t.method])
                if t.method in TENDER_NAMES
                else t.method.capitalize(),
                str(t.payments),
                money(t.taken),
                money(t.refunded) if t.refunded else "",
                money(t.net),
            )
            for t in s.by_tender
        ]
        fill(self.products, products)
        fill(self.tenders, tenders)
        show_if(self.products, bool(products))
        show_if(self.tenders, bool(tenders))
        show_if(self.empty, not products and not tenders)
