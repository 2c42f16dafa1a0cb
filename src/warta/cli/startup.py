"""What keeps ``warta --help`` and ``warta COMMAND --help`` short: two ways in which
Typer loads heavy modules for help that it does not use.

**Markdown and tracebacks.** ``typer.rich_utils`` (loaded to print any help or usage
error) imports ``rich.markdown`` (the Markdown parser ``markdown_it``, and Pygments
through ``rich.syntax``) and ``rich.traceback`` at its top, though it uses them only for
``rich_markup_mode="markdown"`` and for pretty tracebacks: warta uses Rich markup and
plain tracebacks. Those imports were about a third of what ``warta --help`` cost beyond
the interpreter's own start.
:func:`load_typer_help` imports ``typer.rich_utils`` with those two modules deferred: the
names it takes from them are stand-ins that import the real module on first use (a call,
an attribute), so a Markdown help text or a Rich traceback would still work, only later.
Nothing else sees the stand-ins: they are in ``sys.modules`` only while
``typer.rich_utils`` is imported, so any later ``import rich.markdown`` loads the real
module. If Typer ever takes anything else from those modules, the stand-ins refuse it
and ``typer.rich_utils`` is imported the ordinary way.

**pydantic.** Typer converts each parameter's value with a pydantic adapter, built on
first use, even for a value it then passes through untouched. A group's ``--help`` flag
that was not given has the value ``None``, so ``warta search --help`` built one for the
``warta`` group's flag, and imported pydantic (about as costly as the rest of the help)
to pass ``None`` on. :class:`Group` gives that flag the value ``False`` instead, which Typer
passes on without an adapter; every group of warta's is a :class:`Group`.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from typer.core import TyperGroup, TyperOption


class Group(TyperGroup):
    """A Typer command group whose ``--help`` flag is ``False`` when not given."""

    def get_help_option(self, ctx: Any) -> TyperOption | None:  # ctx: Typer's own click's
        option = super().get_help_option(ctx)
        if option is not None and option.default is None:
            option.default = False  # a bool passes Typer's conversion without pydantic
        return option


#: The modules ``typer.rich_utils`` imports but warta's help does not use, and the classes
#: it takes from them.
DEFERRED = {"rich.markdown": ("Markdown",), "rich.traceback": ("Traceback",)}
#: The module whose import is lightened.
TYPER_HELP = "typer.rich_utils"


class _DeferredClass(type):
    """The type of a stand-in for class ``NAME`` of module ``_module``, not imported yet.

    Calling the stand-in or reading one of its attributes imports the module and hands
    over to the real class; ``isinstance`` is answered without importing (an instance of
    the real class cannot exist before its module is loaded).
    """

    _module: str

    def _real(cls) -> Any:
        return getattr(importlib.import_module(cls._module), cls.__name__)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(cls._real(), name)

    def __instancecheck__(cls, obj: object) -> bool:
        module = sys.modules.get(cls._module)
        return module is not None and isinstance(obj, getattr(module, cls.__name__))

    def __subclasscheck__(cls, sub: type) -> bool:
        module = sys.modules.get(cls._module)
        return module is not None and issubclass(sub, getattr(module, cls.__name__))


def _stand_in(module: str, classes: tuple[str, ...]) -> types.ModuleType:
    """A module ``module`` holding a deferred stand-in for each of ``classes`` and nothing
    else (``from module import other`` raises ``ImportError``)."""
    stand_in = types.ModuleType(module)
    for name in classes:
        setattr(stand_in, name, _DeferredClass(name, (), {"_module": module}))
    return stand_in


def load_typer_help() -> None:
    """Import ``typer.rich_utils`` with :data:`DEFERRED` deferred (see the module docs).

    Does nothing if it is imported already; a deferred module that is already imported
    is used as it is.
    """
    if TYPER_HELP in sys.modules:
        return
    placed = {
        module: _stand_in(module, classes)
        for module, classes in DEFERRED.items()
        if module not in sys.modules
    }
    sys.modules.update(placed)
    try:
        importlib.import_module(TYPER_HELP)
    except ImportError:  # Typer took a name that has no stand-in: import it as it is
        _remove(placed)
        importlib.import_module(TYPER_HELP)
    finally:
        _remove(placed)


def _remove(placed: dict[str, types.ModuleType]) -> None:
    for name, stand_in in placed.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
