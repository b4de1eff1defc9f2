"""The topic layout (``streams.topology``): a dedupe topic or changelog with more than one partition is
refused with the fix named; wire.raw may have any count (it bounds the ingest workers)."""

from __future__ import annotations

from streams.settings import Settings
from streams.topology import fix_hint, layout, problems


def test_a_split_dedupe_view_is_a_problem() -> None:
    s = Settings(partitions=4)
    existing = {s.topic_raw: 1, s.topic_dedupe: 4, f"{s.app_id}-dedupe-uris-changelog": 2, s.topic_articles: 3}
    found = problems(layout(s), existing)
    assert found == [
        f"{s.topic_dedupe} has 4 partitions, the internal stage topic: one global dedupe view needs 1",
        f"{s.app_id}-dedupe-uris-changelog has 2 partitions, the changelog of the dedupe table uris needs 1",
    ]
    assert "python -m streams.topology --create" in fix_hint(s)


def test_missing_topics_and_any_raw_count_are_fine() -> None:
    s = Settings(partitions=4)
    assert problems(layout(s), {s.topic_raw: 2}) == []
    assert problems(layout(s), {}) == []


def test_routed_topics_are_part_of_the_layout() -> None:
    s = Settings()
    names = [spec.name for spec in layout(s, ["wire.articles.lang.de", s.topic_articles])]
    assert names.count(s.topic_articles) == 1 and "wire.articles.lang.de" in names
