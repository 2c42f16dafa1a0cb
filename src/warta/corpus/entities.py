"""Corpus-wide entity resolution: one entity per person, organisation or place.

Per-article canonical names (from :mod:`warta.nlp.entities.aliases`) are merged across
articles by :func:`warta.nlp.entities.crossdoc.resolve_corpus` (a bare "Santoso" in one
article becomes "Budi Santoso", named in full in another), and the corpus names are
written back into every article's mentions, entity list, quote speakers and event
participants (relations keep their local names, as before: readers take the corpus
name from the mention a relation points at).

Two ways in:

* :func:`resolve_entities` - the whole-corpus function over article records.
* :func:`update_entities` - the incremental registry: per batch of added and removed
  articles it updates persistent tables and gives, for every article and every entity,
  what :func:`resolve_entities` over all indexed articles would give.

How the registry stays exact with indexed lookups only
------------------------------------------------------

The corpus name of a local entity depends only on its ``(name, type, role or not)``
(:class:`~warta.nlp.entities.crossdoc.CorpusNames`) and on a few *facts* gathered from
all refs (:class:`~warta.nlp.entities.crossdoc.CorpusFacts`). The facts are stored as
counted rows keyed the way a resolution reads them:

* ``entity_forms``/``entity_keys``: spellings and article weight per person key;
  ``entity_runs``: every run of two words or more of a key -> the key (the longer names
  that contain a name, which :func:`~warta.nlp.entities.names.sub_names` reads);
* ``entity_shorts``: one-word form -> person keys; ``entity_roles``: role -> keys;
* ``entity_surfaces``: (type, surface) -> entity names; ``entity_orgs``: organisation
  names and surfaces; ``entity_org_abbr``: the *abbreviation keys* of each organisation's
  full name (:func:`~warta.nlp.entities.crossdoc.full_abbreviation_keys`: a prefix of the
  first word, the initial of a later word). A one-word name's own keys
  (:func:`~warta.nlp.entities.crossdoc.short_abbreviation_keys`) meet those of every
  full name it abbreviates, so the candidates come by key, not by scanning every
  organisation with the same first letter (``resolve_corpus`` narrows its letter
  buckets by the same keys).

A batch changes some facts. The distinct local names whose resolution reads a changed
fact (``entity_locals``, found through ``entity_local_keys`` and the fact tables) are
resolved again with :class:`CorpusNames` over the facts their resolution reads,
fetched by key (a key's containing names, the keys of a one-word form or role, the
owners of a surface, the organisation names an abbreviation may stand for) - the same
function on the facts it would read in the whole corpus, so the same answer. A local
name whose corpus name changed is a *merge* (logged in ``entity_merges``): its refs move
between entities and the articles naming it are rewritten (record JSON and mentions,
quotes and events rows). ``entities``/``aliases`` rows are rewritten for the entities
whose members changed only, from per-entity counts (``entity_reg_*``).

Cost per batch: the lookups above, plus the rows of the articles that name a re-pointed
local name (a bare "Widodo" that comes to denote "Joko Widodo" rewrites every article
naming the bare "Widodo": the price of keeping the stored names, which readers filter
on, exact). The facts read are bounded by the number of *distinct names* sharing a key
(e.g. every full name whose first or last word is "Ahmad", when a bare "Ahmad" is
resolved again), never by the number of articles. :data:`LAST_UPDATE` says what the
last call read.

Intended differences from a whole-store run: none in names or tables. Event
participants are renamed from the local ones kept at indexing time; if a later step
re-extracted an article's events (re-anchored to an inferred date, so their sentences
differ from the kept ones), its current participants are renamed as local names and
the dates step, which is given every renamed article, extracts them again. The merge
log depends on the order articles arrived in (it is a history, not a result).

``articles.record`` must hold the local names when an id is first passed as added
(the per-article pipeline's output). :func:`clear_index` keeps each article's local
entities (``entity_refs``, ``entity_snapshots``) so a re-index reads them, not the
renamed records. A store from before this registry has no such snapshot and renamed
records: its articles are indexed with their corpus names as local names until their
pipeline version changes (resolution maps a corpus name to itself in nearly every
case, but a bare name whose full form has since left the store stays re-pointed).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from warta.nlp.entities.crossdoc import (
    CorpusFacts,
    CorpusNames,
    full_abbreviation_keys,
    parse_role,
    person_key,
    ref_facts,
    resolve_corpus,
    short_abbreviation_keys,
)
from warta.nlp.entities.names import initialled, org_base
from warta.records import Article, Entity, EntityRef, Event
from warta.serialize import article_from_json
from warta.store import writer
from warta.store.queries import state_value

#: Tables of the registry emptied by :func:`clear_index` (the local snapshots stay).
_DERIVED = (
    "entity_forms",
    "entity_keys",
    "entity_runs",
    "entity_shorts",
    "entity_roles",
    "entity_surfaces",
    "entity_orgs",
    "entity_org_abbr",
    "entity_locals",
    "entity_local_keys",
    "entity_reg_articles",
    "entity_reg_aliases",
    "entity_reg_subtypes",
    "entities",
    "aliases",
)


def rename(article: Article, names: Mapping[str, str]) -> Article:
    """``article`` with every local entity name replaced by its corpus name."""
    if not names or all(k == v for k, v in names.items()):
        return article

    def get(name: str | None) -> str | None:
        return names.get(name, name) if name else name

    # A record is rebuilt only where a name changes (dataclasses.replace is most of the
    # cost of a rename, and most names of a renamed article stay).
    def participants(e: Event) -> tuple[str, ...]:
        return tuple(dict.fromkeys(names.get(p, p) for p in e.participants))

    return replace(
        article,
        mentions=tuple(
            m if get(m.entity) == m.entity else replace(m, entity=get(m.entity))
            for m in article.mentions
        ),
        entities=tuple(
            e if e.name not in names else replace(e, name=names[e.name]) for e in article.entities
        ),
        quotes=tuple(
            q if get(q.speaker) == q.speaker else replace(q, speaker=get(q.speaker))
            for q in article.quotes
        ),
        events=tuple(
            e if (p := participants(e)) == e.participants else replace(e, participants=p)
            for e in article.events
        ),
    )


def resolve_entities(articles: Sequence[Article]) -> tuple[list[Article], list[Entity]]:
    """Articles with corpus names (only those that changed) and the entity table."""

    mapping, table = resolve_corpus({a.id: a.entities for a in articles})
    changed = []
    for a in articles:
        renamed = rename(a, mapping.get(a.id, {}))
        if renamed is not a:
            changed.append(renamed)
    return changed, table


# --- the incremental registry -------------------------------------------------------

#: A distinct local name: (name, type, 1 if a person named by a role else 0).
Local = tuple[str, str, int]


@dataclass
class _Stats:
    """How much one update read (the tests check it does not grow with the store)."""

    refs_loaded: int = 0
    locals_resolved: int = 0
    keys_read: int = 0


#: The figures of the last :func:`update_entities` call in this process.
LAST_UPDATE = _Stats()

#: Bump when :class:`~warta.nlp.entities.crossdoc.CorpusNames` names a local name
#: differently from the same facts. The next update then resolves every stored local
#: name again and rewrites only the articles whose names change: a rule change costs
#: what it moves, not a re-index of the store. (2: a surface of several entities goes
#: to the dominant one. 3: a name with a word before the surname cut to its initial is
#: the one longer name it cites, :func:`~warta.nlp.entities.names.initialled`. 4: a
#: shortened name part, "Abd." or "Tb.", keys as the word it shortens. 5: the Sumba
#: titles "Umbu"/"Rambu" open a full name and stay with a given name cited alone. 6:
#: so do the Kutai titles "Aji"/"Dayang". 7: a one-word resident the article keeps apart
#: from a namesake keeps its own name. 8: a name of two words or more one article
#: declares as a person's other name, a stage or pen name, is that person's everywhere.)
RESOLUTION = "8"


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the registry and the entities/aliases tables; keep each article's local
    entities (marked not indexed), so re-indexing does not read renamed records."""
    for table in _DERIVED:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE entity_snapshots SET indexed = 0")


def update_entities(
    conn: sqlite3.Connection,
    added: Collection[str],
    removed: Collection[str],
    *,
    rename: bool = True,
    local: set[str] | None = None,
) -> set[str]:
    """Take ``removed`` out of and ``added`` into the entity registry; return the ids
    whose corpus entity names changed, including ``added``.

    Runs inside the caller's transaction. Afterwards the ``entities`` and ``aliases``
    tables and every indexed article's names equal what
    :func:`resolve_entities` over all indexed articles gives.

    With ``rename=False`` the articles are not rewritten: the ids whose names *may* have
    changed are returned (``added`` among them), and :func:`rename_articles` must be
    given them (with those of any later call) before another step reads names. A build
    taking several batches in a row renames each article once that way, not once per
    batch that re-points one of its names. ``local`` then receives the ids whose local
    snapshot this call took from their stored record (for :func:`rename_articles`).
    """
    global LAST_UPDATE
    LAST_UPDATE = _Stats()
    added_ids, removed_ids = set(added), set(removed)
    snapshots = _snapshot_state(conn, added_ids | removed_ids)
    delta = _Delta()
    for aid in sorted(removed_ids):
        if snapshots.get(aid) == 1:
            old_refs = _stored_refs(conn, aid)
            delta.article(old_refs, -1)
            for r in old_refs:
                delta.registry(_local(r), aid, r, -1, conn)
        _drop_snapshot(conn, aid)
    fresh = sorted(a for a in added_ids if a in removed_ids or snapshots.get(a) != 1)
    new_refs: dict[str, list[EntityRef]] = {}
    read: dict[str, Article] = {}
    for aid in fresh:
        got = _index_article(conn, aid, keep=aid not in removed_ids and aid in snapshots)
        if got is None:
            continue  # no such article any more
        refs, article = got
        new_refs[aid] = refs
        if article is not None:
            read[aid] = article
        delta.article(refs, +1)
    changed_facts = delta.apply(conn)
    affected = _affected_locals(conn, changed_facts) | {
        _local(r) for refs in new_refs.values() for r in refs
    }
    if state_value(conn, "entity_resolution") != RESOLUTION:
        _refill_runs(conn)  # a new rule may cite longer names by other runs
        every = conn.execute("SELECT name, type, role FROM entity_locals")
        affected |= {(r[0], r[1], int(r[2])) for r in every}
        conn.execute(
            "INSERT OR REPLACE INTO state(key, value) VALUES ('entity_resolution', ?)",
            (RESOLUTION,),
        )
    renamed = _resolve(conn, affected, new_refs, delta)
    _write_entities(conn, delta.entities_touched)
    if not rename:
        if local is not None:
            local |= set(read)
        return set(new_refs) | renamed | set(added_ids)
    return _rename_articles(conn, set(new_refs) | renamed, read) | set(added_ids)


def rename_articles(
    conn: sqlite3.Connection, ids: Iterable[str], local: Collection[str] = ()
) -> set[str]:
    """Write the corpus names the registry gives now into ``ids`` (the ids
    :func:`update_entities` returned with ``rename=False``); return those whose names
    changed. Runs inside the caller's transaction.

    ``local``: ids whose stored record still holds the local names their snapshot was
    taken from (what :func:`update_entities` put in its ``local``, no record written
    since); their snapshot is then not read back."""
    return _rename_articles(conn, ids, {}, local)


def _refill_runs(conn: sqlite3.Connection) -> None:
    """Write ``entity_runs`` again from the stored person keys, by :func:`_runs` as it
    reads now."""
    conn.execute("DELETE FROM entity_runs")
    for (key,) in conn.execute("SELECT key FROM entity_keys").fetchall():
        conn.executemany(
            "INSERT OR IGNORE INTO entity_runs(run, key) VALUES (?, ?)",
            [(run, key) for run in _runs(tuple(key.split()))],
        )


def _local(r: EntityRef) -> Local:
    return (r.name, r.type, int(r.type == "PER" and r.subtype == "role"))


def _key_text(key: tuple[str, ...]) -> str:
    return " ".join(key)


def _role_text(role: tuple[str, str]) -> str:
    return f"{role[0]}\t{role[1]}"


def _runs(key: tuple[str, ...]) -> set[str]:
    """Every run of two words or more of ``key``, itself included, and their forms with a
    word cut to its initial (:func:`~warta.nlp.entities.names.initialled`): the shorter
    names :func:`~warta.nlp.entities.names.sub_names` maps up to ``key`` across articles."""
    runs = {key[i : i + n] for n in range(2, len(key) + 1) for i in range(len(key) - n + 1)}
    return {_key_text(run) for run in (*runs, *initialled(key))}


def _abbreviation(name: str) -> str | None:
    """The one-word name an organisation's local name is read as an abbreviation of
    (``CorpusNames`` compares it with full names), or None."""
    base = org_base(name)
    if " " in base or base.isupper():
        return None
    return base


def _local_keys(local: Local) -> set[str]:
    """The lookup keys under which a changed fact finds this local name."""
    name, etype, role = local
    if etype == "PER":
        if role:
            parsed = parse_role(name)
            return {"r:" + _role_text(parsed)} if parsed else set()
        key = person_key(name)
        return {"s:" + key[0]} if len(key) == 1 else set()
    keys = set()
    if etype == "ORG":
        base = org_base(name)
        if base != name:
            keys.add("b:" + base)
        short = _abbreviation(name)
        if short:
            keys |= {"a:" + k for k in short_abbreviation_keys(short)}
    return keys


# --- snapshots: each article's local entities --------------------------------------


def _snapshot_state(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, int]:
    out = {}
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT article_id, indexed FROM entity_snapshots WHERE article_id IN ({marks})",
            chunk,
        ):
            out[row[0]] = int(row[1])
    return out


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _stored_refs(conn: sqlite3.Connection, article_id: str) -> list[EntityRef]:
    rows = conn.execute(
        "SELECT name, type, subtype, count, mentions, attributes FROM entity_refs "
        "WHERE article_id = ? ORDER BY position",
        (article_id,),
    ).fetchall()
    LAST_UPDATE.refs_loaded += len(rows)
    return [_ref_of(row) for row in rows]


def _ref_of(row: Sequence[Any]) -> EntityRef:
    return EntityRef(
        name=row[0],
        type=row[1],
        subtype=row[2],
        count=int(row[3]),
        mentions=tuple(json.loads(row[4])),
        attributes=tuple(json.loads(row[5])),
    )


def _drop_snapshot(conn: sqlite3.Connection, article_id: str) -> None:
    conn.execute("DELETE FROM entity_refs WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM entity_snapshots WHERE article_id = ?", (article_id,))


def _index_article(
    conn: sqlite3.Connection, article_id: str, *, keep: bool
) -> tuple[list[EntityRef], Article | None] | None:
    """The local refs of ``article_id``, from its kept snapshot (``keep``) or else from
    its stored record (returned too), which then becomes the snapshot; None if it is
    not stored."""
    if keep:
        conn.execute("UPDATE entity_snapshots SET indexed = 1 WHERE article_id = ?", (article_id,))
        return _stored_refs(conn, article_id), None
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = article_from_json(row[0])
    fields = {
        "mentions": [m.entity for m in article.mentions],
        "quotes": [q.speaker for q in article.quotes],
        "events": [[e.text, list(e.participants)] for e in article.events],
    }
    _drop_snapshot(conn, article_id)
    conn.execute(
        "INSERT INTO entity_snapshots(article_id, fields, indexed) VALUES (?, ?, 1)",
        (article_id, json.dumps(fields, ensure_ascii=False)),
    )
    conn.executemany(
        "INSERT INTO entity_refs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                i,
                r.name,
                r.type,
                r.subtype,
                r.count,
                json.dumps(list(r.mentions), ensure_ascii=False),
                json.dumps(list(r.attributes), ensure_ascii=False),
            )
            for i, r in enumerate(article.entities)
        ],
    )
    return list(article.entities), article


# --- counted facts and their changes -----------------------------------------------


@dataclass
class _Changed:
    """The facts a batch changed, as the keys that find what reads them."""

    keys: set[tuple[str, ...]]
    shorts: set[str]
    roles: set[tuple[str, str]]
    surfaces: set[tuple[str, str]]
    orgs: set[str]


Row = tuple[Any, ...]


class _Delta:
    """Signed changes to the fact and registry tables, applied at once."""

    def __init__(self) -> None:
        self.forms: Counter[Row] = Counter()  # (key, form) -> refs
        self.form_counts: Counter[Row] = Counter()  # (key, form) -> count
        self.weight: Counter[Row] = Counter()
        self.shorts: Counter[Row] = Counter()
        self.roles: Counter[Row] = Counter()
        self.surfaces: Counter[Row] = Counter()
        self.orgs: Counter[Row] = Counter()
        self.locals: Counter[Local] = Counter()
        self.reg_articles: Counter[Row] = Counter()
        self.reg_aliases: Counter[Row] = Counter()
        self.reg_subtypes: Counter[Row] = Counter()
        self.reg_mentions: Counter[Row] = Counter()
        self.entities_touched: set[tuple[str, str]] = set()
        self._corpus_cache: dict[Local, str | None] = {}

    def article(self, refs: Iterable[EntityRef], sign: int) -> None:
        """Count the facts of one article's refs in (+1) or out (-1)."""
        keys: set[str] = set()
        for r in refs:
            keys |= self._ref(r, sign)
        for key in keys:  # the weight counts articles: a key once per article
            self.weight[(key,)] += sign

    def _ref(self, r: EntityRef, sign: int) -> set[str]:
        keys = set()
        for kind, fact in ref_facts(r):
            if kind == "form":
                key = _key_text(fact[0])
                keys.add(key)
                self.forms[(key, fact[1])] += sign
                self.form_counts[(key, fact[1])] += sign * r.count
            elif kind == "short":
                self.shorts[(fact[0], _key_text(fact[1]))] += sign
            elif kind == "role":
                self.roles[(_role_text(fact[0]), _key_text(fact[1]))] += sign
            elif kind == "surface":
                self.surfaces[fact] += sign
            else:
                self.orgs[(fact,)] += sign
        self.locals[_local(r)] += sign
        return keys

    def registry(
        self, local: Local, article_id: str, r: EntityRef, sign: int, conn: sqlite3.Connection
    ) -> None:
        """Count ``r`` in (+1) or out of (-1) the entity its local name resolves to now."""
        if local not in self._corpus_cache:
            row = conn.execute(
                "SELECT corpus FROM entity_locals WHERE name = ? AND type = ? AND role = ?", local
            ).fetchone()
            self._corpus_cache[local] = row[0] if row else None
        corpus = self._corpus_cache[local]
        if corpus is not None:
            self.member(corpus, article_id, r, sign)

    def member(self, corpus: str, article_id: str, r: EntityRef, sign: int) -> None:
        entity = (corpus, r.type)
        self.entities_touched.add(entity)
        self.reg_articles[(*entity, article_id)] += sign
        for alias in {*r.mentions, r.name}:
            self.reg_aliases[(*entity, alias)] += sign
        if r.subtype and r.subtype != "role":
            self.reg_subtypes[(*entity, r.subtype)] += sign
        self.reg_mentions[entity] += sign * r.count

    def apply(self, conn: sqlite3.Connection) -> _Changed:
        """Write the fact changes and the local-name counts; return what changed."""
        forms = {k: (self.forms[k], self.form_counts[k]) for k in self.forms}
        _bump(conn, "entity_forms", ("key", "form"), ("refs", "count"), forms)
        made, gone = _bump(
            conn, "entity_keys", ("key",), ("weight",), {k: (v,) for k, v in self.weight.items()}
        )
        # One statement for all the keys (a batch makes thousands): the rows are keyed,
        # so the order they are written in is no part of the table.
        conn.executemany(
            "INSERT OR IGNORE INTO entity_runs(run, key) VALUES (?, ?)",
            [(run, key) for (key,) in made for run in _runs(tuple(key.split()))],
        )
        conn.executemany("DELETE FROM entity_runs WHERE key = ?", gone)
        for table, cols, counter in (
            ("entity_shorts", ("word", "key"), self.shorts),
            ("entity_roles", ("role", "key"), self.roles),
            ("entity_surfaces", ("type", "surface", "name"), self.surfaces),
        ):
            _bump(conn, table, cols, ("refs",), {k: (v,) for k, v in counter.items()})
        made, gone = _bump(
            conn, "entity_orgs", ("name",), ("refs",), {k: (v,) for k, v in self.orgs.items()}
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_org_abbr(akey, name) VALUES (?, ?)",
            [(k, name) for (name,) in made for k in full_abbreviation_keys(org_base(name))],
        )
        conn.executemany("DELETE FROM entity_org_abbr WHERE name = ?", gone)
        made_locals, gone_locals = _bump(
            conn,
            "entity_locals",
            ("name", "type", "role"),
            ("refs",),
            {k: (v,) for k, v in self.locals.items()},
        )
        for local in made_locals:
            conn.executemany(
                "INSERT OR IGNORE INTO entity_local_keys(lkey, name, type, role) "
                "VALUES (?, ?, ?, ?)",
                [(k, *local) for k in _local_keys(local)],
            )
        for local in gone_locals:
            conn.execute(
                "DELETE FROM entity_local_keys WHERE name = ? AND type = ? AND role = ?", local
            )
        return _Changed(
            keys={tuple(k.split()) for (k,) in self.weight}
            | {tuple(k.split()) for k, _f in self.forms},
            shorts={w for w, _k in self.shorts},
            roles={tuple(r.split("\t", 1)) for r, _k in self.roles},
            surfaces={(t, s) for t, s, _n in self.surfaces},
            orgs={name for (name,) in made | gone},
        )

    def apply_registry(self, conn: sqlite3.Connection) -> None:
        """Write the per-entity counts; entities whose last article left are deleted."""
        made, gone = _bump(
            conn,
            "entity_reg_articles",
            ("name", "type", "article_id"),
            ("refs",),
            {k: (v,) for k, v in self.reg_articles.items()},
        )
        articles: Counter[tuple[str, str]] = Counter()
        for name, etype, _a in made:
            articles[(name, etype)] += 1
        for name, etype, _a in gone:
            articles[(name, etype)] -= 1
        for table, col, counter in (
            ("entity_reg_aliases", "alias", self.reg_aliases),
            ("entity_reg_subtypes", "subtype", self.reg_subtypes),
        ):
            _bump(
                conn, table, ("name", "type", col), ("refs",), {k: (v,) for k, v in counter.items()}
            )
        for entity in self.entities_touched:
            conn.execute(
                "INSERT INTO entities(name, type, subtype, aliases, article_count, mention_count) "
                "VALUES (?, ?, NULL, '[]', ?, ?) ON CONFLICT(name, type) DO UPDATE SET "
                "article_count = article_count + excluded.article_count, "
                "mention_count = mention_count + excluded.mention_count",
                (*entity, articles[entity], self.reg_mentions[entity]),
            )


def _bump(
    conn: sqlite3.Connection,
    table: str,
    keys: Sequence[str],
    values: Sequence[str],
    deltas: Mapping[Row, tuple[int, ...]],
) -> tuple[set[Row], set[Row]]:
    """Add ``deltas`` to counted rows; a row whose first value falls to 0 is deleted.
    Returns the keys of the rows created and of the rows deleted."""
    rows = [(*key, *delta) for key, delta in deltas.items() if any(delta)]
    if not rows:
        return set(), set()
    # Set-wise, through a temporary table of the deltas: one statement per step instead
    # of one per row (a batch of 500 articles bumps some 20,000 rows).
    cols, temp = [*keys, *values], f"temp.bump_{table}"
    on = " AND ".join(f"x.{k} = d.{k}" for k in keys)
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS bump_{table} AS "
        f"SELECT {', '.join(cols)} FROM main.{table} WHERE 0"
    )
    conn.execute(f"DELETE FROM {temp}")
    conn.executemany(f"INSERT INTO {temp} VALUES ({','.join('?' * len(cols))})", rows)
    key_cols = ", ".join(f"d.{k}" for k in keys)
    existed = {
        tuple(r) for r in conn.execute(f"SELECT {key_cols} FROM {temp} d JOIN {table} x ON {on}")
    }
    conn.execute(
        f"INSERT INTO {table}({', '.join(cols)}) SELECT {', '.join(cols)} FROM {temp} "
        f"WHERE true ON CONFLICT({', '.join(keys)}) DO UPDATE SET "
        + ", ".join(f"{v} = {v} + excluded.{v}" for v in values)
    )
    emptied = {
        tuple(r)
        for r in conn.execute(
            f"SELECT {key_cols} FROM {temp} d JOIN {table} x ON {on} WHERE x.{values[0]} <= 0"
        )
    }
    if emptied:
        conn.execute(
            f"DELETE FROM {table} WHERE ({', '.join(keys)}) IN "
            f"(SELECT {', '.join(keys)} FROM {temp}) AND {values[0]} <= 0"
        )
    made = {key for key in map(tuple, (r[: len(keys)] for r in rows)) if key not in existed}
    return made - emptied, existed & emptied


# --- which local names to resolve again, and resolving them -------------------------


def _affected_locals(conn: sqlite3.Connection, changed: _Changed) -> set[Local]:
    """The stored local names whose resolution reads a changed fact."""
    runs = sorted({run for key in changed.keys for run in _runs(key)})
    # Names spelt with a run of a changed key, the one-word forms and roles citing it:
    # all read the run's longer names, forms and weight. Looked up by ``IN`` lists,
    # not one query per run (a batch changes thousands of keys).
    out: set[Local] = {
        (form, "PER", 0) for (form,) in _in(conn, "SELECT form FROM entity_forms WHERE key", runs)
    }
    lkeys = {"s:" + w for (w,) in _in(conn, "SELECT word FROM entity_shorts WHERE key", runs)}
    lkeys |= {"r:" + r for (r,) in _in(conn, "SELECT role FROM entity_roles WHERE key", runs)}
    lkeys |= {"s:" + w for w in changed.shorts}
    lkeys |= {"r:" + _role_text(r) for r in changed.roles}
    out |= {(s, t, 0) for t, s in changed.surfaces}
    for name in changed.orgs:
        lkeys.add("b:" + name)
        lkeys |= {"a:" + k for k in full_abbreviation_keys(org_base(name))}
    sql = "SELECT name, type, role FROM entity_local_keys WHERE lkey"
    out |= {(row[0], row[1], int(row[2])) for row in _in(conn, sql, sorted(lkeys))}
    return out


def _in(conn: sqlite3.Connection, sql: str, values: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql + " IN (...)"`` over ``values``, 500 at a time."""
    for chunk in _chunks(values):
        yield from conn.execute(f"{sql} IN ({','.join('?' * len(chunk))})", chunk)


def _facts_for(conn: sqlite3.Connection, locals_: Iterable[Local]) -> CorpusFacts:
    """Every fact the resolution of ``locals_`` reads, fetched by key."""
    # Each table is read once by ``IN`` lists over the keys of all the names, not one to
    # four queries per name (a build resolves some 37,000 names). The facts are the same
    # whatever the order of the rows: every fact is a set or a count by key.
    facts = CorpusFacts()
    asked = _FactKeys.of(locals_)
    wanted: set[str] = set()  # person keys whose longer names, forms and weight are read
    for role in asked.roles.values():
        facts.roles[role] = set()
    sql = "SELECT role, key FROM entity_roles WHERE role"
    for text, key in _in(conn, sql, sorted(asked.roles)):
        facts.roles[asked.roles[text]].add(tuple(key.split()))
        wanted.add(key)
    for word in asked.shorts:
        facts.shorts[word] = set()
    sql = "SELECT word, key FROM entity_shorts WHERE word"
    for word, key in _in(conn, sql, sorted(asked.shorts)):
        facts.shorts[word].add(tuple(key.split()))
        wanted.add(key)
    _surface_facts(conn, asked.surfaces, facts)
    sql = "SELECT name FROM entity_orgs WHERE name"
    facts.org_names |= {name for (name,) in _in(conn, sql, sorted(asked.org_bases))}
    sql = "SELECT name FROM entity_org_abbr WHERE akey"
    facts.org_names |= {name for (name,) in _in(conn, sql, sorted(asked.abbr_keys))}
    _person_facts(conn, wanted | asked.full_keys, facts)
    return facts


@dataclass
class _FactKeys:
    """The keys under which the facts of some local names are stored, by table:
    ``roles`` role text -> parsed role, ``shorts`` one-word person keys, ``full_keys``
    person keys of two words or more, ``surfaces`` (type, surface) of the other names,
    ``org_bases`` and ``abbr_keys`` an organisation's base name and abbreviation keys."""

    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    shorts: set[str] = field(default_factory=set)
    full_keys: set[str] = field(default_factory=set)
    surfaces: set[tuple[str, str]] = field(default_factory=set)
    org_bases: set[str] = field(default_factory=set)
    abbr_keys: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, locals_: Iterable[Local]) -> _FactKeys:
        keys = cls()
        for name, etype, role in locals_:
            if etype != "PER":
                keys._add_other(name, etype)
            elif role:
                parsed = parse_role(name)
                if parsed:
                    keys.roles[_role_text(parsed)] = parsed
            else:
                key = person_key(name)
                if len(key) > 1:
                    keys.full_keys.add(_key_text(key))
                elif key:
                    keys.shorts.add(key[0])
        return keys

    def _add_other(self, name: str, etype: str) -> None:
        self.surfaces.add((etype, name))
        if etype == "ORG":
            self.org_bases.add(org_base(name))
            short = _abbreviation(name)
            self.abbr_keys |= short_abbreviation_keys(short) if short else set()


def _surface_facts(
    conn: sqlite3.Connection, surfaces: set[tuple[str, str]], facts: CorpusFacts
) -> None:
    """The entities each of ``surfaces`` was a form of, with their refs."""
    for surface in surfaces:
        facts.surface_of[surface] = Counter()
    # By type, so that the lookup runs down the (type, surface, name) key.
    for etype in sorted({t for t, _s in surfaces}):
        names = sorted(s for t, s in surfaces if t == etype)
        for chunk in _chunks(names):
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT surface, name, refs FROM entity_surfaces "
                f"WHERE type = ? AND surface IN ({marks})"
            )
            for surface, name, refs in conn.execute(sql, (etype, *chunk)):
                facts.surface_of[(etype, surface)][name] = refs


def _person_facts(conn: sqlite3.Connection, keys: set[str], facts: CorpusFacts) -> None:
    """The forms and weight of every person key having a run among ``keys``."""
    sql = "SELECT key FROM entity_runs WHERE run"
    longer = sorted({key for (key,) in _in(conn, sql, sorted(keys))})
    LAST_UPDATE.keys_read += len(longer)
    sql = "SELECT key, form, count FROM entity_forms WHERE key"
    for key, form, count in _in(conn, sql, longer):
        facts.forms[tuple(key.split())][form] = count
    weights = dict(_in(conn, "SELECT key, weight FROM entity_keys WHERE key", longer))
    for key in longer:
        facts.weight[tuple(key.split())] = int(weights.get(key, 0))


def _resolve(
    conn: sqlite3.Connection,
    affected: set[Local],
    new_refs: Mapping[str, Sequence[EntityRef]],
    delta: _Delta,
) -> set[str]:
    """Resolve ``affected`` again, move the refs of re-pointed names between entities,
    count the new refs in; return the ids of stored articles naming a re-pointed name."""
    # Read by name in ``IN`` lists (a batch resolves tens of thousands); the other types
    # and roles of a name come along and are left.
    sql = "SELECT name, type, role, corpus FROM entity_locals WHERE name"
    stored = {
        (r[0], r[1], int(r[2])): r[3] for r in _in(conn, sql, sorted({n for n, _t, _r in affected}))
    }
    # a name no article uses any more is gone; sorted, so the merge log is written in
    # the same order by every build (a set's order changes with the process)
    current = {local: stored[local] for local in sorted(affected) if local in stored}
    LAST_UPDATE.locals_resolved = len(current)
    names = CorpusNames(_facts_for(conn, current))
    resolved = {
        local: names.of(local[0], local[1], "role" if local[2] else None) for local in current
    }
    moved: set[str] = set()
    stamp = writer.now()
    for local, new in resolved.items():
        old = current[local]
        if old == new:
            continue
        conn.execute(
            "UPDATE entity_locals SET corpus = ? WHERE name = ? AND type = ? AND role = ?",
            (new, *local),
        )
        if old is None:
            continue
        conn.execute(
            "INSERT INTO entity_merges(local, old, new, type, at) VALUES (?, ?, ?, ?, ?)",
            (local[0], old, new, local[1], stamp),
        )
        for aid, r in _refs_named(conn, local):
            if aid in new_refs:
                continue  # counted in below, under the new name
            delta.member(old, aid, r, -1)
            delta.member(new, aid, r, +1)
            moved.add(aid)
    for aid, refs in new_refs.items():
        for r in refs:
            local = _local(r)
            delta.member(resolved.get(local) or current.get(local) or r.name, aid, r, +1)
    delta.apply_registry(conn)
    return moved


def _refs_named(conn: sqlite3.Connection, local: Local) -> list[tuple[str, EntityRef]]:
    """The refs of indexed articles that use ``local``. (A re-index keeps every
    article's refs but marks it not indexed until its batch comes: its refs are not
    counted in any entity yet, so a re-pointed name must not move them.)"""
    rows = conn.execute(
        "SELECT r.article_id, r.name, r.type, r.subtype, r.count, r.mentions, r.attributes "
        "FROM entity_refs AS r JOIN entity_snapshots AS s ON s.article_id = r.article_id "
        "WHERE r.name = ? AND r.type = ? AND s.indexed = 1",
        local[:2],
    ).fetchall()
    LAST_UPDATE.refs_loaded += len(rows)
    refs = [(row[0], _ref_of(row[1:])) for row in rows]
    return [(aid, r) for aid, r in refs if _local(r) == local]


def _write_entities(conn: sqlite3.Connection, entities: Iterable[tuple[str, str]]) -> None:
    """Rewrite the ``entities`` and ``aliases`` rows of ``entities`` from their counts."""
    # Set-wise, through a temporary table of the entities: a batch touches thousands.
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_entities(name TEXT, type TEXT)")
    conn.execute("DELETE FROM temp.touched_entities")
    conn.executemany("INSERT INTO temp.touched_entities VALUES (?, ?)", sorted(entities))
    touched = "(name, type) IN (SELECT name, type FROM temp.touched_entities)"
    conn.execute(f"DELETE FROM aliases WHERE {touched}")
    conn.execute(f"DELETE FROM entities WHERE {touched} AND article_count <= 0")
    live = sorted(
        (r[0], r[1]) for r in conn.execute(f"SELECT name, type FROM entities WHERE {touched}")
    )
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in conn.execute(f"SELECT name, type, alias FROM entity_reg_aliases WHERE {touched}"):
        aliases[(r[0], r[1])].append(r[2])
    subtypes: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    sql = f"SELECT name, type, subtype, refs FROM entity_reg_subtypes WHERE {touched}"
    for r in conn.execute(sql):
        subtypes[(r[0], r[1])][r[2]] = r[3]
    updates: list[tuple[str, str | None, str, str]] = []
    rows: list[tuple[str, str, str]] = []
    for name, etype in live:
        names = sorted(aliases.get((name, etype), ()))
        counts = subtypes.get((name, etype), {})
        subtype = min(counts, key=lambda t: (-counts[t], t)) if counts else None
        updates.append((json.dumps(names, ensure_ascii=False), subtype, name, etype))
        rows.extend((alias, name, etype) for alias in {*names, name})
    conn.executemany(
        "UPDATE entities SET aliases = ?, subtype = ? WHERE name = ? AND type = ?", updates
    )
    conn.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", rows)


# --- writing the corpus names into the articles ------------------------------------


def _rename_articles(
    conn: sqlite3.Connection,
    ids: Iterable[str],
    read: Mapping[str, Article],
    local_ids: Collection[str] = (),
) -> set[str]:
    """Rewrite the names of ``ids`` from their local names; return those that changed.
    ``read``: local records just read from the store (the added articles);
    ``local_ids``: ids whose stored record holds their local names (see
    :func:`rename_articles`)."""
    changed = set()
    corpus: dict[Local, str] = {}
    for aid in sorted(ids):
        if aid in read:
            current = local = read[aid]
            refs = list(local.entities)
        elif aid in local_ids:
            # The snapshot was taken from this very record: it is its own local form
            # (reading the snapshot's refs and fields back cost more than the rename).
            row = conn.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is None:
                continue
            current = local = article_from_json(row[0])
            refs = list(local.entities)
        else:
            row = conn.execute(
                "SELECT a.record, s.fields FROM articles a JOIN entity_snapshots s "
                "ON s.article_id = a.id WHERE a.id = ?",
                (aid,),
            ).fetchone()
            if row is None:
                continue
            current = article_from_json(row[0])
            refs = _stored_refs(conn, aid)
            local = _local_article(current, refs, json.loads(row[1]))
        mapping = {}
        for r in refs:  # as resolve_corpus: the last ref of a name decides
            key = _local(r)
            if key not in corpus:
                got = conn.execute(
                    "SELECT corpus FROM entity_locals WHERE name = ? AND type = ? AND role = ?",
                    key,
                ).fetchone()
                corpus[key] = got[0] if got and got[0] is not None else r.name
            mapping[r.name] = corpus[key]
        renamed = rename(local, mapping)
        if renamed != current:
            # Only the tables whose rows the new names change are rewritten.
            writer.update_records(conn, [renamed], before={aid: current})
            changed.add(aid)
    return changed


def _local_article(
    current: Article, refs: Sequence[EntityRef], fields: Mapping[str, Any]
) -> Article:
    """``current`` with the local names kept at indexing time put back."""
    mentions, quotes = current.mentions, current.quotes
    if len(fields["mentions"]) == len(mentions):
        mentions = tuple(
            m if m.entity == e else replace(m, entity=e)
            for m, e in zip(mentions, fields["mentions"], strict=True)
        )
    if len(fields["quotes"]) == len(quotes):
        quotes = tuple(
            q if q.speaker == s else replace(q, speaker=s)
            for q, s in zip(quotes, fields["quotes"], strict=True)
        )
    events = current.events
    kept = fields["events"]
    if len(kept) == len(events) and all(e.text == k[0] for e, k in zip(events, kept, strict=True)):
        events = tuple(
            e if e.participants == (p := tuple(k[1])) else replace(e, participants=p)
            for e, k in zip(events, kept, strict=True)
        )
    return replace(current, entities=tuple(refs), mentions=mentions, quotes=quotes, events=events)
