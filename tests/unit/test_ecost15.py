"""Session 15 (branch ecost15): the gate before ``_defined_lower``'s pattern never skips a case the ungated
pattern would find. The gate tests the word before each "(PKB)" (the pattern's last letter, then a-z) and only
then compiles the pattern, searching the run of lower-case words before that mention; the reference here is
org15's ungated code (a search over the whole story per acronym), compared over the corpus's paragraphs (the
benchmark's pools) and over a fixture that holds without the corpus."""

from __future__ import annotations

import re

import pytest

from benchmarks.items import CORPUS, pools
from streams.core.enrich import entities

_DEFINED = re.compile(r"\(([^\W\d_]{2,6})\)")


def _old_defined_lower(text: str, acronym: str) -> bool:
    if not acronym.isalpha() or not acronym.isupper() or not 2 <= len(acronym) <= 6 or f"({acronym})" not in text:
        return False
    pattern = r"[a-z-]* (?:(?:of|for|and|the|in|on|to|dan|di|ke) )?".join(ch.lower() for ch in acronym)
    return re.search(rf"(?<![\w-]){pattern}[a-z]* \({acronym}\)", text) is not None


FIXTURE = (
    "Partai Kebangkitan Bangsa (PKB) menolak. Pemerintah menaikkan insentif pajak kendaraan bermotor (PKB) dan "
    "pajak kendaraan bermotör (PKB). The Bank (BIS) and the bank for international settlements (BIS) met; an "
    "exchange traded fund (ETF), a state owned enterprise (SOE), die ältere übel (ÄÜ), (UN) at a line's start, "
    "word (AB) and a b (AB), the Securities and Exchange Commission (SEC), ipsum dolor (ID)x."
)


def _texts() -> list[str]:
    texts = [FIXTURE, FIXTURE[FIXTURE.index("(UN)") :]]
    if CORPUS.is_dir():
        for pool in pools().values():
            texts.extend(pool.paragraphs[:3000])
    return texts


def test_fixture_meets_both_answers() -> None:
    """The fixture holds terms the rule finds (lower-case spellings, one after a refused mention, an umlaut)
    and bodies it must not (capitalised names, a non-ASCII last word)."""
    text = FIXTURE
    assert entities._defined_lower(text, "PKB") and entities._defined_lower(text, "BIS")
    assert entities._defined_lower(text, "SOE") and entities._defined_lower(text, "ÄÜ")
    assert entities._defined_lower(text, "AB") and entities._defined_lower(text, "ETF")
    assert not entities._defined_lower(text, "SEC") and not entities._defined_lower(text, "UN")
    assert not entities._defined_lower(text.replace("insentif pajak kendaraan bermotor (PKB)", ""), "PKB")


@pytest.mark.parametrize("corpus", [True, False], ids=["corpus", "fixture"])
def test_gated_defined_lower_agrees_with_the_ungated(corpus: bool) -> None:
    if corpus and not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: the fixture case still runs")
    texts = _texts() if corpus else [FIXTURE]
    found = 0
    for text in texts:
        for acronym in set(_DEFINED.findall(text)) | {"PKB", "ETF"}:
            new = entities._defined_lower(text, acronym)
            assert new == _old_defined_lower(text, acronym), (acronym, text[:80])
            found += new
    assert found  # the comparison met cases the rule finds, not only refusals
