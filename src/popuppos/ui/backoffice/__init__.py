"""Back-office dialogs: shifts, sales history, refunds, voids, the manager PIN, catalogue CSV.

Every dialog takes the :class:`~popuppos.ui.context.AppContext`, runs its service calls
through :func:`~popuppos.ui.operations.run_operation`, and stays open with what the host
typed when a service refuses (the refusal is shown inside the dialog).
"""
