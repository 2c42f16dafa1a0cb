"""Coverage matrix of the relation stage: common verbs of each class in generated shapes.

Every action class is listed with the everyday Indonesian verbs an analyst codes it from
(chosen from the dictionary, not from any gold set), and each verb is put in the shapes
a news sentence gives it: active, passive with and without "oleh", after an auxiliary,
with a date, and as a noun where that is natural. The actors rotate through the kinds a
news text names: a state, a metonym city, a ministry, a leader with a title, an
international organisation, a listed company and a police unit. All sentences are
invented from templates. A second list holds sentences that code nothing.

``python -m tests.nlp.relations.test_coverage`` prints the coverage per class and shape.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest
from tests.nlp.relations.coded import relations

from warta.nlp.relations.taxonomy import CLASSES
from warta.records import Relation


@dataclass(frozen=True)
class Actor:
    """How an actor is written in a sentence and the name the stage codes it as."""

    text: str
    name: str


#: Sources: every kind of actor (a ministry acts as its state).
SOURCES = (
    Actor("Indonesia", "Indonesia"),
    Actor("Beijing", "China"),
    Actor("Kementerian Luar Negeri Jepang", "Japan"),
    Actor("Presiden Prabowo Subianto", "Prabowo Subianto"),
    Actor("PBB", "United Nations"),
    Actor("Kremlin", "Russia"),
    Actor("Uni Eropa", "European Union"),
    Actor("Perdana Menteri Anwar Ibrahim", "Anwar Ibrahim"),
    Actor("Washington", "United States"),
    Actor("Malaysia", "Malaysia"),
    Actor("Polda Metro Jaya", "Polda Metro Jaya"),
    Actor("PT Freeport Indonesia Tbk", "PT Freeport Indonesia Tbk"),
)
#: Targets: states, metonyms, organisations and leaders.
TARGETS = (
    Actor("Malaysia", "Malaysia"),
    Actor("Seoul", "South Korea"),
    Actor("Israel", "Israel"),
    Actor("Australia", "Australia"),
    Actor("ASEAN", "ASEAN"),
    Actor("Pyongyang", "North Korea"),
    Actor("Filipina", "Philippines"),
    Actor("Vietnam", "Vietnam"),
    Actor("Iran", "Iran"),
    Actor("Singapura", "Singapore"),
)


@dataclass(frozen=True)
class Verb:
    """A verb of a class: its active form and the phrase after it before the target, its
    passive form (or ""), and its noun with the preposition before the target (or "")."""

    active: str
    passive: str = ""
    noun: str = ""
    #: What stands between the verb and its target ("ke", "bantuan kepada").
    link: str = ""
    #: The target as a phrase around the actor ("dua warga negara {}").
    frame: str = "{}"
    #: Whether the class is symmetric (either order of the two sides codes it).
    sym: bool = False


#: The verbs of each class. ``link`` and ``frame`` place the target as usage wants it.
VERBS: dict[str, tuple[Verb, ...]] = {
    "disapprove": (
        Verb("mengecam", "dikecam", "kecaman"),
        Verb("mengkritik", "dikritik", "kritik"),
        Verb("menuding", "dituding", "tudingan"),
        Verb("menuduh", "dituduh", "tuduhan"),
        Verb("menyalahkan", "disalahkan"),
        Verb("menyesalkan", "disesalkan", frame="sikap {}"),
        Verb("memprotes", "diprotes", "protes"),
        Verb("mengutuk", "dikutuk", "kutukan"),
        Verb("mempersoalkan", "dipersoalkan", frame="langkah {}"),
        Verb("menyindir", "disindir", "sindiran"),
        Verb("mencela", "dicela", "celaan"),
        Verb("menegur", "ditegur", "teguran"),
        Verb("menentang", "ditentang", "penentangan"),
        Verb("mengkritisi", "dikritisi", frame="kebijakan {}"),
        Verb("menghujat", "dihujat", "hujatan"),
    ),
    "sanction": (
        Verb("menangkap", "ditangkap", "penangkapan", frame="dua warga negara {}"),
        Verb("menahan", "ditahan", "penahanan", frame="tiga warga negara {}"),
        Verb("mendeportasi", "dideportasi", "deportasi", frame="lima warga negara {}"),
        Verb("menyandera", "disandera", "penyanderaan", frame="dua warga negara {}"),
        Verb("menyita", "disita", "penyitaan", frame="kapal nelayan {}"),
        Verb("membekukan", "dibekukan", "pembekuan", frame="aset milik {}"),
        Verb("memblokir", "diblokir", "pemblokiran", frame="rekening milik {}"),
        Verb("mengembargo", "diembargo", "embargo"),
        Verb("memboikot", "diboikot", "boikot"),
        Verb("menggeledah", "digeledah", "penggeledahan", frame="kantor perwakilan {}"),
        Verb("memblokade", "diblokade", "blokade"),
        Verb("menjatuhkan sanksi", "", "sanksi", link="terhadap"),
        Verb("mencekal", "dicekal", "pencekalan", frame="dua warga negara {}"),
        Verb("meringkus", "diringkus", frame="tiga warga negara {}"),
        Verb("membekuk", "dibekuk", frame="empat warga negara {}"),
        Verb("memenjarakan", "dipenjarakan", frame="dua warga negara {}"),
    ),
    "consult": (
        Verb("bertemu", "", "pertemuan", link="dengan", sym=True),
        Verb("menemui", "ditemui", sym=True),
        Verb("mengunjungi", "dikunjungi", "kunjungan", sym=True),
        Verb("menjamu", "dijamu", sym=True),
        Verb("berunding", "", "perundingan", link="dengan", sym=True),
        Verb("berkunjung", "", "", link="ke", sym=True),
        Verb("berdialog", "", "dialog", link="dengan", sym=True),
        Verb("berkonsultasi", "", "", link="dengan", sym=True),
        Verb("bertelepon", "", "", link="dengan", sym=True),
        Verb("menyambangi", "disambangi", sym=True),
        Verb("melawat", "", "lawatan", link="ke", sym=True),
        Verb("bersilaturahmi", "", "", link="dengan", sym=True),
        Verb("bernegosiasi", "", "", link="dengan", sym=True),
        Verb("bertatap muka", "", "", link="dengan", sym=True),
    ),
    "cooperate": (
        Verb("menandatangani perjanjian", "", "", link="dengan", sym=True),
        Verb("meneken kesepakatan", "", "", link="dengan", sym=True),
        Verb("bekerja sama", "", "kerja sama", link="dengan", sym=True),
        Verb("bermitra", "", "kemitraan", link="dengan", sym=True),
        Verb("mendukung", "didukung", "dukungan", sym=True),
        Verb("memuji", "dipuji", "pujian", sym=True),
        Verb("mengakui kedaulatan", "", "", sym=True),
        Verb("menyepakati kerja sama", "", "", link="dengan", sym=True),
        Verb("menggandeng", "digandeng", sym=True),
        Verb("mengapresiasi", "diapresiasi", frame="langkah {}", sym=True),
    ),
    "aid": (
        Verb("mengirim bantuan", "", "pengiriman bantuan", link="ke"),
        Verb("membantu", "dibantu", "bantuan"),
        Verb("memasok senjata", "", "pasokan senjata", link="ke"),
        Verb("menyumbangkan dana", "", "sumbangan", link="kepada"),
        Verb("memberikan bantuan", "", "", link="kepada"),
        Verb("menyalurkan bantuan", "", "penyaluran bantuan", link="ke"),
        Verb("menghibahkan", "", "hibah", frame="dua kapal patroli kepada {}"),
        Verb("mendonasikan", "", "donasi", frame="obat-obatan kepada {}"),
        Verb("mengucurkan dana", "", "kucuran dana", link="kepada"),
        Verb("menyuplai senjata", "", "suplai senjata", link="ke"),
        Verb("menggelontorkan dana", "", "", link="kepada"),
        Verb("menyerahkan bantuan", "", "", link="kepada"),
    ),
    "fight": (
        Verb("menyerang", "diserang", "serangan", link=""),
        Verb("menggempur", "digempur", "gempuran"),
        Verb("membombardir", "dibombardir", "pengeboman"),
        Verb("mengebom", "dibom"),
        Verb("menembaki", "ditembaki", "penembakan", frame="kapal {}"),
        Verb("menginvasi", "diinvasi", "invasi"),
        Verb("menyerbu", "diserbu", "penyerbuan"),
        Verb("meluncurkan rudal", "", "", link="ke"),
        Verb("menembakkan roket", "", "", link="ke"),
        Verb("menghantam", "dihantam", "hantaman"),
    ),
    "reject": (
        Verb("menolak", "ditolak", "penolakan", frame="usulan {}"),
        Verb("memveto", "diveto", "veto", frame="resolusi {}"),
        Verb("menampik", "ditampik", frame="tawaran {}"),
        Verb("menyangkal", "disangkal", frame="tuduhan {}"),
    ),
    "threaten": (
        Verb("mengancam", "diancam", "ancaman"),
        # "peringatan" is also a commemoration ("peringatan Hari Buruh"): no noun here
        Verb("memperingatkan", "diperingatkan"),
        Verb("mengultimatum", "diultimatum", "ultimatum"),
        Verb("menggertak", "digertak", "gertakan"),
    ),
    "appeal": (
        Verb("meminta", "diminta", "permintaan", frame="{} menahan diri"),
        Verb("mendesak", "didesak", "desakan", frame="{} menghentikan serangan"),
        Verb("mengimbau", "diimbau", "imbauan", frame="{} menahan diri"),
        Verb("menyerukan", "", "seruan", link="kepada", frame="{} agar berdamai"),
        Verb("mengajak", "diajak", "ajakan", frame="{} berdamai"),
    ),
    "demand": (
        Verb("menuntut", "dituntut", "tuntutan", frame="{} membayar ganti rugi"),
        Verb("memanggil duta besar", "", "pemanggilan duta besar"),
        Verb("memberi waktu tujuh hari", link="kepada", frame="{} untuk menjawab"),
    ),
    "intend": (
        Verb("berjanji membantu"),
        Verb("menawarkan bantuan", "", "tawaran bantuan", link="kepada"),
        Verb("berkomitmen membantu"),
        Verb("mengundang", "diundang", "undangan"),
        Verb("menjanjikan bantuan", "", "", link="kepada"),
    ),
    "posture": (
        Verb("mengerahkan pasukan", "", "pengerahan pasukan", link="ke", frame="perbatasan {}"),
        Verb("menyiagakan pasukan", "", "", link="di dekat", frame="perbatasan {}"),
        Verb("memobilisasi pasukan", "", "", link="ke", frame="perbatasan {}"),
        Verb("menggelar latihan militer", "", "latihan militer", link="di dekat"),
    ),
    "reduce": (
        Verb("mengusir", "diusir", "pengusiran", frame="duta besar {}"),
        Verb("memutus hubungan diplomatik", "", "", link="dengan"),
        Verb("menangguhkan kerja sama", "", "", link="dengan"),
        Verb("membatalkan perjanjian", "", "", link="dengan"),
        Verb("menutup kedutaan", "", "", frame="{}"),
    ),
}

#: Auxiliaries and adverbs before the verb.
AUXILIARIES = ("telah", "sudah", "resmi", "kembali")

#: Words that negate the act, and that make it only intended.
NEGATIONS = ("tidak", "belum", "tidak pernah")
MODALS = ("akan", "berencana", "berjanji akan")
#: Second subjects of a coordination ("Indonesia dan Australia mengecam …").
COORDINATED = (
    Actor("Australia", "Australia"),
    Actor("Thailand", "Thailand"),
    Actor("Menteri Luar Negeri Retno Marsudi", "Retno Marsudi"),
    Actor("Uni Afrika", "African Union"),
)

#: The verb a target receives each class's act with, as a noun after it.
RECEIVED = {
    "disapprove": "menuai",
    "sanction": "dijatuhi",
    "cooperate": "mendapat",
    "aid": "menerima",
    "fight": "mendapat",
    "threaten": "menerima",
    "appeal": "mendapat",
}


def _by(receive: str) -> str:
    """The preposition of the agent after a verb of receiving (a passive takes "oleh")."""
    return "oleh" if receive.startswith("di") else "dari"


SHAPES = (
    "active",
    "auxiliary",
    "dated",
    "dated_aside",
    "passive_oleh",
    "passive_bare",
    "nominal",
    "received",
    "coordinated",
    "negated",
    "intended",
)


@dataclass(frozen=True)
class Case:
    """One generated sentence and the triple (and date) it must code."""

    action: str
    verb: str
    shape: str
    text: str
    source: str
    target: str
    date: str = ""
    #: A second source coordinated with the first ("A dan B mengecam C"): both act.
    also: str = ""
    #: The polarity and whether the act is only intended ("akan", "berencana").
    polarity: str = "positive"
    intended: bool = False


def _target(verb: Verb, target: Actor) -> str:
    """The verb's object: link, framed target."""
    phrase = verb.frame.format(target.text)
    return f"{verb.link} {phrase}".strip()


def _passive(verb: Verb, agent: str, target: Actor) -> str:
    """The passive: the patient phrase first; what a request asks comes after the agent
    ("Israel didesak Indonesia menghentikan serangan")."""
    before, _, after = verb.frame.partition("{}")
    if before:  # the patient is a phrase around the target ("kapal nelayan X")
        return f"{before}{target.text}{after} {verb.passive} {agent}."
    return f"{target.text} {verb.passive} {agent}{after}."


def _nominal(verb: Verb, source: Actor, target: Actor) -> str:
    """The act as a noun opening the sentence: its agent after it and the target after
    a preposition, or a framed patient with its agent after "oleh"."""
    noun = verb.noun[0].upper() + verb.noun[1:]
    before, _, after = verb.frame.partition("{}")
    if verb.link:  # "Pengerahan pasukan X ke perbatasan Y"
        return (
            f"{noun} {source.text} {verb.link} {verb.frame.format(target.text)} memicu ketegangan."
        )
    *_, last = before.split() or [""]
    if last in ("kepada", "ke"):  # "Donasi X kepada Y": what is given left out
        return f"{noun} {source.text} {last} {target.text} memicu ketegangan."
    if before:
        return f"{noun} {before}{target.text}{after} oleh {source.text} memicu ketegangan."
    # a request is made to its addressee ("Seruan X kepada Y agar …")
    prep = verb.link or ("kepada" if after else "terhadap")
    return f"{noun} {source.text} {prep} {target.text}{after} memicu ketegangan."


def _cases_of(action: str, k: int, verb: Verb) -> list[Case]:
    """The shapes of ``verb`` (the ``k``-th of its class) with rotating actors."""
    out: list[Case] = []
    for n, shape in enumerate(SHAPES):
        src = SOURCES[(k * 5 + n) % len(SOURCES)]
        tgt = TARGETS[(k * 3 + n) % len(TARGETS)]
        if src.name == tgt.name:
            tgt = TARGETS[(k * 3 + n + 1) % len(TARGETS)]
        obj = _target(verb, tgt)
        text, date, also, polarity, intended = "", "", "", "positive", False
        if shape == "active":
            text = f"{src.text} {verb.active} {obj}."
        elif shape == "auxiliary":
            aux = AUXILIARIES[(k + n) % len(AUXILIARIES)]
            text = f"{src.text} {aux} {verb.active} {obj}."
        elif shape == "dated":
            text = f"Pada Senin (3/6/2024), {src.text} {verb.active} {obj}."
            date = "2024-06-03"
        elif shape == "dated_aside":
            text = f"{src.text}, Senin (3/6/2024), {verb.active} {obj}."
            date = "2024-06-03"
        elif shape == "passive_oleh" and verb.passive:
            text = _passive(verb, f"oleh {src.text}", tgt)
        elif shape == "passive_bare" and verb.passive:
            text = _passive(verb, src.text, tgt)
        elif shape == "nominal" and verb.noun:
            text = _nominal(verb, src, tgt)
        elif shape == "received" and verb.noun and verb.frame == "{}" and action in RECEIVED:
            # "Israel menuai kecaman dari X", "Iran dijatuhi sanksi oleh X"
            receive = RECEIVED[action]
            text = f"{tgt.text} {receive} {verb.noun} {_by(receive)} {src.text}."
        elif shape == "coordinated":
            other = next(a for a in COORDINATED[k % 4 :] + COORDINATED if a.name != tgt.name)
            text = f"{src.text} dan {other.text} {verb.active} {obj}."
            also = other.name
        elif shape == "negated":
            neg = NEGATIONS[k % len(NEGATIONS)]
            text = f"{src.text} {neg} {verb.active} {obj}."
            polarity = "negative"
        elif shape == "intended":
            modal = MODALS[k % len(MODALS)]
            text = f"{src.text} {modal} {verb.active} {obj}."
            intended = True
        if text:
            text = text[0].upper() + text[1:]
            out.append(
                Case(
                    action,
                    verb.active,
                    shape,
                    text,
                    src.name,
                    tgt.name,
                    date,
                    also=also,
                    polarity=polarity,
                    intended=intended,
                )
            )
    return out


def cases() -> list[Case]:
    """Every generated case of the matrix."""
    return [
        case
        for action, verbs in VERBS.items()
        for k, verb in enumerate(verbs)
        for case in _cases_of(action, k, verb)
    ]


def coded(case: Case) -> bool:
    """Whether the stage codes ``case``'s triple (either way round for a symmetric
    class) and, when the case is dated, with its date."""
    found = relations(case.text)
    sources = (case.source, case.also) if case.also else (case.source,)
    return all(any(_matches(case, source, r) for r in found) for source in sources)


def _matches(case: Case, source: str, r: Relation) -> bool:
    """Whether ``r`` is ``case``'s act from ``source``: its class, its two sides (either
    way round for a symmetric class), its date, polarity and modality."""
    pair, want = (r.source, r.target), (source, case.target)
    symmetric = CLASSES[case.action].symmetric
    return (
        r.action == case.action
        and (pair == want or (symmetric and pair == want[::-1]))
        and (not case.date or str(r.date or "").startswith(case.date))
        and r.polarity == case.polarity
        and (r.modality != "asserted") == case.intended
    )


#: Argument shapes beyond the matrix, each with the triples it codes (invented).
SHAPE_EXAMPLES: tuple[tuple[str, set[tuple[str, str, str]]], ...] = (
    # a reciprocal act: each side acts on the other
    (
        "India dan Pakistan saling menuding.",
        {("India", "disapprove", "Pakistan"), ("Pakistan", "disapprove", "India")},
    ),
    # "kedua negara" are the two states last named, not an organisation named between
    (
        "India dan Pakistan bersitegang. PBB menyerukan perdamaian. Kedua negara saling menuding.",
        {("India", "disapprove", "Pakistan"), ("Pakistan", "disapprove", "India")},
    ),
    # a second subject joined by "bersama"
    (
        "Vietnam bersama Filipina memprotes China.",
        {("Vietnam", "disapprove", "China"), ("Philippines", "disapprove", "China")},
    ),
    # the one asked is the subject of the clause after "agar"
    ("Indonesia mendesak agar Israel segera mundur.", {("Indonesia", "appeal", "Israel")}),
    # ... not when that subject is acted on ("agar X diperiksa": X is not asked)
    ("Indonesia meminta agar Malaysia segera diperiksa.", set()),
    # a clash is fought with the side after "dengan"
    (
        "Pasukan Thailand bentrok dengan pasukan Kamboja di perbatasan.",
        {("Thailand", "fight", "Cambodia")},
    ),
    # a manner adverb right after the verb, before a noun phrase naming the target
    ("Jepang memprotes keras latihan militer China.", {("Japan", "disapprove", "China")}),
    # a metonym after a noun of an act or a proposal opening the sentence
    ("Langkah Beijing dikecam Manila.", {("Philippines", "disapprove", "China")}),
    ("Usulan Pyongyang ditolak Seoul.", {("South Korea", "reject", "North Korea")}),
    # a title after "dan" in a coordinated subject
    (
        "Jepang dan Menteri Luar Negeri Retno Marsudi mengecam Israel.",
        {("Japan", "disapprove", "Israel"), ("Retno Marsudi", "disapprove", "Israel")},
    ),
)


@pytest.mark.parametrize(("text", "expected"), SHAPE_EXAMPLES)
def test_shape(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(r.source, r.action, r.target) for r in relations(text)} == expected


def test_date_set_off_by_commas() -> None:
    """A day between commas after the subject dates the act and keeps the subject."""
    [r] = relations("Indonesia, Senin (3/6/2024), mengecam Israel.")
    assert (r.source, r.action, r.target, r.date) == (
        "Indonesia",
        "disapprove",
        "Israel",
        "2024-06-03",
    )


#: Sentences that code nothing: figures, weather, a visit to a market, cooperation as a
#: topic, sport, hypothetical questions.
NEGATIVES = (
    "Badan Pusat Statistik mencatat inflasi Mei 2024 sebesar 2,84 persen.",
    "BMKG memperkirakan hujan lebat mengguyur Jakarta dan Bogor pada Selasa sore.",
    "Menteri Perdagangan mengunjungi Pasar Kramat Jati untuk mengecek harga cabai.",
    "Seminar itu membahas kerja sama ekonomi kawasan secara umum.",
    "Persib Bandung mengalahkan Persija Jakarta 2-1 di Stadion Si Jalak Harupat.",
    "Apakah Indonesia akan bergabung dengan BRICS tahun depan?",
    "Harga minyak mentah dunia naik 3 persen pekan ini.",
    "Jumlah wisatawan asing ke Bali mencapai 5 juta orang pada 2023.",
    "Timnas Indonesia ditahan imbang Vietnam dalam laga persahabatan.",
    "Gempa bermagnitudo 5,2 mengguncang Cianjur pada Kamis dini hari.",
    "Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Utara.",
    "Nilai tukar rupiah melemah terhadap dolar Amerika Serikat pada perdagangan Rabu.",
    "Panitia menerima pendaftaran peserta hingga akhir bulan.",
    "Bagaimana jika Malaysia dan Singapura bekerja sama membangun jembatan?",
    "Kerja sama antarwarga menjadi kunci keberhasilan program kebersihan kampung.",
    "Gubernur Jawa Barat meninjau lokasi banjir di Bekasi.",
    "Produksi beras nasional diperkirakan naik 4 persen tahun ini.",
    "Angin kencang merusak puluhan rumah warga di Sleman.",
    "Mahasiswa Universitas Indonesia meraih juara lomba debat tingkat nasional.",
    "Pemain asal Jepang itu mencetak dua gol ke gawang Arema.",
    # the everyday senses of cue words added with the matrix
    "Ribuan pengunjung menyerbu pusat perbelanjaan di Jakarta saat diskon akhir tahun.",
    "Hujan deras menghantam Jakarta sejak Senin pagi.",
    "Peringatan Hari Kemerdekaan Indonesia digelar di Istana Merdeka.",
    "Dana hibah untuk sekolah di Papua naik 10 persen tahun ini.",
    "Polisi meringkus dua pencuri sepeda motor di Bekasi.",
    # the senses kept out with the tenth blind set's rules
    "Angin kencang menyerang kawasan pesisir Jakarta Utara pada Selasa sore.",
    "Upacara pembukaan itu diikuti ratusan pelajar dari Bogor dan Depok.",
    "Pelatih tim nasional memanggil 28 pemain untuk pemusatan latihan di Bali.",
    "Dinas Pendidikan memberikan waktu tambahan bagi siswa untuk mendaftar ulang.",
)


#: Cases missed for a reason outside the relation stage, or left open: each must still
#: be missed (the test fails once one is read, so that the fix shows). Keyed by (verb, shape).
KNOWN: dict[tuple[str, str], str] = {
    # (the ministry's name swallowing "mencela"/"memblokade" was fixed in the entity
    # layer on 2026-12-05: those cases are read now)
    # "Kantor perwakilan Malaysia" typed one organisation by the entity layer
    ("menggeledah", "passive_oleh"): "entity layer: 'Kantor perwakilan X' one name",
    # "Kemitraan Malaysia" typed one organisation by the entity layer
    ("bermitra", "nominal"): "entity layer: 'Kemitraan X' one name",
    # (the nominal "hibah" is read since 2026-12-07: a grant handed over, "menyerahkan
    # hibah … kepada X", is aid as granting is; "dana hibah" with no agent after it
    # still names no act)
}


#: Sources the entity layer fuses with "dan" and the next actor into one name
#: ("Kementerian Luar Negeri Jepang dan Australia", "PT … Tbk dan Thailand": one ORG).
FUSED = frozenset({"Japan", "PT Freeport Indonesia Tbk"})


@pytest.mark.parametrize("case", cases(), ids=lambda c: f"{c.action}-{c.verb}-{c.shape}")
def test_coverage(case: Case) -> None:
    if case.shape == "coordinated" and case.source in FUSED and not coded(case):
        # the fusion depends on the verb after the names: not every case is missed
        pytest.xfail("entity layer: a ministry's or a firm's name fused with the next actor")
    reason = KNOWN.get((case.verb, case.shape))
    if reason:
        assert not coded(case), f"{case.text} is read now: take it out of KNOWN"
        pytest.xfail(reason)
    coded_here = [(r.source, r.action, r.target, r.date) for r in relations(case.text)]
    assert coded(case), (case.text, coded_here)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert [(r.source, r.action, r.target) for r in relations(text)] == []


def report() -> None:
    """Print the coverage per class and per shape, and the misses."""
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    misses = []
    for case in cases():
        totals[case.action, case.shape] += 1
        if coded(case):
            hits[case.action, case.shape] += 1
        else:
            misses.append(case)
    print(f"{'class':<12}" + "".join(f"{s:>14}" for s in SHAPES) + f"{'all':>10}")
    for action in VERBS:
        row = "".join(f"{hits[action, s]:>8}/{totals[action, s]:<5}" for s in SHAPES)
        h = sum(hits[action, s] for s in SHAPES)
        t = sum(totals[action, s] for s in SHAPES)
        print(f"{action:<12}{row}{h:>6}/{t}")
    h, t = sum(hits.values()), sum(totals.values())
    print(f"total {h}/{t}")
    neg = sum(bool(relations(text)) for text in NEGATIVES)
    print(f"negatives coding something: {neg}/{len(NEGATIVES)}")
    for case in misses:
        got = [(r.source, r.action, r.target, str(r.date)) for r in relations(case.text)]
        print("MISS", case.action, case.shape, "|", case.text, "|", got)


if __name__ == "__main__":
    report()
