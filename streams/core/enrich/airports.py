"""Airports named after people, and the towns they serve (session 14, issue #15).

"New York's Kennedy Airport", "Bandara Soekarno-Hatta", "O'Hare International Airport": the name before the
airport's word is a person's, not a place ("Kennedy" is also a Bogotá locality of a million people, which the
place stage otherwise found in a US airline story). The place a reader takes from it is the airport's town.
The table is written for this project from general knowledge (GeoNames ids of the towns: CC BY 4.0, as in
``gazetteer.json``); it lists the busiest airports whose names are people's, not every airport.
"""

from __future__ import annotations

import re

# the person's name as copy writes it before the airport's word (or after "Bandara") -> GeoNames id of the town
AIRPORT_TOWNS: dict[str, int] = {
    **dict.fromkeys(("Kennedy", "John F. Kennedy", "John F Kennedy", "JFK", "LaGuardia", "La Guardia"), 5128581),
    **dict.fromkeys(("O'Hare", "O’Hare"), 4887398),  # Chicago
    **dict.fromkeys(("Dulles", "Reagan", "Ronald Reagan", "Ronald Reagan Washington National"), 4140963),
    "Logan": 4930956,  # Boston
    **dict.fromkeys(("Hartsfield-Jackson", "Hartsfield"), 4180439),  # Atlanta
    "George Bush": 4699066,  # Houston ("George Bush Intercontinental Airport")
    **dict.fromkeys(("Charles de Gaulle", "Charles-de-Gaulle"), 2988507),  # Paris
    **dict.fromkeys(("Soekarno-Hatta", "Soekarno Hatta", "Soetta"), 1625084),  # Tangerang
    "Halim Perdanakusuma": 1642911,  # Jakarta
    **dict.fromkeys(("Ngurah Rai", "I Gusti Ngurah Rai"), 1645528),  # Denpasar
    "Juanda": 1625822,  # Surabaya
    "Sultan Hasanuddin": 1622786,  # Makassar
    **dict.fromkeys(("Adisutjipto", "Adisucipto"), 1621177),  # Yogyakarta
    "Husein Sastranegara": 1650357,  # Bandung
    "Sultan Iskandar Muda": 1215502,  # Banda Aceh
    "Sultan Mahmud Badaruddin II": 1633070,  # Palembang
    "Ahmad Yani": 1627896,  # Semarang
    "Sam Ratulangi": 1636544,  # Manado
    "Sultan Aji Muhammad Sulaiman": 1650527,  # Balikpapan
    "Syamsudin Noor": 1650213,  # Banjarmasin
    "El Tari": 2057087,  # Kupang
    "Pattimura": 1651531,  # Ambon
    **dict.fromkeys(("Adi Soemarmo", "Adi Sumarmo"), 1625812),  # Surakarta
    "Sultan Syarif Kasim II": 1631761,  # Pekanbaru
    "Hang Nadim": 6295587,  # Batam
    "Supadio": 1630789,  # Pontianak
    "Ninoy Aquino": 1701668,  # Manila
    "Jomo Kenyatta": 184745,  # Nairobi
    "Ben Gurion": 293397,  # Tel Aviv
    "Indira Gandhi": 1261481,  # New Delhi
    **dict.fromkeys(("Chhatrapati Shivaji", "Chhatrapati Shivaji Maharaj"), 1275339),  # Mumbai
    "Netaji Subhas Chandra Bose": 1275004,  # Kolkata
    "Kempegowda": 1277333,  # Bengaluru
    "Rajiv Gandhi": 1269843,  # Hyderabad
    **dict.fromkeys(("Ataturk", "Atatürk", "Sabiha Gokcen", "Sabiha Gökçen"), 745044),  # Istanbul
    "Chopin": 756135,  # Warsaw
    "Marco Polo": 3164603,  # Venice
    "Leonardo da Vinci": 3169070,  # Rome
    "Kingsford Smith": 2147714,  # Sydney
    "Pearson": 6167865,  # Toronto
    **dict.fromkeys(("Benito Juarez", "Benito Juárez"), 3530597),  # Mexico City
    **dict.fromkeys(("Jorge Chavez", "Jorge Chávez"), 3936456),  # Lima
    **dict.fromkeys(("Franz Josef Strauss", "Franz Josef Strauß", "Franz-Josef-Strauß"), 2867714),  # Munich
    **dict.fromkeys(("O.R. Tambo", "OR Tambo", "Oliver Tambo"), 993800),  # Johannesburg
    "Jinnah": 1174872,  # Karachi
    "Hazrat Shahjalal": 1185241,  # Dhaka
    "Rafic Hariri": 276781,  # Beirut
    "Imam Khomeini": 112931,  # Tehran
    "Murtala Muhammed": 2332459,  # Lagos
    "Kotoka": 2306104,  # Accra
    "Julius Nyerere": 160263,  # Dar es Salaam
    **dict.fromkeys(("Simon Bolivar", "Simón Bolívar"), 3646738),  # Caracas
    "Humberto Delgado": 2267057,  # Lisbon
}

_NAMES = "|".join(re.escape(n) for n in sorted(AIRPORT_TOWNS, key=len, reverse=True))
# the name before the airport's word ("Kennedy Airport", "O'Hare International Airport", "JFK airport") or after
# it ("Bandara Internasional Soekarno-Hatta", "Aeropuerto Internacional Jorge Chávez", "Flughafen Franz Josef
# Strauß", "aéroport Charles-de-Gaulle")
AIRPORT_NAME = re.compile(
    rf"\b(?P<before>{_NAMES}) (?:(?:International|Int'l|Intl\.?|Intercontinental|National) )?[Aa]irport\b"
    rf"|\b(?:Bandara|Bandar Udara|Aeropuerto|Aeroporto|Flughafen|[Aa]éroport)"
    rf"(?: (?:Internasional|Internacional|Antarabangsa|international))?(?: de| di| d'| of)? (?P<after>{_NAMES})\b"
)
# what every AIRPORT_NAME match starts with, for leads.finditer (its "\b" made the engine try it at every offset)
AIRPORT_LEAD = re.compile(
    "|".join(re.escape(n) for n in sorted(AIRPORT_TOWNS))
    + "|Bandara|Bandar Udara|Aeropuerto|Aeroporto|Flughafen|Aéroport|aéroport"
)
# the airport's words before a town's name ("Bandara Internasional Kuala Lumpur"): the town, not a name's word
AIRPORT_BEFORE = re.compile(
    r"(?:Bandara|Bandar Udara|Aeropuerto|Aeroporto|Flughafen|[Aa]éroport)"
    r"(?: (?:Internasional|Internacional|Antarabangsa|international))?(?: de| di| d'| of)? $"
)
# a cheap test before the scan: the airport words
AIRPORT_WORDS = ("irport", "andar", "eropuerto", "eroporto", "lughafen", "éroport")
