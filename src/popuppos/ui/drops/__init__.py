"""Micro-drops for the host: the drops screen (plan, edit, end now, waitlists), the drop
dialog and the waitlist dialogs. Selling from a drop happens on the sell screen
(:mod:`popuppos.ui.sell.drop_flow`); the rules are :mod:`popuppos.core.drop_rules`."""
