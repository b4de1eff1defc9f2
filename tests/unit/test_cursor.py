"""The stage cursor (``streams.worker.cursor``): re-deliveries skipped, holes found, commits never past
what was confirmed. These are the three ways Faust's own path doubled or skipped records
(docs/reliability.md, "Why records were doubled or skipped")."""

from __future__ import annotations

from streams.worker.cursor import Cursor, committable

RAW = ("wire.raw", 0)


def _cursor() -> Cursor:
    return Cursor(frozenset({"wire.raw"}))


def test_first_record_starts_at_the_committed_offset_and_a_hole_is_reported() -> None:
    c = _cursor()
    plan = c.plan(RAW, 12, committed=10)  # 10 and 11 never delivered
    assert (plan.action, plan.gap_start) == ("gap", 10)


def test_redelivery_after_the_seek_race_is_a_replay() -> None:
    """Faust resumes stream partitions before seeking them (recovery.on_recovery_completed): the
    records fetched in between come again after the seek."""
    c = _cursor()
    for off in (6, 7, 8):
        assert c.plan(RAW, off, committed=6).action == "process"
        c.done(RAW, off)
    assert [c.plan(RAW, off, committed=6).action for off in (6, 7, 8)] == ["replay"] * 3
    assert c.plan(RAW, 9, committed=6).action == "process"


def test_commit_is_the_confirmed_offset_not_the_acked_one() -> None:
    """take_events acks a whole batch even when the agent was cancelled in it; only confirmed
    outputs move the commit."""
    c = _cursor()
    for off in range(0, 5):
        c.plan(RAW, off, committed=None)
        c.done(RAW, off)
    c.confirm()
    for off in range(5, 9):  # processed, outputs not yet acknowledged
        c.plan(RAW, off, committed=None)
        c.done(RAW, off)
    assert committable([c], [RAW], {RAW: None}) == {RAW: 5}
    c.confirm()
    assert committable([c], [RAW], {RAW: 5}) == {RAW: 9}
    assert committable([c], [RAW], {RAW: 9}) == {}  # nothing new: no commit
    assert committable([c], [], {RAW: 5}) == {}  # not ours any more: no commit


def test_a_hole_of_one_right_after_the_committed_offset_is_never_committed_over() -> None:
    """Faust's _new_offset commits acked [8, 9] over committed 7 (``min(acked) - committed > 1``)."""
    c = _cursor()
    assert c.plan(RAW, 8, committed=7).action == "gap"
    assert committable([c], [RAW], {RAW: 7}) == {}


def test_revoked_partition_restarts_from_the_committed_offset() -> None:
    c = _cursor()
    c.plan(RAW, 3, committed=3)
    c.done(RAW, 3)
    c.forget([RAW])
    assert c.pending(RAW) is None
    assert c.plan(RAW, 2, committed=2).action == "process"
