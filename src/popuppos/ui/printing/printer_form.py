"""The receipt printer's fields: connection, paper, characters, logo, QR, after a sale.

``show_settings`` fills them from stored settings, ``current`` reads them back as
``PrinterSettings`` (checked by the service when saved or used), ``changed`` says that
something the printout shows has changed (the dialog redraws its preview).
"""

from __future__ import annotations

from dataclasses import replace

from popuppos.services.printer_settings import (
    CHARACTER_SETS,
    PrinterKind,
    PrinterSettings,
    QrChoice,
)
from popuppos.ui.backoffice.common import button, muted
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPixmap,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

KIND_LABELS = (
    (PrinterKind.NONE, QT_TRANSLATE_NOOP("printing/printer_form", "None")),
    (PrinterKind.NETWORK, QT_TRANSLATE_NOOP("printing/printer_form", "Network")),
    (PrinterKind.USB, "USB"),
    (PrinterKind.FILE, QT_TRANSLATE_NOOP("printing/printer_form", "File")),
)
QR_LABELS = (
    (
        QrChoice.PASS_OR_LINK,
        QT_TRANSLATE_NOOP("printing/printer_form", "The member pass, else the receipt link"),
    ),
    (QrChoice.PASS, QT_TRANSLATE_NOOP("printing/printer_form", "The member pass only")),
    (QrChoice.NONE, QT_TRANSLATE_NOOP("printing/printer_form", "No QR code")),
)
LINK_HINT = QT_TRANSLATE_NOOP(
    "printing/printer_form",
    "The shop hub does not serve receipts online yet: set a link "
    "only when your own site shows a receipt at it. {sale_id} and "
    "{number} are filled in.",
)


def _chips(labels: list[str], name: str) -> tuple[QWidget, QButtonGroup, list[QPushButton]]:
    """A row of pill buttons of which exactly one is chosen."""
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(8)
    group = QButtonGroup(row)
    group.setExclusive(True)
    buttons: list[QPushButton] = []
    for i, text in enumerate(labels):
        b = QPushButton(text)
        b.setObjectName("CategoryChip")
        b.setCheckable(True)
        b.setMinimumHeight(44)
        b.setAccessibleName(f"{name}: {text}")
        group.addButton(b, i)
        box.addWidget(b)
        buttons.append(b)
    box.addStretch(1)
    return row, group, buttons


def _caption(text: str, *, top: bool = False) -> QLabel:
    """A row's label, centred on a 44 px control (``top``: beside the first of several)."""
    caption = QLabel(text)
    caption.setMinimumHeight(44 if text else 0)
    if top:
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 10, 0, 0)
    else:
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return caption


def _field(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setObjectName(name)
    edit.setMinimumHeight(44)
    return edit


class PrinterForm(QWidget):
    """The fields of the receipt printer's settings (see the module docstring)."""

    changed = Signal()  # something the printout shows
    kind_changed = Signal(int)  # 0 none, 1 network, 2 USB, 3 file
    logo_wanted = Signal()  # Choose logo… was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded: PrinterSettings | None = None
        self.logo_png: bytes | None = None
        self._loading = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        kinds, self.kind_group, self.kind_buttons = _chips(
            [translate("printing/printer_form", text) for _, text in KIND_LABELS], "Connection"
        )
        form.addRow(_caption(translate("printing/printer_form", "Connection")), kinds)
        self.address_stack = QStackedWidget()
        self.none_hint = muted(
            translate(
                "printing/printer_form",
                "Receipts are saved as PDF or printed with the print dialog.",
            )
        )
        self.network_edit = _field("192.168.1.50:9100", "NetworkAddress")
        self.usb_edit = _field(
            translate("printing/printer_form", "04b8:0202 (vendor:product, as lsusb shows)"),
            "UsbIds",
        )
        file_row = QWidget()
        file_box = QHBoxLayout(file_row)
        file_box.setContentsMargins(0, 0, 0, 0)
        self.file_edit = _field("/dev/usb/lp0", "FilePath")
        self.file_button = button(translate("printing/printer_form", "Choose…"), role="quiet")
        self.file_button.clicked.connect(self.choose_file)
        file_box.addWidget(self.file_edit, 1)
        file_box.addWidget(self.file_button)
        for w in (self.none_hint, self.network_edit, self.usb_edit, file_row):
            self.address_stack.addWidget(w)
        form.addRow(_caption(translate("printing/printer_form", "Address")), self.address_stack)

        paper, self.paper_group, self.paper_buttons = _chips(
            [
                translate("printing/printer_form", "58 mm · 32 characters"),
                translate("printing/printer_form", "80 mm · 48 characters"),
            ],
            "Paper",
        )
        form.addRow(_caption(translate("printing/printer_form", "Paper")), paper)
        self.charset_combo = QComboBox()
        self.charset_combo.setObjectName("CharacterSet")
        for key, (text, _pages) in CHARACTER_SETS.items():
            self.charset_combo.addItem(translate("services/printer_settings", text), key)
        self.charset_combo.setToolTip(
            translate(
                "printing/printer_form",
                "The code pages the printer is asked to use. A line they cannot "
                "print (another script, a rare letter) is printed as an image "
                "instead.",
            )
        )
        form.addRow(_caption(translate("printing/printer_form", "Characters")), self.charset_combo)

        logo_row = QWidget()
        logo_box = QHBoxLayout(logo_row)
        logo_box.setContentsMargins(0, 0, 0, 0)
        logo_box.setSpacing(10)
        self.logo_label = QLabel(translate("printing/printer_form", "No logo"))
        self.logo_label.setObjectName("Muted")
        self.logo_label.setFixedSize(76, 48)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_button = button(translate("printing/printer_form", "Choose logo…"), role="quiet")
        self.logo_button.clicked.connect(self.logo_wanted)
        self.logo_remove = button(translate("printing/printer_form", "Remove"), role="danger-quiet")
        logo_box.addWidget(self.logo_label)
        logo_box.addWidget(self.logo_button)
        logo_box.addWidget(self.logo_remove)
        logo_box.addStretch(1)
        form.addRow(_caption(translate("printing/printer_form", "Logo")), logo_row)

        self.qr_combo = QComboBox()
        self.qr_combo.setObjectName("QrChoice")
        for choice, text in QR_LABELS:
            self.qr_combo.addItem(translate("printing/printer_form", text), choice.value)
        form.addRow(_caption(translate("printing/printer_form", "QR code")), self.qr_combo)
        self.link_edit = _field("https://yourshop.example/r/{sale_id}", "ReceiptLink")
        self.link_edit.setToolTip(translate("printing/printer_form", LINK_HINT))
        form.addRow(_caption(translate("printing/printer_form", "Receipt link")), self.link_edit)
        link_hint = muted(translate("printing/printer_form", LINK_HINT))
        form.addRow(_caption(""), link_hint)

        self.after_sale = QCheckBox(
            translate("printing/printer_form", "Print a receipt after every sale")
        )
        self.after_sale.setObjectName("PrintAfterSale")
        self.drawer_cash = QCheckBox(
            translate("printing/printer_form", "Open the cash drawer for cash sales")
        )
        self.drawer_pin = QComboBox()
        self.drawer_pin.addItem(translate("printing/printer_form", "Drawer on pin 2"), 2)
        self.drawer_pin.addItem(translate("printing/printer_form", "Drawer on pin 5"), 5)
        self.cut = QCheckBox(translate("printing/printer_form", "Cut the paper after each receipt"))
        drawer_row = QWidget()
        drawer_box = QHBoxLayout(drawer_row)
        drawer_box.setContentsMargins(0, 0, 0, 0)
        drawer_box.addWidget(self.drawer_cash)
        drawer_box.addStretch(1)
        drawer_box.addWidget(self.drawer_pin)
        choices = QVBoxLayout()
        choices.setSpacing(6)
        for w in (self.after_sale, drawer_row, self.cut):
            choices.addWidget(w)
        form.addRow(_caption(translate("printing/printer_form", "After a sale"), top=True), choices)

        self.kind_group.idClicked.connect(self._kind_changed)
        self.paper_group.idClicked.connect(lambda _i: self._changed())
        self.charset_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.qr_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.link_edit.textChanged.connect(lambda _t: self._changed())
        self.cut.toggled.connect(lambda _c: self._changed())
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        self._loading = True
        self.set_logo(None)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def show_settings(self, settings: PrinterSettings) -> None:
        self.loaded = settings
        self._loading = True
        kinds = [k.value for k, _ in KIND_LABELS]
        self.kind_buttons[kinds.index(settings.kind) if settings.kind in kinds else 0].click()
        self.network_edit.setText(settings.network_address)
        self.usb_edit.setText(settings.usb_ids)
        self.file_edit.setText(settings.file_path)
        self.paper_buttons[0 if settings.paper_mm == 58 else 1].setChecked(True)
        self.charset_combo.setCurrentIndex(
            max(0, self.charset_combo.findData(settings.character_set))
        )
        self.qr_combo.setCurrentIndex(max(0, self.qr_combo.findData(settings.qr)))
        self.link_edit.setText(settings.receipt_link)
        self.after_sale.setChecked(settings.print_after_sale)
        self.drawer_cash.setChecked(settings.drawer_on_cash)
        self.drawer_pin.setCurrentIndex(max(0, self.drawer_pin.findData(settings.drawer_pin)))
        self.cut.setChecked(settings.cut)
        self.set_logo(settings.logo_png)
        self._loading = False

    def current(self) -> PrinterSettings:
        """The settings as the fields stand (checked only when used)."""
        base = self.loaded or PrinterSettings()
        kind_id = self.kind_group.checkedId()
        return replace(
            base,
            kind=KIND_LABELS[max(0, kind_id)][0].value,
            network_address=self.network_edit.text().strip(),
            usb_ids=self.usb_edit.text().strip(),
            file_path=self.file_edit.text().strip(),
            paper_mm=58 if self.paper_group.checkedId() == 0 else 80,
            character_set=str(self.charset_combo.currentData()),
            logo_png=self.logo_png,
            qr=str(self.qr_combo.currentData()),
            receipt_link=self.link_edit.text().strip(),
            print_after_sale=self.after_sale.isChecked(),
            drawer_on_cash=self.drawer_cash.isChecked(),
            drawer_pin=int(self.drawer_pin.currentData()),
            cut=self.cut.isChecked(),
        )

    def _kind_changed(self, kind_id: int) -> None:
        self.address_stack.setCurrentIndex(kind_id)
        field = self.address_stack.currentWidget()
        if isinstance(field, QLineEdit):
            field.setFocus()
        self.kind_changed.emit(kind_id)

    def set_logo(self, png: bytes | None) -> None:
        """Show ``png`` (prepared by ``services.printer_settings.prepare_logo``) or none."""
        self.logo_png = png
        self.logo_remove.setVisible(png is not None)
        if png is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(translate("printing/printer_form", "No logo"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.logo_label.setPixmap(
                pixmap.scaled(
                    76,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self._changed()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("printing/printer_form", "Write receipts to"), self.file_edit.text()
        )
        if chosen:
            self.file_edit.setText(chosen)
