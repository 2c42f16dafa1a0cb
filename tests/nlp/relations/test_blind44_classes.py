"""Classes fixed on the wrong dates and false relations of blind44, guarded by every
older blind set (issue 18): a day told in a relative clause on an act is background,
a call whose only time is a week or a month ahead is dated by the report, an appeal's
body is where it is filed, and a natural feature's name is no actor. Tested on
invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-07-09"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "X, Rabu (8/7), mengecam serangan yang melukai … pada Selasa malam. Pada hari yang
# sama, Y …": the same day is the censure's, not the attack's
def test_same_day_after_a_relative_clause_day_is_the_sentences_own() -> None:
    dated = _dated(
        "Pemerintah Malaysia, Rabu (8/7/2026), mengecam keras serangan drone Rusia yang "
        "merusak gedung konsulat di Odesa pada Selasa malam. Pada hari yang sama, "
        "Filipina juga mengecam Rusia atas serangan itu."
    )
    assert ("Philippines", "disapprove", "Russia", "2026-07-08") in dated


# 2. "mendesak X … pekan depan": the week is the talks asked for; the call is dated
# by the report
def test_a_call_with_only_a_week_ahead_is_dated_by_the_report() -> None:
    dated = _dated(
        "Sekretaris Jenderal ASEAN mendesak Thailand dan Kamboja kembali berunding "
        "di Kuala Lumpur pekan depan."
    )
    assert any(t[1:] == ("appeal", "Thailand", PUBLISHED) for t in dated)


# 3. "menyatakan keberatan dan akan mengajukan banding ke Komite Banding X": the body
# that reviews the appeal is not the one objected to
def test_an_appeal_body_is_where_it_is_filed() -> None:
    coded = _coded(
        "Komisi Disiplin PBVSI menghukum klub Garuda Muda. Manajemen Garuda Muda "
        "menyatakan keberatan dan akan mengajukan banding ke Komite Banding PBVSI."
    )
    assert not any(t[2] == "Komite Banding PBVSI" for t in coded)


# 4. "menahan aliran Sungai Eufrat": a river, not a side detained
def test_a_river_name_is_no_actor() -> None:
    coded = _coded("Suriah memprotes Turki setelah Ankara menahan aliran Sungai Eufrat.")
    assert not any("Eufrat" in (t[0], t[2]) for t in coded)
