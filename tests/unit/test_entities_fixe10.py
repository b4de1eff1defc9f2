"""People and organisations, session 10 editor review (fresh-q): two bodies coordinated in one run, ...; each
class pinned with the real corpus item that showed it and a small text written for the test."""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names
from tests.unit.test_entities_s9 import _reuters_record


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_two_whole_bodies_joined_by_and(corpus: Path, pipeline_resources: object) -> None:
    """ "welcomed by the World Bank and International Monetary Fund" (review A 10): each side of the "and" is a
    whole organisation, so the run is two names."""
    orgs = _names(_reuters_record(corpus, "POLISH TRADE OFFICIAL CALLS", pipeline_resources), "organisations")
    assert {"World Bank", "International Monetary Fund"} <= set(orgs), orgs
    assert not [o for o in orgs if " and " in o], orgs


def test_one_firm_with_and_in_its_name_stays_whole(res: entities.EntityResources) -> None:
    """A trade word or a bare legal form after the "and" continues one firm's name: "Continental Illinois National
    Bank and Trust Co", "Canadian Pacific Oil and Gas of Canada Ltd", "Securities and Exchange Commission"."""
    text = (
        "Continental Illinois National Bank and Trust Co said it agreed. Canadian Pacific Oil and Gas of Canada Ltd"
        " sold the field. The Securities and Exchange Commission approved. Temple Inland Inc and International"
        " Paper Co bid."
    )
    orgs = _run(text, "en", res, "organisations")
    assert {
        "Continental Illinois National Bank and Trust Co",
        "Canadian Pacific Oil and Gas of Canada Ltd",
        "Securities and Exchange Commission",
        "Temple Inland Inc",
        "International Paper Co",
    } <= set(orgs), orgs


def test_body_with_its_acronym_between_commas_cited_as_source(
    corpus: Path, pipeline_resources: object, res: entities.EntityResources
) -> None:
    """ "147,537, Zambia Consolidated Copper Mines, ZCCM, said" (review A 08): a name, the acronym its initials
    spell between commas, then a verb of saying, is a body cited as the source of the figures, whatever its head
    word ("Mines" is no organisation's head word); a term with its acronym ("Money Market Certificate, MMC,")
    is none."""
    orgs = _names(_reuters_record(corpus, "ZAMBIAN LATE 1986 COPPER OUTPUT", pipeline_resources), "organisations")
    assert "Zambia Consolidated Copper Mines" in orgs, orgs
    orgs = _run(
        "Output rose, Western Pacific Timber Mills, WPTM, said. The Money Market Certificate, MMC, pays more.",
        "en",
        res,
        "organisations",
    )
    assert "Western Pacific Timber Mills" in orgs and not [o for o in orgs if "Certificate" in o], orgs
