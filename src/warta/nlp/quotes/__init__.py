"""Quotations and their speakers.

- :mod:`~warta.nlp.quotes.extract`: direct and indirect quotes in one article;
- :mod:`~warta.nlp.quotes.clauses`: the sentence shapes around a cue (clause or not);
- :mod:`~warta.nlp.quotes.article`: salience and speaker resolution across an article;
- :mod:`~warta.nlp.quotes.narration`: who a narrative sentence is about;
- :mod:`~warta.nlp.quotes.lookups`: where an article names whom (mentions by offset);
- :mod:`~warta.nlp.quotes.resolved`: the extraction records and final speaker names;
- :mod:`~warta.nlp.quotes.cues`: the cue lexicon (speech verbs, titles, heads);
- :mod:`~warta.nlp.quotes.speakers`: speaker phrases parsed and resolved;
- :mod:`~warta.nlp.quotes.spans`: quoted spans and their boundaries;
- :mod:`~warta.nlp.quotes.collapse`: one quote per statement across copies.
"""
