"""Quotes, session 12 second round (issue #15): an organisation after "the" in the reporting clause ('"…,"
the Bank of Canada said') and one whose verb follows an aside ("La patronal CEOE, en un comunicado,
afirmó que "…"") is the quotation's source; "Assad said" is Bashar al-Assad (a last name without its
Arabic article); a person the entity list ran on into their firm ("Phil Pace of Kidder") speaks as the
person; a title two people of the story hold ("the minister said" after a prime minister and a health
minister) is no one, unless the whole phrase fits one ("the prime minister"); an Indonesian office with a
rank after it ("Kapolri Jenderal Listyo Sigit Prabowo") resolves "ujar Kapolri"; a person of the entity
list that is also the name of one of the story's organisations is no speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_quotes import _article, _quotes, _reuters, _speaker_of

from streams.core.enrich import entities, quotes


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # '"…," the Bank of Canada said in its 1986 annual report released this week.'
        (b'costs," the Bank of Canada said in its 1986', "The aggressive use of the treasury", "Bank of Canada"),
        # '"…," the Treasury brief said.': the organisation's paper speaks for it
        (b"the Treasury brief said", "The domestic uranium conversion", "Treasury"),
        # '"…," the DOT said.' (the U.S. Department of Transportation, named by its abbreviation)
        (b"Accordingly, we will dismiss the", "Accordingly, we will dismiss", "U.S. Department of Transportation"),
    ],
)
def test_org_after_the(corpus: Path, needle: bytes, quote: str, source: str) -> None:
    found = [
        (q.get("speaker"), q.get("source"))
        for q in _reuters(corpus, needle)["ext"]["quotes"]
        if q["text"].startswith(quote)
    ]
    assert found[:1] == [(None, source)]


def test_last_name_without_arabic_article(corpus: Path) -> None:
    # 'Bashar al-Assad was sworn in ...' then '"I repeat my call today ...," Assad said.'
    path = corpus / "superdesk-core-fixtures" / "tag_reuters.com_2014_newsml_KBN0FL0NN_version_5"
    article = _article(path.read_bytes())
    assert _speaker_of(article, "I repeat my call today") == "Bashar al-Assad"


def test_person_run_into_firm(corpus: Path) -> None:
    # '"…," said analyst Phil Pace of Kidder, Peabody and Co.': the entity list has "Phil Pace of Kidder"
    article = _reuters(corpus, b"It sounds like Baker wants it")
    assert _speaker_of(article, "It sounds like Baker wants it") == "Phil Pace"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two ministers named: "the minister" is neither
        (
            "Prime Minister Boris Johnson met health minister Matt Hancock on Tuesday. The talks lasted two "
            'hours.\n\n"We are making progress," the minister said.',
            [("We are making progress", None)],
        ),
        # the whole phrase fits one of them
        (
            "Prime Minister Boris Johnson met health minister Matt Hancock on Tuesday. The talks lasted two "
            'hours.\n\n"We are making progress," the prime minister said.',
            [("We are making progress", "Boris Johnson")],
        ),
        # one judge named: the judge
        (
            "Judge Robert Smith on Tuesday rejected the motion. The trial will resume next week.\n\n"
            '"The defendants have offered no reason to delay," the judge said.',
            [("The defendants have offered no reason to delay", "Robert Smith")],
        ),
    ],
)
def test_title_held_by_one(text: str, expected: list, res: entities.EntityResources) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi kejadian, Senin.\n\n"
            '"Kami akan usut tuntas kasus ini," ujar Kapolri.',
            "Listyo Sigit Prabowo",
        ),
        (
            "Menteri Pemuda dan Olahraga Dito Ariotedjo menghadiri acara itu di Jakarta, Senin.\n\n"
            '"Kami mendukung penuh persiapan timnas," kata Menpora di Jakarta.',
            "Dito Ariotedjo",
        ),
    ],
)
def test_indonesian_office_with_rank(text: str, speaker: str, res: entities.EntityResources) -> None:
    assert [q.get("speaker") for q in _quotes(text, res, "id")] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "La Confederación Española de Organizaciones Empresariales (CEOE) criticó el jueves la reforma.\n\n"
            'La patronal CEOE, en un comunicado, afirmó que "la reforma laboral es insuficiente para crear '
            'empleo".',
            "es",
            "Confederación Española de Organizaciones Empresariales",
        ),
        (
            'Bofors AB is a Swedish arms maker.\n\nBofors, in a statement, said "the order is worth 300 million '
            'crowns to the group".',
            "en",
            "Bofors AB",
        ),
    ],
)
def test_org_verb_after_an_aside(text: str, lang: str, source: str, res: entities.EntityResources) -> None:
    assert [(q.get("speaker"), q.get("source")) for q in _quotes(text, res, lang)] == [(None, source)]


def test_person_that_is_an_organisation_is_no_speaker() -> None:
    # the entity list took the firm for a person too: its words are the firm's
    article: dict = {
        "bodies": [{"role": "main", "value": 'Sandoz AG reported results.\n\n"Sales rose sharply," Sandoz said.'}],
        "language": "en",
        "people": [{"name": "Sandoz"}],
        "organisations": [{"name": "Sandoz"}],
        "ext": {},
    }
    quotes.enrich(article)
    assert [(q.get("speaker"), q.get("source")) for q in article["ext"]["quotes"]] == [(None, "Sandoz")]


def test_indonesian_teaser_quote_without_marks(corpus: Path) -> None:
    # ANTARA's RSS summary "Jadi, kita meningkatkan efisiensi ..., kata Purbaya." is Purbaya's quotation; a
    # summary in the third person ("Setiap tahun mereka ..., kata Saiful Bahri Siregar.") is not read as one
    import json

    rows = json.loads(
        (corpus / "antara-rss-scraper-berita-antara" / "semua_berita.json").read_text(encoding="utf-8-sig")
    )
    by_speaker = {}
    for needle in ("kata Purbaya.", "kata Saiful Bahri Siregar."):
        row = next(r for r in rows if str(r.get("Ringkasan") or "").endswith(needle))
        article = _article(json.dumps(row, ensure_ascii=False).encode())
        by_speaker[needle] = [(q.get("speaker"), q["text"][:21]) for q in article["ext"].get("quotes", [])]
    assert by_speaker == {"kata Purbaya.": [("Purbaya", "Jadi, kita meningkatk")], "kata Saiful Bahri Siregar.": []}
