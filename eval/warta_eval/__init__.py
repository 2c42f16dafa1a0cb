"""warta's scorers: quality figures against gold files, outside the runtime package.

``warta eval`` loads this package from the repository's ``eval/`` folder; the floors
that gate the figures are in ``eval/floors/``. See ``eval/README.md``.
"""
