"""Per-article language analysis, one subpackage per concern.

- :mod:`warta.nlp.sentences`: sentence splitting shared by every analysis;
- :mod:`warta.nlp.entities`: NER, gazetteer and alias resolution (people, organisations, places);
- :mod:`warta.nlp.quotes`: quotations and their speakers;
- :mod:`warta.nlp.time`: time expressions, anchors and dated events.

The stage wrappers that run them in a build live in :mod:`warta.pipeline.stages`.
"""
