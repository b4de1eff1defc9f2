"""Session 13 (branch copy13, issue #15): media items. A scraped record from a site's photo, video or
infographic section (ANTARA's ``/foto/``, ``/video/``, ``/infografik/``, detik's ``/foto-bisnis/``,
liputan6's ``/photo/``) was published as a text with its picture as an association; a picture whose caption
carries its own dateline ("Rome (Italy), October 27th 2020") had no located. The small inputs are shaped like
the corpus rows named in each test; the corpus test skips when the shared corpus is absent."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from tests import contract
from tests.conftest import CORPUS

RECEIVED = "2026-12-06T00:00:00Z"
HEADER = "Kategori,Judul,Tanggal Terbit,Penulis,Ringkasan,Link,URL Gambar"
ANTARA_CSV = CORPUS / "antara-rss-scraper-berita-antara" / "berita_antara_2026-08-03.csv"


def _articles(resources: object, payload: bytes, name: str) -> list[dict[str, Any]]:
    raw = RawItem(payload, {"filename": name, "received-at": RECEIVED}, Origin(filename=name))
    return [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]


def _csv(*rows: tuple[str, ...]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(row)
    return ("\ufeff" + HEADER + "\r\n" + out.getvalue()).encode()


def _row(section: str, caption: str, image: str, category: str = "photo") -> tuple[str, ...]:
    link = f"https://www.antaranews.com/{section}/5676001/sebuah-judul"
    return (category, "Sebuah judul berita foto", "Mon, 03 Aug 2026 12:53:00 +0700", "", caption, link, image)


def test_photo_row_is_a_picture_with_its_image_as_rendition(resources: object) -> None:
    caption = (
        "Sejumlah babi berlomba dalam kompetisi balap babi pada Orange County Fair di Costa Mesa, California, "
        "Amerika Serikat, (1/8/2026). ANTARA FOTO/Xinhua/Qiu Chen/sgd"
    )
    image = "https://cdn.antaranews.com/cache/255x170/2026/08/02/XxjpbeE000086_20260802_PEPFN0A001.jpg"
    story = "https://cdn.antaranews.com/cache/800x533/2026/08/03/IMG_9100.jpeg"
    text_row = ("terkini", "Pemkot Bandung siapkan aturan", "Mon, 03 Aug 2026 12:00:00 +0700", "")
    text_row += ("Pemerintah Kota Bandung menyiapkan aturan ...", "https://www.antaranews.com/berita/5677281/x", story)
    picture, text = _articles(resources, _csv(_row("foto", caption, image), text_row), "rows.csv")
    assert picture["type"] == "picture"
    assert picture["renditions"] == [
        {"name": "preview", "href": image, "contentType": "image/jpeg", "width": 255, "height": 170}
    ]
    assert "associations" not in picture
    # session 18 ‡ (med18): the closing credit leaves the caption for contributors and infoSources
    assert picture["descriptions"] == [{"role": "caption", "value": caption.rsplit(" ANTARA FOTO/", 1)[0]}]
    assert {"name": "Qiu Chen", "role": "photographer"} in picture["ext"]["contributors"]
    assert picture["by"] == "Qiu Chen"  # the photographer, not the wire it came through
    assert {"name": "Xinhua", "role": "source"} in picture["infoSources"]
    assert not contract.article_errors(picture)
    # an ordinary story row stays a text with its picture as an association
    assert text["type"] == "text"
    assert text["associations"] == [{"name": "image", "uri": story, "type": "picture"}]
    assert "renditions" not in text


def test_video_and_infographic_rows(resources: object) -> None:
    still = "https://cdn.antaranews.com/cache/800x533/2026/08/Screenshot-2026-08-12-133109.jpg"
    chart = "https://cdn.antaranews.com/cache/800x533/2026/08/12/20260812-Lompatan-industri-animasi.jpg"
    rows = (_row("video", "Penyaluran bantuan pangan dimulai ...", still, "video"),)
    rows += (_row("infografik", "Industri animasi Indonesia berkembang pesat ...", chart, "infografik"),)
    video, graphic = _articles(resources, _csv(*rows), "rows.csv")
    assert video["type"] == "video"
    assert [r["name"] for r in video["renditions"]] == ["thumbnail"]
    assert graphic["type"] == "graphic"
    assert [r["name"] for r in graphic["renditions"]] == ["preview"]
    for article in (video, graphic):
        assert article["descriptions"][0]["role"] == "caption"
        assert not contract.article_errors(article)


def test_resized_image_type_is_not_guessed_from_its_name(resources: object) -> None:
    """liputan6's images pass a resizer that serves webp whatever the file name says."""
    image = (
        "https://cdn1-production-images-kly.akamaized.net/z-CG=/673x379/smart/filters:quality(75):strip_icc():"
        "format(webp)/kly-media-production/medias/9321821/original/010799100_1786505831-pal1.jpg"
    )
    record = {
        "Judul": "Karhutla Hanguskan 107 Ribu Hektare Hutan dan Lahan",
        "Tanggal Terbit": "Wed, 12 Aug 2026 10:00:00 +0700",
        "Ringkasan": "Kebakaran hutan dan lahan meluas di sejumlah wilayah Indonesia sepanjang 2026.",
        "Link": "https://www.liputan6.com/photo/read/6123456/karhutla-hanguskan-107-ribu-hektare",
        "URL Gambar": image,
        "Media": "Liputan6",
    }
    [picture] = _articles(resources, json.dumps([record]).encode(), "records.json")
    assert picture["type"] == "picture"
    assert picture["renditions"] == [{"name": "preview", "href": image, "width": 673, "height": 379}]


def _ninjs_picture(caption: str) -> bytes:
    """A Sipa-shaped ninjs picture (iptc-ninjs 3.0/SIPA_image_3.json)."""
    item = {
        "uri": "https://internal-repository.invalid/2.1",
        "type": "picture",
        "firstCreated": "2020-10-27T15:35:19Z",
        "language": "en",
        "headlines": [{"role": "main", "value": "Demonstration of the workers"}],
        "descriptions": [{"role": "text", "value": caption}],
        "renditions": [{"name": "supplied", "href": "https://example.invalid/p.jpg", "contentType": "image/jpeg"}],
    }
    return json.dumps(item).encode()


@pytest.mark.parametrize(
    ("caption", "located"),
    [
        ("Workers demonstrate against the measures.\nRome (Italy), October 27th 2020\nPhoto Jane Roe /Sipa", "Rome"),
        ("Workers demonstrate. Buenos Aires (Argentina), 3 March 2021. Photo Jane Roe", "Buenos Aires"),
        ("Workers gather outside the Ministry (Labour), on Tuesday.", None),  # no date: no dateline
        # a wire caption's closing place and whole date, either order (Getty, PA, Reuters, the ninjs examples)
        (
            "Valentino Rossi during the test day at Circuito de Jerez - Angel Nieto on May 3, 2021 in Jerez de la "
            "Frontera, Spain",
            "Jerez de la Frontera",
        ),
        ("Francesco Schettino at court in Grossetto, Italy, on 9 July 2013", "Grossetto"),
        (
            "A still image shows the president arriving at the palace in Damascus July 16, 2014. REUTERS/Syria TV",
            "Damascus",
        ),
        (
            "A view of downtown, including Las Vegas Boulevard, on October 20, 2010 in Las Vegas, Nevada. Nevada once",
            "Las Vegas",
        ),
        ("The minister speaks in Parliament on Tuesday.", None),  # no whole date: no place taken
        ("The ship lies in the waters of the Tuscan island of Giglio, Italy, Monday, July 8, 2013.", None),
    ],
)
def test_caption_dateline_is_the_pictures_place(resources: object, caption: str, located: str | None) -> None:
    [picture] = _articles(resources, _ninjs_picture(caption), "picture.json")
    assert picture.get("located") == located


@pytest.mark.skipif(not ANTARA_CSV.is_file(), reason="shared corpus (../shared/corpus) not present")
def test_corpus_media_rows_are_media(resources: object) -> None:
    """Every row of the ANTARA CSV whose link is a photo or video page comes out as that medium, valid."""
    articles = _articles(resources, ANTARA_CSV.read_bytes(), ANTARA_CSV.name)
    links = {a["uri"]: a for a in articles}
    rows = list(csv.DictReader(io.StringIO(ANTARA_CSV.read_text("utf-8-sig"))))
    sections = {"foto": "picture", "video": "video"}
    checked = 0
    for row in rows:
        section = row["Link"].split("/")[3]
        if section in sections:
            article = links[row["Link"]]
            assert article["type"] == sections[section], row["Link"]
            assert "associations" not in article and article["renditions"][0]["href"] == row["URL Gambar"]
            assert not contract.article_errors(article)
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    ("paragraph", "own", "city"),
    [
        ("Harare, July 19 (The SDNewTester) - Cash-strapped StarAfrica is set to sell", {"the sdnewtester"}, "Harare"),
        ("Harare, July 19 (The SDNewTester) - Cash-strapped StarAfrica is set to sell", set(), None),  # not its own
        ("(The SDNewTester) - Cash-strapped StarAfrica is set to sell", {"the sdnewtester"}, None),  # no city
        ("Mr Smith, aged 40 (The SDNewTester) - wrote", {"the sdnewtester"}, None),  # no place
    ],
)
def test_dateline_tag_of_the_outlets_own_name(paragraph: str, own: set[str], city: str | None) -> None:
    """A WordPress feed's story opens "Harare, July 19 (The SDNewTester) -" (superdesk wordpress_wxr.xml): the
    outlet's own name as the tag makes it a dateline, where an unknown name would not."""
    from streams.core.copy.dateline import parse

    found = parse(paragraph, frozenset(own))
    assert (found.city if found else None) == city


def test_rendition_media_type_alias_is_the_registered_name() -> None:
    """ninjs examples and AP/PA feeds write "image/jpg" (iptc-ninjs 2.1/imageLinkedRights.json)."""
    from streams.core.assemble import renditions

    out = renditions([{"name": "main", "href": "https://x.invalid/a.jpg", "contentType": "image/jpg"}])
    assert out[0]["contentType"] == "image/jpeg"
    kept = renditions([{"name": "main", "href": "https://x.invalid/a.mp4", "contentType": "video/mp4"}])
    assert kept[0]["contentType"] == "video/mp4"


@pytest.mark.parametrize(
    ("caption", "located"),
    [
        (
            "Sejumlah petugas mengangkat kantong jenazah setelah tiba di Dermaga Jamrud Utara, Pelabuhan Tanjung "
            "Perak, Surabaya, Jawa Timur, Senin (3/8/2026). ANTARA FOTO/Didik Suhartono/tom.",
            "Surabaya",
        ),
        (
            "Atlet mengibarkan bendera di Tennis Indoor Senayan, Jakarta, Minggu (2/8/2026). ANTARA FOTO/A B/sgd",
            "Jakarta",
        ),
        ("Sampah di TPST Bantargebang, Cikiwul, Kota Bekasi, Jawa Barat, Minggu (2/8/2026).", "Bekasi"),
        # a foreign place (no Indonesian province follows) and a caption cut before its date name no city
        ("Babi berlomba di Costa Mesa, California, Amerika Serikat, (1/8/2026). ANTARA FOTO/Xinhua/Qiu Chen/sgd", None),
        ("Seekor harimau sumatra berada di dalam kandang jebak di Jorong Palimbatan, ...", None),
    ],
)
def test_indonesian_caption_city_before_its_province(resources: object, caption: str, located: str | None) -> None:
    """ANTARA photo captions close on "…, <city>, <province>, <weekday> (d/m/yyyy)" (berita_antara CSV rows)."""
    [picture] = _articles(resources, _csv(_row("foto", caption, "https://cdn.invalid/a.jpg")), "rows.csv")
    assert picture.get("located") == located
