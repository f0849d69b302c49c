"""PopupPOS: offline-first point of sale for pop-up stalls."""

__version__ = "0.1.0"
