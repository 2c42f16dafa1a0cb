"""A document named back ("menolak komunike tersebut") answers the side that issued it:
the one whose act the text told as made in that document ("Dalam komunike akhir, X
mengecam …"), not whoever acted last. Invented sentences."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-05-09"


def test_rejecting_a_statement_named_back_answers_its_issuer() -> None:
    text = (
        "Dalam pernyataan akhir, Uni Afrika mengecam Sudan, Senin (4/5/2026). Presiden "
        "Kenya mendesak Amerika Serikat menghentikan bantuan senjata. Kementerian Luar "
        "Negeri Sudan menolak pernyataan tersebut."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Sudan", "reject", "African Union") in found
    # the last actor before the rejection issued no statement
    assert ("Sudan", "reject", "Kenya") not in found


def test_a_document_never_issued_names_no_one() -> None:
    text = (
        "Uni Afrika mengecam Sudan, Senin (4/5/2026). Kementerian Luar Negeri Sudan "
        "menolak komunike tersebut."
    )
    found = coded_triples(text, PUBLISHED)
    assert not any(t[1] == "reject" for t in found)


def test_a_ministry_goes_on_censuring_the_side_its_state_rejected() -> None:
    text = (
        "Uni Afrika mengecam Sudan, Senin (4/5/2026). Kementerian Luar Negeri Sudan "
        'menolak kecaman tersebut dan menyebutnya "sikap sepihak".'
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Sudan", "reject", "African Union") in found
    # "-nya" judges what the ministry just rejected: its maker, for the ministry's state
    assert ("Sudan", "disapprove", "African Union") in found
