"""Settings: one dialog with a page list on the left (``dialog.SettingsDialog``).

Built-in pages: Shop, Manager PIN, Shop hub, Customer display, Scanner, Kiosk mode; other
modules add theirs with ``SettingsDialog.add_page(title, widget)`` (the printer, backups).
``kiosk_start.start_kiosk_if_set`` opens the check-in kiosk at start when kiosk mode is on.

Import the modules themselves: this package file stays empty so that the first-run setup
can use ``fields`` without loading every page.
"""
