"""The metrics screen: the four numbers that say whether the micro-drops work, for a
period (today, this week, 30 days, chosen days) or for one event held in it, with the
sales summary of the same window, and Export CSV.

Every read is one call to ``services.metrics.metrics_report`` on a worker
(``run_operation``); a read never overlaps another (a request that arrives meanwhile asks
for one fresh read afterwards). Sales and refunds made elsewhere in the app refresh it.
``now`` is injectable (naive UTC), like the live screen's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from popuppos.core import metrics as m
from popuppos.documents.metrics_csv import export_csv
from popuppos.services.metrics import MetricsReport, Period, PeriodKind, metrics_report, period_of
from popuppos.services.planner import local_day
from popuppos.services.receipts import local_time
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, moment_text, translate
from popuppos.ui.metrics import words
from popuppos.ui.metrics.metric_card import MetricCard
from popuppos.ui.metrics.period_picker import CustomRange, PeriodPills, custom_period
from popuppos.ui.metrics.summary_view import ChartsCard, SummaryCard
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QShowEvent,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, fast_money, label, make_button, show_if

WHOLE_PERIOD = QT_TRANSLATE_NOOP("metrics/metrics_screen", "The whole period")


class MetricsScreen(QWidget):
    loaded = Signal()  # after each read arrived and is shown
    exported = Signal(object)  # (metrics csv path, summary csv path)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MetricsScreen")
        self.ctx = ctx
        self.now = now
        self.money = fast_money(ctx)
        self.period: Period = period_of(PeriodKind.DAYS_30, today=self._today())
        self.event_id: str | None = None
        self.report: MetricsReport | None = None
        self.loads = 0
        self._reading = False
        self._again = False
        self._filling = False

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addLayout(self._build_top())
        root.addLayout(self._build_scope())
        self.banner = Banner()
        root.addWidget(self.banner)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.cards = {name: MetricCard(name) for name in m.MetricName}
        for c in self.cards.values():
            cards.addWidget(c, 1)
        root.addLayout(cards)
        root.addWidget(self._build_summary(), 1)

        # Bound methods, not lambdas: Qt drops them with the screen (a new language
        # builds the screen again; a lambda would keep calling the old one).
        ctx.events.sale_completed.connect(self._money_moved)
        ctx.events.refund_completed.connect(self._money_moved)
        self.pills.check(self.period.kind)
        self.refresh()

    def _money_moved(self, _event: object) -> None:
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _today(self) -> date:
        return local_day(self.now())

    def _build_top(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        heading = label(translate("metrics/metrics_screen", "Metrics"), "Heading")
        heading.setStyleSheet("font-size: 24px; font-weight: 800;")
        row.addWidget(heading)
        row.addSpacing(12)
        self.pills = PeriodPills()
        self.pills.picked.connect(self._pill)
        row.addWidget(self.pills)
        row.addStretch(1)
        self.export_button = make_button(
            translate("metrics/metrics_screen", "Export CSV"),
            tooltip=translate(
                "metrics/metrics_screen", "Save the four numbers and the sales summary as CSV files"
            ),
        )
        self.export_button.clicked.connect(self._ask_folder)
        row.addWidget(self.export_button)
        return row

    def _build_scope(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.custom = CustomRange(self._today)
        self.custom.chosen.connect(self._custom)
        self.custom.hide()
        row.addWidget(self.custom)
        self.scope_label = label("", "Muted")
        row.addWidget(self.scope_label, 1)
        row.addWidget(label(translate("metrics/metrics_screen", "Event"), "Muted"))
        self.event_box = QComboBox()
        self.event_box.setMinimumHeight(44)
        self.event_box.setMinimumWidth(400)
        self.event_box.setAccessibleName(translate("metrics/metrics_screen", "Event"))
        self.event_box.setToolTip(
            translate(
                "metrics/metrics_screen", "See the four numbers and the summary for one event held"
            )
        )
        self.event_box.addItem(translate("metrics/metrics_screen", WHOLE_PERIOD), None)
        self.event_box.currentIndexChanged.connect(self._event_picked)
        row.addWidget(self.event_box)
        return row

    def _build_summary(self) -> QScrollArea:
        holder = QWidget()
        holder.setObjectName("MetricsBody")
        holder.setStyleSheet("QWidget#MetricsBody { background: transparent; }")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.charts = ChartsCard(self.money)
        self.summary = SummaryCard()
        left = QVBoxLayout()
        left.addWidget(self.charts)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addStretch(1)
        row.addLayout(left, 5)
        row.addLayout(right, 6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        for w in (scroll, scroll.viewport(), holder):
            w.setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        return scroll

    # -- choosing ------------------------------------------------------------------------------
    def _pill(self, kind: str) -> None:
        k = PeriodKind(kind)
        show_if(self.custom, k is PeriodKind.CUSTOM)
        if k is PeriodKind.CUSTOM:
            self.custom.set_range(self.period.first, self.period.last)
            return
        self.set_period(period_of(k, today=self._today()))

    def _custom(self, first: date, last: date) -> None:
        chosen = custom_period(first, last)
        if isinstance(chosen, str):
            self.banner.show_message(chosen, "warning")
            return
        self.banner.clear()
        self.set_period(chosen)

    def set_period(self, period: Period) -> None:
        """Show ``period`` (the whole of it: an event chosen before is let go)."""
        self.period = period
        self.event_id = None
        self.pills.check(period.kind)
        show_if(self.custom, period.kind is PeriodKind.CUSTOM)
        self.refresh()

    def set_event(self, event_id: str | None) -> None:
        """Show one event held in the period (None: the whole period)."""
        self.event_id = event_id
        self.refresh()

    def _event_picked(self, index: int) -> None:
        if self._filling:
            return
        data = self.event_box.itemData(index)
        self.set_event(data if isinstance(data, str) else None)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        db, period, event_id, now = self.ctx.db, self.period, self.event_id, self.now()
        run_operation(
            self,
            lambda: metrics_report(db, period, event_id=event_id, now=now),
            on_success=self._arrived,
            on_failure=self._failed,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loads:
            self.refresh()

    def _arrived(self, report: MetricsReport) -> None:
        self._reading = False
        if self._again:  # what was asked for changed meanwhile: read again, show that
            self._again = False
            self.refresh()
            return
        self.report = report
        self.loads += 1
        self._show(report)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.banner.show_message(message_for(exc), "danger")
        if self.event_id is not None:  # e.g. the event was deleted from the plan
            self.event_id = None
        if self._again:
            self._again = False
            self.refresh()

    # -- showing -------------------------------------------------------------------------------
    def _show(self, report: MetricsReport) -> None:
        texts = words.card_texts(report.metrics, self.money)
        for name, card in self.cards.items():
            card.show_text(texts[name])
        self._fill_events(report)
        self.scope_label.setText(self._scope_text(report))
        if report.event is not None:
            title = translate("metrics/metrics_screen", "Sales during {title}").format(
                title=report.event.title
            )
        else:
            title = translate("metrics/metrics_screen", "Sales summary · {label}").format(
                label=report.period.label
            )
        self.summary.show_summary(report.summary, self.money, title)
        many_days = report.event is None and report.period.days > 1
        self.charts.show_summary(report.summary, self.money, days=many_days)

    def _fill_events(self, report: MetricsReport) -> None:
        self._filling = True
        try:
            self.event_box.clear()
            self.event_box.addItem(translate("metrics/metrics_screen", WHOLE_PERIOD), None)
            for e in report.events:
                when = moment_text(
                    local_time(e.starts_at),
                    "%a %d %b, %H:%M",
                    translate("metrics/metrics_screen", "ddd d MMM, HH:mm"),
                )
                self.event_box.addItem(f"{when} · {e.title} ({e.kind_label})", e.id)
            chosen = report.event
            if chosen is not None and chosen.id not in {e.id for e in report.events}:
                self.event_box.addItem(f"{chosen.title} ({chosen.kind_label})", chosen.id)
            index = self.event_box.findData(chosen.id) if chosen is not None else 0
            self.event_box.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def _scope_text(self, report: MetricsReport) -> str:
        as_of = local_time(report.metrics.as_of).strftime("%H:%M")
        if report.event is not None:
            e = report.event
            start, end = local_time(e.starts_at), local_time(e.ends_at)
            span = (
                moment_text(
                    start,
                    "%a %d %b %Y, %H:%M",
                    translate("metrics/metrics_screen", "ddd d MMM yyyy, HH:mm"),
                )
                + f"–{end:%H:%M}"
            )
            return translate(
                "metrics/metrics_screen", "{kind_label} · {span} · as of {as_of}"
            ).format(kind_label=e.kind_label, span=span, as_of=as_of)
        p = report.period
        short = translate("metrics/metrics_screen", "d MMM")
        days = (
            moment_text(p.first, "%d %b", short)
            if p.first == p.last
            else moment_text(p.first, "%d %b", short)
            + " – "
            + moment_text(p.last, "%d %b %Y", translate("metrics/metrics_screen", "d MMM yyyy"))
        )
        held = len(report.events)
        if held == 1:
            return translate(
                "metrics/metrics_screen", "{days} · {held} event held · as of {as_of}"
            ).format(days=days, held=held, as_of=as_of)
        return translate(
            "metrics/metrics_screen", "{days} · {held} events held · as of {as_of}"
        ).format(days=days, held=held, as_of=as_of)

    # -- export --------------------------------------------------------------------------------
    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("metrics/metrics_screen", "Export CSV into folder"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the shown figures as two CSV files into ``folder`` (on a worker)."""
        report = self.report
        if report is None:
            self.banner.show_message(
                translate("metrics/metrics_screen", "The figures are still being read; try again."),
                "warning",
            )
            return
        currency = self.ctx.settings.currency
        run_operation(
            self,
            lambda: export_csv(report, folder, currency),
            on_success=self._exported,
            on_failure=lambda exc: self.banner.show_message(message_for(exc), "danger"),
        )

    def _exported(self, paths: tuple[Path, Path]) -> None:
        names = " and ".join(p.name for p in paths)
        self.banner.show_message(
            translate("metrics/metrics_screen", "Saved {names} in {parent}.").format(
                names=names, parent=paths[0].parent
            ),
            "success",
        )
        self.exported.emit(paths)
