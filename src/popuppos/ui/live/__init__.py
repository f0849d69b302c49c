"""Live mode: going live for an event, one-tap selling of the drops on sale, the running
conversion per live minute, and the customer-facing display with its transparency settings.

:class:`~popuppos.ui.live.live_screen.LiveScreen` is the host's screen;
:class:`~popuppos.ui.live.customer_display.CustomerDisplay` the second window the customers
read; :class:`~popuppos.ui.live.transparency_dialog.TransparencyDialog` the host's choices.
"""
