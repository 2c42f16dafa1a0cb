"""Quotations and their speakers.

- :mod:`~warta.nlp.quotes.extract`: direct and indirect quotes in one article;
- :mod:`~warta.nlp.quotes.clauses`: the sentence shapes around a cue (clause or not);
- :mod:`~warta.nlp.quotes.article`: salience and speaker resolution across an article;
- :mod:`~warta.nlp.quotes.narration`: who a narrative sentence is about;
- :mod:`~warta.nlp.quotes.lookups`: where an article names whom (mentions by offset);
- :mod:`~warta.nlp.quotes.resolved`: the extraction records and final speaker names;
- :mod:`~warta.nlp.quotes.cues`: the cue lexicon and name helpers (their surface):
  :mod:`~warta.nlp.quotes.cue_verbs` (reporting verbs and their patterns),
  :mod:`~warta.nlp.quotes.speaker_words` (pronouns, titles, heads of bodies and places),
  :mod:`~warta.nlp.quotes.name_tokens` (a name's words told from titles, places, bodies),
  :mod:`~warta.nlp.quotes.name_finder` (names in a text, the name a speaker is shown by);
- :mod:`~warta.nlp.quotes.speakers`: speaker phrases parsed (the parsers' surface):
  :mod:`~warta.nlp.quotes.who` (the record), :mod:`~warta.nlp.quotes.phrase`,
  :mod:`~warta.nlp.quotes.subject`, :mod:`~warta.nlp.quotes.after` (the parsers),
  :mod:`~warta.nlp.quotes.segments` (comma segments before a subject),
  :mod:`~warta.nlp.quotes.people` (people described, unnamed sources, bare offices),
  :mod:`~warta.nlp.quotes.wording` (text helpers);
- :mod:`~warta.nlp.quotes.spans`: quoted spans and their boundaries;
- :mod:`~warta.nlp.quotes.collapse`: one quote per statement across copies.
"""
