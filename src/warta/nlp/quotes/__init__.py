"""Quotations and their speakers.

- :mod:`~warta.nlp.quotes.extract`: direct and indirect quotes in one article;
- :mod:`~warta.nlp.quotes.cues`: the cue lexicon (speech verbs, titles, heads);
- :mod:`~warta.nlp.quotes.speakers`: speaker phrases parsed and resolved;
- :mod:`~warta.nlp.quotes.spans`: quoted spans and their boundaries;
- :mod:`~warta.nlp.quotes.collapse`: one quote per statement across copies.
"""
