"""Quotes, session 11 (issue #15): a title in quotes with the sentence's full stop inside its closing mark
is no quotation; "the company" named after its verb ('", said the company') or standing for a firm the
story introduces with what it is ("The Swedish carmaker NEVS, ...") is that organisation, as ``source``; a
relative clause that reports the quote ("Fernao Bracher, who told Gazeta Mercantil: "..."") gives it to
its person, not to the subject of the sentence it hangs on."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_quotes import _quotes, _reuters

from streams.core.enrich import entities


def _found(text: str, res: entities.EntityResources) -> list[tuple[str, str | None, str | None]]:
    return [(q["text"], q.get("speaker"), q.get("source")) for q in _quotes(text, res)]


def test_title_with_full_stop_inside_is_no_quotation(corpus: Path) -> None:
    # 'a ... campaign under the threme "The New Vision of Kodak."': a campaign title, the Kodak quote
    # after it stays
    texts = [q["text"] for q in _reuters(corpus, b"campaign under the threme")["ext"]["quotes"]]
    assert not any(t.startswith("The New Vision") for t in texts)
    assert any(t.startswith("If the Kodak divisions") for t in texts)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Leaders will gather in Marrakesh to sign the "Global Compact for Migration."', []),
        ('Hungary will not sign the "Global Compact for Safe, Orderly and Regular Migration."', []),
        # a reporting clause after it: words someone said, capitalised or not
        ('"We Will Never Surrender!" he said.', ["We Will Never Surrender!"]),
    ],
)
def test_capitalised_span_ending_a_sentence(text: str, quoted: list[str], res: entities.EntityResources) -> None:
    assert [t for t, _, _ in _found(text, res)] == quoted


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "The Swedish carmaker NEVS" leads its sentence: "the company" is NEVS, not Saab, whose assets it bought
        (
            "The Swedish carmaker NEVS, which bought Saab's assets in 2012, said on Monday it would cut 200 jobs."
            '\n\n"We have been forced to take this difficult decision," the company said.',
            "NEVS",
        ),
        # the verb before the kind noun
        (
            "Norton Co said on Monday it would cut 200 jobs.\n\n"
            '"We have been forced to take this difficult decision," said the company.',
            "Norton Co",
        ),
        # "Shares in Norton Co": the story's only firm, brought in by its shares, is "the company" (session 12,
        # branch fixr12, changed this case from no source: a market report's firm is the one that speaks)
        (
            "Shares in Norton Co fell 5 pct on Monday.\n\n"
            '"We have been forced to take this difficult decision," said the company.',
            "Norton Co",
        ),
    ],
)
def test_the_company_is_the_story_firm(text: str, source: str | None, res: entities.EntityResources) -> None:
    [(_, speaker, found)] = _found(text, res)
    assert (speaker, found) == (None, source)


def test_said_the_company_spokesman_is_not_the_inverted_kind() -> None:
    from streams.core.enrich.quotes import _REFERRING_INVERTED

    assert _REFERRING_INVERTED.match('", said the company.', 1)
    assert _REFERRING_INVERTED.match('", said the bank in a statement', 1)
    assert not _REFERRING_INVERTED.match('", said the company spokesman', 1)
    assert not _REFERRING_INVERTED.match("\", said the company's chairman", 1)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Finance Minister Dilson Funaro met bankers on Tuesday, according to central bank president Fernao"
            ' Bracher, who told Gazeta Mercantil: "We will not pay the interest until the banks agree."',
            "Fernao Bracher",
        ),
        (
            "Finance Minister Dilson Funaro met central bank president Fernao Bracher on Tuesday.\n\n"
            '"We will not pay the interest until the banks agree," Bracher said in an interview with Gazeta'
            " Mercantil.",
            "Fernao Bracher",
        ),
    ],
)
def test_reporting_clause_beats_a_name_nearby(text: str, speaker: str, res: entities.EntityResources) -> None:
    [(_, found, _)] = _found(text, res)
    assert found == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the subject opens the sentence but the entity list misses it: the known person of its aside
        # is no speaker (missing, not wrong)
        "Fernao Bracher, speaking after a meeting with Finance Minister Dilson Funaro, told Gazeta Mercantil:"
        ' "We will not pay the interest until the banks agree to new terms."',
        '"We will not pay the interest until the banks agree to new terms," Fernao Bracher, who met Finance'
        " Minister Dilson Funaro on Tuesday, said in an interview with Gazeta Mercantil.",
    ],
)
def test_a_name_in_the_subject_aside_is_no_speaker(text: str, res: entities.EntityResources) -> None:
    [(_, found, _)] = _found(text, res)
    assert found != "Dilson Funaro"
