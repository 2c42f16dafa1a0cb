"""Server-rendered web UI (Jinja2, autoescaped) over the read layer; see :mod:`.views`."""
