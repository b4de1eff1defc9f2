"""Session 19 (coordinator): a paragraph that is nothing but a link's words is navigation, not prose; with the
link gone from plain text it is dropped ("Hier geht es zur offiziellen Seite"), while a paragraph with words of
its own around a link stays."""

from __future__ import annotations

from pathlib import Path

from streams.core.formats.htmltext import html_paragraphs
from streams.core.model import Origin, RawItem


def test_a_paragraph_made_of_one_link_is_dropped_in_both_layouts() -> None:
    markup = (
        '<ul><li>Nur mit einer Internetverbindung spielbar</li>\n<li><a href="http://example.org/">Hier geht es zur'
        ' offiziellen Seite</a></li></ul>\n<strong><a href="http://example.org/app">Holt euch hier das Spiel.</a>'
        '</strong>\n\nWeitere Spiele-Apps erhaltet ihr <a href="http://example.org/more">hier</a>.'
    )
    for line_breaks in (False, True):
        assert html_paragraphs(markup, line_breaks=line_breaks) == [
            "Nur mit einer Internetverbindung spielbar",
            "Weitere Spiele-Apps erhaltet ihr hier.",
        ]


def test_an_anchor_without_href_and_a_link_inside_prose_keep_their_words() -> None:
    markup = '<h2><a name="top">Die Ergebnisse</a></h2><p><a href="http://x.org">Die Polizei</a> meldete am Abend.</p>'
    assert html_paragraphs(markup) == ["Die Ergebnisse", "Die Polizei meldete am Abend."]


def test_the_wordpress_post_keeps_its_prose_and_loses_its_link_stubs(corpus: Path, resources: object) -> None:
    from streams.core.pipeline import process

    path = corpus / "superdesk-core-fixtures" / "wordpress_wxr_funke.xml"
    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    bodies = [o.record["bodies"][0]["value"] for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    text = "\n".join(bodies)
    assert "Hier geht es zur offiziellen Seite" not in text
    assert "Holt euch hier das Spiel" not in text
    assert "Nur mit einer Internetverbindung spielbar" in text
    assert "Mysterium Secrets & Lies von Asmodee Digital" in text
