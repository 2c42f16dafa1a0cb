"""Indonesian words that signal each action class, in their active, passive and nominal forms.

Each entry names a root and the affixes it takes; :func:`forms` derives the written
forms by the regular *meN-*/*peN-* rules (the nasal assimilates to the root's first
sound and drops a voiceless *k, p, t, s*: *kirim* → *mengirim*, *pengiriman*; *tolak* →
*menolak*; *serang* → *menyerang*), the passive *di-* and any irregular forms listed
with the root. :data:`LEXICON` maps each written form (lower case; multiword forms
joined by a space) to a :class:`Cue`: its class and its voice.

* ``active``: the subject before the word acts on the object after it
  ("Rusia **memveto** …", "Widodo **bertemu** Albanese");
* ``passive``: the subject before it undergoes the act, the agent follows, usually
  after *oleh* ("… **dikirim** ke Rusia oleh Pyongyang");
* ``nominal``: the act as a noun, its agent after it ("**kunjungan** Albanese ke
  Pyongyang") or before a light verb ("Israel melancarkan **serangan** ke Gaza").

>>> LEXICON["mengirim"].action, LEXICON["dikirim"].voice, LEXICON["pengiriman"].voice
('aid', 'passive', 'nominal')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from warta.nlp.relations.taxonomy import CLASSES

Voice = Literal["active", "passive", "nominal"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A form in the lexicon: the action it signals and how its arguments are placed."""

    action: str
    voice: Voice
    #: When set, the cue counts only with one of these words among the next three
    #: ("menerima **kunjungan**", "mengirim **pesan**").
    needs_next: frozenset[str] = frozenset()
    #: The agent and the patient swap places ("X menerima kunjungan Y": Y visits X).
    reverse: bool = False


def nasal_prefix(root: str, prefix: str = "me") -> str:
    """``meN-``/``peN-`` + ``root`` by the regular rules (``prefix`` is "me" or "pe").

    >>> [nasal_prefix(r) for r in ("kirim", "tolak", "serang", "bantu", "dukung", "lawan")]
    ['mengirim', 'menolak', 'menyerang', 'membantu', 'mendukung', 'melawan']
    """
    first = root[0]
    if first in "aeiou":
        return f"{prefix}ng{root}"
    if first == "k":
        return f"{prefix}ng{root[1:]}"
    if first in "gh":
        return f"{prefix}ng{root}"
    if first == "p":
        return f"{prefix}m{root[1:]}"
    if first in "bfv":
        return f"{prefix}m{root}"
    if first == "t":
        return f"{prefix}n{root[1:]}"
    if first in "dcjz":
        return f"{prefix}n{root}"
    if first == "s":
        return f"{prefix}ny{root[1:]}"
    return f"{prefix}{root}"  # l m n r w y, ng-, ny-


@dataclass(frozen=True, slots=True)
class Root:
    """A root with the forms it takes. ``suffixes`` of the verb ("", "kan", "i");
    ``nominal`` the noun forms, ``"peN-an"`` derived, others as written."""

    root: str
    action: str
    suffixes: tuple[str, ...] = ("",)
    nominal: tuple[str, ...] = ()
    extra_active: tuple[str, ...] = ()  # ber- verbs and irregular active forms
    passive: bool = True


ROOTS: tuple[Root, ...] = (
    # 02 appeal
    Root("minta", "appeal", ("",), ("permintaan",)),
    Root("desak", "appeal", ("",), ("desakan",)),
    Root("seru", "appeal", ("kan",), ("seruan",)),
    Root("imbau", "appeal", ("",), ("imbauan",)),
    Root("mohon", "appeal", ("",), ("permohonan",)),
    # 03 intent to cooperate
    Root("janji", "intend", ("kan",), (), ("berjanji",)),
    Root("tawar", "intend", ("kan",), ("tawaran",)),
    Root("undang", "intend", ("",), ("undangan",)),
    # 04 consult
    Root("temu", "consult", ("i",), ("pertemuan", "pertemuan puncak"), ("bertemu",)),
    Root("kunjung", "consult", ("i",), ("kunjungan",), ("berkunjung",)),
    Root("sambut", "consult", ("",)),
    Root("runding", "consult", ("kan",), ("perundingan",), ("berunding",)),
    Root("telepon", "consult", ("",), ("percakapan telepon",), ("bertelepon",)),
    Root("bicara", "consult", (), ("pembicaraan",), ("berbicara",), passive=False),
    # 05 diplomatic cooperation
    Root("tandatangan", "cooperate", ("i",), ("penandatanganan",)),
    Root("sepakat", "cooperate", ("i",), ("kesepakatan",), ("bersepakat", "sepakat")),
    Root("dukung", "cooperate", ("",), ("dukungan",)),
    Root("puji", "cooperate", ("",), ("pujian",)),
    Root("kerja sama", "cooperate", (), ("kerja sama",), ("bekerja sama",), passive=False),
    Root("terima kasih", "cooperate", (), (), ("berterima kasih", "terima kasih"), passive=False),
    # 06-07 aid, material cooperation
    Root("kirim", "aid", ("", "kan"), ("pengiriman",)),
    Root("bantu", "aid", ("",), ("bantuan",)),
    Root("pasok", "aid", ("",), ("pasokan",)),
    Root("sedia", "aid", ("kan",), ("penyediaan",)),
    Root("sumbang", "aid", ("", "kan"), ("sumbangan",)),
    Root("hibah", "aid", ("kan",)),
    Root("pinjam", "aid", ("kan",), ("pinjaman",)),
    # 10 demand
    Root("tuntut", "demand", ("",), ("tuntutan",)),
    Root("panggil", "demand", ("",), ("pemanggilan",)),
    # 11 disapprove
    Root("kecam", "disapprove", ("",), ("kecaman",)),
    Root("kritik", "disapprove", ("",), ("kritik", "kritikan")),
    Root("kutuk", "disapprove", ("",), ("kutukan",)),
    Root("tuduh", "disapprove", ("",), ("tuduhan",)),
    Root("protes", "disapprove", ("",), ("protes",)),
    Root("salah", "disapprove", ("kan",)),
    Root("sesal", "disapprove", ("kan",)),
    # 12 reject
    Root("tolak", "reject", ("",), ("penolakan",)),
    Root("veto", "reject", ("",), ("veto",)),
    # 13 threaten
    Root("ancam", "threaten", ("",), ("ancaman",)),
    # 15 force posture
    Root("kerah", "posture", ("kan",), ("pengerahan",)),
    # 16 reduce relations
    Root("usir", "reduce", ("",), ("pengusiran",)),
    # 17 coerce
    Root("sanksi", "sanction", (), ("sanksi",), passive=False),
    Root("blokade", "sanction", ("",), ("blokade",)),
    Root("embargo", "sanction", (), ("embargo",), passive=False),
    Root("sita", "sanction", ("",), ("penyitaan",)),
    # 18-19 assault, fight
    Root("serang", "fight", ("",), ("serangan",)),
    Root("invasi", "fight", ("",), ("invasi",)),
    Root("gempur", "fight", ("",), ("gempuran",)),
    Root("bom", "fight", ("",), ("pengeboman",)),
)

#: Forms the rules above do not give, or that need a word after them.
IRREGULAR: dict[str, Cue] = {
    "memperingatkan": Cue("threaten", "active"),
    "diperingatkan": Cue("threaten", "passive"),
    "mengebom": Cue("fight", "active"),
    "menginvasi": Cue("fight", "active"),
    "memveto": Cue("reject", "active"),
    "memprotes": Cue("disapprove", "active"),
    "mengkritik": Cue("disapprove", "active"),
    "memasok": Cue("aid", "active"),
    "memblokade": Cue("sanction", "active"),
    # "X menerima kunjungan Y": Y visited X.
    "menerima": Cue("consult", "active", frozenset({"kunjungan"}), reverse=True),
    # Sending a message is a statement to its addressee, not aid.
    "mengirim pesan": Cue("statement", "active"),
    "mengirimkan pesan": Cue("statement", "active"),
    "memperkuat hubungan": Cue("cooperate", "active"),
    "meningkatkan hubungan": Cue("cooperate", "active"),
    "mempererat hubungan": Cue("cooperate", "active"),
    "menjalin hubungan": Cue("cooperate", "active"),
    "memutus hubungan": Cue("reduce", "active"),
    "memutuskan hubungan": Cue("reduce", "active"),
    "menjangkau": Cue("intend", "active"),
}

#: Verbs that make a following noun cue the subject's act ("Israel **melancarkan**
#: serangan ke Gaza", "AS **menjatuhkan** sanksi terhadap Iran").
LIGHT_VERBS = frozenset(
    """
    mengadakan menggelar melakukan melancarkan menjatuhkan memberikan memberi menjalin
    memperkuat meningkatkan mempererat menyampaikan mengirim mengirimkan melontarkan
    mengeluarkan menerapkan mengenakan menawarkan mengumumkan menyatakan menginginkan
    """.split()
)


def forms(entry: Root) -> Iterator[tuple[str, Cue]]:
    """Every written form of ``entry`` with its cue."""
    for suffix in entry.suffixes:
        stem = entry.root + suffix
        yield nasal_prefix(entry.root) + suffix, Cue(entry.action, "active")
        if entry.passive:
            yield "di" + stem, Cue(entry.action, "passive")
    for form in entry.extra_active:
        yield form, Cue(entry.action, "active")
    for noun in entry.nominal:
        yield noun, Cue(entry.action, "nominal")


def build_lexicon() -> dict[str, Cue]:
    """The form → cue table (irregular forms win over derived ones)."""
    table: dict[str, Cue] = {}
    for entry in ROOTS:
        if entry.action not in CLASSES:
            raise ValueError(f"lexicon root {entry.root!r}: unknown class {entry.action!r}")
        for form, cue in forms(entry):
            table.setdefault(form, cue)
    table.update(IRREGULAR)
    return table


LEXICON: dict[str, Cue] = build_lexicon()
#: The longest multiword form, in words.
MAX_WORDS = max(len(form.split()) for form in LEXICON)
