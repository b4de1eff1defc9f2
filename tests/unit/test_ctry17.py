"""Countries, session 17 ‡ (issue #15, branch ctry17): a story's own country when the text names only its national
things.

* an Indonesian outlet's Indonesian item on a state bank, a state scheme or an Indonesian firm by its legal form
  ("PT Bank Mandiri (Persero) Tbk", "Kredit Usaha Rakyat (KUR)", "Makan Bergizi Gratis (MBG)") is Indonesia's,
  unless it names a country abroad (``places._ID_DOMESTIC``);
* a national championship, league or body in the country's own language ("Sisäratojen SM-kilpailut",
  "SM-guld", "eduskunta") names that country (``national._OWN_LANGUAGE``), not after another country's name
  ("Ruotsin SM"), not in another language, not from an outlet of another country.

Wording from the corpus items (ANTARA / CNBC Indonesia teasers, STT's results page), and the STT item itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core import pipeline
from streams.core.enrich import national, places
from streams.core.model import RawItem
from tests.unit.test_ctryid16 import _countries


def _finnish(resources, headline: str, body: str) -> dict:
    """STT's Finnish copy: the results under the headline are the body, not the lead."""
    article: dict = {
        "language": "fi",
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [{"role": "main", "contentType": "text/plain", "value": body}],
        "infoSources": [{"name": "STT", "role": "originator"}],
        "ext": {},
    }
    places.enrich(article, resources.places)
    return article


@pytest.mark.parametrize(
    ("headline", "summary", "outlet"),
    [
        # antara-id-rss_1349: a state bank's people's-business credit
        (
            "Bank Mandiri catat penyaluran KUR Rp25,63 triliun hingga Juli 2026",
            "PT Bank Mandiri (Persero) Tbk mencatat penyaluran Kredit Usaha Rakyat (KUR) hingga Juli 2026 telah "
            "mencapai ...",
            "ANTARA",
        ),
        # semua_berita.json (ANTARA): a state firm by its legal form alone
        (
            "Inovasi GladiAgro Petrokimia Gresik meraih penghargaan SDGs Innovator",
            "PT Petrokimia Gresik (Persero) meraih penghargaan SDGs Innovation Accelerator for Young Professionals "
            "2026 melalui ...",
            "ANTARA",
        ),
        # semua_berita.json (ANTARA): a charge of Indonesian criminal law (trafficking), beside session 16's TPPU
        (
            "Pelaku TPPO manfaatkan media sosial untuk jaring korban",
            "Ketua Yayasan Parinama Astha (Partha) Rahayu Saraswati mengingatkan masyarakat untuk meningkatkan "
            "kewaspadaan saat ...",
            "ANTARA",
        ),
        # berita_antara_2026-08-03.csv: a named national day
        (
            "Hari Olahraga Nasional 2025: membangkitkan semangat persatuan",
            "Olahraga bukan sekadar aktivitas fisik semata. Setiap tetes keringat mencerminkan semangat, disiplin, "
            "dan kerja keras ...",
            "ANTARA",
        ),
        # semua_berita.json (CNBC Indonesia): the free-meal scheme
        (
            "Kapan Anggaran MBG &amp; Pendidikan Dipisah? Ini Kata Istana",
            "Anggaran Makan Bergizi Gratis (MBG) dan anggaran pendidikan diputuskan untuk dipisah mulai tahun 2028.",
            "CNBC Indonesia",
        ),
    ],
)
def test_an_indonesian_state_firm_or_scheme_is_indonesias(resources, headline: str, summary: str, outlet: str) -> None:
    got = _countries(resources, headline, summary, outlet)
    assert got == ["ID"], (headline, got)
    # the same teaser from no known outlet: no country from the words alone
    assert _countries(resources, headline, summary, None) == []


def test_a_state_firm_word_elsewhere_adds_no_indonesia(resources) -> None:
    head = "Bank Mandiri catat penyaluran KUR Rp25,63 triliun hingga Juli 2026"
    summary = "PT Bank Mandiri (Persero) Tbk mencatat penyaluran Kredit Usaha Rakyat (KUR) hingga Juli 2026."
    # the same words outside an Indonesian outlet's Indonesian copy say nothing
    assert _countries(resources, head, summary, outlet=None) == []
    assert (
        _countries(resources, "Bank Mandiri posts KUR loans", "PT Bank Mandiri (Persero) Tbk said.", language="en")
        == []
    )
    # a story that names a country abroad is that country's (the item's lead, moved abroad: no such item in the corpus)
    abroad = "PT Bank Mandiri (Persero) Tbk membuka kantor cabang di Malaysia untuk melayani pekerja migran."
    assert "ID" not in _countries(resources, "Bank Mandiri buka cabang di Malaysia", abroad)
    # a national day of another country, its name after the day's (constructed on the national-day teaser)
    day = "Hari Kemerdekaan Nasional Amerika Serikat diperingati setiap 4 Juli."
    assert "ID" not in _countries(resources, "Hari Kemerdekaan Nasional Amerika Serikat 2026", day)


# superdesk-core-fixtures/stt_archive_newsml_test.xml, STT's Finnish results page
_STT_HEAD = "Yleisurheilutuloksia/SM"
_STT_BODY = (
    "Sisäratojen SM-kilpailut, 1/2 kilpailupäivän tulokset:\n\n"
    "Miehet, 60 m: 1) Visa Hongisto ValkealKa 6,72 (kkk), 2) Eetu Rantala OP 6,83, 3) Ville Myllymäki KankaanpSL "
    "6,86, 4) Markus Skyttä KouvU 6,88, 5) Petteri Monni JKU 6,89, 6) Joona-Ville Heinä HIFK 6,94.\n\n"
    "Kolmiloikka: 1) Kristian Pulli KaipVi 15,57 (kkk), 2) Ville Mylläri HeinävYU 15,48, 3) Mika Purmonen LUM "
    "14,88. SM-kilpailun ulkopuolella Godfrey Mokoena Etelä-Afrikka 15,68."
)


def test_a_national_championship_in_its_own_language_names_its_country(resources) -> None:
    article = _finnish(resources, _STT_HEAD, _STT_BODY)
    assert article["ext"]["countries"] == ["FI"]  # South Africa, an athlete's in passing, stays mentioned
    assert "ZA" in article["ext"]["countriesMentioned"]
    assert [h.cc for h in national.hints("SM-guld i höjdhopp", "sv")] == ["SE"]
    assert [h.cc for h in national.hints("NM i friidrett", "no")] == ["NO"]
    assert [h.cc for h in national.hints("Hallituksen esitys eduskunnalle", "fi")] == ["FI"]


def test_a_championship_word_that_must_not_name_the_country() -> None:
    # another country's championship, named by its genitive or adjective
    assert national.hints("Ruotsin SM-kilpailut pidettiin Tukholmassa.", "fi") == []
    assert [h.cc for h in national.hints("norska SM", "sv")] == ["NO"]  # the adjective's weight, no SE
    # only in the country's own language: "SM" in English, money in Danish
    assert national.hints("SM Entertainment shares rose.", "en") == []
    assert national.hints("Prisen var 5 DM.", "da") == []
    # Swedish "SM" is Sweden's; STT's Swedish service (a Finnish outlet) is not taken for it
    assert national.hints("SM-guld i höjdhopp", "sv", ("FI",)) == []
    # Finnish "eduskunta" is named once, not twice ("Eduskunta" is also a body in every language)
    assert len(national.hints("Eduskunta hyväksyi lain.", "fi")) == 1


@pytest.mark.parametrize("name", ["stt_archive_newsml_test.xml", "stt_archive_newsml_created_date_test.xml"])
def test_corpus_stt_results_page(corpus: Path, resources, name: str) -> None:
    """Both corpus copies of STT's results page: Finland's, South Africa's athlete mentioned only."""
    path = corpus / "superdesk-core-fixtures" / name
    if not path.exists():
        pytest.skip(f"superdesk-core-fixtures/{name} not in the corpus")
    outputs = pipeline.process(RawItem(path.read_bytes(), {"filename": name}), resources)
    got = [
        (o.record["ext"]["countries"], o.record["ext"]["countriesMentioned"]) for o in outputs if o.kind == "article"
    ]
    assert got == [(["FI"], ["FI", "ZA"])]
