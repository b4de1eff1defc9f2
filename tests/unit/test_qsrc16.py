"""A quotation's source when the speaker is a firm or a pronoun (qsrc16). Pinned with the real text of the
Reuters-21578 items that showed each class (paragraphs as the stories write them), each with a case where
the rule must not fire:

* "It said ... "…"" in a story whose one organisation opens it (or that spoke before) is that firm's:
  ``source``, never a speaker; a story opening "Iran said" gives its "It said" to no one.
* An opening mark never closed whose paragraph holds a reporting clause of its own (", and the company
  said it has allocated ...") ends before that clause; the clause's firm is the source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities
from streams.core.formats.reuters_sgml import iter_records
from streams.core.model import RawItem
from streams.core.pipeline import process
from tests.unit.test_enrich_quotes import _quotes

# reut2-000.sgm, AM International (newid 55)
_AM = (
    "AM International Inc, reporting an operating loss for the January 31 second quarter, said prospects for the "
    "balance of the fiscal year remain good.\n\n"
    'It said orders at its Harris Graphics subsidiary, acquired in June 1986, "continue to run at a strong pace." '
    "For the six months, orders rose 35 pct over the corresponding prior-year period, or on an annualized basis are "
    "running at about 630 mln dlrs.\n\n"
    "The backlog at Harris is up 30 pct from the beginning of the fiscal year, AM said.\n\n"
    "AM International said its old division are expected to benefit from recent new product introductions and the "
    "decline in the value of the dollar.\n\n"
    '"Research, development and engineering expenditures in fiscal 1987 will be in the 45-50 mln dlr range, and '
    "the company said it has allocated another 30-40 mln dlrs for capital expenditures."
)
# reut2-001.sgm (newid 937): the only organisation found is not the story's subject; "It" is IRNA
_IRNA = (
    "Iran said its troops repulsed heavy Iraqi counter-attacks and continued their advance through the rugged "
    "mountains of Iraqi Kurdistan in overnight fighting on the northern war front.\n\n"
    "Iran launched the new offensive, codenamed Karbala-7, on Tuesday night among the snow-capped peaks of the Haj "
    "Omran border area of northeast Iraq.\n\n"
    'The Iranian news agency IRNA, received in London, said the troops "continued their successful advance ... '
    'With more thrusts into enemy positions."\n\n'
    'It said "remnants of Iraqi Brigade 604 was shattered and 200 of its personnel killed or wounded." One battalion '
    "of the 25th Division's Third Brigade thrown into counter-attacks today suffered 70 pct losses, the agency "
    "added.\n\n"
    "The agency yesterday said infantry and armour of the Revolutionary Guards had captured strong defences west of "
    "the canal in bitter fighting with Iraqi troops."
)


def test_it_said_is_the_story_firm(res: entities.EntityResources) -> None:
    found = _quotes(_AM, res)
    pace = next(q for q in found if q["text"].startswith("continue to run"))
    assert pace.get("source") == "AM International Inc" and "speaker" not in pace


def test_unclosed_quote_ends_before_its_reporting_clause(res: entities.EntityResources) -> None:
    found = _quotes(_AM, res)
    research = next(q for q in found if q["text"].startswith("Research"))
    assert research["text"].endswith("45-50 mln dlr range")
    assert "company said" not in research["text"] and research.get("source") == "AM International Inc"


def test_unclosed_quote_without_clause_runs_to_its_end(res: entities.EntityResources) -> None:
    """An opening mark left open with no reporting clause in the paragraph is a quotation continued in the
    next paragraph: it keeps its whole text."""
    text = (
        "Smith, the chairman, spoke to reporters on Monday.\n\n"
        '"We expect sales to rise in fiscal 1987, and we will keep the dividend at its present level.'
    )
    found = _quotes(text, res)
    assert [q["text"] for q in found] == [
        "We expect sales to rise in fiscal 1987, and we will keep the dividend at its present level"
    ]


def test_it_said_is_no_firm_that_is_not_the_subject(res: entities.EntityResources) -> None:
    found = _quotes(_IRNA, res)
    brigade = next(q for q in found if q["text"].startswith("remnants"))
    assert "source" not in brigade and "speaker" not in brigade


def _reuters_quotes(corpus: Path, resources: Any, name: str, newid: str) -> list[dict[str, str]]:
    """The quotations of one Reuters-21578 story (by NEWID) through the whole pipeline, fed as plain text."""
    path = corpus / "reuters21578" / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    rec = next(r for r in iter_records(path.read_bytes()) if (r.get("NEWID") or "").strip() == newid)
    text = f"{rec.get('title', '')}\n\n{rec.get('dateline', '')} {(rec.get('body') or '').strip()}\n"
    outcomes = process(RawItem(text.encode(), {"filename": name}), resources, received_at="2026-01-01T00:00:00Z")
    return [q for o in outcomes if o.kind == "article" for q in o.record.get("ext", {}).get("quotes", [])]


def test_it_said_in_a_story_its_firm_does_not_open(corpus: Path, resources: Any) -> None:
    """The whole Iran item: its one organisation (the Revolutionary Guards) does not open the story ("Iran
    said"), so "It said "remnants of ..."" (IRNA's) has no source."""
    found = _reuters_quotes(corpus, resources, "reut2-001.sgm", "1938")
    brigade = next(q for q in found if q["text"].startswith("remnants"))
    assert "source" not in brigade and "speaker" not in brigade


# reut2-001.sgm (newid 1227: AMR's walkaway leases), paragraphs as the story writes them
_AIRBUS = (
    "The deal AMR Corp cut to buy 40 new planes is a plus for the company because it clearly puts the financial "
    "burden on aircraft manufacturers Boeing Co <BA> and <Airbus Industrie>, a European consortium, analysts "
    "said.\n\n"
    "The carrier has 20-year leases on the aircraft, with four-year extension options, and may cancel the leases "
    "with 30 days notice by paying a small penalty, according to AMR chairman Robert Crandall.\n\n"
    '"We\'re getting the aircraft on very favorable terms," Crandall told a press briefing here.\n\n'
    'A spokesman for Airbus confirmed those terms. "We will own the aircraft and they will be leasing them from '
    'us," he said. Airbus is providing American Airlines with 25 of its twin-jet, long-range A300-600 planes.\n\n'
    "A spokesman for Boeing Commercial Airplane Co, the unit of Boeing that makes the long-range 767-300 planes "
    "that are part of the deal, declined to comment on financing arrangements.\n\n"
    'Julius Maldutis of Salomon Brothers Inc said the deal will give AMR financial stability as it grows. "AMR is '
    "using the manufacturers' balance sheets to finance these airplanes and consequently, its debt to equity ratio "
    'will remain stable into the early 1990s," he said.'
)
# reut2-002.sgm (newid 2196): the Dutch Finance Ministry's spokesman, after its minister was named
_RUDING = (
    "Some analysts noted friction between the Finance Ministry and the central bank, with Finance Minister Onno "
    "Ruding having said before the Bundesbank discount rate cut he favoured lower Dutch rates but that the Germans "
    "should move first.\n\n"
    "One analyst said Ruding wanted to bring interest rates down to reduce the government debt burden.\n\n"
    "A Finance Ministry spokesman said lower interest rates were needed but denied any suggestion of conflicting "
    "views between the ministry and the central bank. \"The cabinet's policy is steady, the guilder has to stay "
    'with the mark," he said.'
)


def test_unnamed_speaker_of_the_paragraph_beats_a_named_one_before(res: entities.EntityResources) -> None:
    """ "A spokesman for Airbus confirmed those terms. "…," he said": the spokesman's (no speaker), for Airbus;
    Crandall, named in the paragraph before, does not speak it."""
    found = {q["text"][:12]: q for q in _quotes(_AIRBUS, res)}
    own = found["We will own "]
    assert "speaker" not in own and own.get("source") in (None, "Airbus", "Airbus Industrie")
    assert found["We're gettin"].get("speaker") == "Robert Crandall"


def test_named_speaker_after_an_unnamed_one_speaks(res: entities.EntityResources) -> None:
    """The Boeing spokesman's paragraph is another paragraph: Maldutis, named in the quote's own paragraph,
    keeps his "he said"."""
    found = {q["text"][:12]: q for q in _quotes(_AIRBUS, res)}
    assert found["AMR is using"].get("speaker") == "Julius Maldutis"


def test_unnamed_spokesman_speaks_for_his_body(res: entities.EntityResources) -> None:
    """ "A Finance Ministry spokesman said ... "…," he said": no speaker (not the minister named before), the
    ministry as source."""
    (quote,) = _quotes(_RUDING, res)
    assert "speaker" not in quote and quote.get("source") == "Finance Ministry"


# superdesk-core-fixtures/scoop.xml (BusinessDesk: Dick Smith's receivers), paragraphs as the story writes them
_RECEIVERS = (
    "Jan. 12 (BusinessDesk) - The receivers of Dick Smith Holdings have appointed retailing veteran Don Grover as "
    "interim chief executive after the departure of Nick Abboud and have begun  an advertising campaign to sell the "
    "indebted consumer electronics chain.\n\n"
    "James Stewart, Jim Sarantinos and Ryan Eagle of Ferrier Hodgson said in a statement that Abboud, installed as "
    "CEO by former owner Anchorage Capital Partners, resigned last night. Grover, a former chief at Retail Fusion "
    "Brands and Dymocks Group as well as holding various operational roles at Australian retailer David Jones, will "
    'assist the receivers and managers to run the business "as they work through the realisation and restructuring '
    'opportunities for the group and seek to sell it as a going concern," they said.'
)


def test_plural_speakers_of_one_firm_give_it_as_source(res: entities.EntityResources) -> None:
    """ "A, B and C of Ferrier Hodgson said ... "…," they said": several people speak, so no ``speaker``; the
    firm they speak for is the ``source``."""
    (quote,) = _quotes(_RECEIVERS, res)
    assert "speaker" not in quote and quote.get("source") == "Ferrier Hodgson"


def test_plural_speakers_with_no_firm_give_no_source(res: entities.EntityResources) -> None:
    """The same paragraph without the firm after the names (no "of Ferrier Hodgson"): nothing says whose
    body speaks, so no source (and still no speaker)."""
    (quote,) = _quotes(_RECEIVERS.replace(" of Ferrier Hodgson said", " said"), res)
    assert "speaker" not in quote and "source" not in quote
