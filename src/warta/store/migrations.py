"""Named schema migrations, applied in order and recorded in the ``migrations`` table.

Add a migration by appending to :data:`MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from warta.store.sql import transaction

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_articles",
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            text TEXT NOT NULL,
            -- what the corpus concluded (may differ from the document's own record):
            published TEXT,
            published_evidence TEXT,
            page_date TEXT,
            host_site TEXT,
            original_source TEXT,
            language TEXT,
            dup_group TEXT,
            duplicate_of TEXT,
            dup_relation TEXT,
            dup_similarity REAL,
            story_id TEXT,
            -- what the document itself says: the Article record as JSON
            record TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_dup_group ON articles(dup_group);
        CREATE INDEX articles_host ON articles(host_site);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TABLE build_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            inputs TEXT NOT NULL,
            stats TEXT
        );
        CREATE TABLE problems (
            run_id INTEGER NOT NULL REFERENCES build_runs(id),
            location TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL
        );
        """,
    ),
    (
        "002_analysis",
        """
        CREATE TABLE mentions (
            article_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            entity TEXT,
            referent TEXT
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE TABLE entities (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT,
            aliases TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            mention_count INTEGER NOT NULL,
            PRIMARY KEY (name, type)
        );
        CREATE TABLE aliases (
            alias TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            PRIMARY KEY (alias, name, type)
        );
        CREATE TABLE quotes (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            speaker_role TEXT,
            kind TEXT NOT NULL,
            cue TEXT,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (article_id, position)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE TABLE events (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            precision TEXT NOT NULL,
            text TEXT NOT NULL,
            participants TEXT NOT NULL,
            expected INTEGER NOT NULL,
            anchor TEXT,
            PRIMARY KEY (article_id, position)
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE timeline (
            position INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            precision TEXT NOT NULL,
            text TEXT NOT NULL,
            participants TEXT NOT NULL,
            expected INTEGER NOT NULL,
            sources TEXT NOT NULL,
            independent_sources INTEGER NOT NULL
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            article_ids TEXT NOT NULL,
            sources TEXT NOT NULL,
            summary TEXT NOT NULL,
            terms TEXT NOT NULL,
            entities TEXT NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        "003_mentions_referent",
        """
        CREATE INDEX mentions_referent ON mentions(referent);
        CREATE INDEX quotes_article ON quotes(article_id);
        """,
    ),
    # Word stems for search (warta.store.stemming): a third FTS5 column. NULL stems mean
    # "not stemmed yet"; the partial index finds those without reading every article.
    (
        "004_search_stems",
        """
        ALTER TABLE articles ADD COLUMN stems TEXT;
        CREATE INDEX articles_unstemmed ON articles(id) WHERE stems IS NULL;
        DROP TRIGGER articles_ai;
        DROP TRIGGER articles_ad;
        DROP TRIGGER articles_au;
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, stems, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text, stems)
            VALUES (new.rowid, new.title, new.text, new.stems);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, stems)
            VALUES ('delete', old.rowid, old.title, old.text, old.stems);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text, stems ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, stems)
            VALUES ('delete', old.rowid, old.title, old.text, old.stems);
            INSERT INTO articles_fts(rowid, title, text, stems)
            VALUES (new.rowid, new.title, new.text, new.stems);
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        """,
    ),
    (
        "005_embeddings",
        """
        CREATE TABLE embeddings (
            article_id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        );
        """,
    ),
    # Live collection (warta.crawl): the sources polled, the frontier of URLs found in
    # them (keyed by the normalised URL), the crawler's settings (the contact in the
    # User-Agent) and the validators of non-article URLs (sub-sitemaps) for conditional GET.
    (
        "006_crawl",
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT,
            kind TEXT NOT NULL,
            added_at TEXT NOT NULL,
            interval REAL,
            next_fetch REAL NOT NULL DEFAULT 0,
            last_fetch TEXT,
            status TEXT,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            found INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE frontier (
            url TEXT PRIMARY KEY,
            source_id INTEGER,
            status TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            next_fetch REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            http_status INTEGER,
            etag TEXT,
            last_modified TEXT,
            final_url TEXT,
            fetched_at TEXT,
            content_sha1 TEXT,
            warc_file TEXT,
            warc_offset INTEGER,
            warc_record_id TEXT,
            article_id TEXT,
            title TEXT,
            published TEXT
        );
        CREATE INDEX frontier_due ON frontier(next_fetch) WHERE next_fetch IS NOT NULL;
        CREATE INDEX frontier_status ON frontier(status);
        CREATE INDEX frontier_article ON frontier(article_id);
        CREATE TABLE crawl_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE crawl_validators (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            checked_at TEXT NOT NULL
        );
        """,
    ),
    # Alerts (warta.monitor.alerts): definitions, per-alert state (the highest article
    # rowid evaluated: the watermark), and firings, unique per alert and key (an article
    # id, or "story@size") so re-running never fires twice.
    (
        "007_alerts",
        """
        CREATE TABLE alerts (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            target TEXT,
            min_size INTEGER,
            jsonl TEXT,
            webhook TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE alert_state (
            alert TEXT PRIMARY KEY,
            watermark INTEGER NOT NULL,
            evaluated_at TEXT
        );
        CREATE TABLE alert_firings (
            id INTEGER PRIMARY KEY,
            alert TEXT NOT NULL,
            key TEXT NOT NULL,
            article_id TEXT,
            story_id TEXT,
            title TEXT,
            reason TEXT NOT NULL,
            fired_at TEXT NOT NULL,
            delivery TEXT NOT NULL DEFAULT '{}',
            UNIQUE (alert, key)
        );
        CREATE INDEX alert_firings_alert ON alert_firings(alert, id);
        """,
    ),
    # Relations between actors (warta.nlp.relations): one row per coded action of an
    # article; source_start/target_start point at the mentions, so reads take the
    # corpus-resolved names from the mentions table.
    (
        "008_relations",
        """
        CREATE TABLE relations (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            action TEXT NOT NULL,
            cameo TEXT NOT NULL,
            target TEXT NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            trigger TEXT NOT NULL,
            date TEXT,
            date_source TEXT,
            polarity TEXT NOT NULL,
            modality TEXT NOT NULL,
            confidence REAL NOT NULL,
            source_start INTEGER NOT NULL,
            target_start INTEGER NOT NULL,
            PRIMARY KEY (article_id, position)
        );
        CREATE INDEX relations_source ON relations(source);
        CREATE INDEX relations_target ON relations(target);
        CREATE INDEX relations_action ON relations(action);
        """,
    ),
    # Shared passages (warta.dedup.passages): articles that share wire paragraphs without
    # being copies, one row per direction; rewritten whole by every corpus step.
    (
        "009_passages",
        """
        CREATE TABLE passages (
            article_id TEXT NOT NULL,
            other_id TEXT NOT NULL,
            fraction REAL NOT NULL,
            passages INTEGER NOT NULL,
            PRIMARY KEY (article_id, other_id)
        );
        """,
    ),
    # Word stems (warta.store.stemming): each distinct word is given to Sastrawi once per
    # store; later builds read its stem here.
    (
        "010_word_stems",
        """
        CREATE TABLE word_stems (
            word TEXT PRIMARY KEY,
            stem TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    # The sitemaps a sitemap index named at its last full answer (warta.crawl): when the
    # index answers 304, its sitemaps (a Google News sitemap changes hourly) are still
    # asked, each conditionally.
    (
        "011_source_sitemaps",
        """
        CREATE TABLE source_sitemaps (
            source_id INTEGER NOT NULL,
            url TEXT NOT NULL,
            PRIMARY KEY (source_id, url)
        ) WITHOUT ROWID;
        """,
    ),
    # The incremental corpus step (warta.corpus.steps): which stored version of each
    # article the corpus indexes hold, the articles waiting for them (filled by
    # triggers, so finding what is new costs no scan; NOT EXISTS, not OR IGNORE: inside
    # a trigger fired by an upsert, the outer statement's conflict rule wins), and the
    # duplicate index
    # (warta.corpus.duplicates): exact keys, MinHash band keys and sampled shingles.
    (
        "012_corpus_index",
        """
        CREATE TABLE corpus_indexed (
            article_id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            pipeline_version TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE dedup_docs (
            article_id TEXT PRIMARY KEY,
            exact_key TEXT NOT NULL,
            shingles INTEGER NOT NULL,
            truncated INTEGER NOT NULL,
            published TEXT,
            original_source TEXT,
            host_site TEXT
        ) WITHOUT ROWID;
        CREATE INDEX dedup_docs_exact ON dedup_docs(exact_key);
        CREATE TABLE dedup_bands (
            band INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (band, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX dedup_bands_article ON dedup_bands(article_id);
        CREATE TABLE dedup_samples (
            sample INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (sample, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX dedup_samples_article ON dedup_samples(article_id);
        CREATE INDEX passages_other ON passages(other_id);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE corpus_pending (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO corpus_pending SELECT id FROM articles;
        CREATE TRIGGER articles_pending_ai AFTER INSERT ON articles BEGIN
            INSERT INTO corpus_pending SELECT new.id
            WHERE NOT EXISTS (SELECT 1 FROM corpus_pending WHERE article_id = new.id);
        END;
        CREATE TRIGGER articles_pending_au AFTER UPDATE OF content_hash, pipeline_version
        ON articles BEGIN
            INSERT INTO corpus_pending SELECT new.id
            WHERE NOT EXISTS (SELECT 1 FROM corpus_pending WHERE article_id = new.id);
        END;
        """,
    ),
    # The incremental time indexes (warta.corpus.dates, warta.corpus.timeline): per-article
    # date inference inputs and outcomes (the anchor cache, formerly one JSON blob in
    # ``state``), the dated articles' events by participant word, and the timeline's
    # members with their keys. ``timeline.position`` becomes a stable text key that sorts
    # chronologically (no renumbering); stored integer positions are kept as they were.
    (
        "014_time_index",
        """
        CREATE TABLE date_articles (
            article_id TEXT PRIMARY KEY,
            dup_group TEXT,
            source TEXT NOT NULL,
            stated TEXT,
            stated_year INTEGER,
            own TEXT,
            step1_evidence TEXT,
            anchor_key TEXT,
            anchor TEXT,
            anchor_reason TEXT,
            published TEXT,
            evidence TEXT,
            events TEXT,
            undecided INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX date_articles_group ON date_articles(dup_group);
        CREATE INDEX date_articles_year ON date_articles(stated_year);
        CREATE INDEX date_articles_undecided ON date_articles(undecided) WHERE undecided = 1;
        CREATE TABLE date_events (
            article_id TEXT PRIMARY KEY,
            digest TEXT NOT NULL,
            events TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE date_tokens (
            token TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (token, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX date_tokens_article ON date_tokens(article_id);
        CREATE TABLE date_token_counts (
            token TEXT PRIMARY KEY,
            articles INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX date_token_counts_articles ON date_token_counts(articles);
        CREATE TABLE date_words (
            word TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (word, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX date_words_article ON date_words(article_id);
        ALTER TABLE timeline RENAME TO timeline_before_014;
        CREATE TABLE timeline (
            position PRIMARY KEY,
            date TEXT NOT NULL,
            precision TEXT NOT NULL,
            text TEXT NOT NULL,
            participants TEXT NOT NULL,
            expected INTEGER NOT NULL,
            sources TEXT NOT NULL,
            independent_sources INTEGER NOT NULL
        );
        INSERT INTO timeline SELECT * FROM timeline_before_014;
        DROP TABLE timeline_before_014;
        CREATE TABLE timeline_members (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            entry TEXT NOT NULL,
            event TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX timeline_members_entry ON timeline_members(entry);
        CREATE TABLE timeline_keys (
            token TEXT NOT NULL,
            rank INTEGER NOT NULL,
            first_day TEXT NOT NULL,
            -- no NOT NULL on a non-key column declared between key columns of a WITHOUT
            -- ROWID table: SQLite 3.40's integrity_check then reports every row as NULL
            last_day TEXT,
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (token, rank, first_day, article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX timeline_keys_article ON timeline_keys(article_id);
        """,
    ),
    # The incremental entity registry (warta.corpus.entities): each indexed article's
    # local entities and local names (before corpus renaming), the facts entity
    # resolution reads, counted and looked up by key, the corpus name of each distinct
    # local name, the per-entity counts behind the entities/aliases tables, and a log of
    # the names a later article re-pointed.
    (
        "013_entity_registry",
        """
        CREATE TABLE entity_snapshots (
            article_id TEXT PRIMARY KEY,
            fields TEXT NOT NULL,
            indexed INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE entity_refs (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT,
            count INTEGER NOT NULL,
            mentions TEXT NOT NULL,
            attributes TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX entity_refs_name ON entity_refs(name, type);
        CREATE TABLE entity_forms (
            key TEXT NOT NULL,
            form TEXT NOT NULL,
            refs INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (key, form)
        ) WITHOUT ROWID;
        CREATE TABLE entity_keys (
            key TEXT PRIMARY KEY,
            weight INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE entity_runs (
            run TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (run, key)
        ) WITHOUT ROWID;
        CREATE INDEX entity_runs_key ON entity_runs(key);
        CREATE TABLE entity_shorts (
            word TEXT NOT NULL,
            key TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (word, key)
        ) WITHOUT ROWID;
        CREATE INDEX entity_shorts_key ON entity_shorts(key);
        CREATE TABLE entity_roles (
            role TEXT NOT NULL,
            key TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (role, key)
        ) WITHOUT ROWID;
        CREATE INDEX entity_roles_key ON entity_roles(key);
        CREATE TABLE entity_surfaces (
            type TEXT NOT NULL,
            surface TEXT NOT NULL,
            name TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (type, surface, name)
        ) WITHOUT ROWID;
        CREATE TABLE entity_orgs (
            name TEXT PRIMARY KEY,
            refs INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE entity_org_abbr (
            akey TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (akey, name)
        ) WITHOUT ROWID;
        CREATE INDEX entity_org_abbr_name ON entity_org_abbr(name);
        CREATE TABLE entity_locals (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            role INTEGER NOT NULL,
            corpus TEXT,
            refs INTEGER NOT NULL,
            PRIMARY KEY (name, type, role)
        ) WITHOUT ROWID;
        CREATE TABLE entity_local_keys (
            lkey TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            role INTEGER NOT NULL,
            PRIMARY KEY (lkey, name, type, role)
        ) WITHOUT ROWID;
        CREATE INDEX entity_local_keys_name ON entity_local_keys(name, type, role);
        CREATE TABLE entity_reg_articles (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            article_id TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (name, type, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE entity_reg_aliases (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            alias TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (name, type, alias)
        ) WITHOUT ROWID;
        CREATE TABLE entity_reg_subtypes (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            refs INTEGER NOT NULL,
            PRIMARY KEY (name, type, subtype)
        ) WITHOUT ROWID;
        CREATE TABLE entity_merges (
            id INTEGER PRIMARY KEY,
            local TEXT NOT NULL,
            old TEXT NOT NULL,
            new TEXT NOT NULL,
            type TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX entity_merges_old ON entity_merges(old);
        CREATE INDEX aliases_name ON aliases(name, type);
        """,
    ),
    # The story index (warta.corpus.stories): per article what clustering reads (token
    # counts hashed, date, entities, label terms), per unit (duplicate group) its
    # representative, dates, entities and story, an index of the units' key terms by
    # date, the candidate links between units (their connected components are what an
    # update re-clusters), and the story ids that merges or splits retired.
    (
        "015_story_index",
        """
        CREATE TABLE story_docs (
            article_id TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            tokens INTEGER NOT NULL,
            date TEXT,
            entities TEXT NOT NULL,
            source TEXT NOT NULL,
            columns BLOB NOT NULL,
            tf BLOB NOT NULL,
            terms TEXT NOT NULL
        );
        CREATE INDEX story_docs_unit ON story_docs(unit);
        CREATE TABLE story_units (
            unit TEXT PRIMARY KEY,
            representative TEXT NOT NULL,
            first INTEGER,
            last INTEGER,
            entities TEXT NOT NULL,
            keys TEXT NOT NULL,
            story_id TEXT
        ) WITHOUT ROWID;
        CREATE TABLE story_keys (
            term INTEGER NOT NULL,
            last INTEGER NOT NULL,
            first INTEGER,  -- nullable: see timeline_keys.last_day
            unit TEXT NOT NULL,
            PRIMARY KEY (term, last, unit)
        ) WITHOUT ROWID;
        CREATE TABLE story_links (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX story_links_b ON story_links(b, a);
        CREATE TABLE story_merges (
            old_id TEXT NOT NULL,
            new_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (old_id, new_id)
        ) WITHOUT ROWID;
        """,
    ),
    # Timeline entries as heads and members (warta.corpus.timeline): each event keeps
    # the head it joined and its score against it, so an update moves only the events
    # whose place changes. The members are refilled by the re-index that the corpus
    # version bump (6) triggers; the stored timeline stays readable until then.
    (
        "016_timeline_heads",
        """
        DROP TABLE timeline_members;
        CREATE TABLE timeline_members (
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            entry TEXT NOT NULL,
            event TEXT NOT NULL,
            head_article TEXT,
            head_position INTEGER,
            score REAL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX timeline_members_entry ON timeline_members(entry);
        CREATE INDEX timeline_members_head ON timeline_members(head_article, head_position);
        """,
    ),
    # The fewest shingles another article must share with this one for them to share
    # passages (warta.dedup.passages.passage_floor): most candidate pairs are rejected
    # on it without their paragraphs being read. NULL until the article is re-indexed.
    (
        "017_passage_floor",
        """
        ALTER TABLE dedup_docs ADD COLUMN passage_floor REAL;
        """,
    ),
    # Each indexed article's shingle and number hashes (warta.corpus.duplicates): the
    # stored articles a batch is judged against are read from here, not re-shingled from
    # their texts (a batch of 50 met ~1,500 of them at 11,000 stored, ~20 times that at
    # 200,000). An article indexed before has no row until it is indexed again: its
    # text is read then, as before.
    (
        "018_dedup_shingles",
        """
        CREATE TABLE dedup_shingles (
            article_id TEXT PRIMARY KEY,
            shingles BLOB NOT NULL,
            numbers BLOB NOT NULL
        );
        """,
    ),
    # An undated article's probe (warta.corpus.dates): the dates and participant words
    # of the events its text could date, with a digest of what they were read from.
    # Step 1 compares the article only with dated articles whose stamps (the same of
    # their events, kept as plain text: read many times a batch) meet it, so a change
    # elsewhere is judged without re-reading its text. NULL until re-dated/re-indexed.
    (
        "019_date_probe",
        """
        ALTER TABLE date_articles ADD COLUMN probe TEXT;
        ALTER TABLE date_events ADD COLUMN stamps TEXT;
        """,
    ),
    # The duplicates a build reports (warta.corpus.steps.run_corpus_steps) were counted
    # by reading every article row: at 200,000 articles, 10.8 s from disk on the first
    # build after the pages left the cache. Only duplicates are in this index.
    (
        "020_duplicates_index",
        """
        CREATE INDEX articles_duplicates ON articles(duplicate_of)
            WHERE duplicate_of IS NOT NULL;
        """,
    ),
    (
        # warta.pipeline.reanalyse: counting the articles an older release analysed
        # reads a small index, not every article row; and the hash of an article's
        # record as the per-article stages gave it (the corpus steps rewrite the record
        # with corpus names and dates) tells whether analysing it again changed it.
        "021_reanalyse",
        """
        CREATE INDEX articles_pipeline_version ON articles(pipeline_version);
        ALTER TABLE articles ADD COLUMN analysis_hash TEXT;
        """,
    ),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with transaction(conn):
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations(name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers contain semicolons: keep them whole)."""
    out: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            out.append(text)
            current = []
    if "\n".join(current).strip():
        out.append("\n".join(current))
    return out
