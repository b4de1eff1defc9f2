"""A package (ninjs ``composite``) and its members: what a subscriber gets for the package depends on what
became of each member.

* A member delivered in the same container that went to dead-letter leaves the package's association
  pointing at nothing a subscriber will ever receive. :func:`unlink_dead` drops such an association when its
  uri is only an identifier (``urn:``, ``tag:``: it resolves through the published member alone), keeps it
  when the uri is a web link (the picture itself is there), and lists every such member with its reason in
  ``ext.unpublishedMembers``.
* ninjs's ``people``, ``organisations`` and ``places`` of an item are those its content mentions; a package's
  content is its members. :func:`roll_up` gives each association that carries its own text (a headline,
  caption or summary and no separately published member) the entities of that text, and the package the
  union of its own, those associations' and its published members' entities (a Reuters picture package
  "Confident Assad launches new term" whose captions name Bashar al-Assad: the package names him too), and
  their countries in ``ext.countries``/``ext.countriesMentioned`` (not of a headline-only association's).
* A package's subjects are what its members share: :func:`roll_up` hands the same members to the subjects
  enricher (``subjects.package_topics``: a topic most of the members with a topic carry).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from streams.core.model import MEDIA_TYPES, Article, ParsedItem

ENTITY_FIELDS = ("people", "organisations", "places")
COUNTRY_FIELDS = ("countries", "countriesMentioned")  # ``ext``'s codes of the places above
_TEXT_FIELDS = ("headlines", "descriptions", "bodies")


def no_content_message(item: ParsedItem) -> str:
    """Why an item with nothing to publish is a dead letter, in the terms of its type (a picture has no
    body text to lack: it lacks a caption or a link to the file)."""
    if item.kind in MEDIA_TYPES:
        return f"{item.kind} with neither headline, caption nor a rendition that links to the file"
    if item.kind == "composite":
        return "package with neither headline, text nor a member left after cleaning"
    return "neither headline nor body text remain after cleaning"


def _is_web_link(uri: str) -> bool:
    return uri.lower().startswith(("http://", "https://"))


def unlink_dead(article: Article, dead: Mapping[str, tuple[str, str]]) -> bool:
    """Record in ``ext.unpublishedMembers`` each association whose member (same uri) went to dead-letter
    with ``dead[uri] = (reason, message)``, and drop it unless its uri is a web link. False when the package
    is left with no association and no text of its own: nothing to publish."""
    kept, unpublished = [], []
    for assoc in article.get("associations", ()):
        uri = str(assoc.get("uri", ""))
        if uri not in dead:
            kept.append(assoc)
            continue
        reason, message = dead[uri]
        web = _is_web_link(uri)
        unpublished.append({"name": assoc.get("name"), "uri": uri, "reason": reason, "message": message, "kept": web})
        if web:
            kept.append(assoc)
    if not unpublished:
        return True
    article["ext"]["unpublishedMembers"] = unpublished
    if kept:
        article["associations"] = kept
    else:
        article.pop("associations", None)
    return bool(kept) or any(article.get(f) for f in ("bodies", "descriptions")) or _own_headline(article)


def _own_headline(article: Article) -> bool:
    """A headline the source gave (not one the pipeline derived for an item without)."""
    return bool(article.get("headlines")) and "headline" not in article["ext"].get("derived", ())


def _keys(entity: Mapping[str, Any]) -> set[str]:
    """An entity's uri and name: one the package holds under either is held (the source's Italy with an ISO
    code uri, the gazetteer's with a GeoNames one)."""
    return {str(entity[k]).casefold() for k in ("uri", "name") if entity.get(k)}


def _merge(article: Article, field: str, found: list[dict[str, Any]]) -> None:
    """Add ``found`` entities to ``article[field]`` that it does not hold yet (same uri or same name); a
    member's ``located`` place is only mentioned in the package."""
    have = list(article.get(field, ()))
    seen = set().union(*(_keys(e) for e in have))
    for entity in found:
        keys = _keys(entity)
        if not keys or keys & seen:
            continue
        seen |= keys
        entity = dict(entity)
        if field == "places" and entity.get("rel") == "located":
            entity["rel"] = "mentioned"
        have.append(entity)
    if have:
        article[field] = have


Enricher = Callable[[Article], None]


Topics = Callable[[Article, list[Article]], None]


def roll_up(package: Article, published: Mapping[str, Article], enrich: Enricher, topics: Topics | None = None) -> None:
    """Entities for a package from its members (see the module docstring). ``published``: the articles of
    the same container by uri; ``enrich`` enriches an article in place (the pipeline's, with its resources);
    ``topics(package, members)`` gives the package subjects from its members' (``subjects.package_topics``).
    An association with a published member gets nothing added (the member carries its own)."""
    members: list[Article] = []
    found: dict[str, list[dict[str, Any]]] = {f: [] for f in ENTITY_FIELDS}
    countries: dict[str, set[str]] = {f: set() for f in COUNTRY_FIELDS}
    for assoc in package.get("associations", ()):
        member = published.get(str(assoc.get("uri", "")))
        headline_only = False
        if member is None and any(assoc.get(f) for f in _TEXT_FIELDS):
            member = _enriched_text(assoc, package, enrich)
            headline_only = not any(assoc.get(f) for f in ("descriptions", "bodies"))
            if headline_only:
                _countries_only(member)
            for f in ENTITY_FIELDS:
                if member.get(f):
                    assoc[f] = member[f]
            if member.get("language") and not assoc.get("language"):
                assoc["language"] = member["language"]  # read from its text: a subscriber's default is none
        if member is not None:
            members.append(member)
            for f in ENTITY_FIELDS:
                found[f] += member.get(f, ())
            if not headline_only:  # a headline alone reads no town, so no country of one
                for f in COUNTRY_FIELDS:
                    countries[f].update(member.get("ext", {}).get(f, ()))
    for f in ENTITY_FIELDS:
        _merge(package, f, found[f])
    ext = package.setdefault("ext", {})
    for f in COUNTRY_FIELDS:  # a member's caption's Washington makes the package's countries name the US too
        if countries[f] - set(ext.get(f, ())):
            ext[f] = sorted(countries[f].union(ext.get(f, ())))
    if package.get("people"):
        package["people"] = _surnames_folded(package["people"])
    if topics is not None:
        topics(package, members)


def _countries_only(member: Article) -> None:
    """A headline alone is too little context to read a town from a word that is also a surname ("BOJ
    nominee Kuroda …" is no Kuroda in Japan, "Obama …" no Obama in Fukui): of a headline-only association,
    keep the countries (places without a point) and no town."""
    places = [p for p in member.get("places", ()) if "geoJSON" not in p]
    if places:
        member["places"] = places
    else:
        member.pop("places", None)


def _surnames_folded(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a one-word name that ends another of the package's names ("Assad" beside "Bashar al-Assad",
    each from its own member): one person, as the enrichers give it within a story."""
    ends = set()
    for person in people:
        words = str(person.get("name", "")).replace("-", " ").split()
        if len(words) > 1:
            ends.add(words[-1].casefold())
    return [p for p in people if " " in str(p.get("name", "")).strip() or str(p.get("name", "")).casefold() not in ends]


def _enriched_text(assoc: Mapping[str, Any], package: Article, enrich: Enricher) -> Article:
    """The association's headline, caption/summary and body enriched as an article of its own."""
    member: Article = {f: [dict(part) for part in assoc[f]] for f in _TEXT_FIELDS if assoc.get(f)}
    member["uri"] = assoc.get("uri", "")
    member["type"] = assoc.get("type") or "text"
    language = assoc.get("language") or package.get("language")
    if language:
        member["language"] = language
    member["ext"] = {}
    enrich(member)
    return member
