"""A clean body from NITF/NTB copy and video scripts (ntb17, issue #15).

* Line joins: a line break before a comma or full stop where an inline link ended ("Verdensbanken\\n , som")
  and inside a hyphenated score ("1-\\n3") is layout, not a word gap; any other break is a space.
* Media residue: a picture's label line ("BILDE: …", "Foto: NTNU"), a missing-media placeholder
  ("[ GRAFIKK/VIDEO MANGLER ]"), a read-it-elsewhere stub whose link is gone ("Les faktasjekken på
  Faktisk.no") and a video script's opening production note ("(ROUGH CUT ONLY - NO REPORTER NARRATION)").
* NITF: a paragraph marked ``summary="true"`` is the description; a ``distributor`` whose editorial note says
  it carries another's copy ("distribuerer NTB på vegne av Faktisk.no") is the distributor, that party the
  originator; a quotation the source credits (``quote-source``) has that credit as its ``source``.

Texts are the corpus items' own lines; the end-to-end cases read the corpus and skip without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.copy.residue import drop_residue, media_residue
from streams.core.enrich import quotes
from streams.core.formats.htmltext import html_paragraphs, unwrapped_paragraphs
from streams.core.formats.nitf import PARSER
from streams.core.formats.xmlsafe import paragraphs, parse_xml
from streams.core.text import join_lines, split_paragraphs
from tests.unit.test_entities_precision import _process


def test_break_before_comma_after_link_is_no_space() -> None:
    xml = (
        b"<p>Punktet m\xc3\xa5 for \xc3\xb8vrig ikke forveksles med \n        <a href='https://www.worldbank.org/'>"
        b"Verdensbanken</a>\n        , som ble opprettet i 1944, og som heller ikke er en \n"
        b"        <a href='https://snl.no/sentralbank'>sentralbank</a>\n        .\n      </p>"
    )
    text = paragraphs(parse_xml(b"<body>" + xml + b"</body>"))[0]
    assert "Verdensbanken, som" in text
    assert text.endswith("sentralbank.")
    # a link in the middle of a sentence keeps its spaces
    assert "med Verdensbanken" in text and "en sentralbank" in text


def test_break_inside_score_joins_and_other_breaks_stay_spaces() -> None:
    assert join_lines("takes the hill for the Phillies and is 1-\n   3 with a 4.81 earned run") == (
        "takes the hill for the Phillies and is 1-3 with a 4.81 earned run"
    )
    # a word hyphen at a line end, a dash with spaces, a break before a word: all stay as they were joined
    assert join_lines("a two-\nyear deal") == "a two- year deal"
    assert join_lines("won 4 -\n3 others") == "won 4 - 3 others"
    assert join_lines("Garcia has gone 0-2\nover his last six starts") == "Garcia has gone 0-2 over his last six starts"
    # a full stop that starts a number or a name is not a mark closing the word before
    assert join_lines("the rate was\n.5 percent") == "the rate was .5 percent"


def test_html_paths_join_the_same_way() -> None:
    """The HTML walk (ninjs, RSS bodies) and HTML's loose text follow the same two layout rules."""
    markup = (
        "<p>AFP Fact Check har også vært i kontakt med ekstremismeforsker Heidi Beirich, som leder \n"
        '  <a href="https://internationalhatestudies.com/">International Network for Hate Studies</a>\n'
        "  . Hun forteller også at innholdet er falskt.</p><p>Garcia is 1-\n3 with a 4.81 ERA, a two-\nyear deal.</p>"
    )
    assert html_paragraphs(markup) == [
        "AFP Fact Check har også vært i kontakt med ekstremismeforsker Heidi Beirich, som leder International"
        " Network for Hate Studies. Hun forteller også at innholdet er falskt.",
        "Garcia is 1-3 with a 4.81 ERA, a two- year deal.",
    ]
    assert unwrapped_paragraphs("leder\n  International Network\n  . Hun, og er 1-\n3 med 2 -\n3") == [
        "leder International Network. Hun, og er 1-3 med 2 - 3"
    ]


def test_hard_wrapped_score_joins() -> None:
    lines = [
        "Right-hander Freddy Garcia takes the hill for the Phillies and is 1-",
        "3 with a 4.81 earned run average on the year. Since winning his first",
        "game in a Philadelphia uniform back on April 22, Garcia has gone 0-2",
        "over his last six starts and the club has lost four of those outings.",
    ]
    assert split_paragraphs("\n".join(lines), wrapped=True) == [" ".join(lines).replace("1- 3", "1-3")]


@pytest.mark.parametrize(
    "line",
    [
        "BILDE: http://res.cloudinary.com/faktisk/image/upload/s--obour8aD--/w_1200/r8mkjt7zimmrpqfmhk75.jpg",
        "BILDE: Professor Asbjørn Dyrendal.",
        "BILDE: Dette dokumentet skal angivelig vise målene bak FNs Agenda 21 og Agenda 2030.",
        "Foto: NTNU",
        "[ GRAFIKK/VIDEO MANGLER ]",
        "Les faktasjekken på Faktisk.no",
        # the BBC's picture furniture (TR-News copy)
        "Image copyright Getty Images",
        "Image copyright @HillaryClinton",
        'Image caption Nikki Haley: "A proven dealmaker," said Mr Trump',
    ],
)
def test_media_residue_goes(line: str) -> None:
    assert media_residue(line)
    assert drop_residue(["Selv om konspirasjonsteoriene ikke er nye, forteller professoren.", line]) == [
        "Selv om konspirasjonsteoriene ikke er nye, forteller professoren."
    ]


@pytest.mark.parametrize(
    "line",
    [
        # story prose that speaks of pictures, brackets and reading
        "Et eksempel på slike innlegg er et bilde av et dokument som angivelig skal vise målene for FNs Agenda 21.",
        "Fotograf Heiko Junge tok bildet.",
        "«[Dette dokumentet beskriver] FNs Agenda 21 og Agenda 2030»",
        "[Editor's note: the photo was taken in 2019]",
        "Les mer om saken i morgen.",
        "Read the statement at the ministry in Oslo.",
        # a label inside prose, not opening it; a long line that opens with a label is prose
        "Professor Asbjørn Dyrendal. Foto: NTNU",
        "Image copyright law is unclear.",
        "Image copyright holders sued the site, the court said",
        "Photo: " + "the minister said the plan would cut costs, and the opposition called it a gamble. " * 4,
        # a restriction opening a video script stays (it is information, not a production note)
        "(NO ACCESS AUSTRALIA)",
    ],
)
def test_prose_stays(line: str) -> None:
    assert not media_residue(line, opening=True)


def test_production_note_only_opening_the_text() -> None:
    note = "(ROUGH CUT ONLY - NO REPORTER NARRATION)"
    prose = "The cardinals arrived at the Vatican in the early morning to take part in closed-door meetings."
    assert drop_residue([note, prose]) == [prose]
    assert drop_residue([prose, note]) == [prose, note]  # not at the start: left as sent
    assert not media_residue("(Rough cut of the budget, said the minister)", opening=True)


NTB_FACT_CHECK = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf baselang="nb-NO"><head><docdata>
<doc-id id-string="faktisk-d9cde75b_47" regsrc="NTB"/>
<ed-msg info="Dette stoffet distribuerer NTB p\xc3\xa5 vegne av Faktisk.no. Det er ikke anledning til \xc3\xa5 endre
innhold eller konklusjoner i faktasjekker fra Faktisk.no."/>
</docdata></head><body><body.head><hedline><hl1>Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21</hl1>
</hedline><byline>Geir Molnes / Faktisk.no</byline><distributor><org>NTB</org></distributor><dateline>Oslo</dateline>
</body.head><body.content>
<p class="lead" lead="true">Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030</p>
<hl2>Konklusjon: Faktisk helt feil</hl2>
<p summary="true">Det stemmer ikke at punktlisten i et dokument som har spredd seg p\xc3\xa5 Facebook, har noe med FNs
Agenda 21 eller Agenda 2030 \xc3\xa5 gj\xc3\xb8re.&#10;
Punktene har ogs\xc3\xa5 tidligere blitt avvist av en talsperson i FN.</p>
<p class="txt-ind">Det siste \xc3\xa5ret har ulike diskusjoner om FNs Agenda 21 f\xc3\xa5tt over 13 000 delinger.</p>
</body.content></body></nitf>"""


def test_ntb_summary_and_distributor() -> None:
    item = PARSER.parse(NTB_FACT_CHECK, {})[0]
    assert item.description == (
        "Det stemmer ikke at punktlisten i et dokument som har spredd seg på Facebook, har noe med FNs Agenda 21"
        " eller Agenda 2030 å gjøre. Punktene har også tidligere blitt avvist av en talsperson i FN."
    )
    assert any(p.startswith("Det stemmer ikke") for p in item.paragraphs)  # the summary stays in the body
    assert {s["name"]: s["role"] for s in item.info_sources} == {"Faktisk.no": "originator", "NTB": "distributor"}


def test_own_copy_keeps_originator_and_no_summary_without_mark() -> None:
    own = NTB_FACT_CHECK.replace(b"p\xc3\xa5 vegne av Faktisk.no", b"selv").replace(b' summary="true"', b"")
    item = PARSER.parse(own, {})[0]
    assert item.description is None
    assert {s["name"]: s["role"] for s in item.info_sources}.get("NTB") == "originator"


def _body(record: dict[str, Any]) -> str:
    return str(record["bodies"][0]["value"])


def test_corpus_ntb_fact_check(corpus: Path, resources: Any) -> None:
    record = _process(corpus, "superdesk-core-fixtures/nitf-ntb.xml", resources)[0]
    body = _body(record)
    for residue in ("BILDE:", "cloudinary", "MANGLER", "Foto: NTNU", "Les faktasjekken", " ,", " ."):
        assert residue not in body
    for prose in ("Verdensbanken, som", "er rent oppspinn. Organisasjonen", "Professor Asbjørn Dyrendal ved NTNU"):
        assert prose in body
    assert record["descriptions"][0]["value"].startswith("Det stemmer ikke at punktlisten")
    assert "\n\nDet stemmer ikke at punktlisten" in body  # the marked summary stays in the body
    # session 19 (me19): the story cites "AFP Fact Check har kommet frem til": AFP is a source
    assert {s["name"]: s["role"] for s in record["infoSources"]} == {
        "Faktisk.no": "originator",
        "NTB": "distributor",
        "AFP": "source",
    }


def test_corpus_video_script_and_score(corpus: Path, resources: Any) -> None:
    video = _process(corpus, "superdesk-core-fixtures/video.xml", resources)
    bodies = [_body(r) for r in video if r.get("bodies")]
    assert bodies and bodies[0].startswith("Preparations for electing the next Catholic pope")
    sports = _process(corpus, "iptc-newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml", resources)[0]
    assert "is 1-3 with a 4.81" in _body(sports)


def _quotes_of(text: str, credited: list[dict[str, str]]) -> list[dict[str, str]]:
    article: dict[str, Any] = {
        "bodies": [{"role": "main", "value": text}],
        "language": "nb",
        "ext": {"source": {"quoteSources": credited}} if credited else {},
    }
    quotes.enrich(article)
    return list(article["ext"].get("quotes", []))


CLAIM = "«[Dette dokumentet beskriver] FNs Agenda 21 og Agenda 2030»"


def test_quote_source_attribute_credits_the_quotation() -> None:
    item = PARSER.parse(
        NTB_FACT_CHECK.replace(b"<hl2>", b'<p quote-source="Facebook-innlegg">' + CLAIM.encode() + b"</p><hl2>", 1), {}
    )[0]
    credited = item.extra["quoteSources"]
    assert credited == [{"text": CLAIM, "source": "Facebook-innlegg"}]
    found = _quotes_of("Påstand\n\n" + CLAIM + "\n\nFacebook-innlegg, 29.08.2020", credited)
    assert [q.get("source") for q in found] == ["Facebook-innlegg"]
    # without the attribute the same text gets no source
    assert all("source" not in q for q in _quotes_of("Påstand\n\n" + CLAIM, []))


def test_quote_source_does_not_touch_other_quotations(corpus: Path, resources: Any) -> None:
    record = _process(corpus, "superdesk-core-fixtures/nitf-ntb.xml", resources)[0]
    found = record["ext"]["quotes"]
    claim = [q for q in found if q["text"].startswith("[Dette dokumentet beskriver]")]
    assert claim and claim[0].get("source") == "Facebook-innlegg"
    # Dyrendal's words keep their speaker and take no credit from the marked claim
    spoken = [q for q in found if q["text"].startswith("Dette er en del av")]
    assert spoken and spoken[0].get("speaker") == "Asbjørn Dyrendal" and "source" not in spoken[0]
