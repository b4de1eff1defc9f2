"""Named hostile inputs, one test each (issue "Reliability: hostile input and security").

Why: the worker processes whatever lands on ``wire.raw``. A single item must never crash it
(``process`` never raises, every record serialises), never make it leak local files, never cost it
unbounded time or memory, and always end as a contract-valid article or a dead letter with a stable
reason. The fuzz test (``test_fuzz.py``) covers random damage; these are the known attack shapes.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import random
import resource
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.core import reasons
from streams.core.formats import registry
from streams.core.model import RawItem
from streams.core.pipeline import Limits, Outcome, process
from streams.errors import ParseError
from tests.contract import validate_outcome

PARSERS = [p.name for p in registry.parsers()]
XML_PARSERS = ["newsmlg2", "nitf", "newsml12", "feeds"]
FORMATS: list[str | None] = [None, *PARSERS]  # None = let sniffing choose
MB = 1024 * 1024


DEFAULT_LIMITS = Limits()


def run(resources: Any, payload: bytes, fmt: str | None = None, limits: Limits = DEFAULT_LIMITS) -> list[Outcome]:
    """process() plus the properties every input must have: ≥1 outcome, each valid and serialisable,
    reason codes from ``reasons.ALL`` and never ``internal_error`` (that is a bug)."""
    headers = {"filename": "hostile.bin"}
    if fmt:
        headers["format"] = fmt
    outcomes = process(RawItem(payload, headers), resources, limits, received_at="2026-01-01T00:00:00Z")
    assert outcomes, "no outcome"
    for o in outcomes:
        orjson.dumps(o.record)  # the worker serialises with orjson: must not raise
        validate_outcome(o.kind, o.record)
        if o.kind == "deadletter":
            reason = o.record["error"]["reason"]
            assert reason in reasons.ALL, reason
            assert reason != reasons.INTERNAL_ERROR, o.record["error"]["message"]
    return outcomes


def parse_directly(payload: bytes, fmt: str) -> None:
    """A parser called on its own raises ParseError or nothing (never RecursionError, TypeError ...)."""
    parser = registry.by_name(fmt)
    assert parser is not None
    with contextlib.suppress(ParseError):
        parser.parse(payload, {"format": fmt})


def run_every_parser(resources: Any, payload: bytes) -> None:
    """The payload forced through each parser, in the pipeline and on its own: no parser may crash on it."""
    for fmt in PARSERS:
        run(resources, payload, fmt)
        parse_directly(payload, fmt)


def reasons_of(outcomes: list[Outcome]) -> list[str]:
    return [o.record["error"]["reason"] if o.kind == "deadletter" else "article" for o in outcomes]


def bounded(fn: Callable[[], Any], *, seconds: float, megabytes: float) -> tuple[Any, float, float]:
    """Run ``fn`` and assert it stays under ``seconds`` and ``megabytes`` of new memory.

    Python allocations are traced (tracemalloc peak); libxml2 allocates outside Python, so the
    process high-water mark (``ru_maxrss``) must not grow by more than the same budget either.
    """
    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB (Linux)
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        result = fn()
        elapsed = time.perf_counter() - t0
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss0
    assert elapsed < seconds, f"took {elapsed:.2f}s (limit {seconds}s)"
    assert peak / MB < megabytes, f"Python peak {peak / MB:.1f} MB (limit {megabytes} MB)"
    assert rss_growth < megabytes, f"process RSS grew {rss_growth:.1f} MB (limit {megabytes} MB)"
    return result, elapsed, peak / MB


# ── empty, random, undecodable ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "payload",
    [b"", b" ", b"\n\n\t  \r\n", b"\x00" * 64, b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"],
    ids=["empty", "space", "whitespace", "nuls", "bom", "bom-space"],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_and_whitespace_only(resources: Any, payload: bytes, fmt: str | None) -> None:
    outcomes = run(resources, payload, fmt)
    assert reasons_of(outcomes) == [reasons.EMPTY]


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes(resources: Any, seed: int) -> None:
    payload = random.Random(seed).randbytes(4096)
    assert reasons_of(run(resources, payload)) in ([reasons.UNDECODABLE], [reasons.UNKNOWN_FORMAT])
    run_every_parser(resources, payload)


INVALID_UTF8 = {
    "text": b"Minister opens new road\n\nJAKARTA (ANTARA) - The minister \xc3\x28 opened \xff\xfe a road "
    b"\xed\xa0\x80 (an encoded surrogate) and \xf8\x88\x80\x80\x80 (a 5-byte form) on Monday.\n",
    "xml": b'<?xml version="1.0" encoding="UTF-8"?><nitf><body><body.head><hedline><hl1>Caf\xe9 \xed\xa0\x80'
    b"</hl1></hedline></body.head><body.content><p>M\xfcller said \xc3\x28 yes.</p></body.content>"
    b"</body></nitf>",
    "json": b'{"uri": "urn:x:1", "type": "text", "headline": "Caf\xe9 \xed\xa0\x80", "body_text": "M\xfcller"}',
    "json-escaped-surrogate": b'{"uri": "urn:x:2", "type": "text", "headline": "lone \\ud800 surrogate", '
    b'"body_text": "body \\udc00 text long enough to be an article body."}',
    "records-escaped-surrogate": b'[{"title": "lone \\ud83d", "content": "body \\udc00 text of a record."}]',
}


@pytest.mark.parametrize("name", list(INVALID_UTF8))
def test_invalid_utf8(resources: Any, name: str) -> None:
    payload = INVALID_UTF8[name]
    for o in run(resources, payload):
        # lone surrogates must not reach a record: orjson (the worker's encoder) would refuse it
        orjson.dumps(o.record)
    run_every_parser(resources, payload)


NUL_PAYLOADS = {
    "text": b"Headline with\x00 a NUL\n\nJAKARTA (ANTARA) - Body\x00 text with NUL\x00 bytes, said the minister.\n",
    "xml-raw-nul": b'<?xml version="1.0"?><nitf><body><body.head><hedline><hl1>A\x00B</hl1></hedline>'
    b"</body.head><body.content><p>Text</p></body.content></body></nitf>",
    "xml-charref-nul": b'<?xml version="1.0"?><nitf><body><body.content><p>A&#0;B &#x1;</p></body.content>'
    b"</body></nitf>",
    "json-escaped-nul": b'{"uri": "urn:x:3", "type": "text", "headline": "Nul\\u0000 headline", '
    b'"body_text": "Body \\u0000 text that is long enough to count as a body."}',
    "json-raw-nul": b'{"uri": "urn:x:4", "type": "text", "headline": "Nul\x00 headline", "body_text": "Body"}',
    "utf16-with-nuls": "Headline\n\nJAKARTA (ANTARA) - Body text in UTF-16.\n".encode("utf-16-le"),
}


@pytest.mark.parametrize("name", list(NUL_PAYLOADS))
def test_nul_bytes(resources: Any, name: str) -> None:
    payload = NUL_PAYLOADS[name]
    for o in run(resources, payload):
        if o.kind == "article":  # a NUL must not survive into a published article
            assert "\x00" not in orjson.dumps(o.record).decode("utf-8").replace("\\u0000", "\x00")
    run_every_parser(resources, payload)


# ── XML: truncation, entity bombs, external references ──────────────────────────────────────────────────


def test_truncated_xml(resources: Any, fixtures: Path) -> None:
    whole = (fixtures / "xml" / "iptc_listing2_text_document.xml").read_bytes()
    assert reasons_of(run(resources, whole)) == ["article"]
    truncated = (fixtures / "xml" / "truncated.xml").read_bytes()
    assert reasons_of(run(resources, truncated)) == [reasons.MALFORMED_XML]
    end = whole.rindex(b"</newsItem>")
    for cut in (60, 200, len(whole) // 3, len(whole) // 2, end, end + 5):
        outcomes = run(resources, whole[:cut])
        assert reasons_of(outcomes) == [reasons.MALFORMED_XML], (cut, reasons_of(outcomes))
        for fmt in XML_PARSERS:
            run(resources, whole[:cut], fmt)
            parse_directly(whole[:cut], fmt)


def billion_laughs(root: str = "newsItem", levels: int = 10) -> bytes:
    decl = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(1, levels)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n{chr(10).join(decl)}\n]>\n'
        f'<{root} guid="urn:x:lol" version="1"><contentMeta><headline>&lol{levels - 1};</headline>'
        f"</contentMeta></{root}>"
    ).encode()


def quadratic_blowup(root: str = "nitf", size: int = 100_000, refs: int = 20_000) -> bytes:
    """One 100 kB entity referenced 20,000 times: 2 GB if expanded, 160 kB on the wire."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY a "{"A" * size}">]>\n'
        f"<{root}><body><body.content><p>{'&a;' * refs}</p></body.content></body></{root}>"
    ).encode()


def parameter_laughs(root: str = "nitf") -> bytes:
    """Billion laughs built from parameter entities (expanded inside the DTD itself)."""
    decl = ['<!ENTITY % p0 "lol">'] + [
        f'<!ENTITY % p{i} "{"".join(f"&#37;p{i - 1};" for _ in range(10))}">' for i in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n{chr(10).join(decl)}\n<!ENTITY x "%p9;">\n]>\n'
        f"<{root}><body><body.content><p>&x;</p></body.content></body></{root}>"
    ).encode()


BOMBS: dict[str, Callable[[], bytes]] = {
    "billion-laughs": billion_laughs,
    "billion-laughs-nitf": lambda: billion_laughs("nitf"),
    "billion-laughs-rss": lambda: billion_laughs("rss"),
    "billion-laughs-utf16": lambda: (
        billion_laughs().decode().replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>').encode("utf-16")
    ),
    "billion-laughs-after-comment": lambda: b"<!-- hi -->\n" + billion_laughs()[22:],
    "quadratic-blowup": quadratic_blowup,
    "quadratic-blowup-g2": lambda: quadratic_blowup("newsItem"),
    "parameter-entity-laughs": parameter_laughs,
}


@pytest.mark.parametrize("fmt", [None, *XML_PARSERS])
@pytest.mark.parametrize("bomb", list(BOMBS))
def test_entity_bombs_are_refused_in_bounded_time_and_memory(resources: Any, bomb: str, fmt: str | None) -> None:
    payload = BOMBS[bomb]()
    run(resources, payload, fmt)  # warm-up: parser objects, regexes; measured below
    outcomes, _elapsed, _peak = bounded(lambda: run(resources, payload, fmt), seconds=1.0, megabytes=50)
    assert reasons_of(outcomes) == [reasons.FORBIDDEN_XML_CONSTRUCT]
    if fmt:
        bounded(lambda: parse_directly(payload, fmt), seconds=1.0, megabytes=50)


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_entity_bombs_forced_through_non_xml_parsers_stay_bounded(resources: Any, bomb: str) -> None:
    """A bomb sent with a non-XML ``format`` header is just odd text: bounded, valid, never expanded."""
    payload = BOMBS[bomb]()
    for fmt in (p for p in PARSERS if p not in XML_PARSERS):
        outcomes, _elapsed, _peak = bounded(functools.partial(run, resources, payload, fmt), seconds=2.0, megabytes=50)
        assert b"lollollollollollollollollollol" not in b"".join(orjson.dumps(o.record) for o in outcomes)


@pytest.fixture
def secret_file(tmp_path: Path) -> tuple[Path, str]:
    """A local file whose content must never show up in any output (the marker is not in its path)."""
    marker = f"SECRET-{uuid.uuid4().hex}"
    path = tmp_path / "local-only.txt"
    path.write_text(f"{marker}\n")
    (tmp_path / "evil.dtd").write_text(f'<!ENTITY leak "{marker}">\n<!ENTITY % pleak "{marker}">\n')
    return path, marker


def _xxe_payloads(secret: Path) -> dict[str, bytes]:
    url = secret.as_uri()
    dtd = (secret.parent / "evil.dtd").as_uri()
    g2 = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:xxe" version="1">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>{h}</headline>'
        '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>'
        "<p>{b}</p></body.content></body></nitf></inlineXML></contentSet></newsItem>"
    )
    nitf = (
        "<nitf><body><body.head><hedline><hl1>{h}</hl1></hedline></body.head><body.content><p>{b}</p>"
        "</body.content></body></nitf>"
    )
    rss = (
        '<rss version="2.0"><channel><title>t</title><item><title>{h}</title>'
        "<description>{b}</description></item></channel></rss>"
    )
    xi = f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}" parse="text"/>'
    out = {
        "system-entity-g2": f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{url}">]>' + g2.format(h="H &xxe;", b="B &xxe;"),
        "system-entity-nitf": f'<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{url}">]>' + nitf.format(h="&xxe;", b="&xxe;"),
        "system-entity-rss": f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{url}">]>' + rss.format(h="&xxe;", b="&xxe;"),
        "parameter-entity": f'<!DOCTYPE nitf [<!ENTITY % x SYSTEM "{dtd}"> %x;]>'
        + nitf.format(h="&leak;", b="%pleak;"),
        "external-dtd": f'<!DOCTYPE nitf SYSTEM "{dtd}">' + nitf.format(h="Headline &leak;", b="Body &leak;"),
        "external-dtd-public": f'<!DOCTYPE nitf PUBLIC "-//x//y" "{dtd}">' + nitf.format(h="H &leak;", b="&leak;"),
        "xinclude-g2": g2.format(h="Headline", b=f"Body {xi}"),
        "xinclude-nitf": nitf.format(h=f"Headline {xi}", b=f"Body {xi}"),
        "xinclude-rss-escaped-html": rss.format(h="Headline", b=xi.replace("<", "&lt;").replace(">", "&gt;")),
        "xsl-stylesheet-pi": f'<?xml-stylesheet type="text/xsl" href="{url}"?>' + nitf.format(h="H", b="B"),
        "schema-location": nitf.replace(
            "<nitf>",
            f'<nitf xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="{url}">',
        ).format(h="H", b="B"),
    }
    payloads = {k: ('<?xml version="1.0" encoding="UTF-8"?>\n' + v).encode() for k, v in out.items()}
    payloads["utf16-system-entity"] = ('<?xml version="1.0" encoding="UTF-16"?>\n' + out["system-entity-nitf"]).encode(
        "utf-16"
    )
    html = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{url}">]><p>&xxe;</p><p>{xi}</p><iframe src="{url}"></iframe>'
    payloads["ninjs-body-html"] = orjson.dumps(
        {"uri": "urn:x:xxe", "type": "text", "headline": "Headline", "body_html": html}
    )
    payloads["records-html"] = orjson.dumps([{"title": "Headline", "content": html, "link": url}])
    return payloads


XXE_NAMES = list(_xxe_payloads(Path("/nonexistent/local-only.txt")))


@pytest.mark.parametrize("name", XXE_NAMES)
def test_external_references_never_leak_local_files(resources: Any, secret_file: tuple[Path, str], name: str) -> None:
    path, marker = secret_file
    payload = _xxe_payloads(path)[name]
    assert marker.encode() not in payload
    for fmt in FORMATS:
        for o in run(resources, payload, fmt):
            text = orjson.dumps(o.record)
            assert marker.encode() not in text, f"{name} leaked the file via {fmt or 'sniffing'}: {o.kind}"


# ── JSON: nesting, wrong types ──────────────────────────────────────────────────────────────────────────

DEEP_JSON = {
    "open-brackets": b"[" * 100_000,
    "open-objects": b'{"a":' * 100_000,
    "closed-brackets": b"[" * 50_000 + b"]" * 50_000,
    "deep-in-ninjs": b'{"uri": "urn:x:5", "type": "text", "headline": "H", "subject": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "deep-records": b'[{"title": "H", "content": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]",
}


@pytest.mark.parametrize("name", list(DEEP_JSON))
def test_deeply_nested_json(resources: Any, name: str) -> None:
    payload = DEEP_JSON[name]
    outcomes, _elapsed, _peak = bounded(lambda: run(resources, payload), seconds=2.0, megabytes=50)
    assert all(o.kind == "deadletter" for o in outcomes), reasons_of(outcomes)
    for fmt in ("ninjs", "jsonrecords"):
        outcomes = run(resources, payload, fmt)
        assert reasons_of(outcomes) == [reasons.MALFORMED_JSON], (fmt, reasons_of(outcomes))
        parse_directly(payload, fmt)


WRONG_TYPES: dict[str, object] = {
    "brief": {"headline": 42, "bodies": "x", "uri": {}},
    "ninjs3-everything-wrong": {
        "uri": {},
        "type": 5,
        "headline": 42,
        "bodies": "x",
        "version": [],
        "versioncreated": 5,
        "language": 7,
        "subjects": "x",
        "people": 1,
        "headlines": {"value": 1},
        "descriptions": [1, None],
        "byline": [],
    },
    "ninjs3-nested-wrong": {
        "uri": "urn:x:6",
        "headlines": [{"role": 1, "value": ["a"]}],
        "bodies": [{"contentType": 5, "value": {"x": 1}}, None, "body"],
        "subjects": [1, "x", {"name": 5, "uri": []}],
        "places": [None, {"geoJSON": 3}],
        "altids": {"x": 1},
        "associations": "x",
        "versioncreated": "yesterday",
    },
    "ninjs1-wrong": {
        "uri": "urn:x:7",
        "type": "text",
        "headline": {"a": 1},
        "body_text": 42,
        "byline": [],
        "located": 3,
        "language": ["en"],
        "pubstatus": 1,
        "urgency": "high",
        "versioncreated": True,
        "subject": [{"code": 7}],
        "description_text": ["x"],
    },
    "ninjs-numbers": {
        "uri": "urn:x:8",
        "type": "text",
        "headline": 1e308,
        "body_text": -0.0,
        "urgency": 1e999,
        "version": 1.5,
    },
    "records-wrong": [{"judul": 42, "isi": {"x": 1}, "tanggal": [], "link": 5, "sumber": None}],
    "records-mixed": [1, "x", None, [], {"title": ["a"], "content": 3.5, "published": {"y": 2024}}],
    "not-an-object": 42,
    "string": "just a string",
    "null": None,
}


@pytest.mark.parametrize("name", list(WRONG_TYPES))
def test_json_with_wrong_types(resources: Any, name: str) -> None:
    payload = (
        orjson.dumps(WRONG_TYPES[name])
        if name != "ninjs-numbers"
        else (
            b'{"uri": "urn:x:8", "type": "text", "headline": 1e308, "body_text": -0.0, "urgency": 1e999, '
            b'"version": 1.5}'
        )
    )
    run(resources, payload)
    for fmt in ("ninjs", "jsonrecords"):
        run(resources, payload, fmt)
        parse_directly(payload, fmt)


# ── size, boilerplate, cost ─────────────────────────────────────────────────────────────────────────────


def test_oversize_payload_rejected_before_parsing(resources: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = b"<" + b"x" * (50 * MB)
    limits = Limits(max_bytes=5 * MB)

    def no_parsing(*_args: object, **_kw: object) -> None:
        raise AssertionError("a payload over the limit reached the parser registry")

    monkeypatch.setattr(registry, "select", no_parsing)
    outcomes, elapsed, peak = bounded(lambda: run(resources, payload, limits=limits), seconds=0.1, megabytes=2)
    assert reasons_of(outcomes) == [reasons.TOO_LARGE]
    record = outcomes[0].record
    assert record["payloadSize"] == len(payload)
    assert "payload" not in record and record["payloadRef"]  # 50 MB never copied into the dead letter
    print(f"\n[hostile] 50 MB payload rejected as too_large in {elapsed * 1000:.1f} ms, peak {peak:.2f} MB")
    monkeypatch.undo()
    edge = Limits(max_bytes=1024)
    assert reasons_of(run(resources, b"a" * 1025, limits=edge)) == [reasons.TOO_LARGE]
    assert reasons_of(run(resources, b"a" * 1024, limits=edge)) != [reasons.TOO_LARGE]


BOILERPLATE = {
    "antara-footer": "Baca juga: Presiden resmikan jalan tol baru di Jawa Tengah\n\n"
    "Pewarta: Fulan Fulani\nEditor: Budi Santoso\nCopyright © ANTARA 2024\n",
    "one-line": "Baca juga: Presiden resmikan jalan tol\nPewarta: X Editor: Y Copyright © ANTARA 2024",
    "many-related": "".join(f"Baca juga: Berita terkait nomor {i} tentang ekonomi\n\n" for i in range(20))
    + "Pewarta: X\nEditor: Y\nCopyright © ANTARA 2024",
}


@pytest.mark.parametrize("name", list(BOILERPLATE))
def test_boilerplate_only_item_is_no_text(resources: Any, name: str) -> None:
    text = BOILERPLATE[name]
    assert reasons_of(run(resources, text.encode())) == [reasons.NO_TEXT]
    assert reasons_of(run(resources, text.encode(), "plaintext")) == [reasons.NO_TEXT]
    record = orjson.dumps([{"judul": "", "isi": text, "sumber": "antara"}])
    assert reasons_of(run(resources, record)) == [reasons.NO_TEXT]


def _quoted_story(paragraphs: int) -> bytes:
    """An ANTARA-style story where every paragraph quotes a different named official."""
    rng = random.Random(5)
    syllables = ["ka", "ri", "mo", "to", "san", "de", "wi", "lu", "pra", "bo", "gan", "ti", "nur", "ha", "di"]

    def name() -> str:
        return " ".join("".join(rng.choice(syllables) for _ in range(3)).capitalize() for _ in range(2))

    paras = [
        f'Menteri {name()} mengatakan "kami akan membangun {i} jalan baru tahun ini" kepada wartawan.'
        for i in range(paragraphs)
    ]
    return ("Rencana jalan\n\nJAKARTA (ANTARA) - " + "\n\n".join(paras)).encode()


def test_long_item_costs_linear_time(resources: Any) -> None:
    """A 100 kB item (1,000 quoted paragraphs, 1,000 people) must not cost seconds: the size limit is
    5 MB, so anything quadratic in the text lets one item stall a partition for hours."""
    small, large = _quoted_story(250), _quoted_story(1000)
    t0 = time.perf_counter()
    run(resources, small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    run(resources, large)
    t_large = time.perf_counter() - t0
    print(f"\n[hostile] quoted story: {len(small) // 1024} kB {t_small:.2f}s, {len(large) // 1024} kB {t_large:.2f}s")
    assert t_large < 3.0, f"{len(large) // 1024} kB took {t_large:.1f}s (250 paragraphs: {t_small:.2f}s)"
    assert t_large < max(8 * t_small, 0.5), f"4x the text cost {t_large / t_small:.0f}x the time (quadratic)"


ANPA_ITEM = (
    b"\x16\x16\x01W2870\x1fasian\nf l\x13\x11 BC-LT--Argentina-Cancer   11-13 1049\n"
    b"\x02^Mirrors can hurt, patients say<\n\t   BUENOS AIRES, Argentina (AP) _ Body text of the story "
    b"goes here.\n \n\n\t   \x03AP-WF-%s 1509GMT<\n\n\x0c\n\x04"
)


@pytest.mark.parametrize("date", [b"11-13-13", b"22-13-13", b"02-30-13", b"00-00-00"])
def test_anpa_trailer_with_impossible_date(resources: Any, date: bytes) -> None:
    """Found by atheris: a damaged ANPA trailer date must not escape the parser as a ValueError."""
    payload = ANPA_ITEM % date
    assert registry.select(payload, {}).name == "anpa"
    parse_directly(payload, "anpa")
    run(resources, payload)


@pytest.mark.parametrize("image", ["https://cdn.example.com/a b.jpg", "not a url at all", "https://x/\n.jpg", "  "])
def test_record_with_broken_image_url(resources: Any, image: str) -> None:
    """Found by the fuzz (spliced CSV/JSON rows): a scraped image "URL" with spaces must not become an
    invalid ``associations[].uri`` (the article would break its contract)."""
    body = "JAKARTA (ANTARA) - Pemerintah membuka jalan tol baru di Jawa Tengah pada Senin, kata menteri."
    run(resources, orjson.dumps([{"judul": "Jalan tol baru dibuka", "isi": body, "gambar_url": image}]))
    csv = f'Judul,Ringkasan,URL Gambar\nJalan tol baru dibuka,"{body}","{image}"\n'.encode()
    run(resources, csv)
