"""Quotes and speakers, resolved against the people the entity enricher found."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from _enrich_seed import seed_article

from streams.core.enrich import entities, quotes


def _quotes(text: str, res: entities.EntityResources, lang: str = "en") -> list[dict[str, str]]:
    article: dict = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    entities.enrich(article, res)
    quotes.enrich(article)
    return article["ext"].get("quotes", [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Menteri Luar Negeri China Wang Yi berbicara.\n\n“Kami siap membantu negara itu,” kata Wang.",
            "id",
            [("Kami siap membantu negara itu", "Wang Yi")],
        ),
        (
            'Health Minister Budi Gunadi Sadikin spoke.\n\n"The vaccine is safe for everyone," Sadikin told reporters.',
            "en",
            [("The vaccine is safe for everyone", "Budi Gunadi Sadikin")],
        ),
        (
            '"Rates will stay where they are," said Fed Chairman Paul Volcker.',
            "en",
            [("Rates will stay where they are", "Paul Volcker")],
        ),
        (
            'U.S. Treasury Secretary James Baker said: "The dollar has fallen far enough."',
            "en",
            [("The dollar has fallen far enough", "James Baker")],
        ),
        (
            "Menteri Pendidikan Fadhlina Sidek hadir.\n\n“Sekolah akan dibuka semula esok,” katanya.",
            "ms",
            [("Sekolah akan dibuka semula esok", "Fadhlina Sidek")],
        ),
        ('The film "Ecce homo" opened.', "en", []),  # two words: a title, not a quotation
    ],
)
def test_speakers(text: str, lang: str, expected: list[tuple[str, str]], res: entities.EntityResources) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res, lang)] == expected


def test_seed_item(corpus: Path, res: entities.EntityResources) -> None:
    article = seed_article(corpus)
    entities.enrich(article, res)
    quotes.enrich(article)
    found = article["ext"]["quotes"]
    assert len(found) == 2
    assert found[0]["text"].startswith("Gejolak baru-baru ini di Kazakhstan")
    assert all(q["speaker"] == "Wang Yi" for q in found)


def test_antara_english_speakers(corpus: Path, res: entities.EntityResources) -> None:
    items = json.loads((corpus / "antara-en-Scrape_antaraNews/scrapeResult.json").read_text())
    found = _quotes(items[1]["content"], res)
    assert [q["speaker"] for q in found] == ["I Gede Nyoman Yetna", "I Gede Nyoman Yetna"]


# --- Attribution (issue #15): nearest speaker, pronouns, titles and roles, no one for the unnamed ---


@functools.cache
def _resources() -> Any:
    """One set of pipeline resources for the module, from the on-disk gazetteer cache as the session's
    ``resources`` fixture loads them (module helpers here take no fixtures)."""
    from streams.core.enrich import load_resources
    from streams.settings import default_cache_dir

    return load_resources(default_cache_dir())


def _article(raw: bytes) -> dict:
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    outcomes = process(RawItem(raw, {}), _resources(), received_at="2026-01-01T00:00:00Z")
    assert outcomes[0].kind == "article", outcomes[0].record
    return outcomes[0].record


def _reuters(corpus: Path, needle: bytes) -> dict:
    import re

    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        for record in re.findall(rb"<REUTERS.*?</REUTERS>", path.read_bytes(), re.S):
            if needle in record:
                return _article(record)
    raise AssertionError(f"no Reuters record holds {needle!r}")


def _speaker_of(article: dict, start: str) -> str | None:
    found = [q for q in article["ext"]["quotes"] if q["text"].startswith(start)]
    assert found, f"no quotation starts with {start!r}"
    return found[0].get("speaker")


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # a name inside the quotation is not its speaker: '"Secretary Monsod and I get along
        # famously," he said' (he = Ongpin, named before)
        (b"Secretary Monsod and I get along", "Secretary Monsod and I get along", "Jaime Ongpin"),
        # 'He said that FBI Director William Webster ... "understands ..."': the pronoun speaks
        (b"understands the meaning of", "understands the meaning of", "Reagan"),
        # 'said Prudential Bache analyst Fred Leiner': the person, not the firm
        (b"Prudential Bache analyst Fred", "I don't like that fact", "Fred Leiner"),
        # 'the Maryland Democrat said': a title for the senator named before
        (b"the Maryland Democrat said", "A close inspection of the economy", "Paul Sarbanes"),
        # '"...," said Jack Kirnan of Kidder Peabody and Co. "They\'re ..."': the same speaker
        (b"said Jack Kirnan of Kidder", "They're clearly committed", "Kirnan"),
        # no named person: 'said one bank official', '"...," it said', 'said one.'
        (b"said one bank\nofficial", "One problem is that there has never been", None),
        (b"said one. \"He'd have to be asked", "Is the president going to ask him", None),
    ],
)
def test_reuters_attribution(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    got = _speaker_of(_reuters(corpus, needle), quote)
    # the full name as the entity enricher found it ("Kirnan" or "Jack Kirnan")
    assert got == speaker if speaker is None else (got or "").endswith(speaker)


def test_quoted_terms_are_not_quotations(corpus: Path) -> None:
    # 'known as severe combined immunodeficiency disease, or "bubble boy disease"'
    article = _reuters(corpus, b"bubble boy disease")
    assert not [q for q in article["ext"].get("quotes", ()) if "bubble boy" in q["text"]]


def test_role_abbreviation_names_the_minister(corpus: Path) -> None:
    # ANTARA: "Menpora pun mengarahkan ..." then '"Apakah melalui FIFA Matchday ...," katanya': the
    # Menpora is Menteri Pemuda dan Olahraga Dito Ariotedjo (ext.roles), not the ambassador named just
    # before; "Sementara itu, Christina mengemukakan ..." then hands the next quotes to her
    items = json.loads((corpus / "antara-id-fulltext-pwlScrapping/all_news.json").read_text())
    item = next(i for i in items if "Menpora pun mengarahkan" in i["isi"])
    article = _article(json.dumps(item).encode())
    assert _speaker_of(article, "Apakah melalui FIFA Matchday") == "Dito Ariotedjo"
    assert _speaker_of(article, "Apalagi, saat ini Indonesia") == "Dito Ariotedjo"
    assert _speaker_of(article, "Uruguay ingin") == "Christina Gonzales"


@pytest.mark.parametrize(
    ("role", "phrase", "fits"),
    [
        ("Menteri Pemuda dan Olahraga", "Menpora", True),
        ("Menteri Keuangan", "Menkeu", True),
        ("Menteri Luar Negeri China", "Menlu", True),
        ("Menteri Pemuda dan Olahraga", "Menteri", True),
        ("Foreign Minister", "the minister", True),
        ("Duta Besar Uruguay untuk Indonesia", "Indonesia", False),
        ("Menteri Keuangan", "Mentari", False),
    ],
)
def test_role_fits(role: str, phrase: str, fits: bool) -> None:
    words = [w for w in phrase.lower().split() if w != "the"]
    assert quotes._role_fits(words, role.lower()) is fits


# --- Attribution classes (issue #15 part 6): unnamed subjects, continuation paragraphs, titles ---


def test_multi_speaker_story(corpus: Path) -> None:
    # PA Brexit story: 'The documents says: "..."' and 'It adds: "..."' are a document's words, not
    # George Osborne's (named three paragraphs up); 'A Government spokesman said: "..."' is no one
    # named, not Tim Farron; Soubry's and Farron's quotations continued over the next paragraphs
    # (opened and not closed) keep their speaker
    article = _article((corpus / "superdesk-core-fixtures/pa5.xml").read_bytes())
    assert _speaker_of(article, "The Treasury estimates that UK GDP") is None
    assert _speaker_of(article, "The net impact on public sector receipts") is None
    assert _speaker_of(article, "We want the best outcome for Britain") is None
    assert _speaker_of(article, "The horrific damage of a hard Brexit") == "Anna Soubry"
    assert _speaker_of(article, "This danger is precisely why Parliament") == "Anna Soubry"
    assert _speaker_of(article, "The Liberal Democrats will stand up") == "Tim Farron"
    assert _speaker_of(article, "We cannot stand by") == "Tim Farron"
    # 'Brexit backers ... claimed there was a push to "make leaving the single market look bad"':
    # a sentence that reports speech and names no person gives the quote to no one
    assert _speaker_of(article, "make leaving the single market look bad") is None
    # 'a "soft" Brexit that would ... showed the "horrific damage"': marks pair left to right, the
    # text between two quoted words is no quotation
    assert not [q for q in article["ext"]["quotes"] if q["text"].startswith("Brexit that would keep")]


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # 'said former Nevada Sen. and Reagan confidant Paul Laxalt': Reagan only modifies "confidant"
        (b"Reagan confidant Paul Laxalt", "He has the smell of Iran on him", "Paul Laxalt"),
        # '"...," an Agriculture Department authority on the USSR said': anonymous, capitals or not
        (b"an Agriculture Department authority", "Where the crop is really made", None),
        # '"...," the Republican report said' / '"...," the Republicans added': a document, a group
        (b"the Republican report said", "The economy appears to be on a path", None),
        (b"the Republican report said", "The greatest economic challenge facing", None),
    ],
)
def test_unnamed_and_modifier_speakers(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


@pytest.mark.parametrize(
    ("needle", "title"),
    [
        # 'on the syndicated television program, "John McLaughlin: One on One," if he thought ...'
        (b"McLaughlin: One on One", "John McLaughlin"),
        # 'in use in "Pork - The Other White Meat" campaign'
        (b"Pork - The Other White Meat", "Pork - The Other"),
    ],
)
def test_titles_are_not_quotations(corpus: Path, needle: bytes, title: str) -> None:
    article = _reuters(corpus, needle)
    assert not [q for q in article["ext"].get("quotes", ()) if q["text"].startswith(title)]


def test_guillemets(corpus: Path) -> None:
    # dpa (German): 'Lutz Michael Fröhlich ... hatte diese Bewertungen unlängst als «in fast allen
    # Fällen klar und regeltechnisch korrekt» gelobt.'
    article = _article((corpus / "iptc-ninjs/3.0/dpa_text.json").read_bytes())
    assert _speaker_of(article, "in fast allen Fällen klar") == "Lutz Michael Fröhlich"


@pytest.mark.parametrize(
    ("para", "quotes_found"),
    [
        ("Er sagte: „Wir schaffen das heute noch.“ Dann ging er.", ["Wir schaffen das heute noch."]),
        ("Il a dit : « Nous allons gagner ce match » hier.", ["Nous allons gagner ce match "]),
        (
            'He said: "This is a quotation that the next paragraph continues.',
            ["This is a quotation that the next paragraph continues."],
        ),
        ('He said: "This line was cut short by a hard', []),  # no sentence end: a broken line, not a quote
        ('a "soft" Brexit that the documents said was the "horrific damage" of it', ["horrific damage"]),
    ],
)
def test_quote_marks(para: str, quotes_found: list[str]) -> None:
    assert [m.group(1) for m in quotes._quoted(para)] == quotes_found


def test_pronoun_is_the_sentence_subject(corpus: Path) -> None:
    # ANTARA: 'Purbaya instructed financing and risk management director general Suminto to scale
    # up issuance ... "If interest is high, increase the size ...," he said': he is the subject,
    # Purbaya, not the last person named (Suminto)
    items = json.loads((corpus / "antara-en-Scrape_antaraNews/scrapeResult.json").read_text())
    item = next(i for i in items if "director general Suminto" in i["content"])
    article = _article(json.dumps(item).encode())
    assert _speaker_of(article, "If interest is high") == "Purbaya Yudhi Sadewa"


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # 'Monsod said Ongpin was looking at ... "...," she said': the one the sentence says speaks
        (b"Monsod said Ongpin was looking", "If the dollar rate goes higher", "Solita Monsod"),
        # 'Hannes Androsch, chairman of Austria's Creditanstalt-Bankverein, said ... "...," he told'
        (b"Sentiment is growing in Europe", "Sentiment is growing in Europe", "Hannes Androsch"),
        # a quote-free paragraph whose speaker is a pronoun ("He told reporters after meeting with
        # President Suharto that ...", "he said the treaty draft followed the formula he agreed upon
        # with Gorbachev") hands no quotation to the people it names: the earlier speaker stays
        (b"We hope the weak price will be", "We hope the weak price will be overcome", "Subroto"),
        (b"I remain firmly committed to these", "I remain firmly committed", "Reagan"),
        # ... unless a person opens it: "Philip Fricke of Goldman Sachs ... While he is recommending
        # GM stock, he said results will not improve until 1988."
        (b"transition year for GM", "I'm not looking for improvement", "Philip Fricke"),
    ],
)
def test_pronoun_is_who_speaks(corpus: Path, needle: bytes, quote: str, speaker: str) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


# --- Editor review, seed 9317 (issue #15): several speakers in one story ---


def test_several_senators_one_story(corpus: Path) -> None:
    # Reuters, reaction to Reagan's speech: three senators, each with a quote
    article = _reuters(corpus, b'Reagan had acknowledged some of his mistakes. "But one speech is')
    # a quote-only sentence after "Robert Byrd ... said ... that Reagan had ...": the one who spoke,
    # not the last name (Reagan)
    assert _speaker_of(article, "But one speech is not enough") == "Robert Byrd"
    # '"...," Senate Republican Leader Robert Dole of Kansas said': the whole name wins over the
    # first name another senator shares ("Robert" Byrd); "of Kansas" between name and verb
    assert str(_speaker_of(article, "President Reagan told the American people")).startswith("Robert Dole")
    # 'Senator Bill Bradley (Democrat) of New Jersey said ... his boss Adm. John Poindexter, have
    # told "the whole truth."': the subject of the sentence's reporting verb, not the object named
    # last (an abbreviation "Adm." ends no sentence)
    assert _speaker_of(article, "the whole truth") == "Bill Bradley"


def _antara(corpus: Path, source: str, needle: str) -> dict:
    rows = json.loads((corpus / source).read_text(encoding="utf-8-sig"))
    rows = rows if isinstance(rows, list) else next(v for v in rows.values() if isinstance(v, list))
    row = next((r for r in rows if needle in json.dumps(r, ensure_ascii=False)), None)
    if row is None:
        pytest.skip(f"ANTARA item with {needle!r} not found in {source}")
    return _article(json.dumps(row, ensure_ascii=False).encode())


def test_middle_word_of_a_name_names_no_one(corpus: Path) -> None:
    # ANTARA English: "Trans Borneo Power Grid" (taken for a person) must not speak through
    # "hydropower in Borneo": '"Full speed ahead ...," he said' is the president named last
    article = _antara(corpus, "antara-en-Scrape_antaraNews/scrapeResult.json", "Trans Borneo Power Grid")
    assert _speaker_of(article, "Full speed ahead") == "Prabowo Subianto"


def test_title_then_name_after_comma(corpus: Path) -> None:
    # ANTARA: '..." ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho': the name after the
    # title, not the organisation's namesake
    article = _antara(corpus, "antara-id-fulltext-pwlScrapping/all_news.json", "Sarasehan Aktivis 98")
    assert _speaker_of(article, "Kami berharap pemaparan") == "Ary Nugroho"


def test_german_reporting_forms(corpus: Path) -> None:
    article = _article((corpus / "iptc-ninjs" / "3.0" / "dpa_text.json").read_bytes())
    # 'sei auch «...» gewesen, sagte Schiri-Boss Fröhlich im Dezember': a reporting clause later in
    # the sentence, its head the name (not "Schiri", a role word of the referee)
    assert _speaker_of(article, "Bestandteil der Regelschulungen") == "Lutz Michael Fröhlich"
    assert _speaker_of(article, "an den internationalen Vorgaben") == "Lutz Michael Fröhlich"
    # 'Sky-Experte Merk befand: «...»': a known name and a verb before a colon
    assert _speaker_of(article, "Weigl kann mit dem Ball") == "Markus Merk"
    assert _speaker_of(article, "nie und nimmer ein Elfmeter") == "Markus Merk"
    # 'In der Regel 12 ... heißt es: «...»': a rule book quoted, no one speaking
    assert _speaker_of(article, "Ein Handspiel liegt vor") is None


def test_quote_inside_a_sentence_keeps_no_earlier_speaker(corpus: Path) -> None:
    # dpa: 'Die Rundfunk-Reporter bekamen nach eigenen Angaben «mehrfach Faustschläge ...»': the
    # paragraph names no one; Hinteregger, named in the paragraph before, did not say it
    article = _article((corpus / "superdesk-core-fixtures" / "dpa.xml").read_bytes())
    assert _speaker_of(article, "mehrfach Faustschläge") is None


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # "But AMC said ... the assembly complex in Kenosha "will not be getting new work"": a company
        (b'the assembly complex in Kenosha "will not be', "will not be getting new work", None),
        # '"...," said Darwin Beck of First Boston Corp. "I expect it to continue in that vein."':
        # "Corp." ends the sentence, the second quote keeps the first one's speaker
        (b"I expect it to continue in that vein", "I expect it to continue", "Darwin Beck"),
        # 'He did not give details but said, "..."': the pronoun's person (named earlier)
        (b"He did not give details but said", "It is a very useful alternative", "Jaime Ongpin"),
    ],
)
def test_subjects_of_reporting_verbs(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


def test_anpa_quote_marks_and_reporting_subject(corpus: Path) -> None:
    # AP ANPA copy quotes ``like this'': 'she prayed: ``Don't desert us now ...''' (Chen, the
    # subject of the paragraph before "Chen contacted Bob Fu, ...")
    article = _article((corpus / "superdesk-core-fixtures" / "ap_anpa-4.tst").read_bytes())
    assert _speaker_of(article, "Don't desert us now") == "Chen Guiqiu"
    assert _speaker_of(article, "We're going on a trip") == "Chen Guiqiu"
    # 'Bayern Munich chairman Karl-Heinz Rummenigge called Mueller "one of the all-time greats"',
    # then '"...," he said': the subject of "called", not its object
    article = _article((corpus / "superdesk-core-fixtures" / "IPTC7901_odd_charset.txt").read_bytes())
    assert _speaker_of(article, "one of the all-time greats") == "Karl-Heinz Rummenigge"
    assert _speaker_of(article, "Without his goals") == "Karl-Heinz Rummenigge"


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # 'Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said, "..."': the analyst,
        # not the company suffix "Co"
        (b"Harris and Co said", "both physical and futures markets", "Daniel McKinley"),
        # '"...," the study, conducted by Doctors Michael Hershfield and Rebecca Buckley, said': the study
        (b"study, conducted by Doctors Michael Hershfield", "The children are now more active", None),
    ],
)
def test_company_and_study_subjects(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


def test_scare_quotes_leave_a_paragraph_narrative(corpus: Path) -> None:
    # dpa: 'Maria Fernanda Espinosa ... said she understands some countries are "not ready" ...' (a
    # scare quote only), then 'She added that the agreement is a "framework to enable burden
    # sharing"': she is Espinosa, not the envoy named two paragraphs before
    article = _article((corpus / "superdesk-core-fixtures" / "dpa_four_line.txt").read_bytes())
    assert _speaker_of(article, "framework to enable burden sharing") == "Maria Fernanda Espinosa"


# --- Session 5 (editor review seed 60221): places and groups, hearers, "X said:" paragraphs, unnamed ---


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # 'Nazer said Saudi Arabia "is fully adhering ..."': the name after "said" opens the reported
        # clause; the country is no speaker
        (b'Nazer said Saudi Arabia "is fully', "is fully adhering", "Hisham Nazer"),
        # '"The next move is either Icahn starts ...," speculated one arbitrager': unnamed (any
        # reporting verb), and Icahn, named inside the quote, is not its speaker
        (b"speculated one arbitrager", "The next move is either Icahn", None),
        # '"...," he told Reuters. "The graphics ..."': the agency "told" is the hearer
        (b"The graphics interface on the Mac", "The graphics interface on the Mac", "Bruce Lupatkin"),
        # 'Michael Samuels, U.S. ambassador to the GATT, told Reuters: "..."'
        (b'GATT, told Reuters: "These charges', "These charges have been made", "Michael Samuels"),
        # '"...," the Texas Democrat told reporters' after 'House Speaker James Wright said President
        # Reagan should ...': the one who says, not the name that opens what he said
        (b"Texas Democrat told reporters before the opening", "In my judgment there isn't any way", "James Wright"),
    ],
)
def test_hearers_places_and_unnamed(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


def test_said_colon_paragraphs_and_follow_on_quotes(corpus: Path) -> None:
    # Ritzau press release: 'Business Minister, the Rt. Hon. Lord Henley, said:' then two quote
    # paragraphs (his), then 'UK Government Minister for Scotland Lord Duncan said:' and his; "Lord"
    # alone names neither lord
    article = _article((corpus / "superdesk-core-fixtures" / "ritzau_feed.xml").read_bytes())
    assert (_speaker_of(article, "Thanks to this new funding") or "").endswith("Henley")
    assert (_speaker_of(article, "Through the government's Industrial Strategy") or "").endswith("Henley")
    assert _speaker_of(article, "Spire Global is at the cutting edge") == "Lord Duncan"
    # Reuters G2, Assad: '"...," he said in the speech' is Assad's (not "Sunni Islamist", a group the
    # entity enricher took for a person); 'Monzer Akbik of the Western-backed National Coalition
    # opposition group told Reuters' speaks both quotes of his paragraph, not Reuters; a quote
    # paragraph after '..., said Salem Zahran, a Lebanese political analyst ...' is Zahran's
    raw = (corpus / "superdesk-core-fixtures" / "tag_reuters.com_2014_newsml_KBN0FL0NN_version_5").read_bytes()
    article = _article(raw)
    assert (_speaker_of(article, "Soon we will see the Arab") or "").endswith("Assad")
    assert _speaker_of(article, "This is completely separated from reality") == "Monzer Akbik"
    assert _speaker_of(article, "It was a theatrical election") == "Monzer Akbik"
    assert _speaker_of(article, "The Syrian leadership truly feels") == "Salem Zahran"


def test_unnamed_introducer_and_places(res: entities.EntityResources) -> None:
    # 'A spokesman said:' hands the next quote paragraph to no one (not the person named before);
    # a place of the story is no speaker ('"...," Saudi Arabia said')
    text = (
        "Oil Minister Hisham Nazer arrived in Vienna on Monday.\n\nA spokesman for the ministry said:\n\n"
        '"The minister will not comment on the talks before they end."\n\n'
        '"We will not sell below the official prices," Saudi Arabia said.'
    )
    article: dict = {
        "bodies": [{"role": "main", "value": text}],
        "language": "en",
        "ext": {},
        "places": [{"name": "Saudi Arabia"}, {"name": "Vienna"}],
    }
    entities.enrich(article, res)
    quotes.enrich(article)
    found = {q["text"]: q.get("speaker") for q in article["ext"]["quotes"]}
    assert found == {
        "The minister will not comment on the talks before they end": None,
        "We will not sell below the official prices": None,
    }


# --- Session 6: Nordic dash quotes (STT, TT, NTB) ---
# Finnish, Swedish, Danish and Norwegian copy opens a paragraph of direct speech with a dash instead of
# quotation marks; the review of seed 91807 found all 10 Finnish quotes missed.


def _speakers(items: list[dict[str, str]]) -> list[tuple[str, str | None]]:
    return [(q["text"][:30].rstrip(), q.get("speaker")) for q in items]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # verb then name, name then verb (resolved to the full name), a sentence end before the clause
        (
            "Syyttäjä Harri Mäkelä puhui tilaisuudessa.\n\n– Tämä on ollut poikkeuksellinen juttu, Mäkelä "
            "sanoi.\n\n– Tutkinta jatkuu vielä pitkään, sanoo Pasi Vainio.\n\n– Asia on selvä. Vainio sanoo.",
            "fi",
            [
                ("Tämä on ollut poikkeuksellinen", "Harri Mäkelä"),
                ("Tutkinta jatkuu vielä pitkään", "Pasi Vainio"),
                ("Asia on selvä", "Pasi Vainio"),
            ],
        ),
        # no reporting clause: the person the narrative paragraph before gives speech to; then the same
        # speaker for the next dash paragraph
        (
            "Puolustusministeri Jussi Niinistö (ps.) kertoo STT:lle, ettei asiaa ole rajoitettu.\n\n– Tässä "
            "voi olla kyse informaatio-operaatiosta.\n\n– Sellaista ohjeistusta ei ole olemassa.",
            "fi",
            [
                ("Tässä voi olla kyse informaati", "Jussi Niinistö"),
                ("Sellaista ohjeistusta ei ole o", "Jussi Niinistö"),
            ],
        ),
        # an impersonal source ("haastehakemuksessa sanotaan": it says in the summons), an organisation
        # or a single unknown word as the subject: no speaker; a hyphen-led list line is no quote
        (
            "– Vastaaja on julkaissut tiedot kerralla, haastehakemuksessa sanotaan.\n\n– Heitä ei enää "
            "kouluteta sellaisiin tehtäviin, Yle kertoo.\n\n- ensimmäinen kohta listassa\n\n– Korot nousevat "
            "vielä tänä vuonna, kertoo Suomen Pankki.",
            "fi",
            [
                ("Vastaaja on julkaissut tiedot", None),
                ("Heitä ei enää kouluteta sellai", None),
                ("Korot nousevat vielä tänä vuon", None),
            ],
        ),
        # Swedish and Norwegian
        (
            "– Övningen genomförs i april, säger Jonas Svensson, kommunikationschef för Aurora, till TT.",
            "sv",
            [("Övningen genomförs i april", "Jonas Svensson")],
        ),
        (
            "Professor Asbjørn Dyrendal har forsket på konspirasjonsteorier.\n\n– Dette er en del av en "
            "større familie, sier Dyrendal til Faktisk.no.",
            "nb",
            [("Dette er en del av en større f", "Asbjørn Dyrendal")],
        ),
    ],
)
def test_nordic_dash_quotes(
    text: str, lang: str, expected: list[tuple[str, str | None]], res: entities.EntityResources
) -> None:
    assert _speakers(_quotes(text, res, lang)) == expected


def test_dash_paragraphs_in_english_are_no_quotes(res: entities.EntityResources) -> None:
    assert _quotes("Officials met on Monday.\n\n– The talks went well, said John Smith.", res, "en") == []


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        # STT, 31 January 2017: Niinistö, Sonninen and Venäläinen in dash quotes, three without a clause
        (
            "superdesk-core-fixtures/stt_newsml_note_test.xml",
            [
                ("Tässä voi olla kyse informaati", "Jussi Niinistö"),
                ("Tätä on nyt Pääesikunta selvit", "Jussi Niinistö"),
                ("Varusmiespalveluksessa kaksois", "Jussi Niinistö"),
                ("Me toimimme lain mukaan, ja la", "Jukka Sonninen"),
                ("Emme me missään muissakaan asi", "Jukka Sonninen"),
                ("Väite, että meitä olisi käytet", "Riikka Venäläinen"),
            ],
        ),
        # STT, alcohol law: "..., Saarikko sanoi perjantaina"; "..., Rinne sanoi" (Antti Rinne is named
        # by his surname only: a lone surname with a person's verb stays as written, issue #15 item 4)
        (
            "superdesk-core-fixtures/stt_newsml_test_no_hl.xml",
            [("Hallituksen tahdonilmaus on, e", "Annika Saarikko"), ("Hallituspuolueet runnoivat työ", "Rinne")],
        ),
        # TT (Swedish), ninjs 3.0
        (
            "iptc-ninjs/3.0/tt_text_image_3.json",
            [
                ("Aurora 2023 kommer att genomfö", "Jonas Svensson"),
                ("Precis som den gången har vi i", "Jonas Svensson"),
            ],
        ),
    ],
)
def test_nordic_agency_dash_quotes(corpus: Path, rel: str, expected: list[tuple[str, str | None]]) -> None:
    article = _article((corpus / rel).read_bytes())
    assert _speakers(article["ext"]["quotes"]) == expected


def test_ntb_quotes_speak_for_people_only(corpus: Path) -> None:
    # NTB fact check: the claim in «» is no one's ("FNs Agenda" was taken for a person), the dash quotes
    # after "sier Dyrendal til Faktisk.no" and "ifølge Dyrendal" are the professor's
    article = _article((corpus / "superdesk-core-fixtures/nitf-ntb.xml").read_bytes())
    got = dict(_speakers(article["ext"]["quotes"]))
    assert got["[Dette dokumentet beskriver] F"] is None
    assert got["Dette er en del av en større f"] == "Asbjørn Dyrendal"
    assert got["Det finnes ingen konspirasjons"] == "Asbjørn Dyrendal"
    assert {q.get("speaker") for q in article["ext"]["quotes"]} <= {None, "Asbjørn Dyrendal"}


def _quote_of(article: dict, start: str) -> dict:
    found = [q for q in article["ext"]["quotes"] if q["text"].startswith(start)]
    assert found, f"no quotation starts with {start!r}"
    return found[0]


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # review seed 19463 (01): "Bofors said in a statement. "...," the statement said."
        (b"Bofors said in a\nstatement", "For the past two years", "AB Bofors"),
        # the organisation as the subject in the quote's own sentence, and after it
        (b"Chrysler said in a statement the actions", "reflect not only our outstanding", "Chrysler Corp"),
        (b"This unfortunate outcome demonstrates", "This unfortunate outcome", "American Motors Corp"),
        (b"FERC said in a press release", "the proposed policy statement", "Federal Energy Regulatory Commission"),
        # not the organisation: a quote that ends its sentence before "GM said" (Glantz speaks), a
        # person's quote ("said the NAR's John Tuccillo"), a person the entities took for a company
        # ("Hughes Tool Co Chairman W.A. Kistler")
        (b'Glantz said. "Their credit rating is', "Their credit rating is going to fall", None),
        (b"said the NAR's John Tuccillo", "The drop in January is not surprising", None),
        (b'good for both companies," Kistler said', "Our hope is that we can come", None),
    ],
)
def test_organisation_is_the_source_not_the_speaker(
    corpus: Path, needle: bytes, quote: str, source: str | None
) -> None:
    found = _quote_of(_reuters(corpus, needle), quote)
    assert found.get("source") == source
    if source:
        assert "speaker" not in found  # the contract: a speaker is a person


def test_speaker_across_a_title_ending_with_an_organisation(corpus: Path) -> None:
    # review s7-after (03): "Tom Cook, director of industry affairs for the National Cattlemens
    # Association said "the Congress, ..."": the person, not the association that ends his title
    article = _reuters(corpus, b"Tom Cook, director of industry affairs")
    assert _quote_of(article, "the Congress, administration")["speaker"] == "Tom Cook"
    # the same shape after a quote of the same paragraph: "..., Gene Cartledge, chairman and chief
    # executive officer of Union Camp said "The industry is essentially sold out."" (not "Union Camp",
    # the short form of the organisation Union Camp Corp)
    article = _reuters(corpus, b"The industry is essentially sold out")
    assert _quote_of(article, "The industry is essentially sold out")["speaker"] == "Gene Cartledge"


# --- Session 9: issue #15 item 4, speakers known only through someone named -------------------------


def test_aide_to_a_named_person_is_not_that_person(corpus: Path) -> None:
    # Reuters: "..., an aide to USDA Secretary Richard Lyng said." ... "But the aide to Lyng said ...".
    # ""How are you going to stop the tide," he said": "he" is the unnamed aide, not Lyng
    article = _reuters(corpus, b"How are you going to stop the tide")
    [quote] = article["ext"]["quotes"]
    assert "speaker" not in quote


@pytest.mark.parametrize(
    "text",
    [
        'An aide to Senator John Smith said the bill was dead.\n\n"There is no way it passes," he said.',
        'A spokesman for Governor Mario Cuomo said: "We will not sign it."',
        '"We will not sign it," the aide to Mario Cuomo said.',
    ],
)
def test_proxy_speaker_is_unnamed(text: str, res: entities.EntityResources) -> None:
    [quote] = _quotes(text, res)
    assert "speaker" not in quote


def test_named_speaker_after_a_proxy_phrase_still_speaks(res: entities.EntityResources) -> None:
    # the apposed name is the spokesman: "a spokesman for President Reagan, Marlin Fitzwater, said"
    text = (
        "Marlin Fitzwater, a spokesman for President Ronald Reagan, said the talks went well."
        '\n\n"It was a good day," he said.'
    )
    [quote] = _quotes(text, res)
    assert quote.get("speaker") == "Marlin Fitzwater"


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # "the central bank said", "it added", "the letter said": the organisation the story gave
        # speech to just before (issue #15 item 6, class 3)
        (b"No clear sign of such developments", "No clear sign of such developments", "Bank of Japan"),
        (b"The injection of capital in PHB", "The injection of capital in PHB", "Bank Negara"),
        (
            b"mutual adherence to the terms of the U.S.-Soviet grain",
            "Consequently, we believe",
            "U.S. National Association of Wheat Growers",
        ),
        # an organisation the entity list lacks, written with its kind of body: "Commerce bank said"
        (b"little adverse impact on the bank's earnings", "Despite the recent announcement", "Commerce"),
    ],
)
def test_organisation_source_by_reference(corpus: Path, needle: bytes, quote: str, source: str) -> None:
    found = _quote_of(_reuters(corpus, needle), quote)
    assert found.get("source") == source
    assert "speaker" not in found


def test_bank_named_with_its_kind_is_the_source(corpus: Path) -> None:
    # Superdesk ninjs2 (Reuters oil report): '"…," ANZ bank said on Monday, but added that "…"'

    path = corpus / "superdesk-core-fixtures" / "ninjs2.json"
    if not path.exists():
        pytest.skip("superdesk-core-fixtures/ninjs2.json not in the corpus")
    article = _article(path.read_bytes())
    assert [(q.get("speaker"), q.get("source")) for q in article["ext"]["quotes"]] == [(None, "ANZ"), (None, "ANZ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Prices will rise," ANZ bank said.\n\n"Demand is strong," the bank said.', ["ANZ", "ANZ"]),
        # someone at the bank, a nationality, a possessive: no organisation source
        ('"We see no change," one dealer at Westpac bank said.', [None]),
        ('"It is too early," the Swiss bank said.', [None]),
    ],
)
def test_kind_source_small(text: str, expected: list[str | None], res: entities.EntityResources) -> None:
    assert [q.get("source") for q in _quotes(text, res)] == expected


def test_possessive_name_is_not_the_subject(res: entities.EntityResources) -> None:
    # TR-News: "The American Center for Law and Justice, ... working for Brunson's release, said he has
    # been falsely charged with "membership in an armed terrorist organization."": not Brunson's words
    text = (
        "Andrew Brunson was detained in Izmir. The American Center for Law and Justice, a law firm working"
        " for Brunson’s release, said he has been falsely charged with “membership in an armed terrorist"
        " organization.”"
    )
    [quote] = _quotes(text, res)
    assert "speaker" not in quote


def test_non_english_title_is_no_quote(res: entities.EntityResources) -> None:
    # IPTC ninjs 3.0 event: a journal named in quotes ("Materiales para la Historia del Deporte")
    text = 'Papers will be published in the journal "Materiales para la Historia del Deporte" next year.'
    assert _quotes(text, res) == []


@pytest.mark.parametrize(
    "text",
    [
        # TR-News: the verb's subject is the indefinite spokesman of a second clause, not Tillerson
        "U.S. Secretary of State Rex Tillerson met with the pastor's wife in March, and a State Department"
        " spokesman said in April it had called on Turkey to “resolve his case in a timely and fair manner.”",
        # Reuters: "The senior banker was strongly opposed ..., saying: "..."": not the minister named before
        "Finance Minister Dilson Funaro met bankers.\n\nThe senior banker was strongly opposed to a purely"
        ' regional approach, saying: "There must be one committee and one solution."',
    ],
)
def test_unnamed_subject_of_the_quote_clause(text: str, res: entities.EntityResources) -> None:
    quotes_ = _quotes(text, res)
    assert quotes_ and all("speaker" not in q for q in quotes_)


def test_rule_text_quoted_under_its_organisation(corpus: Path) -> None:
    # dpa (ninjs 3.0): "In der Regel 12 ... der Fußball-Regeln des DFB heißt es: «…» Dabei seien drei
    # Umstände zu berücksichtigen: «…»": no person, the DFB is the source of both
    path = corpus / "iptc-ninjs" / "3.0" / "dpa_text.json"
    if not path.exists():
        pytest.skip("iptc-ninjs/3.0/dpa_text.json not in the corpus")
    article = _article(path.read_bytes())
    for start in ("Ein Handspiel liegt vor", "die Bewegung der Hand zum Ball"):
        found = _quote_of(article, start)
        assert (found.get("speaker"), found.get("source")) == (None, "DFB")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a noun phrase after an article or a possessive in a sentence that reports no speech: no quotation
        ('Hong Kong attacked the "textile and apparel trade act of 1987" introduced in the U.S. Congress.', False),
        ('The report blamed Donald Regan for the "chaos that descended on the White House" since November.', False),
        # a partial quotation: the sentence reports speech, or a reporting clause follows
        ('She added that the agreement is a "framework to enable burden sharing" for all.', True),
        ('Adding the stock to the index is a "minor positive development," analyst Martin Ziegler said.', True),
        ('When asked, the official said that "we proposed 50/50 and OMB accepted it."', True),
    ],
)
def test_quoted_noun_phrase_is_no_quote(text: str, published: bool, res: entities.EntityResources) -> None:
    assert bool(_quotes(text, res)) is published


# --- Session 10 (issue #15 item 6): an organisation named by what it is ---------------------------


def _source_of(article: dict, start: str) -> tuple[str | None, str | None]:
    found = [q for q in article["ext"]["quotes"] if q["text"].startswith(start)]
    assert found, f"no quotation starts with {start!r}"
    return found[0].get("speaker"), found[0].get("source")


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # "Norton co said it has agreed to sell ...  The company said the unit ... is being sold
        # because "Growing societal pressures ..."": the company is Norton (the lead's speaker)
        (b'sold because "Growing societal', "Growing societal pressures", "Norton"),
        # 'The paper said, "Reliable sources disclosed ..."' in a China Daily story
        (b'The paper said, "Reliable sources', "Reliable sources disclosed", "China Daily"),
        # 'WEDGE said it believes that "some form of restructuring ..."' (WEDGE Group Inc)
        (b"WEDGE said it believes that", "some form of restructuring", "WEDGE Group Inc"),
    ],
)
def test_organisation_by_kind_or_short_name(corpus: Path, needle: bytes, quote: str, source: str) -> None:
    assert _source_of(_reuters(corpus, needle), quote) == (None, source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company that spoke in the lead, not the buyer named after it
        (
            "Acme Corp said it sold its unit to Zenith Holdings Inc.\n\n"
            'The company said the sale was made because "the unit no longer fits our plans."',
            ["Acme Corp"],
        ),
        # "the company" is no public body: a ministry story gives no company source
        ('The Finance Ministry met on Monday.\n\nThe company said it would "wait and see what happens."', [None]),
        # a person named after "the company said" speaks: no organisation
        (
            "Acme Corp said it sold its unit.\n\n"
            'The company said chairman John Smith told staff the sale was "the right step for all of us."',
            [None],
        ),
    ],
)
def test_the_company_said_small(text: str, expected: list[str | None], res: entities.EntityResources) -> None:
    assert [q.get("source") for q in _quotes(text, res)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she said" is not the man who leads the sentence before: the woman he met speaks
        (
            "Robert Jones met Helen Carter, the union's chief, on Monday.\n\n"
            '"We have not reached a deal yet," she said.',
            ["Helen Carter"],
        ),
        # and "he said" is not the woman who leads it
        (
            "Helen Carter, the union's chief, met Robert Jones on Monday.\n\n"
            '"The talks went well for both of us," he said.',
            ["Robert Jones"],
        ),
        # the story's honorific says it ("Mrs Pat Walsh"), the first name does not
        ('John Brown sat next to Mrs Pat Walsh on Monday.\n\n"I will not vote for it," she said.', ["Pat Walsh"]),
        # no woman named: a "she said" is no man's
        ('John Brown left the meeting early.\n\n"We were told nothing about the plan," she said.', [None]),
        # a gender the data does not know ("Robin"): the person named, as before
        (
            "Robin Hale, the union's chief, met Chris Park on Monday.\n\n"
            '"The talks went well for both of us," she said.',
            ["Robin Hale"],
        ),
    ],
)
def test_pronoun_gender(text: str, expected: list[str | None], res: entities.EntityResources) -> None:
    assert [q.get("speaker") for q in _quotes(text, res)] == expected


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # 'K Mart cited "favorable consumer response ..." and said its specialty retailers had "..."'
        (b'K Mart cited "favorable', "favorable consumer response", "K Mart Corp"),
        (b'K Mart cited "favorable', "excellent February sales", "K Mart Corp"),
        # '"We have not been approached by Mr. Pesch ..." in Republic Health, a McDonnell Douglas
        # spokesman told Reuters': the company's voice
        (b"We have not been approached by Mr. Pesch", "We have not been approached", "McDonnell Douglas Corp"),
    ],
)
def test_organisation_cites_and_its_voice(corpus: Path, needle: bytes, quote: str, source: str) -> None:
    assert _source_of(_reuters(corpus, needle), quote) == (None, source)


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # a short partial quotation in the clause a reporting verb opens is someone's words, no term
        (b'intends "to exert full efforts"', "to exert full efforts", "Stepp"),
        (b'will "press vigorously for', "press vigorously for liberalization", "Ammerman"),
    ],
)
def test_short_partial_quotations(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    article = _reuters(corpus, needle)
    got = _speaker_of(article, quote)
    assert got == speaker if speaker is None else (got or "").endswith(speaker)


def test_short_scare_quote_after_an_article_stays_a_term(res: entities.EntityResources) -> None:
    text = 'Analysts said the company has a "seed to sale system" in place for its farms.'
    assert _quotes(text, res) == []


def test_shared_surname_honorific_gives_no_gender(corpus: Path) -> None:
    # "President Reagan ... He said the reports had "touched a nerve."" with "Mrs Reagan" further on: the
    # honorific is his wife's, so "he" still resolves to Reagan
    assert _speaker_of(_reuters(corpus, b'had "touched a nerve."'), "touched a nerve") == "Reagan"


def test_partial_quote_whose_said_ends_the_next_sentence(corpus: Path) -> None:
    # 'It is a "simplistic misconception that Brazil can dictate" policy to other producers. While ...,
    # Dauster said.': his words, not a term of the sentence
    article = _reuters(corpus, b'It is a "simplistic misconception')
    assert (_speaker_of(article, "simplistic misconception") or "").endswith("Dauster")
    # a noun phrase with no reporting clause after its sentence stays a term
    assert not [q for q in article["ext"]["quotes"] if q["text"].startswith("objective criteria")]


def _tr_news(corpus: Path, needle: str) -> str:
    """The text of the TR-News article (geoparsing gold) that holds the needle."""
    import re

    path = corpus / "geoparsing-news-gold" / "TR-News.xml"
    if not path.exists():
        pytest.skip("geoparsing-news-gold/TR-News.xml not in the corpus")
    for text in re.findall(r"<text><!\[CDATA\[(.*?)\]\]></text>", path.read_text(encoding="utf-8"), re.S):
        if needle in text:
            return text
    raise AssertionError(f"no TR-News article holds {needle!r}")


@pytest.mark.parametrize(
    ("needle", "speaker"),
    [
        # '... into Lucy's windpipe ... "You can imagine ...," he said': Ian Lau (the father, last to speak),
        # not his daughter Lucy Lau (was Lucy Lau)
        ("first breath of air", "Ian Lau"),
        # 'Fran Lindsay is the vice-president ... "I think we all have to become involved ...," she said': not
        # Bob Katter, named two paragraphs before (was Bob Katter)
        ("rubbish these young people", None),
    ],
)
def test_tr_news_pronoun_gender(corpus: Path, needle: str, speaker: str | None, res: entities.EntityResources) -> None:
    found = [q for q in _quotes(_tr_news(corpus, needle), res) if needle in q["text"]]
    assert found and found[0].get("speaker") in ({speaker} if speaker else {None, "Fran Lindsay"})
