"""Relations between actors: who did what to whom, coded to CAMEO root classes.

:mod:`.taxonomy` holds the action classes, :mod:`.lexicon` the Indonesian words that
signal them (active *meN-*, passive *di-*, nominal *peN-an* forms), :mod:`.extract` the
per-article stage.
"""
