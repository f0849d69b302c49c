"""A metric card: the metric's name, a big figure, its unit and one line of counts; the
precise definition is the card's tooltip (and its accessible description)."""

from __future__ import annotations

from popuppos.core import metrics as m
from popuppos.ui.i18n import translate
from popuppos.ui.metrics import words
from popuppos.ui.qt import QFrame, QLabel, QSizePolicy, Qt, QVBoxLayout, QWidget
from popuppos.ui.sell.widgets import accent_colour
from popuppos.ui.theme import follow_theme


class MetricCard(QFrame):
    def __init__(self, name: m.MetricName, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("Card")
        self.setProperty("metric", name.value)
        self.setToolTip(words.tooltip(name))
        self.setAccessibleName(translate("core/metrics", m.TITLES[name]))
        self.setAccessibleDescription(m.definition(name))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 16)
        box.setSpacing(2)
        self.caption = QLabel(translate("core/metrics", m.TITLES[name]))
        self.caption.setObjectName("TotalCaption")
        self.value = QLabel("—")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        follow_theme(  # the accent of the theme on screen, also after a switch
            self.value,
            lambda: self.value.setStyleSheet(
                f"font-size: 38px; font-weight: 800; color: {accent_colour()};"
            ),
        )
        self.unit = QLabel("")
        self.unit.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.detail = QLabel("")
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(58)  # three lines: German details run longer
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for w in (self.caption, self.value, self.unit, self.detail):
            w.setToolTip(self.toolTip())
            box.addWidget(w)

    def show_text(self, text: words.CardText) -> None:
        self.value.setText(text.value)
        self.unit.setText(text.unit)
        self.detail.setText(text.detail)
