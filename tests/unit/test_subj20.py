"""Session 20, subj20: a package's subjects are the topics its members share (``subjects.package_topics``
through ``packages.roll_up``); subject cue words inside a name the enrichers found count for no topic; one-cue
mislabels; politics cues a desk expects (a government's resignation, a head of state named by office, Indonesia's
DPR, DPD and MPR)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import subjects
from streams.core.model import Origin, RawItem

MEDIATOPIC = subjects.MEDIATOPIC_URI


def _articles(resources: Any, path: Path) -> list[dict[str, Any]]:
    from streams.core.pipeline import process

    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    return [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[misc]


def _package(resources: Any, path: Path) -> dict[str, Any]:
    (package,) = [a for a in _articles(resources, path) if a["type"] == "composite"]
    return package


def _topics(article: dict[str, Any]) -> set[str]:
    return {s["uri"] for s in article.get("subjects", ()) if s.get("creator") == subjects.CREATOR}


@pytest.fixture(scope="module")
def lexicon() -> subjects.SubjectLexicon:
    return subjects.load()


# -- class 1: packages ---------------------------------------------------------------------------------------


def test_a_story_with_its_picture_gives_the_package_the_storys_topics(corpus: Path, resources: Any) -> None:
    # IPTC's simple package: a story (a museum's funding) and a picture whose caption names no topic; the
    # package's own headline "UK" names none either: its topics are the story's
    for path in (
        corpus / "superdesk-core-fixtures" / "LISTING 6 Simple NewsML-G2 Package.xml",
        corpus / "iptc-newsml-g2" / "LISTING_6_Simple_NewsML-G2_Package.xml",
    ):
        package = _package(resources, path)
        assert MEDIATOPIC.format("01000000") in _topics(package)
        assert all(s["name"] and 0 < s["confidence"] <= 100 for s in package["subjects"])


def test_a_link_list_of_the_days_news_gets_none_of_its_members_topics(corpus: Path, resources: Any) -> None:
    # Reuters' "OUSTPM Link List": Kenya's election, HSBC's dividend, the conclave ... each member its own topic
    from streams.core.enrich import enrich

    package = _package(resources, corpus / "superdesk-core-fixtures" / "snep.xml")
    carried = set()
    for assoc in package["associations"]:
        member = {"headlines": assoc["headlines"], "type": "text", "language": "en", "ext": {}}
        enrich(member, resources)
        carried |= _topics(member)
    assert len(carried) >= 3  # the members do carry topics: the rule, not their absence, keeps them out
    assert not _topics(package)


def test_one_odd_member_adds_nothing(corpus: Path, resources: Any) -> None:
    # "Obama annonce son équipe" and a sidebar "Clinton reprend son rôle de chef de la santé" (health, alone)
    for name in (
        "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml",
        "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml",
    ):
        assert MEDIATOPIC.format("07000000") not in _topics(_package(resources, corpus / "iptc-newsml-g2" / name))


def _member(kind: str, *codes: str, confidence: int = 60, creator: str = subjects.CREATOR) -> dict[str, Any]:
    given = [{"uri": MEDIATOPIC.format(c), "name": c, "creator": creator, "confidence": confidence} for c in codes]
    return {"type": kind, "subjects": given}


def test_the_topics_most_stories_share_and_a_sources_codes_vote(lexicon: subjects.SubjectLexicon) -> None:
    politics, crime, sport = "11000000", "02000000", "15000000"
    subject_code = {"uri": subjects.SUBJECTCODE_URI + "11006000", "name": "government"}  # a source's code
    members = [
        _member("text", politics, crime),
        {"type": "text", "subjects": [subject_code]},
        _member("text", politics, confidence=30),
        _member("text", sport),
        _member("picture", crime),  # a caption votes for what it names
        _member("picture"),  # and abstains when it names nothing
    ]
    package: dict[str, Any] = {"language": "en"}
    subjects.package_topics(package, members, lexicon)
    assert [s["uri"] for s in package["subjects"]] == [MEDIATOPIC.format(politics)]
    (topic,) = package["subjects"]
    assert topic["name"] == "politics" and topic["confidence"] == round(100 * 3 / 5 * (0.6 + 1.0 + 0.3) / 3)
    # crime is two of five
    assert MEDIATOPIC.format(crime) not in _topics(package)


def test_a_story_whose_topic_is_unknown_votes_for_none(lexicon: subjects.SubjectLexicon) -> None:
    package: dict[str, Any] = {"language": "en"}
    subjects.package_topics(package, [_member("text", "02000000"), {"type": "text"}, _member("picture")], lexicon)
    assert "subjects" not in package
    subjects.package_topics(package, [_member("text", "02000000"), _member("picture"), _member("video")], lexicon)
    assert _topics(package) == {MEDIATOPIC.format("02000000")}


def test_a_topic_the_package_has_is_not_repeated(lexicon: subjects.SubjectLexicon) -> None:
    package: dict[str, Any] = {"language": "id", "subjects": [{"uri": MEDIATOPIC.format("15000000"), "name": "x"}]}
    subjects.package_topics(package, [_member("text", "15000000", "11000000")], lexicon)
    assert [s["uri"][-8:] for s in package["subjects"]] == ["15000000", "11000000"]
    assert package["subjects"][1]["name"] == "politik"


# -- helpers for single corpus items -------------------------------------------------------------------------


def _antara(corpus: Path, resources: Any, title: str) -> dict[str, Any]:
    """One ANTARA RSS row of the corpus (by its title), through the pipeline as its own feed."""
    import json

    path = corpus / "antara-rss-scraper-berita-antara" / "semua_berita.json"
    (row,) = [r for r in json.loads(path.read_text()) if r["Judul"] == title][:1]
    raw = RawItem(json.dumps([row]).encode(), {"filename": path.name}, Origin(filename=path.name))
    from streams.core.pipeline import process

    (article,) = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[misc]
    return article


def _reuters(corpus: Path, resources: Any, name: str, title: str) -> dict[str, Any]:
    """A Reuters-21578 record (by its title) as the plain-text item the golden corpus makes of it."""
    from streams.core.formats.reuters_sgml import iter_records
    from streams.core.pipeline import process

    for rec in iter_records((corpus / "reuters21578" / name).read_bytes()):
        if (rec.get("title") or "").strip() == title:
            text = f"{rec.get('title', '')}\n\n{rec.get('dateline', '')} {(rec.get('body') or '').strip()}\n"
            raw = RawItem(text.encode(), {"filename": "r.txt"}, Origin(filename="r.txt"))
            (article,) = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[misc]
            return article
    raise AssertionError(f"no record {title!r} in {name}")


def _names(article: dict[str, Any]) -> set[str]:
    return {s["name"] for s in article.get("subjects", ()) if s.get("creator") == subjects.CREATOR}


# -- class 2: a topic word inside a name -----------------------------------------------------------------------


def test_a_word_of_a_persons_name_is_no_topic(corpus: Path, resources: Any) -> None:
    # the UFC fighter Islam Makhachev: no religion; "Jang Won Young" (a singer) adds no sport
    article = _antara(
        corpus, resources, "Di Depan Patung Rocky, Islam Makhachev dan Ian Machado Garry Berhadapan Pertama Kali"
    )
    assert "Islam Makhachev" in {p["name"] for p in article["people"]}
    assert "agama" not in _names(article) and "olahraga" in _names(article)


def test_a_word_of_a_places_name_is_no_topic(lexicon: subjects.SubjectLexicon) -> None:
    # the town of State College (Pennsylvania) is no college; a place that is a term of its own ("West Bank")
    # still counts as that term
    text = "Flooding closed roads in State College.\n\nState College officials said the river rose overnight."
    education = lexicon.codes.index("05000000")
    plain = subjects._score(text, lexicon, 38, "en")[1][education]
    named = subjects._name_spans({"places": [{"name": "State College"}]}, text, lexicon.automaton)
    masked = subjects._score(text, lexicon, 38, "en", None, named)[1][education]
    assert "college" in plain and not masked
    assert not subjects._name_spans({"places": [{"name": "West Bank"}]}, "fighting in the West Bank", lexicon.automaton)


def test_a_surname_that_is_a_term_is_no_persons_name(corpus: Path, resources: Any) -> None:
    # "Bea Cukai" (the customs service) read as a person: its "cukai" is still the story's economy word
    article = _antara(corpus, resources, "Sempat Terancam Dibubarkan, Bos Bea Cukai Klaim Kinerja Membaik")
    assert "ekonomi, bisnis dan keuangan" in _names(article)


def test_a_firms_head_noun_makes_its_name_a_firms(lexicon: subjects.SubjectLexicon) -> None:
    # no legal form, but "Ventures" ends only a firm's name: its "Satellite" is no science story
    article: dict[str, Any] = {"organisations": [{"name": "Orbital Satellite Ventures"}, {"name": "Health Ministry"}]}
    text = "Orbital Satellite Ventures hires. Orbital Satellite Ventures said the Health Ministry approved it."
    spans = subjects._company_spans(article, text)
    assert [text[a:b] for a, b in spans] == ["Orbital Satellite Ventures"] * 2  # a ministry is no firm


# -- class 3: one-cue mislabels ----------------------------------------------------------------------------------


def test_a_lawsuit_is_a_justice_story(corpus: Path, resources: Any) -> None:
    # "Pimpinan DPR Digugat ke PN Jakarta Pusat ..." (a suit over a politician's schooling): justice, not only
    # the politics of the DPR and the education of the suit's matter
    title = "Pimpinan DPR Digugat ke PN Jakarta Pusat Gara-gara Persoalan Pendidikan Gibran Rakabuming Raka"
    assert "kriminalitas, hukum dan keadilan" in _names(_antara(corpus, resources, title))


def test_financial_literacy_is_no_schooling(corpus: Path, resources: Any) -> None:
    title = "OJK: Peningkatan literasi keuangan di Bali dorong kesejahteraan"
    names = _names(_antara(corpus, resources, title))
    assert "pendidikan" not in names and "ekonomi, bisnis dan keuangan" in names


# -- class 4: politics a desk expects ----------------------------------------------------------------------------


def test_a_government_that_resigned_is_politics(corpus: Path, resources: Any) -> None:
    article = _reuters(corpus, resources, "reut2-001.sgm", "Italian government has resigned, officials announced")
    assert _names(article) == {"politics"}


def test_indonesias_dpd_and_mpr_are_politics(corpus: Path, resources: Any) -> None:
    for title in (
        "Waka DPD Sebut Suara Daerah Harus Jadi Poros Kebijakan Nasional di STSB 2026",
        "DPD RI Awards 2026 Hadir, Ayo Usulkan Penggerak Perubahan Daerah!",
        "Pimpinan BPK dan MPR Gelar Pertemuan, Ini yang Dibahas",
    ):
        article = _antara(corpus, resources, title)
        assert article["subjects"][0]["name"] == "politik", title


def test_an_impeachment_is_politics(corpus: Path, resources: Any) -> None:
    for version in ("2.1", "3.0"):  # AP's "House leaders double down on impeachment positions"
        (article,) = _articles(resources, corpus / "iptc-ninjs" / version / "ap_video.json")
        assert "politics" in _names(article)


def test_a_head_of_state_named_by_title_and_name_is_politics(
    corpus: Path, resources: Any, lexicon: subjects.SubjectLexicon
) -> None:
    # "President Suharto" beside the government's words: politics beside the economy; a firm's president is not
    article = _reuters(corpus, resources, "reut2-000.sgm", "INDONESIA SEEN AT CROSSROADS OVER ECONOMIC CHANGE")
    assert _names(article) == {"economy, business and finance", "politics"}
    politics = lexicon.codes.index("11000000")
    for text, named in (
        ("President Reagan said the tariffs stay.", True),
        ("Talks ended. President Uhuru Kenyatta said so.", True),
        ("Acme President John Smith said sales rose.", False),
        ("the company's president, John Smith, said.", False),
    ):
        assert ("president" in subjects._score(text, lexicon, 0, "en")[1][politics]) is named, text
