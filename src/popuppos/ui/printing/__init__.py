"""The stall's thermal receipt printer: its settings dialog and the receipt screen's bar.

Entry points: ``PrinterSettingsDialog(ctx, parent)`` (Shop → Receipt printer…) and
``ReceiptPrinterBar(db)`` (the receipt screen prints each sale's receipt with it).
"""
