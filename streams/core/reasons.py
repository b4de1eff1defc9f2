"""Stable dead-letter reason codes. Subscribers and alert rules key on these; never rename one."""

from __future__ import annotations

EMPTY = "empty"  # zero bytes or whitespace only
TOO_LARGE = "too_large"  # over the size limit, rejected before parsing
UNKNOWN_FORMAT = "unknown_format"  # no parser recognised the bytes
MALFORMED_XML = "malformed_xml"  # XML that does not parse
MALFORMED_JSON = "malformed_json"  # JSON that does not parse or has the wrong shape
MALFORMED_SGML = "malformed_sgml"  # SGML/ANPA/7901 framing that cannot be read
FORBIDDEN_XML_CONSTRUCT = "forbidden_xml_construct"  # DTD, entity declarations, external references
UNDECODABLE = "undecodable"  # bytes that are not text in any supported encoding
NO_TEXT = "no_text"  # parsed, but neither headline nor body remain
NOT_AN_ARTICLE = "not_an_article"  # a valid document of a non-text kind (picture, concept, planning ...)
INTERNAL_ERROR = "internal_error"  # a bug: the core raised something unexpected

ALL = (
    EMPTY,
    TOO_LARGE,
    UNKNOWN_FORMAT,
    MALFORMED_XML,
    MALFORMED_JSON,
    MALFORMED_SGML,
    FORBIDDEN_XML_CONSTRUCT,
    UNDECODABLE,
    NO_TEXT,
    NOT_AN_ARTICLE,
    INTERNAL_ERROR,
)
