"""Subjects, session 17 (issue #15, branch subjx17): a provider's secondary code needs the relative floor a scored
topic needs (unless the headline names it); a headline naming one of the codes drops the codes the text names in no
word; the armed forces with a weapon in a crime story are its actors; a river's banks and "the COVID-19 pandemic"
as a time frame are no evidence of business or health. Real corpus items (skipped without the corpus), each rule
with a case where it must not fire."""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _from_bytes, _row, _uris

CRIME, DISASTER, ECONOMY = URI.format("02000000"), URI.format("03000000"), URI.format("04000000")
HEALTH, LEISURE, POLITICS = URI.format("07000000"), URI.format("10000000"), URI.format("11000000")
CONFLICT = URI.format("16000000")
SUPERDESK = "superdesk-core-fixtures"
FLOOD = "tag_reuters.com_2016_newsml_L1N14N0FF_version_{}"


def _fixture(corpus: Path, name: str) -> list[dict]:
    return _from_bytes((corpus / SUPERDESK / name).read_bytes(), name)


def test_a_secondary_code_under_the_floor_goes(corpus: Path) -> None:
    """Reuters' economy code on a flood story whose four business words (a terminal shut, a budget impasse) score
    under a fifth of the flood's: the flood stays, the business code goes."""
    uris = _uris(_fixture(corpus, FLOOD.format("978556838")))
    assert DISASTER in uris and ECONOMY not in uris, uris


def test_a_secondary_code_the_headline_names_stays(corpus: Path) -> None:
    """Guard: "Gold rises as Trump policy fuels safe haven demand": politics under the floor, but in the headline."""
    uris = _uris(_fixture(corpus, "tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232"))
    assert ECONOMY in uris and POLITICS in uris, uris


def test_a_headline_naming_one_code_drops_the_unnamed_ones(corpus: Path) -> None:
    """The cancelled flood story (a headline, no body): "flooding" names disaster; politics and leisure, in no
    word of it, go."""
    uris = _uris(_fixture(corpus, FLOOD.format("1542761538")))
    assert DISASTER in uris and POLITICS not in uris and LEISURE not in uris, uris


def test_source_codes_stay_when_the_text_names_none(corpus: Path) -> None:
    """Guard: AFP's nameless economy codes on a receivership story stay (its text names them)."""
    assert ECONOMY in _uris(_fixture(corpus, "afp.xml"))


def test_a_soldier_charged_with_a_crime_is_no_war(corpus: Path) -> None:
    """A reservist ("member of the military", "Canadian Armed Forces") with weapons charges at Rideau Hall: crime,
    no conflict; "during the COVID-19 pandemic" (his court appearance by phone) is no health story either."""
    uris = _uris(_fixture(corpus, "handle_invalid_fields.xml"))
    assert CRIME in uris and CONFLICT not in uris and HEALTH not in uris, uris


def test_troops_repelling_an_attack_stay_conflict(corpus: Path) -> None:
    """Guard: the armed forces' words with a fighting word and no crime story are war."""
    uris = _uris(_row(corpus, "reuters", "IRAQ SAYS IT REPELS IRANIAN ATTACK"))
    assert CONFLICT in uris, uris


def test_a_rivers_banks_are_no_bank(corpus: Path) -> None:
    """ "to prevent damage to the river banks" (Rhine shipping) is no economy word; a bank's "banks" still are."""
    lexicon = subjects.load()
    economy = lexicon.codes.index("04000000")
    river = (
        "The restrictions include directives to keep to the middle of the river to prevent damage to the river banks."
    )
    lending = "Commercial banks raised their prime lending rate, the central bank said."
    assert "bank" not in subjects._score(river, lexicon)[1][economy]
    assert (
        "banks" in subjects._score(lending, lexicon)[1][economy]
        or "bank" in subjects._score(lending, lexicon)[1][economy]
    )


def test_a_covid_health_story_stays_health() -> None:
    """Guard: the pandemic phrase is one piece of evidence; a story with health words of its own stays health."""
    lexicon = subjects.load()
    text = (
        "Hospitals fill as COVID-19 cases rise\n\nHospitals reported more patients with the virus during the "
        "COVID-19 pandemic's new wave, and health officials urged vaccination."
    )
    assert "07000000" in [code for code, _ in subjects.classify(text, lexicon, head_end=40)]


def test_a_veto_fight_is_politics_beside_the_tax(corpus: Path) -> None:
    """Kemp urges Reagan to "veto any tax increase", House Speaker Wright's tax: politics beside economy, which
    stays first (a veto and the Speaker are politics' own words)."""
    articles = _row(corpus, "reuters", "KEMP URGES REAGAN TO OPPOSE STOCK TAX")
    uris = _uris(articles)
    assert uris[:1] == [ECONOMY] and POLITICS in uris, uris
