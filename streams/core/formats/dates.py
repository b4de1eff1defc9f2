"""Date strings found in wire and scraped formats → RFC 3339 UTC (``...Z``).

Parsers carry dates as strings; this module is the one place that reads the many shapes they come in
(ISO 8601 with or without offset, RFC 822 from RSS/e-mail, Indonesian site dates such as
``Selasa, 20 Mei 2025 00:30 WIB``). Every function returns ``None`` on anything it cannot read:
a bad date must never reject an item.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

UTC = dt.UTC

# Indonesian (and English, for mixed sites) month names and abbreviations → month number.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "peb", "pebruari"),
        ("maret", "march", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "ags", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov", "nop"),
        ("desember", "december", "des", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

# Indonesian time zones; the site dates carry these abbreviations instead of offsets.
ZONES: dict[str, dt.timezone] = {
    "wib": dt.timezone(dt.timedelta(hours=7)),
    "wita": dt.timezone(dt.timedelta(hours=8)),
    "wit": dt.timezone(dt.timedelta(hours=9)),
    "utc": UTC,
    "gmt": UTC,
    "z": UTC,
}
DEFAULT_LOCAL_ZONE = ZONES["wib"]  # Indonesian-named dates without a zone are Jakarta time

_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", re.I)
#: The earliest year a source date may carry (see :func:`format_utc`).
MIN_YEAR = 1000
#: Real UTC offsets run from -12:00 to +14:00.
MAX_OFFSET_HOURS = 14

_LOCAL = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})"
    r"(?:[^\d]{0,12}?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"\s*(?P<zone>WITA|WIB|WIT|UTC|GMT|Z|[+-]\d{2}:?\d{2})?",
    re.I,
)


def format_utc(value: dt.datetime) -> str | None:
    """RFC 3339 in UTC with a ``Z``; milliseconds only when the source had a fraction.

    ``None`` for an instant outside the years 1000-9999 in UTC: no wire item is that old, such a stamp
    is damage, and RFC 3339 has no form for it (``strftime`` wrote ``700-08-03``, ``astimezone`` raised
    OverflowError at the calendar's ends; the fuzzers found both).
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC)
    except OverflowError:
        return None
    if not MIN_YEAR <= value.year <= 9999:
        return None
    stamp = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    if value.microsecond:
        return f"{stamp}.{value.microsecond // 1000:03d}Z"
    return stamp + "Z"


def _safe(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, tz: dt.tzinfo | None = UTC
) -> dt.datetime | None:
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str, local: dt.tzinfo | None = None) -> str | None:
    """ISO 8601 / RFC 3339 (``+0000`` and naive times tolerated). A naive time of day is in ``local`` (the
    provider's home zone, :mod:`streams.core.formats.zones`), else UTC; a date alone stays that UTC day."""
    text = text.strip()
    if not _ISO_LIKE.match(text):
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        return None
    if local is not None and value.tzinfo is None and len(text) > 10:
        value = value.replace(tzinfo=local)
    return format_utc(value)


def parse_rfc822(text: str) -> str | None:
    """RFC 822/2822 (RSS ``pubDate``, e-mail, the ANTARA scraper CSV): ``Mon, 03 Aug 2026 14:03:28 +0700``."""
    try:
        value = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if value is None:
        return None
    return format_utc(value)


def parse_local(text: str) -> str | None:
    """Day-month-name-year dates as Indonesian sites print them, zone WIB/WITA/WIT or an offset.

    ``Selasa, 20 Mei 2025 00:30 WIB``, ``20 Mei 2025 | 00.06 WIB``, ``Diperbarui 17 Mei 2025, 09:14 WIB``.
    Without a zone the time is taken as WIB.
    """
    match = _LOCAL.search(text)
    if not match:
        return None
    month = MONTHS.get(match["month"].lower())
    if month is None:
        return None
    zone_text = (match["zone"] or "").lower()
    tz: dt.tzinfo
    if zone_text in ZONES:
        tz = ZONES[zone_text]
    elif zone_text:
        sign = 1 if zone_text[0] == "+" else -1
        digits = zone_text[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > MAX_OFFSET_HOURS or minutes > 59:
            return None  # no zone on Earth is +36:00; a date with one is not a date
        tz = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    else:
        tz = DEFAULT_LOCAL_ZONE
    value = _safe(
        int(match["year"]),
        month,
        int(match["day"]),
        int(match["hour"] or 0),
        int(match["minute"] or 0),
        int(match["second"] or 0),
        tz,
    )
    return format_utc(value) if value else None


def parse_any(value: object) -> str | None:
    """Whatever date shape a loosely typed source gave us (ISO, RFC 822, local, epoch seconds/ms)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return format_utc(dt.datetime.fromtimestamp(seconds, UTC))
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    return parse_iso(value) or parse_rfc822(value) or parse_local(value)
