"""Time: expressions, anchors and dated events.

- :mod:`~warta.nlp.time.timex`: time expressions tagged and normalised against an anchor
  (:mod:`~warta.nlp.time.patterns` the patterns, :mod:`~warta.nlp.time.calendar` ISO
  arithmetic);
- :mod:`~warta.nlp.time.anchor`: an undated article's anchor inferred from the corpus;
- :mod:`~warta.nlp.time.events`: sentences with a date and participants, as events.
"""
