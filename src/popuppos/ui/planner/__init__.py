"""The 12-week planner: drops, member sessions, free micro-events and pop-up days on one
timeline (:class:`~popuppos.ui.planner.planner_screen.PlannerScreen`), its plan events
edited in :class:`~popuppos.ui.planner.event_dialog.EventDialog` and a whole 12-week plan
made from a template cadence in :class:`~popuppos.ui.planner.template_dialog.TemplateDialog`.
"""
