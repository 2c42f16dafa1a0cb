"""What the CLI renders: document text printed literally (never as Rich markup), search
highlights, ``warta articles``, undated articles under date filters, hints instead of
empty tables, one-line build tables, named progress stages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from rich.console import Console
from rich.progress import Progress
from tests.cli.conftest import Cli
from tests.conftest import SEEDS

from warta.cli.main import app

LEAD = (
    "Korea Utara dilaporkan mengirim sekitar 1.500 pasukan khusus ke Rusia untuk membantu "
    "operasi militer di wilayah perbatasan. Pejabat intelijen menyebut pengiriman itu "
    "berlangsung dalam beberapa gelombang dengan kapal angkut.\n\n"
    "Para analis menilai langkah itu memperdalam kerja sama kedua negara. \"Ini "
    "perkembangan yang mengkhawatirkan bagi kawasan,\" kata seorang diplomat senior."
)
DOCS = [
    {"url": "https://kabar.example.id/a", "title": "Pasukan [bold]khusus[/bold] tiba di Rusia",
     "published": "2024-03-01", "text": LEAD},
    {"url": "https://warta.example.id/b", "title": "Latihan [red]pasukan khusus[/red] di hutan",
     "text": "Sebuah unit pasukan khusus menggelar latihan gabungan di hutan bersama tentara "
     "negara tetangga. Latihan itu melibatkan ratusan personel dan puluhan kendaraan.\n\n"
     "Komandan unit menyebut latihan berjalan lancar dan akan diulang secara rutin."},
    {"url": "https://warta.example.id/c",  # no title
     "text": "Warga desa membersihkan sungai bersama relawan lingkungan dari berbagai daerah. "
     "Mereka mengangkat sampah plastik yang menumpuk di bawah jembatan.\n\n"
     "Kepala desa berharap kegiatan itu menjadi kebiasaan warga setiap bulan."},
    {"url": "https://berita.example.id/d", "title": "Pasukan khusus kembali ke pangkalan",
     "published": "2023-05-02",
     "text": "Pasukan khusus yang bertugas di perbatasan kembali ke pangkalan setelah enam "
     "bulan. Para prajurit disambut keluarga di dermaga.\n\n"
     "Panglima menyampaikan terima kasih atas pengabdian mereka."},
]


@pytest.fixture(scope="module")
def mini_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four articles: two dated, two undated (one of them untitled), titles with brackets."""
    from warta.pipeline import build

    folder = tmp_path_factory.mktemp("mini")
    src = folder / "mini.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS))
    db = folder / "mini.db"
    assert build([str(src)], db, embeddings=False).stats["new"] == 4
    return db


def flat(text: str) -> str:
    """Rendered output with table borders and line breaks turned into single spaces."""
    return " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘━─┳┻╇┴┼]", " ", text).split())


def test_search_prints_the_matched_words_and_titles_literally(cli: Cli, mini_db: Path) -> None:
    """`warta search "pasukan khusus"` printed "…1.500   ke Rusia": the highlighted words
    were wrapped in [...] and read as Rich markup."""
    code, out, _ = cli("search", "pasukan khusus", "--db", mini_db)
    shown = flat(out)
    assert code == 0
    assert "mengirim sekitar 1.500 pasukan khusus ke Rusia" in shown
    assert "Pasukan [bold]khusus[/bold] tiba" in shown
    assert "Latihan [red]pasukan khusus[/red]" in shown


def test_search_highlight_is_styled_not_bracketed() -> None:
    from warta.cli.output import highlighted
    from warta.store.search import HIGHLIGHT

    snippet = f"…sekitar 1.500 {HIGHLIGHT[0]}pasukan khusus{HIGHLIGHT[1]} ke [red]Rusia…"
    console = Console(record=True, width=200, force_terminal=True, color_system="standard")
    console.print(highlighted(snippet, HIGHLIGHT))
    rendered = console.export_text(styles=True, clear=False)
    assert "\x1b[1;33mpasukan khusus\x1b[0m" in rendered  # bold yellow
    assert console.export_text() == "…sekitar 1.500 pasukan khusus ke [red]Rusia…\n"


def test_titles_print_literally_in_tables(cli: Cli, mini_db: Path) -> None:
    _, out, _ = cli("articles", "--db", mini_db, "--json")
    drill = next(r["id"] for r in json.loads(out) if (r["title"] or "").startswith("Latihan"))
    _, out, _ = cli("articles", "--db", mini_db)
    assert "Latihan [red]pasukan khusus[/red] di hutan" in flat(out)
    _, out, _ = cli("show", drill[:8], "--db", mini_db)
    assert "title Latihan [red]pasukan khusus[/red] di hutan" in flat(out)


def test_help_prints_extras_with_their_brackets(cli: Cli) -> None:
    """`--help` showed "Needs warta." for "Needs warta[embeddings]."."""
    _, out, _ = cli("embed", "--help")
    assert "Needs warta[embeddings]." in flat(out)
    _, out, _ = cli("build", "--help")
    assert "on when warta[embeddings] is installed" in flat(out)
    _, out, _ = cli("summarize", "--help")
    assert "Needs warta[llm]." in flat(out)


def test_no_help_text_holds_unescaped_markup() -> None:
    """Typer reads help as Rich markup: a bracket before a letter must be escaped."""
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    for name, command in group.commands.items():
        for text in [command.help or "", *(getattr(p, "help", None) or "" for p in
                                           command.params)]:
            assert not re.search(r"(?<!\\)\[[a-zA-Z/#@]", text), (name, text)


def test_articles_lists_through_the_read_layer(cli: Cli, mini_db: Path) -> None:
    code, out, _ = cli("articles", "--db", mini_db, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4
    assert [r["published"] for r in rows] == ["2024-03-01", "2023-05-02", None, None]
    untitled = next(r for r in rows if r["title"] is None)
    assert untitled["display_title"].startswith("Warga desa membersihkan sungai")
    assert untitled["display_title"].endswith("…") and "/" not in untitled["display_title"]
    _, out, _ = cli("articles", "--db", mini_db, "--source", "warta.example.id", "--json")
    assert {r["host_site"] for r in json.loads(out)} == {"warta.example.id"}
    _, out, _ = cli("articles", "--db", mini_db, "--limit", "1", "--offset", "1", "--json")
    assert [r["published"] for r in json.loads(out)] == ["2023-05-02"]
    code, out, _ = cli("articles", "--db", mini_db, "--limit", "2")
    shown = flat(out)
    assert code == 0 and "id date site title" in shown
    assert "kabar.example.id" in shown and "showing 1–2 of 4; --limit 0 lists all" in shown
    _, out, _ = cli("articles", "--db", mini_db, "--limit", "0")
    assert "(Warga desa membersihkan sungai" in flat(out) and "showing" not in out


def test_untitled_article_shows_its_lead_not_its_path(cli: Cli, seeds_db: Path) -> None:
    """Seed 003 has no title: the build table showed its absolute file path."""
    _, out, _ = cli("articles", "--db", seeds_db)
    assert "(Media pemerintah Korea Utara mengonfirmasi" in flat(out)
    assert str(SEEDS) not in out
    _, out, _ = cli("search", "Lankov", "--db", seeds_db)
    assert "(Media pemerintah" in flat(out) and str(SEEDS) not in out


def test_date_filters_say_how_many_undated_articles_they_left_out(
    cli: Cli, mini_db: Path
) -> None:
    """`--from 2024-01-01` silently dropped every undated article."""
    code, out, err = cli("search", "pasukan khusus", "--from", "2024-01-01", "--db", mini_db)
    assert code == 0 and "1.500 pasukan khusus" in flat(out)
    assert ("1 undated article matches the rest of the query too" in flat(out)
            and "--include-undated" in out)
    code, out, _ = cli("search", "pasukan khusus", "--from", "2024-01-01", "--include-undated",
                       "--db", mini_db)
    assert "Latihan [red]pasukan khusus[/red]" in flat(out) and "undated article" not in out
    code, out, err = cli("articles", "--from", "2024-01-01", "--db", mini_db, "--json")
    assert len(json.loads(out)) == 1 and "2 undated articles match" in flat(err)
    _, out, _ = cli("articles", "--from", "2024-01-01", "--include-undated", "--db", mini_db,
                    "--json")
    assert [r["published"] for r in json.loads(out)] == ["2024-03-01", None, None]


def test_empty_results_print_a_hint_not_an_empty_table(cli: Cli, mini_db: Path) -> None:
    code, out, _ = cli("articles", "--from", "2030", "--db", mini_db)
    assert code == 0 and "┏" not in out
    assert flat(out) == ("No articles match --from 2030; try without --from, or add "
                         "--include-undated (2 undated articles match).")
    _, out, _ = cli("search", "zzzyzx", "--db", mini_db)
    assert "┏" not in out and "No articles for 'zzzyzx' match" in flat(out)
    _, out, _ = cli("entities", "--name", "zzzyzx", "--db", mini_db)
    assert "No entities match --name zzzyzx; try without --name." in flat(out)
    _, out, _ = cli("quotes", "--speaker", "zzzyzx", "--db", mini_db)
    assert "No quotes match --speaker zzzyzx" in flat(out)


def _many_articles(db: Path, n: int) -> None:
    from warta.records import Article, PartialDate
    from warta.store import writer
    from warta.store.db import connect, transaction

    title = "Judul yang sangat panjang tentang banjir besar di kawasan pesisir utara Jawa "
    articles = [
        Article(id=f"{i:08x}" + "0" * 32, source=f"/data/crawl/{i}.txt", url=None,
                title=title + str(i), text=f"Isi berita nomor {i}.",
                published=PartialDate(2024, 1 + i % 12, 1 + i % 28), host_site="kabar.example.id")
        for i in range(n)
    ]
    conn = connect(db)
    with transaction(conn):
        writer.upsert_articles(conn, articles, "1")
    conn.close()


def test_build_table_is_one_line_per_article_and_says_what_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off a terminal (80 columns) titles wrapped over 7 lines, and 50 of 77 rows showed
    without a word."""
    from warta.cli.build import _print_found

    db = tmp_path / "w.db"
    _many_articles(db, 77)
    monkeypatch.delenv("COLUMNS", raising=False)
    _print_found(db)
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert len(rows) == 50 and all(len(line) == 80 for line in rows)
    assert all("…" in line for line in rows)  # each title cut to its one line
    assert all(re.match(r"│ [0-9a-f]{8} │", line) for line in rows)  # no continuation lines
    assert "showing 50 of 77 articles" in flat(out) and "warta articles" in out


def test_progress_names_each_stage_and_gives_totals_once_known(tmp_path: Path) -> None:
    """The bar showed `154/? documents` for 35 s with no stage name."""
    from warta.cli.progress import CountColumn, StageDisplay
    from warta.pipeline import build

    seen: list[tuple[str, int, int | None]] = []
    build([str(SEEDS)], tmp_path / "w.db", embeddings=False,
          stage=lambda name, done, total: seen.append((name, done, total)))
    names = list(dict.fromkeys(name for name, _, _ in seen))
    assert names[:2] == ["reading", "storing"]
    # The entity registry takes a group's batches first (warta.corpus.steps._run_group).
    assert names[-4:] == ["corpus: entities", "corpus: duplicates",
                          "corpus: dates/timeline", "corpus: stories"]
    assert ("reading", 5, None) in seen
    bar = Progress(disable=True)
    display = StageDisplay(bar)
    display("reading", 154, None)
    assert CountColumn().render(bar.tasks[-1]).plain == "154 documents"
    display("stems", 3, 5)
    assert (bar.tasks[-1].description, CountColumn().render(bar.tasks[-1]).plain) == (
        "stems", "3/5 articles")
    display("corpus: entities", 0, None)
    assert len(bar.tasks) == 1 and bar.tasks[0].description == "corpus: entities"
    assert CountColumn().render(bar.tasks[0]).plain == ""
