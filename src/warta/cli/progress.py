"""The progress display of ``warta build``, ``embed`` and ``reanalyse``: one line per stage.

A module of its own so that Rich's live display loads only when a build runs, not for
every ``warta`` command (``warta --help`` included).
"""

from __future__ import annotations

from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskID, TimeElapsedColumn
from rich.text import Text

from warta.cli.output import err_console


def progress_bar(enabled: bool) -> Progress:
    """The build's progress display on stderr (``enabled=False``: nothing shown)."""
    return Progress(
        StageColumn(),
        BarColumn(),
        CountColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not enabled,
        transient=True,
    )


#: What each counted stage counts; the corpus steps show their name only.
STAGE_UNITS = {
    "reading": "documents",
    "storing": "documents",
    "stems": "articles",
    "embeddings": "articles",
    "reanalysing": "articles",
}


#: Stages that get a progress line of their own: the build's worker processes embed
#: while it reads and stores, so e5 runs alongside the other stages.
OWN_LINE = ("embeddings",)


class StageDisplay:
    """A build's ``stage(name, done, total)`` callback shown on one progress line: the
    stage's name, a bar (pulsing while the total is unknown) and the count.

    The :data:`OWN_LINE` stages have a second line, shown until the corpus steps start
    (the embedding is over by then).
    """

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.name: str | None = None
        self.task: TaskID | None = None
        self.own: dict[str, TaskID] = {}

    def __call__(self, name: str, done: int, total: int | None) -> None:
        if name in OWN_LINE:
            if name not in self.own:
                self.own[name] = self.bar.add_task(name, total=total, unit=STAGE_UNITS[name])
            self.bar.update(self.own[name], completed=done, total=total)
            return
        if name.startswith("corpus: "):
            while self.own:
                self.bar.remove_task(self.own.popitem()[1])
        if name != self.name or self.task is None:
            if self.task is not None:
                self.bar.remove_task(self.task)  # a new stage: a fresh total and clock
            self.name = name
            self.task = self.bar.add_task(
                name, total=total, completed=done, unit=STAGE_UNITS.get(name, "")
            )
        self.bar.update(self.task, completed=done, total=total)


class StageColumn(ProgressColumn):
    """The stage's name, in bold."""

    def render(self, task: Task) -> Text:
        return Text(task.description, style="bold")  # literal: never read as markup


class CountColumn(ProgressColumn):
    """``154 documents`` while the total is unknown, ``154/300 articles`` once known."""

    def render(self, task: Task) -> Text:
        unit = str(task.fields.get("unit", ""))
        if not unit:
            return Text("")
        if task.total is None:
            return Text(f"{int(task.completed)} {unit}")
        return Text(f"{int(task.completed)}/{int(task.total)} {unit}")
