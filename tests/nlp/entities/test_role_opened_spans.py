"""A person's role noun the tagger took into a name ("Peneliti <Institute>", "CEO
<Company> <Given> <Surname>"): the role leaves the span, and an organisation the article
names on its own, followed by a name, is cut from the person (issue 17, blind2/blind6/
blind8 class; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve


@pytest.mark.parametrize(
    ("text", "tagged", "org"),
    [
        (
            "Peneliti Lembaga Kajian Pangan Nusantara, Rina Kusuma, menilai harga beras naik.",
            "Peneliti Lembaga Kajian Pangan Nusantara",
            "Lembaga Kajian Pangan Nusantara",
        ),
        (
            "Pengamat Pusat Studi Kebijakan Publik menyebut aturan itu lemah.",
            "Pengamat Pusat Studi Kebijakan Publik",
            "Pusat Studi Kebijakan Publik",
        ),
    ],
)
def test_a_role_noun_leaves_an_organisation(text: str, tagged: str, org: str) -> None:
    out = resolve(text, [(tagged, "ORG")])
    assert (org, "ORG") in [(s, t) for s, t, _e in out], out


@pytest.mark.parametrize(
    ("text", "tagged", "org", "person", "kind"),
    [
        (
            "Lembaga Pengelola Dana Abadi Nusantara (Dananusa) menambah modal. CEO Dananusa "
            "Arif Setiawan berharap dana itu tumbuh.",
            "CEO Dananusa Arif Setiawan",
            "Dananusa",
            "Arif Setiawan",
            "PER",
        ),
        (
            "Perusahaan rintisan Kopiku menutup 30 gerai. Founder Kopiku Sandra Wijaya "
            "meminta maaf kepada karyawan. Kopiku berdiri pada 2019.",
            "Founder Kopiku Sandra Wijaya",
            "Kopiku",
            "Sandra Wijaya",
            "ORG",
        ),
    ],
)
def test_a_role_then_an_organisation_then_a_name_is_cut(
    text: str, tagged: str, org: str, person: str, kind: str
) -> None:
    first = text.split(".")[0]
    first_org = next(w for w in (org, "Kopiku") if w in first)
    tags = [(first_org, "ORG"), (tagged, kind)]
    out = resolve(text, tags)
    pairs = [(s, t) for s, t, _e in out]
    assert (person, "PER") in pairs, out
    assert sum(1 for s, t in pairs if s == org and t == "ORG") >= 2, out
