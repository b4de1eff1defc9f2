"""Quotes, session 12 (issue #15): a speaker after a body's possessive ("said the NAR's John Tuccillo") is
that person; "X's lawyer said" / "his lawyer added" gives the quote to no one named (the owner does not
speak); a conjunction is no subject's head ("... declined to comment on the company's stock but said,
"…"" is the sentence's subject's); "the company said" after a firm introduced by its full name and short
name ("National Electric Vehicle Sweden, or NEVS, had applied") is that firm."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_quotes import _article, _quotes, _reuters, _speaker_of

from streams.core.enrich import entities


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # '"…," said the NAR's John Tuccillo': the person after the body's possessive
        (b"said the NAR's John Tuccillo", "The drop in January is not surprising", "John Tuccillo"),
        # 'Haggard said he does not know what chances the ASA-backed proposals have but said, "…"'
        (b"in all honesty, we do not want", "in all honesty, we do not want", "David Haggard"),
        # 'Edwin Jacobson, Chicago Milwaukee president, declined to comment on movement of the company's
        # stock but said, "…"'
        (b"investment point of view, we are pleased", "From an investment point of view", "Edwin Jacobson"),
    ],
)
def test_subject_not_lost(corpus: Path, needle: bytes, quote: str, speaker: str) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


def test_company_introduced_by_full_and_short_name(corpus: Path) -> None:
    # AFP: "A Chinese-owned company set up to take over Saab's assets ... said ...", then "National
    # Electric Vehicle Sweden, or NEVS, had applied ...", then '"…," the company said': NEVS, not Saab
    article = _article((corpus / "superdesk-core-fixtures" / "afp.xml").read_bytes())
    found = [q for q in article["ext"]["quotes"] if q["text"].startswith("The district court of Vaenersborg")]
    assert [(q.get("speaker"), q.get("source")) for q in found] == [(None, "NEVS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the speaker is not the speaker; a named speaker after the possessive is
        (
            "Former banker John Smith was charged on Tuesday with fraud.\n\n"
            '"My client will plead not guilty," Smith\'s lawyer said outside the court.',
            [("My client will plead not guilty", None)],
        ),
        (
            "Former banker John Smith was charged on Tuesday with fraud.\n\n"
            '"We are reviewing the decision," Smith\'s spokeswoman Mary Jones said.',
            [("We are reviewing the decision", "Mary Jones")],
        ),
        (
            'Former banker John Smith was charged on Tuesday.\n\n"I am innocent," Smith told reporters. '
            '"I will clear my name," his lawyer added.',
            [("I am innocent", "John Smith"), ("I will clear my name", None)],
        ),
    ],
)
def test_owner_is_not_the_speaker(
    text: str, expected: list[tuple[str, str | None]], res: entities.EntityResources
) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res)] == expected


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # '"…," said Chamberlain. These would ...': the name ends with its sentence
        (b'1988," said Chamberlain. These', "We're aiming for 100 stock option", "Geoffrey Chamberlain"),
        # '"…," added First Chicago's Johnson. Banks' excess reserves ...': Dana Johnson of First Chicago
        (b"Excess reserves fell but they are still", "Excess reserves fell", "Dana Johnson"),
    ],
)
def test_speaker_ends_with_its_sentence(corpus: Path, needle: bytes, quote: str, speaker: str) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


@pytest.mark.parametrize(
    ("needle", "quote", "source"),
    [
        # 'USAir said "In light of ..."' (USAir Group Inc): the firm's words, no person "USAir"
        (b'USAir said "In light of the highly', "In light of the highly conditional", "USAir Group Inc"),
        # 'Zenith said it will not market the drug until "…"' (Zenith Laboratories Inc)
        (b"applicability of certain patents", "questions relating to the applicability", "Zenith Laboratories Inc"),
        # '"…," Montagu said' (Samuel Montagu and Co Ltd): no person; the firm by its last name word (quo17)
        (b'cautiously," Montagu said', "OPEC's failure to address", "Samuel Montagu and Co Ltd"),
    ],
)
def test_firm_named_by_its_first_word_is_no_person(corpus: Path, needle: bytes, quote: str, source: str | None) -> None:
    found = [q for q in _reuters(corpus, needle)["ext"]["quotes"] if q["text"].startswith(quote)]
    assert [(q.get("speaker"), q.get("source")) for q in found] == [(None, source)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a German title after its article is the person the story names with it; a body after its article
        # ("der Bund der Steuerzahler", "Der Spiegel") is no person and no last speaker
        (
            "Bundeskanzler Olaf Scholz hat den Haushalt verteidigt.\n\n"
            "«Wir investieren in die Zukunft des Landes», sagte der Kanzler am Dienstag im Bundestag.",
            "de",
            [("Wir investieren in die Zukunft des Landes", "Olaf Scholz")],
        ),
        (
            "Finanzminister Christian Lindner will die Steuern senken.\n\n"
            "«Die Ausgaben steigen zu schnell», erklärte der Bund der Steuerzahler am Montag.",
            "de",
            [("Die Ausgaben steigen zu schnell", None)],
        ),
        (
            "«Das ist ein Gebot der Fairness», sagte die Grünen-Politikerin Renate Künast.\n\n"
            "Der Spiegel berichtete: «Die Koalition steht vor dem Bruch.»",
            "de",
            [("Das ist ein Gebot der Fairness", "Renate Künast"), ("Die Koalition steht vor dem Bruch", None)],
        ),
        # whom it was said to between the verb and the title: "declaró a EFE el portavoz"
        (
            "El portavoz del PP, Miguel Tellado, criticó el texto.\n\n"
            '"Es una reforma improvisada", declaró a EFE el portavoz popular.',
            "es",
            [("Es una reforma improvisada", "Miguel Tellado")],
        ),
    ],
)
def test_articles_and_titles(
    text: str, lang: str, expected: list[tuple[str, str | None]], res: entities.EntityResources
) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a voice of someone named ("la portavoz de Linda Woods", "el portavoz de Leica") is unnamed, not
        # the one named, and no earlier speaker carries on
        (
            "La agencia de Lucy Medina organiza el concurso.\n\n"
            '"Las mujeres deberán tener una estatura mínima de 1,78 metros", explicó la portavoz de Linda Woods.',
            [("Las mujeres deberán tener una estatura mínima de 1,78 metros", None)],
        ),
        # "aseguró" reports (a CoNLL-2002 es sentence of EFE): the sentence's subject speaks
        (
            "El secretario general de COAG-Extremadura, Luis Cortés, aseguró hoy que su organización considera "
            'al PP como "un interlocutor imprescindible" de la región en materia agraria.',
            [("un interlocutor imprescindible", "Luis Cortés")],
        ),
        # the subject of a Spanish reporting verb speaks, not a name in the clause after it (CoNLL-2002 es)
        (
            "El presidente de la Confederación de Instituciones Empresariales Privadas (CONFIEP), Roque Benavides, "
            "declaró que las decisiones del Jurado Nacional de Elecciones deben ser respetadas.\n\n"
            "Benavides mantuvo que si el otro aspirante, el presidente peruano, Alberto Fujimori, compite solo en "
            'la votación "su legitimidad como ganador dependería del porcentaje de votos que obtenga".',
            [("su legitimidad como ganador dependería del porcentaje de votos que obtenga", "Roque Benavides")],
        ),
    ],
)
def test_spanish_voices_and_verbs(
    text: str, expected: list[tuple[str, str | None]], res: entities.EntityResources
) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res, "es")] == expected


def test_first_word_two_firms_share_is_neither(corpus: Path) -> None:
    # "Dome Petroleum Ltd's 23.2 pct stake of gold producer Dome Mines Ltd continues to be for sale "at the
    # right price," spokesman David Annesley said": "Dome" names neither firm alone
    found = [
        q
        for q in _reuters(corpus, b"Dome Petroleum Ltd's 23.2 pct stake")["ext"]["quotes"]
        if q["text"] == "at the right price"
    ]
    assert len(found) == 1 and found[0].get("source") in (None, "Dome Petroleum Ltd")  # never Dome Mines
