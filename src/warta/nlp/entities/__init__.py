"""People, organisations and places: NER, the place gazetteer and alias resolution.

- :mod:`~warta.nlp.entities.ner` (CRF tagger; :mod:`~warta.nlp.entities.features` its
  features; :mod:`~warta.nlp.entities.transformers` an optional transformer backend);
- :mod:`~warta.nlp.entities.gazetteer`: places, countries and metonyms from the lexicon;
- :mod:`~warta.nlp.entities.aliases`: names resolved within one article
  (:mod:`~warta.nlp.entities.names` name forms, :mod:`~warta.nlp.entities.spans` spans);
- :mod:`~warta.nlp.entities.crossdoc`: one entity table across articles.
"""
