"""Imported by the worker pool's forkserver only: loads the analysis once, before any
worker is forked from it.

The NER model, lexicons and gazetteers are process-wide caches filled on first use.
Filled here, in the forkserver, every worker of every later build in the same process
starts with them (shared copy-on-write) instead of loading them again
(see :data:`warta.pipeline.workers.PRELOAD`). Nothing else imports this module.
"""

import contextlib

from warta.pipeline.workers import warm_up

# The warm-up only saves time. Should it fail (a model file that does not match the
# code), the forkserver must still start: the same error then comes from the first
# batch, with its own message, instead of a pool that cannot start workers.
with contextlib.suppress(Exception):
    warm_up()
