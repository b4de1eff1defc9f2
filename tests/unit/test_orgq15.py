"""Organisations, session 15 (orgq15): a firm the copy names as the one who speaks ("ANZ bank said") is among the
organisations, as it is the quotation's source (``ext.quotes[].source``). Pinned with the real text of the items
that showed it (a Reuters-via-Superdesk oil story, Reuters-21578 results briefs), each with a case where the rule
must not fire, and the whole corpus item through the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _records
from tests.unit.test_org15 import _run

# superdesk-core-fixtures/ninjs2.json (paragraph as the story writes it)
_ANZ = (
    '"For the first time in 23 weeks, the number of drill rigs operating in the US fell, down 2 to 756," ANZ bank '
    "said on Monday, but added that \"this exuberance may be tempered by news over the weekend that Libya's largest "
    'oilfield had been shut."'
)


def test_firm_named_with_its_kind_as_speaker(resources: Any) -> None:
    """ "ANZ bank said": ANZ speaks, so ANZ is an organisation of the story."""
    assert "ANZ" in _run(_ANZ, "en", resources)


def test_described_firm_is_no_name(resources: Any) -> None:
    """A description before the kind names no firm (Reuters-21578 briefs): "The San Diego-based bank said",
    "the Anglo-Dutch group said", "Fort Washington, Pennsylvania-based company said", and a typo "Th company
    said"."""
    for text in (
        "The San Diego-based bank said in a prepared release of its report to analysts here that it expects gains.",
        "The group saw improved performance in almost all sectors during 1986, the Anglo-Dutch group said in its "
        "results statement.",
        "On a per-share basis, the Fort Washington, Pennsylvania-based company said it had profit of 36 cents.",
        "Th company said the new version contains all the features of its 5.25-inch package.",
    ):
        orgs = _run(text, "en", resources)
        assert not any(w in " ".join(orgs) for w in ("based", "Anglo-Dutch", "Th")), (text, orgs)


def test_quote_source_is_an_organisation(corpus: Path, resources: Any) -> None:
    """The whole item: every quotation's organisation source is among the organisations."""
    for record in _records(corpus, "superdesk-core-fixtures/ninjs2.json", resources):
        orgs = {o["name"] for o in record.get("organisations", [])}
        sources = {q["source"] for q in record.get("ext", {}).get("quotes", []) if q.get("source")}
        assert sources == {"ANZ"} and sources <= orgs


# reut2-001.sgm, record 152 (as the story writes it)
_PANTERA = (
    "Pantera's Corp said it agreed in principle to acquire Pizza Inn Inc. Pantera's said Pizza Inn's largest "
    "shareholder previously granted Pantera's an option to buy more shares. Yesterday, Pantera's stock closed at "
    "9.50 dlrs on NASDAQ."
)


def test_possessive_firm_once(resources: Any) -> None:
    """ "Pantera's Corp" is the firm's own name: "Pantera" read from "Pantera's stock" is the same firm, once."""
    orgs = _run(_PANTERA, "en", resources)
    assert "Pantera's Corp" in orgs and "Pantera" not in orgs


def test_possessive_without_legal_form_stays() -> None:
    """Without a legal form after the "'s" nothing says the two are one firm: both stay as found."""
    orgs = {"Pantera", "Pantera's Pizza"}
    assert entities._without_possessive_shorts([entities._Org(n) for n in sorted(orgs)]) == [
        entities._Org(n) for n in sorted(orgs)
    ]


def test_exchange_in_capitals(resources: Any) -> None:
    """Reuters writes the exchange "NASDAQ" ("Pantera's stock closed at 9.50 dlrs on NASDAQ"): the Nasdaq, as
    "Nasdaq" is; a story that names no exchange gets none."""
    assert "Nasdaq" in _run(_PANTERA, "en", resources)
    assert "Nasdaq" not in _run(_PANTERA.replace(" on NASDAQ", ""), "en", resources)
