"""Quote classes found on blind26q (issue 17), each on invented paragraphs.

* A degree spelt letter by letter with full stops after the name's comma ("M.P.H.",
  "S.K.M.") is a degree, never the speaker.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.segments import _DEGREE


@pytest.mark.parametrize("degree", ["M.P.H.", "S.K.M.", "M.B.A"])
def test_dotted_degree_is_a_degree(degree: str) -> None:
    assert _DEGREE.fullmatch(degree)


@pytest.mark.parametrize("initials", ["A.B.", "R.T.", "M."])
def test_initials_not_led_by_a_degree_level_are_no_degree(initials: str) -> None:
    assert not _DEGREE.fullmatch(initials)


def test_dotted_degree_after_the_name_leaves_the_name_as_speaker() -> None:
    text = (
        "Kepala Puskesmas Sukamaju, dr. Ratna Kusumawati, M.P.H., mengatakan warga mulai "
        'berobat lebih awal. "Antrean pagi kini lebih panjang," jelasnya, Selasa.'
    )
    speakers = {q.speaker for q in _quotes(text)}
    assert speakers == {"Ratna Kusumawati"}
