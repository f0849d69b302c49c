"""Backups and data: the dialog (``open_backups``), automatic backups
(``start_automatic_backups``), and the offer of the newest good backup when the database
is damaged at start (``damaged.offer_newest_backup``, used by ``cli.py``).

Import the modules themselves (``popuppos.ui.backups.backups_dialog`` ...): this package
file stays empty so that the main window pays for nothing until a backup is needed.
"""
