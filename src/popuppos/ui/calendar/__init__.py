"""The member calendar and check-in: week/month calendar, session dialog and panel, the
host's check-in screen and the attendee-facing kiosk.

Screens the main window hosts: :class:`~popuppos.ui.calendar.calendar_screen.CalendarScreen`,
:class:`~popuppos.ui.calendar.checkin_screen.CheckInScreen` and the full-screen
:class:`~popuppos.ui.calendar.kiosk.KioskWindow`. Each has one ``handle_scan(code)`` for the
keyboard-wedge scanner; the camera and the typed/pasted code reach the same method.
"""
