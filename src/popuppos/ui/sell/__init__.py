"""The sell screen and its parts (grid, cart, payment, receipt, members, parking)."""
