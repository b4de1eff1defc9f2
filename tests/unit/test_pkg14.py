"""Session 14 (branch pkg14, issue #15): packages and their members. A package's people, organisations and
places come from its members (ninjs: what its content mentions; a package's content is its members): an
association with its own headline/caption gets the entities of that text, the package their union with its
published members'. A package whose member went to dead-letter no longer points at it silently
(``ext.unpublishedMembers``; a package left with nothing is a dead letter that names its members), and a
media member with nothing to publish gets a reason in its own terms. Inputs are small and shaped like the
corpus items each test names (LISTING_6, 007_emptynewsmessage, ninjs 003); the corpus tests skip without it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, process, process_batch
from tests import contract
from tests.conftest import CORPUS

RECEIVED = "2026-12-07T00:00:00Z"
G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def _raw(payload: bytes, name: str) -> RawItem:
    return RawItem(payload, {"filename": name, "received-at": RECEIVED}, Origin(filename=name))


def _outcomes(resources: object, payload: bytes, name: str) -> list[Outcome]:
    out = process(_raw(payload, name), resources)  # type: ignore[arg-type]
    for o in out:
        if o.kind == "article":
            assert not contract.article_errors(o.record)
    return out


def _names(record: dict[str, Any], field: str) -> list[str]:
    return [e["name"] for e in record.get(field, ())]


def _package(refs: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<packageItem {G2} guid="tag:example.com,2026:pkg-1" version="1">
  <itemMeta><itemClass qcode="ninat:composite"/><provider qcode="nprov:Example"/>
    <versionCreated>2026-12-06T10:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline xml:lang="en">Top stories</headline></contentMeta>
  <groupSet root="G1"><group id="G1" role="group:main">{refs}</group></groupSet>
</packageItem>""".encode()


def _ref(uri: str, kind: str, title: str, description: str = "") -> str:
    desc = f'<description role="drol:caption">{description}</description>' if description else ""
    return f'<itemRef residref="{uri}"><itemClass qcode="ninat:{kind}"/><title>{title}</title>{desc}</itemRef>'


def test_package_takes_its_members_people(resources: object) -> None:
    refs = _ref("urn:example:a", "text", "Budget talks resume", "Finance Minister Margaret Holloway met union leaders")
    refs += _ref("urn:example:b", "picture", "Protest outside parliament", "Union leader Thomas Brenner speaks")
    (package,) = [o.record for o in _outcomes(resources, _package(refs), "pkg.xml")]
    assert {"Margaret Holloway", "Thomas Brenner"} <= set(_names(package, "people"))
    first, second = package["associations"]
    assert "Margaret Holloway" in _names(first, "people") and "Margaret Holloway" not in _names(second, "people")


def test_headline_only_member_gives_no_town(resources: object) -> None:
    """A headline alone reads a surname as a town (snep.xml: "BOJ nominee Kuroda …" → Kuroda, Japan)."""
    refs = _ref("urn:example:a", "text", "BOJ nominee Kuroda sets out aggressive policy ideas")
    (package,) = [o.record for o in _outcomes(resources, _package(refs), "pkg.xml")]
    assert all("geoJSON" not in p for p in package.get("places", ()))


def test_surname_folded_into_full_name(resources: object) -> None:
    refs = _ref(
        "urn:example:a", "picture", "Syria's President Bashar al-Assad is sworn in", "Bashar al-Assad in Damascus"
    )
    refs += _ref("urn:example:b", "text", "Confident Assad launches new term", "Assad was sworn in on Wednesday")
    (package,) = [o.record for o in _outcomes(resources, _package(refs), "pkg.xml")]
    people = _names(package, "people")
    assert "Bashar al-Assad" in people and "Assad" not in people


def _message(member_body: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage {G2}><header><sent>2026-12-06T10:00:00Z</sent></header><itemSet>
  <packageItem guid="urn:example:pkg" version="1"><itemMeta><itemClass qcode="ninat:composite"/>
    <provider qcode="nprov:Example"/><versionCreated>2026-12-06T10:00:00Z</versionCreated></itemMeta>
    <groupSet root="G1"><group id="G1"><itemRef residref="urn:example:N1"/></group></groupSet></packageItem>
  <newsItem guid="urn:example:N1" version="1"><itemMeta><itemClass qcode="ninat:text"/>
    <provider qcode="nprov:Example"/><versionCreated>2026-12-06T10:00:00Z</versionCreated></itemMeta>
    <contentMeta>{member_body}</contentMeta></newsItem>
</itemSet></newsMessage>""".encode()


def test_package_whose_only_member_is_dead_is_dead_too(resources: object) -> None:
    """007_emptynewsmessage: the package was published pointing at a member nobody receives."""
    package, member = _outcomes(resources, _message(""), "msg.xml")
    assert member.kind == "deadletter" and package.kind == "deadletter"
    assert "urn:example:N1" in package.record["error"]["message"]


def test_package_with_a_live_member_keeps_its_association(resources: object) -> None:
    package, member = _outcomes(resources, _message("<headline>Storm closes the harbour</headline>"), "msg.xml")
    assert package.kind == member.kind == "article"
    assert [a["uri"] for a in package.record["associations"]] == [member.record["uri"]]
    assert "unpublishedMembers" not in package.record["ext"]


def _ninjs_package() -> bytes:
    """Shaped like IPTC's ninjs 003 example: members with rendition names and no link."""
    assoc = [
        {"name": n, "uri": f"http://media.example.com/{n}.jpg", "type": t, "renditions": [{"name": "thumbnail"}]}
        for n, t in (("logo", "graphic"), ("photo", "picture"))
    ]
    item = {"uri": "http://example.com/news/1", "type": "composite", "headlines": [{"value": "New workstation range"}]}
    return json.dumps({**item, "associations": assoc}).encode()


def test_media_member_reason_and_package_note(resources: object) -> None:
    package, *members = _outcomes(resources, _ninjs_package(), "003.json")
    assert [m.kind for m in members] == ["deadletter", "deadletter"]
    messages = [m.record["error"]["message"] for m in members]
    assert messages[0].startswith("graphic ") and messages[1].startswith("picture ")
    assert all("body text" not in m for m in messages)
    notes = package.record["ext"]["unpublishedMembers"]
    assert [n["name"] for n in notes] == ["logo", "photo"] and all(n["kept"] for n in notes)
    assert len(package.record["associations"]) == 2  # web links: the files are still there


def test_batch_gives_what_process_gives(resources: object) -> None:
    refs = _ref("urn:example:a", "text", "Budget talks resume", "Finance Minister Margaret Holloway met union leaders")
    payloads = [
        _package(refs),
        _message(""),
        _message("<headline>Storm closes the harbour</headline>"),
        _ninjs_package(),
    ]
    raws = [_raw(p, f"in{i}") for i, p in enumerate(payloads)]

    def strip(outs: list[Outcome]) -> list[tuple[str, str]]:
        return [(o.kind, json.dumps(o.record, sort_keys=True)) for o in outs]

    one = [strip(process(r, resources)) for r in raws]  # type: ignore[arg-type]
    batch = [strip(o) for o in process_batch(raws, resources)]  # type: ignore[arg-type]
    assert one == batch


def _corpus(path: str) -> bytes:
    file = CORPUS / path
    if not file.exists():
        pytest.skip(f"corpus file {path} absent (../shared/corpus)")
    return file.read_bytes()


def test_reuters_picture_package_names_assad(resources: object) -> None:
    payload = _corpus("superdesk-core-fixtures/tag_reuters.com_2014_newsml_KBN0FL0NM_version_10")
    (package,) = [o.record for o in _outcomes(resources, payload, "KBN0FL0NM") if o.kind == "article"]
    assert "Bashar al-Assad" in _names(package, "people")


def test_emptynewsmessage_every_index_has_an_outcome(resources: object) -> None:
    payload = _corpus("iptc-python-newsmlg2-testfiles/007_emptynewsmessage.xml")
    outs = _outcomes(resources, payload, "007.xml")
    assert [o.kind for o in outs] == ["deadletter", "deadletter"]
    assert [o.record["origin"]["index"] for o in outs] == [0, 1]
