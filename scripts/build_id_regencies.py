"""Build ``streams/data/id_regencies.json``: Indonesia's regencies (kabupaten) with their provinces, for places.py's
cued places (a regency counts only where the text says so: "Kabupaten Barito Utara", "Barito Utara, Kalimantan
Tengah"; see ``places._regencies``).

    .venv/bin/python scripts/build_id_regencies.py DIR   # DIR: idn-area-data's data/ (regencies.csv, provinces.csv)

Source: the npm package idn-area-data (version 3.1.2, https://www.npmjs.com/package/idn-area-data, by Fityan Ali
Nugroho), itself compiled from the Indonesian Ministry of Home Affairs' decree on the codes and names of the
administrative areas. Its data is under the Open Database License 1.0; the file written here is a derivative
database (names and provinces only) and is made available under the same licence, with this attribution. The
package's code (MIT) is not used. Nothing here comes from the corpus. The worker never runs this.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "streams" / "data" / "id_regencies.json"
# the source's province names -> the gazetteer's Indonesian name of that province, where they differ
PROVINCES = {
    "DKI JAKARTA": "Jakarta Raya",
    "DAERAH ISTIMEWA YOGYAKARTA": "Yogyakarta",
    "PAPUA PEGUNUNGAN": "Papua Pengunungan",
    "SUMATERA BARAT": "Sumatera Barat",
}
_LOWER_WORDS = frozenset(("dan",))  # "Pangkajene dan Kepulauan"


def _title(name: str) -> str:
    """ "BARITO UTARA" -> "Barito Utara", "TOJO UNA-UNA" -> "Tojo Una-Una", "PANGKAJENE DAN KEPULAUAN" keeps "dan"."""
    words = []
    for word in name.split():
        low = word.lower()
        words.append(low if low in _LOWER_WORDS else "-".join(part.capitalize() for part in low.split("-")))
    return " ".join(words)


def main() -> int:
    src = Path(sys.argv[1])
    provinces = {row["code"]: row["name"] for row in csv.DictReader((src / "provinces.csv").open(encoding="utf-8"))}
    rows = []
    for row in csv.DictReader((src / "regencies.csv").open(encoding="utf-8")):
        if not row["name"].startswith("KABUPATEN "):
            continue  # a city ("KOTA BANDUNG"): the gazetteer's towns know those of 15,000 people or more
        province = provinces[row["province_code"]]
        name = row["name"].removeprefix("KABUPATEN ").removeprefix("ADMINISTRASI ")  # "Kepulauan Seribu"
        rows.append([_title(name), PROVINCES.get(province, _title(province))])
    about = (
        "Indonesia's regencies (kabupaten) and their provinces. Derived from idn-area-data 3.1.2 "
        "(data/regencies.csv, data/provinces.csv; Fityan Ali Nugroho; compiled from the Ministry of Home "
        "Affairs' decree on administrative area codes), Open Database License 1.0 "
        "(https://opendatacommons.org/licenses/odbl/1-0/). This derivative database is made available "
        "under the ODbL 1.0. Built by scripts/build_id_regencies.py."
    )
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in sorted(rows))  # one regency a line
    OUT.write_text(f'{{"_about": {json.dumps(about)},\n"regencies": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} regencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
