"""Organisations, session 15 (org15): classes of error found on fresh, untuned review draws. Each class is pinned
with the text of the real corpus item that showed it (Reuters-21578 briefs, ANTARA/CNN Indonesia RSS teasers, a
TT story, a Reuters results table), a counter-case where the rule stops, and the whole corpus item where the
class needs the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities, orgs_caps, orgs_no
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_enrich_entities_review import _article, _names, _records, _rss_row


def _run(text: str, lang: str, resources: Any, field: str = "organisations") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, resources.entities, resources.places)
    return _names(article, field)


def _orgs(record: dict[str, Any]) -> list[str]:
    return [o["name"] for o in record.get("organisations", [])]


# -- English: names cut, products and rates read as bodies ------------------------------------------------------
def test_firm_of_america_keeps_its_name(corpus: Path) -> None:
    """ "Dynamics Corp of America said it has reached an agreement with CTS Corp": "of America" is no seat, it
    is the name (it was cut to "Dynamics Corp"); a town after "of" stays a seat."""
    orgs = _orgs(_reuters_record(corpus, "Dynamics Corp of America said"))
    assert "Dynamics Corp of America" in orgs and "Dynamics Corp" not in orgs


def test_product_line_is_no_body(corpus: Path, resources: Any) -> None:
    """Digital Equipment's "VAX 8250, VAX 8350 ... VAX and PDP systems": capitals the story writes with a model
    number are a product line; capitals it repeats with none ("ASADA") stay a body."""
    assert "VAX" not in _orgs(_reuters_record(corpus, "three new mid-range"))
    records = _records(corpus, "iptc-ninjs/3.0/20231016-addb-example-press-conference.json", resources)
    # the NITF lead (the body since evt16) defines it: "Australian Sports Anti-Doping Authority (ASADA)"
    assert "ASADA" in {o.get("literal") or o["name"] for r in records for o in r.get("organisations", [])}


def test_rate_is_no_body(corpus: Path) -> None:
    """ "a margin of one percentage point over London Interbank Offered Rates (LIBOR)": a rate, not a body; the
    lenders of the same story stay."""
    orgs = _orgs(_reuters_record(corpus, "Union de Banques Arabes et Francaises (UBAF)"))
    assert "London Interbank Offered Rates" not in orgs
    assert "Rafidain Bank" in orgs


def test_source_tag_with_a_period_holds_its_parts(corpus: Path) -> None:
    """ "<B and R International Inc.>": the source's own name ends in a period, and the scan's "R International
    Inc" (a piece of it) was published beside it."""
    orgs = _orgs(_reuters_record(corpus, "B and R International"))
    assert "B and R International Inc." in orgs
    assert "R International Inc" not in orgs


def test_legal_form_alone_in_a_source_tag(corpus: Path) -> None:
    """ "<Kamine Engineering and Mechanical Contracting <Inc>": the source's tag closes around "Inc" alone, which
    names no firm."""
    assert "Inc" not in _orgs(_reuters_record(corpus, "Kamine"))


def test_nested_tag_tail_is_no_firm(corpus: Path) -> None:
    """ "<Chemical Bank of New\n<York>": the source's tag closes around "York" alone, the tail of the bank the
    story names; the other lenders of the story stay."""
    orgs = _orgs(_reuters_record(corpus, "GETS FINANCING FOR ANIXTER BUY"))
    assert "York" not in orgs
    assert {"Chemical Bank of New York", "First National Bank of Chicago", "Itel Corp"} <= set(orgs)


def test_run_cut_at_a_comma(corpus: Path) -> None:
    """ "underwriters led by ... and Sears, Roebuck and Co Inc's <S> Dean Witter Reynolds Inc unit": "Sears" (the
    run the comma cut) beside the firm's whole name is the same firm; "Citicorp" beside a glued list "Citicorp,
    J.P. Morgan and Co" is not dropped (initials after the comma open another firm)."""
    orgs = _orgs(_reuters_record(corpus, "FRUIT OF THE LOOM INC"))
    assert "Sears, Roebuck and Co Inc" in orgs and "Sears" not in orgs
    assert "Citicorp" in _orgs(_reuters_record(corpus, "applications by Citicorp, J.P. Morgan"))


def test_capitals_legal_name_goes_on() -> None:
    """ "SERVICE CORP INTERNATIONAL 3RD QTR NET" named nothing (the title-case "Service Corp International" was
    found); "OF AMERICA" goes on too; a seat after "OF" ("PEAVEY CO OF MINNEAPOLIS") or a longer name with its
    own legal form ("FORD MOTOR CO OF CANADA LTD") is read as before; "SOFTWARE COS" stays no firm."""
    legal = frozenset({"CORP", "INC", "CO", "LTD", "COS"})
    common = frozenset({"service", "software", "motor"})
    assert list(orgs_caps._firms_in("SERVICE CORP INTERNATIONAL 3RD QTR NET", legal, common)) == [
        "SERVICE CORP INTERNATIONAL"
    ]
    assert list(orgs_caps._firms_in("SERVO CORP OF AMERICA SETS PAYOUT", legal, common)) == ["SERVO CORP OF AMERICA"]
    assert list(orgs_caps._firms_in("PEAVEY CO OF MINNEAPOLIS SETS PAYOUT", legal, common)) == []
    assert list(orgs_caps._firms_in("FORD MOTOR CO OF CANADA LTD 4TH QTR", legal, common)) == [
        "FORD MOTOR CO OF CANADA LTD"
    ]
    assert list(orgs_caps._firms_in("SOFTWARE COS SUPPORT NEW APPLE PRODUCTS", legal, common)) == []


def test_results_rows_name_clubs(corpus: Path, resources: Any) -> None:
    """Reuters' Turkish results ("Adanaspor 2 Kasimpasa 0", no half-time score) named none of its 18 clubs; three
    such rows make a table. Two people in a darts row are no clubs (a given name first)."""
    records = _records(corpus, "superdesk-core-fixtures/tag_reuters.com,0000_newsml_ISS149709_1618095828", resources)
    orgs = {o["name"] for r in records for o in r.get("organisations", [])}
    assert {"Adanaspor", "Kasimpasa", "Besiktas", "Galatasaray", "Istanbul Basaksehir"} <= orgs
    text = "Results:\nPhil Taylor 6 Michael Smith 4\nGary Anderson 6 Peter Wright 5\nJames Wade 6 Rob Cross 2\n"
    assert _run(text, "en", resources) == []


def test_seat_before_a_firm_and_initials_of_a_ticker_name(corpus: Path) -> None:
    """ "a unit of New York-based ITT Corp": the seat is no part of the name. "PENNEY <JCP>" beside "J.C. Penney
    Co said ...": the ticker's short name is the firm the story names with its founder's initials, one entry."""
    assert "ITT Corp" in _orgs(_reuters_record(corpus, "Hartford Insurance Group, a unit"))
    orgs = _orgs(_reuters_record(corpus, "J.C. Penney Co said it will sell"))
    assert "J.C. Penney Co" in orgs and "Penney" not in orgs


def test_term_defined_in_lower_case(resources: Any) -> None:
    """ANTARA: "insentif pajak kendaraan bermotor (PKB)": a tax, not the party PKB, which is written with
    capitals ("Partai Kebangkitan Bangsa (PKB)")."""
    text = "Pemerintah Provinsi Sulawesi Tengah memberikan insentif pajak kendaraan bermotor (PKB) mulai Agustus."
    assert "PKB" not in _run(text, "id", resources)
    text = "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar hadir di Jakarta."
    assert _run(text, "id", resources) == ["Partai Kebangkitan Bangsa"]


# -- Indonesian: known acronyms inside runs, an office named for a person, a unit before "PT" -------------------
def test_known_acronym_inside_an_event_name(corpus: Path, resources: Any) -> None:
    """ "menjelang Sidang Tahunan MPR RI dan ...": the run read as an event's name and kept nothing; the body is
    named. The first word of a longer name is not ("Jadwal pekan ke-10 BRI Super League", "Piala AFF")."""
    assert "Majelis Permusyawaratan Rakyat" in _orgs(_rss_row(corpus, "menjelang Sidang Tahunan MPR RI", resources))
    text = "Jadwal pekan ke-10 BRI Super League 2025-26 dan laga Timnas di Piala AFF 2026 pekan depan."
    assert _run(text, "id", resources) == []


def test_ministry_short_forms(corpus: Path, resources: Any) -> None:
    """ "Kemlu RI disebut masih dalam proses verifikasi ...", "Pengawasan dilakukan bersama Bapanas": ministry and
    agency short forms Indonesian copy writes (one name per body: "Kemlu:" and "Kemlu RI" in one story); a name
    that ends with the country's name is whole ("Bursa Efek Indonesia" beside a headline's "Bursa Efek")."""
    assert _orgs(_rss_row(corpus, "Kemlu RI disebut masih", resources)) == ["Kementerian Luar Negeri RI", "Houthi"]
    assert "Badan Pangan Nasional" in _orgs(_rss_row(corpus, "bersama Bapanas", resources))
    text = "BEI dan OJK buka suara mengenai kabar Masjid Istiqlal masuk ke ekosistem Bursa Efek Indonesia (BEI)."
    assert "Bursa Efek Indonesia" in _run(
        "BEI & OJK Buka Suara soal Masjid Istiqlal Masuk Bursa Efek\n" + text, "id", resources
    )


def test_office_named_for_a_person(corpus: Path, resources: Any) -> None:
    """ "CTO Danantara Datangi Kantor Purbaya": the minister's office, no body; "Kantor Staf Presiden" (an ANTARA
    CSV row) and "Kantor Bupati" (the regent's office, burnt in a Detik teaser) name no person of the story."""
    record = _rss_row(corpus, "Datangi Kantor Purbaya", resources)
    assert "Kantor Purbaya" not in _orgs(record) and "Danantara" in _orgs(record)
    people = [entities._Person("Purbaya Yudhi Sadewa", (), [])]
    orgs = [entities._Org("Kantor Staf Presiden"), entities._Org("Kantor Purbaya"), entities._Org("Kantor Bupati")]
    assert [o.name for o in entities._person_premises(orgs, people)] == ["Kantor Staf Presiden", "Kantor Bupati"]


def test_office_words_before_pt(corpus: Path, resources: Any) -> None:
    """ "selaku Group Head of Finance & Accounting PT GoTo": the office's words before the legal form are no part
    of the firm."""
    assert _orgs(_rss_row(corpus, "Finance & Accounting PT GoTo", resources)) == ["PT GoTo"]


def test_headline_predicate_after_pemerintah_and_kinds(corpus: Path, resources: Any) -> None:
    """Tribunnews: "Pemerintah Kaji Pembatasan Pertalite, Apa Dampaknya ..." was an organisation (the title-case
    headline's predicate after "Pemerintah"); ANTARA: "Kapal Motor (KM) Prince Soya terbakar" gave the vessel's
    kind. A government named by its place or level stays ("Pemerintah Jepang", "Pemerintah Kota Bandung")."""
    assert _orgs(_rss_row(corpus, "Pemerintah Kaji Pembatasan Pertalite", resources)) == []
    text = "Kapal Motor (KM) Prince Soya terbakar pada Sabtu (1/8) saat bersandar di Pelabuhan Samarinda."
    assert _run(text, "id", resources) == []
    text = "Purbaya menyatakan bakal menjaga defisit Anggaran Pendapatan dan Belanja Negara (APBN) tahun ini."
    assert _run(text, "id", resources) == []  # the state budget, no body
    text = "Pemerintah Jepang dan Pemerintah AS bertemu Pemerintah Kota Bandung pekan lalu."
    assert _run(text, "id", resources) == ["Pemerintah Jepang", "Pemerintah AS", "Pemerintah Kota Bandung"]


# -- Nordic: a paper a reporting verb credits, courts ----------------------------------------------------------
def test_paper_credited_by_a_reporting_verb(corpus: Path, resources: Any) -> None:
    """TT: "... nu står det klart att det blir 2023, rapporterar Sydöstran." named no paper. A surname after the
    verb ("skriver Andersson") and the agency's own credit ("TT") are none."""
    records = _records(corpus, "iptc-ninjs/3.0/tt_text_image_3.json", resources)
    assert "Sydöstran" in {o["name"] for r in records for o in r.get("organisations", [])}
    found = orgs_no.find_reported("Det skriver Dagens Nyheter. Hon vann, skriver Andersson. Det uppger TT.", None, [])
    assert found == ["Dagens Nyheter"]


def test_nordic_courts(resources: Any) -> None:
    """Courts written after their seat in lower case ("Växjö tingsrätt", "Oslo tingrett") and the supreme courts;
    a court noun after a word that is no place names none."""
    found = orgs_no.find_courts(
        "Mannen dömdes av Växjö tingsrätt. Saken går till Högsta domstolen. Han anket til Oslo tingrett.",
        resources.places,
    )
    assert found == ["Växjö tingsrätt", "Högsta domstolen", "Oslo tingrett"]
    assert orgs_no.find_courts("Enligt Dagens tingsrätt-reform", resources.places) == []
