"""The first-run setup shown on a new database instead of an empty shop.

``needs_first_run(db)`` says when (no products, no sales, the setup never finished);
:class:`FirstRunWizard` asks the questions and saves them in one transaction, or seeds
the demo shop. Every answer can be changed later in Settings (``popuppos.ui.settings``).
"""

from popuppos.services.first_run import needs_first_run
from popuppos.ui.first_run.wizard import FirstRunWizard

__all__ = ["FirstRunWizard", "needs_first_run"]
