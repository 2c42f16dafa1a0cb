"""Monitoring a growing store: alerts on what each build adds, and daily trends.

- :mod:`warta.monitor.alerts`: define alerts; after a build or a watch cycle,
  :func:`run_alerts` (given the store's path) or :func:`evaluate` (given an open
  connection) evaluates them, records each firing once and delivers it (failed
  deliveries are retried by the next call);
- :mod:`warta.monitor.delivery`: JSONL and webhook delivery, failures recorded;
- :mod:`warta.monitor.trends`: per-day counts of entities and stories, spike scores.
"""

from warta.monitor.alerts import add_alert, evaluate, evaluate_alerts, remove_alert, run_alerts
from warta.monitor.trends import compute_trends, spike_score

__all__ = [
    "add_alert",
    "compute_trends",
    "evaluate",
    "evaluate_alerts",
    "remove_alert",
    "run_alerts",
    "spike_score",
]
