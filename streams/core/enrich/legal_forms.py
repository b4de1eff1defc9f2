"""Company legal forms, shared by entities (a run ending in one is one company name: "Fruit of the Loom
Inc") and subjects (an organisation ending in one makes company news: economy).

Chosen by hand by the project (common legal-form abbreviations of English, German, Dutch, Indonesian,
Malaysian, Italian, Japanese and Swedish company names), same licence as the repository.
"""

from __future__ import annotations

LEGAL_FORMS: frozenset[str] = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc", "AG", "SA", "NV", "BV", "GmbH", "Tbk", "Bhd", "SpA", "KK", "AB"}
    | {"L.P", "LP", "LLP", "Corporation", "Company", "Limited", "Incorporated", "Incorp"}
)
# words that end a company's name though they are no legal form ("Bankers Trust Cos", "First Bancorp",
# "Delta Air Lines"): enough for subjects' company news, not a name boundary for entities
COMPANY_ENDINGS: frozenset[str] = frozenset({"Cos", "Bancorp", "Bancshares", "Airlines"})
