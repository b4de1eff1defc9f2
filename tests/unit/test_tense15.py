"""Session 15 (branch tense15): a weekday in a time clause ("when", "until", "before", "once", "as soon as",
"after") takes the tense of that clause, not of the reporting verb before it. Sentences are those of
Reuters-21578 (reut2-000.sgm, Ongpin on the Philippine debt talks) and a dpa/Tribune NFL report; each test
has a case where the rule must not fire."""

from __future__ import annotations

from typing import Any

from streams.core.enrich import dates


def _dates(text: str, created: str) -> list[tuple[str, str]]:
    article: dict[str, Any] = {"language": "en", "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"]) for d in article.get("ext", {}).get("dates", ())]


ONGPIN = (
    "Finance Secretary Jaime Ongpin told reporters yesterday the alternative proposal is designed to avoid an "
    "impasse when debt rescheduling talks reopen in New York on Tuesday."
)
SUNDAY = "1987-03-01T12:00:00Z"  # Sunday 1 March 1987; the Tuesday before is 24 February


def test_present_time_clause_points_forward() -> None:
    """The talks reopen on the coming Tuesday, whatever "told" and "designed" before "when" say."""
    assert _dates(ONGPIN, SUNDAY) == [("yesterday", "1987-02-28"), ("Tuesday", "1987-03-03")]
    # a present passive in the clause is present too
    assert ("Tuesday", "1987-03-03") in _dates(ONGPIN.replace("talks reopen", "talks are resumed"), SUNDAY)


def test_past_time_clause_and_plain_report_stay_past() -> None:
    """A clause in the past stays past; "said on Tuesday" has no time clause."""
    assert ("Tuesday", "1987-02-24") in _dates(ONGPIN.replace("talks reopen", "talks reopened"), SUNDAY)
    assert _dates("Ongpin said on Tuesday the alternative proposal is designed to avoid an impasse.", SUNDAY) == [
        ("Tuesday", "1987-02-24")
    ]


def test_participle_or_noun_after_the_conjunction_does_not_fire() -> None:
    """ "After allowing the Rams 8.1 yards per play Monday night" (written Wednesday 21 November 2018): a
    participle clause has no tense, and "play" after "per" is a noun; the Monday is the one gone by."""
    text = (
        "After allowing the Rams 8.1 yards per play Monday night - Goff was 31 of 49 for 413 yards - Kansas "
        "City's hopes will hinge on firming its defence."
    )
    assert _dates(text, "2018-11-21T12:59:00Z")[0] == ("Monday", "2018-11-19")
