"""The ``wirefeed`` command line: Kafka-tool conventions, every mistake one line with exit status 2 (issue #18).

Why: the CLI had no -b/--broker, accepted ``--format bogus`` and ``WIREFEED_NEAR_THRESHOLD=5``, had options
without help and helps without examples, and printed argparse's multi-line usage on every mistake.
"""

from __future__ import annotations

import argparse
import importlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from streams.cli.render import summary_line
from streams.client import Offset

# the module, not the console-script function ``streams.cli.main`` that the package exports under that name
cli = importlib.import_module("streams.cli.main")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wirefeed: error: "), err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ("tail", "--format", "bogus"),
        ("push", "--format", "bogus", "x.txt"),
        ("process", "--format", "bogus", "x.txt"),
        ("tail", "-o", "yesterday"),
        ("tail", "-n", "-3"),
        ("tail", "--timeout", "soon"),
        ("tail", "-p", "x"),
        ("push", "-H", "no-equals-sign", "x.txt"),
        ("worker", "-l", "chatty"),
        ("kafka", "restart"),
        ("kafka", "start", "--port", "70000"),
        ("tail", "--security-protocol", "TLS"),
        ("nosuchverb",),
    ],
)
def test_bad_arguments_are_one_line_errors(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    one_line_error(err)


def test_invalid_choice_lists_the_valid_values(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "tail", "--format", "bogus")
    line = one_line_error(err)
    assert "'json'" in line and "'summary'" in line and "wirefeed tail --help" in line
    _, _, err = run(capsys, "push", "--format", "bogus", "x")
    line = one_line_error(err)
    for parser in ("nitf", "newsmlg2", "plaintext", "reuters_sgml"):
        assert parser in line


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("WIREFEED_NEAR_THRESHOLD", "5", "between 0 and 1"),
        ("WIREFEED_NEAR_THRESHOLD", "0", "between 0 and 1"),
        ("WIREFEED_STORE", "rocksdb:/data", "WIREFEED_STORE must be one of"),
        ("WIREFEED_BROKER", "kafka://", "WIREFEED_BROKER"),
        ("WIREFEED_BROKER", "localhost:90x2", "not HOST:PORT"),
        ("WIREFEED_BROKER", "http://localhost:9092", "unknown scheme"),
        ("WIREFEED_PARTITIONS", "0", "at least 1"),
        ("WIREFEED_METRICS_PORT", "70000", "0..65535"),
        ("WIREFEED_SECURITY_PROTOCOL", "TLS", "PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL"),
        ("WIREFEED_SASL_MECHANISM", "GSSAPI", "SCRAM-SHA-256"),
        ("WIREFEED_SSL_CAFILE", "/nonexistent/ca.pem", "no such file"),
        ("WIREFEED_MAX_BYTES", "lots", "must be an integer"),
    ],
)
def test_bad_settings_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str, value: str, says: str
) -> None:
    monkeypatch.setenv(name, value)
    code, _out, err = run(capsys, "tail", "--timeout", "0")
    assert code == 2
    assert says in one_line_error(err)


def test_broker_flag_overrides_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREFEED_BROKER", "kafka://env-host:9092")
    args = cli.build_parser().parse_args(["tail", "-b", "cli-host:19092,other:19093"])
    s = cli.settings_for(args)
    assert s.bootstrap_servers == ["cli-host:19092", "other:19093"]
    args = cli.build_parser().parse_args(["tail"])
    assert cli.settings_for(args).bootstrap_servers == ["env-host:9092"]


def test_security_flags_and_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREFEED_SASL_PASSWORD", raising=False)
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n")
    args = cli.build_parser().parse_args(
        [
            "push",
            "x",
            "--security-protocol",
            "SASL_PLAINTEXT",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "feed",
            "--sasl-password-file",
            str(secret),
        ]
    )
    s = cli.settings_for(args)
    assert (s.security_protocol, s.sasl_mechanism, s.sasl_username, s.sasl_password) == (
        "SASL_PLAINTEXT",
        "SCRAM-SHA-512",
        "feed",
        "s3cret",
    )


def test_every_verb_that_talks_to_kafka_takes_broker_and_security() -> None:
    parser = cli.build_parser()
    for verb in ("worker", "push", "tail", "audit", "kafka", "demo"):
        extra = ["x"] if verb == "push" else ["status"] if verb == "kafka" else []
        args = parser.parse_args([verb, *extra, "-b", "h:1", "--security-protocol", "SSL"])
        assert args.broker == "h:1" and args.security_protocol == "SSL", verb


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no verbs")


def test_every_option_has_help_and_every_help_has_examples() -> None:
    parser = cli.build_parser()
    verbs = _subparsers(parser)
    assert set(verbs) == {"worker", "push", "tail", "process", "audit", "kafka", "demo"}
    for name, sub in verbs.items():
        assert sub.epilog and "examples:" in sub.epilog and f"wirefeed {name}" in sub.epilog, name
        for action in sub._actions:
            assert action.help and action.help != argparse.SUPPRESS, f"{name} {action.option_strings or action.dest}"
    top = parser.format_help()
    assert "`" not in top and "examples:" in top


def test_old_flags_still_parse() -> None:
    """Existing flags are contracts: scripts use them."""
    p = cli.build_parser()
    a = p.parse_args(["tail", "-n", "1", "--timeout", "60", "--topic", "wire.deadletter", "--from-beginning", "--meta"])
    assert (a.n, a.timeout, a.topic, a.from_beginning, a.meta) == (1, 60.0, "wire.deadletter", True, True)
    a = p.parse_args(["push", "a.txt", "-", "--source", "antara", "--format", "nitf", "--topic", "t"])
    assert (a.paths, a.source, a.format, a.topic) == (["a.txt", "-"], "antara", "nitf", "t")
    a = p.parse_args(["process", "x", "--no-dedupe", "--source", "s", "--format", "plaintext"])
    assert a.no_dedupe
    a = p.parse_args(["audit", "--timeout", "5", "--show", "3"])
    assert (a.timeout, a.show) == (5.0, 3)
    for action in ("start", "stop", "status"):
        assert p.parse_args(["kafka", action, "--port", "19092"]).action == action
    assert p.parse_args(["kafka", "start", "--fresh"]).fresh
    assert p.parse_args(["demo", "--samples", "samples/"]).samples == ["samples/"]
    assert p.parse_args(["worker", "-l", "INFO"]).loglevel == "info"


def test_new_tail_and_push_flags() -> None:
    p = cli.build_parser()
    a = p.parse_args(["tail", "-f", "-p", "0", "-p", "2", "-o", "-10", "-k", "urn:x", "--format", "summary"])
    assert a.follow and a.partition == [0, 2] and a.offset == Offset("back", 10) and a.key == "urn:x"
    a = p.parse_args(["tail", "--exit-at-end"])
    assert a.exit_at_end
    a = p.parse_args(["push", "x", "-k", "desk", "-H", "priority=1", "--header", "lang=id"])
    assert a.key == "desk" and a.header == [("priority", "1"), ("lang", "id")]


def test_contradictory_tail_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "tail", "-f", "-e")
    assert code == 2 and "contradict" in one_line_error(err)
    code, _, err = run(capsys, "tail", "--from-beginning", "-o", "end")
    assert code == 2 and "--offset beginning" in one_line_error(err)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beginning", Offset("beginning")),
        ("earliest", Offset("beginning")),
        ("end", Offset("end")),
        ("0", Offset("at", 0)),
        ("1200", Offset("at", 1200)),
        ("-10", Offset("back", 10)),
        ("@1733400000000", Offset("time", 1733400000000)),
        ("s@1733400000000", Offset("time", 1733400000000)),
        ("2026-12-05T09:00:00Z", Offset("time", int(datetime(2026, 12, 5, 9, tzinfo=UTC).timestamp() * 1000))),
        ("2026-12-05", Offset("time", int(datetime(2026, 12, 5, tzinfo=UTC).timestamp() * 1000))),
    ],
)
def test_offset_spec(text: str, expected: Offset) -> None:
    assert Offset.parse(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "", "@", "12a", "2026-13-01"])
def test_offset_spec_refused(text: str) -> None:
    with pytest.raises(ValueError, match="invalid offset"):
        Offset.parse(text)


def test_process_reports_a_missing_file_and_goes_on(capsys: pytest.CaptureFixture[str], fixtures: Path) -> None:
    good = fixtures / "text" / "synthetic_antara.txt"
    code, out, err = run(capsys, "process", "no-such-file.txt", str(good), "--no-dedupe")
    assert code == 1
    assert "no-such-file.txt: no such file or folder" in err
    assert out.count("\n") >= 1  # the good file was still processed


def test_push_of_an_empty_folder_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "push", str(tmp_path))
    assert code == 2 and "no files in" in one_line_error(err)


def test_summary_lines() -> None:
    article = {
        "type": "text",
        "language": "id",
        "headlines": [{"value": "Wang Yi: gejolak di Kazakhstan " * 5}],
        "located": "Beijing",
        "people": [{"name": n} for n in ("Wang Yi", "Xi Jinping", "Tokayev", "Tileuberdi")],
        "ext": {"countries": ["CN", "KZ"], "dedupe": {"status": "new"}},
    }
    line = summary_line(article)
    assert "\n" not in line and line.startswith("text  id")
    assert "located=Beijing" in line and "Wang Yi, Xi Jinping, Tokayev +1" in line
    assert "countries=[CN,KZ]" in line and "dedupe=new" in line and "…" in line
    dup = summary_line({"uri": "urn:a", "duplicateOf": "urn:b", "kind": "exact"})
    assert dup.startswith("duplicate") and "exact of urn:b" in dup
    dead = summary_line({"error": {"reason": "too_large", "message": "12 MB"}, "origin": {"filename": "big.xml"}})
    assert "too_large" in dead and "big.xml" in dead
    assert summary_line({"raw": "plain text"}).startswith("raw")
