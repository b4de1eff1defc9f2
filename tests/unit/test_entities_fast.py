"""The entities stage's memos (issue #17) are exact: a warm memo gives what a cold one gives.

The memo tables keep answers across articles (split runs, plans, org stems, short forms, cuts, initials);
each answer is a function of a name and the lexicons/lookup only. These tests run real corpus copy through
``entities.enrich`` with every memo emptied before each article, then again with the memos warm from all
the others (in reverse order), and ask for the same people, organisations and roles.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _cold() -> None:
    entities._MEMOS.clear()
    entities._initials.cache_clear()
    entities._legal_form_of.cache_clear()


def _texts(corpus: Path, count: int) -> list[str]:
    """Reuters stories: companies with legal forms, short forms and tickers (what the org memos answer)."""
    texts: list[str] = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm"))[:2]:
        raw = path.read_bytes().decode("latin-1")
        texts += [html_unescape(m.group(1)) for m in _BODY.finditer(raw)]
        if len(texts) >= count:
            break
    if not texts:
        pytest.skip("reuters21578 not in the corpus")
    return texts[:count]


def html_unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\x03", "")


def _enriched(text: str, places: Any, given: list[dict[str, str]] | None = None) -> dict[str, Any]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": "en", "ext": {}}
    if given:
        article["organisations"] = [dict(o) for o in given]
    entities.enrich(article, entities.load(), places)
    return {k: article.get(k) for k in ("people", "organisations", "ext")}


def test_warm_memos_answer_as_cold_ones(corpus: Path, resources: Any) -> None:
    texts = _texts(corpus, 400)
    cold = []
    for text in texts:
        _cold()
        cold.append(_enriched(text, resources.places))
    _cold()
    warm = [_enriched(text, resources.places) for text in reversed(texts)][::-1]
    assert warm == cold
    assert sum(bool(out["organisations"]) for out in cold) > 100  # the org memos were exercised


class _Probe(entities._Extractor):
    def _org_stems_of_names(self, names: list[str]) -> set[str]:
        self.st.orgs = {name.lower(): entities._Org(name) for name in names}
        return self.org_stems()


def test_short_forms_keep_their_order(resources: Any) -> None:
    """``_short_forms`` maps each form to the first org that gives it, in the orgs' order."""
    ex = _Probe(entities.load(), resources.places, english=True)
    a, b = entities._Org("Apple Computer Inc"), entities._Org("Apple Inc")
    forms = ex._short_forms([a, b])
    assert forms["Apple"] is a and forms["Apple Computer"] is a
    assert ex._short_forms([b, a])["Apple"] is b
    assert "Apple Computer" not in ex._short_forms([b])  # each name its own forms, whatever came first
    assert ex._org_stems_of_names(["Apple Inc"]) == {"apple"}
    assert ex._org_stems_of_names(["Apple Computer Inc"]) == {"apple", "apple computer"}
    assert ex._short_forms_of("PT PLN") == ("PLN",)


def test_given_org_with_legal_form(resources: Any) -> None:
    """The source's "Polaroid" is the story's "Polaroid Corp" (``_legal_form_of``, memoised): one entry."""
    text = "Polaroid Corp said on Monday it would cut jobs. The company said sales fell."
    for _ in range(2):
        out = _enriched(text, resources.places, [{"name": "Polaroid"}])
        assert [o["name"] for o in out["organisations"]] == ["Polaroid Corp"]


def _same_company_reference(full: str, given: dict[str, Any]) -> bool:
    """``_names_same_company`` as it was before the prefix test moved first."""
    short = str(given.get("name") or "")
    if entities._legal_form_of(full, short):
        return True
    return bool(given.get("symbols")) and bool(short) and full.lower().startswith(f"{short.lower()} ")


def test_same_company_prefix_first_is_exact() -> None:
    names = [
        "",
        "Apple",
        "APPLE",
        "Apple Computer",
        "Apple Computer Inc",
        "Apple Inc",
        "Apple Inc.",
        "Dow Jones",
        "Dow Jones and Co",
        "Dow Jones & Co Inc",
        "Samsung",
        "Samsung Electronics",
        "apple corp",
        "Apple  Inc",
    ]
    for full in names:
        for short in names:
            for given in ({"name": short}, {"name": short, "symbols": ["X"]}, {"name": short, "symbols": []}):
                assert entities._names_same_company(full, given) == _same_company_reference(full, given), (full, given)
