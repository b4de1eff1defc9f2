"""Home time zones of agencies whose feeds write wall-clock times without a zone.

Why: a NITF ``date.issue norm="20150220T135142"`` from AAP is 13:51 in Sydney, not in Greenwich; read as UTC it
put a Friday-afternoon finance round-up after midnight on Saturday, eleven hours late. Superdesk's own parsers do
the same for STT ("when there is no timezone info, assume it's Helsinki timezone") and AFP. Only agencies whose
zone-less times the corpus shows to be local are listed; any other provider's zone-less time stays UTC, as ISO
8601 readers do. Zones come from the IANA database through :mod:`zoneinfo` (the ``tzdata`` wheel where the host
has none); a zone that cannot be loaded leaves the time as UTC rather than fail the item.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

HOME_ZONES = {
    "aap": "Australia/Sydney",  # Australian Associated Press: NITF date.issue/release/expire
    "ntb": "Europe/Oslo",  # Norsk Telegrambyrå: NITF date.issue (its pubdata carries the same wall clock)
    "stt": "Europe/Helsinki",  # STT-Info: NewsML-G2 firstCreated/versionCreated
}


@functools.cache
def home_zone(provider: str | None) -> dt.tzinfo | None:
    """The zone a provider's zone-less times are written in, or None (read them as UTC)."""
    name = HOME_ZONES.get((provider or "").strip().lower())
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
