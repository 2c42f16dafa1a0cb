"""Monitoring a growing store: alerts on what each build adds, and daily trends.

- :mod:`warta.monitor.alerts`: define alerts, :func:`run_alerts` after a build or a
  watch cycle (evaluate, record once, deliver);
- :mod:`warta.monitor.delivery`: JSONL and webhook delivery, failures recorded;
- :mod:`warta.monitor.trends`: per-day counts of entities and stories, spike scores.
"""

from warta.monitor.alerts import add_alert, evaluate_alerts, remove_alert, run_alerts
from warta.monitor.trends import compute_trends, spike_score

__all__ = [
    "add_alert",
    "compute_trends",
    "evaluate_alerts",
    "remove_alert",
    "run_alerts",
    "spike_score",
]
