"""A bare office of a region's head ("meminta bupati …", "wali kota") names back the
person last told holding it; relief told after the recipient's thanks goes to the
stricken state the aid told before went to."""

from warta.pipeline.local import process


def _triples(text: str, published: str) -> list[tuple[str, str, str, str | None]]:
    art = process(text, published=published)
    return [(r.source, r.action, r.target, r.date) for r in art.relations]


def test_bare_regent_asked_is_the_regent_named_before() -> None:
    text = (
        "DPRD Kabupaten Lembah Sari menyetujui hak angket terhadap Bupati Hendra Wijaya "
        "terkait proyek pasar yang mangkrak, Senin (9/3/2026).\n\n"
        "Sore itu juga, Gubernur Sumatera Barat Yusran Hakim meminta bupati memberi "
        "penjelasan tertulis kepada dewan."
    )
    assert ("Yusran Hakim", "appeal", "Hendra Wijaya", "2026-03-09") in _triples(text, "2026-03-10")


def test_bare_mayor_asked_on_the_occasion_told_before() -> None:
    text = (
        "Tim Komnas HAM menyerahkan hasil telaah kasus penggusuran kepada Wali Kota Sungai "
        "Jernih, Arman Lubis, di ruang rapat wali kota, Selasa (10/3/2026).\n\n"
        "Ketua Komnas HAM Siti Rahma meminta wali kota memecat dua camat yang terlibat."
    )
    assert ("Siti Rahma", "appeal", "Arman Lubis", "2026-03-10") in _triples(text, "2026-03-12")


def test_a_deputy_is_not_the_office_named_back() -> None:
    text = (
        "Wakil Bupati Rudi Santoso meresmikan pasar baru, Senin (9/3/2026).\n\n"
        "Warga Desa Sukamaju meminta bupati memperbaiki jalan desa."
    )
    assert not any(t[2] == "Rudi Santoso" for t in _triples(text, "2026-03-10"))


def test_relief_after_the_recipients_thanks_goes_to_the_stricken_state() -> None:
    text = (
        "Pemerintah Jepang mengirimkan bantuan berupa 12 ton beras dan tenda ke Fiji untuk "
        "korban badai, Senin (9/3/2026).\n\n"
        "Perdana Menteri Fiji berterima kasih kepada Jepang atas kiriman tersebut.\n\n"
        "Sehari sebelumnya, Selandia Baru mengirim relawan medis untuk merawat korban "
        "yang terluka."
    )
    assert ("New Zealand", "aid", "Fiji", "2026-03-08") in _triples(text, "2026-03-10")
