"""The metrics screen: the four numbers that say whether the micro-drops work, and the
daily and per-event sales summaries (``MetricsScreen``)."""
