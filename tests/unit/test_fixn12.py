"""People precision, session 12 third round (fixn12): what the grammar says is no person's name. A letter ("Gen
Z"), a lone everyday word that only opens sentences ("Nevertheless,"), a ship set beside its kind ("a Soviet
liner, the Admiral Nakhimov"), a plural agent noun glued to a name ("Rappers Ice Cube"). Short texts written
after the corpus items that showed each class, with counter-cases that show where each rule stops."""

from __future__ import annotations

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names


def _people(text: str, res: entities.EntityResources, lang: str = "en") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, "people")


def test_a_single_letter_is_no_name(res: entities.EntityResources) -> None:
    """ "Polri Beri Ruang Gen Z dan Alpha" (ANTARA) gave a person "Z"."""
    assert "Z" not in _people("Polri Beri Ruang Gen Z dan Alpha, Ada Lomba Mobile Legends", res, "id")


def test_an_everyday_word_opening_a_sentence_is_no_name(res: entities.EntityResources) -> None:
    """ "Nevertheless, Polish National Bank head Wladyslaw Baka ..." (Reuters) gave a person "Nevertheless"; a
    surname the text also writes capitalised inside a sentence stays."""
    text = (
        'The Americans will just reply that the Poles acted immorally."\n\nNevertheless, Polish National Bank '
        "head Wladyslaw Baka, in talks in Washington last week with the IMF, said it."
    )
    assert _people(text, res) == ["Wladyslaw Baka"]
    text = "Bank head Wladyslaw Baka met Mr Young on Monday. Young said the talks went well."
    assert "Young" in " ".join(_people(text, res))


def test_a_ship_beside_its_kind_is_no_person(res: entities.EntityResources) -> None:
    """ "since a Soviet liner, the Admiral Nakhimov, collided with a freighter" (Reuters) gave "Nakhimov"; an
    admiral named without a vessel stays a person."""
    text = "It was the worst since a Soviet liner, the Admiral Nakhimov, collided with a freighter in the Black Sea."
    assert _people(text, res) == []
    text = "The fleet was led by Admiral Pavel Nakhimov, who said the siege would hold."
    assert "Pavel Nakhimov" in _people(text, res)


def test_a_plural_agent_noun_before_a_name_goes(res: entities.EntityResources) -> None:
    """ "Rappers Ice Cube, The Game, and Dr. Dre were also on the set" (entertainment wire) gave "Rappers Ice
    Cube"."""
    text = "Rappers Ice Cube, The Game, and Dr. Dre were also on the set, with Cube even posting a photo."
    people = _people(text, res)
    assert "Ice Cube" in people
    assert "Rappers Ice Cube" not in people


def test_an_indonesian_word_built_by_affixes_is_no_name(res: entities.EntityResources) -> None:
    """Title-case ANTARA/detik headlines gave people "Siapkan" (siap + -kan) and "Petugas" (pe- + tugas); a name
    the everyday-word list also holds ("Jokowi") stays."""
    assert _people("Mendagri Siapkan 3 Skema Bayar Gaji PPPK di Daerah", res, "id") == []
    assert _people("Kebakaran Pabrik di Jaktim Padam, Petugas Sisir Lokasi", res, "id") == []
    text = (
        "Jokowi Buka Suara Posisi Duduk Presiden saat Sidang Kabinet\n\nJokowi menegaskan pengaturan tempat duduk "
        "Gibran saat Sidang Kabinet mengikuti undang-undang keprotokolan."
    )
    assert "Jokowi" in _people(text, res, "id")


def test_a_lone_opener_the_story_writes_in_lower_case_is_no_body(res: entities.EntityResources) -> None:
    """ "Brewers are pursuing solutions ..." (360info) gave a body "Brewers" beside the Brewers Association; a
    lone word the text never writes in lower case stays."""
    text = "Brewers are pursuing solutions. The Brewers Association said craft brewers sold less."
    assert _run_orgs(text, res) == ["Brewers Association"]
    text = "Brewers are pursuing solutions. The Brewers Association said sales fell."
    assert "Brewers" in _run_orgs(text, res)


def test_an_officers_title_is_no_body(res: entities.EntityResources) -> None:
    """ "Arthur Miller, BankAmerica's Vice President for Financial Communications" (Reuters) gave that title as a
    body; a body named by its own head noun stays."""
    text = (
        '"We will wait," said Arthur Miller, BankAmerica\'s Vice President for Financial\nCommunications, when '
        "asked about the offer. Aldo Roldan, Vice President for International Services at Chase Econometrics, said."
    )
    orgs = _run_orgs(text, res)
    assert not any(o.startswith("Vice President") for o in orgs)
    text = "The Office of the Comptroller of the Currency said the bank was sound."
    assert any(o.startswith("Office of the Comptroller") for o in _run_orgs(text, res))


def _run_orgs(text: str, res: entities.EntityResources) -> list[str]:
    article = _article(text, "en")
    entities.enrich(article, res)
    return _names(article, "organisations")


def test_a_protected_area_is_no_body(res: entities.EntityResources) -> None:
    """ "di Taman Nasional Bromo Tengger Semeru (TNBTS)" (CNN Indonesia via ANTARA RSS) gave a body."""
    text = "Kebakaran hutan kawasan Gunung Bromo di Taman Nasional Bromo Tengger Semeru (TNBTS) terus meluas."
    article = _article(text, "id")
    entities.enrich(article, res)
    assert not any(o.startswith("Taman Nasional") for o in _names(article, "organisations"))


def test_a_seat_bodys_short_form_beside_its_full_name_is_one_body(res: entities.EntityResources) -> None:
    """ "Polda Metro" beside "Polda Metro Jaya", "Pemprov NTT" beside "Pemerintah Provinsi Nusa Tenggara Timur"
    (ANTARA RSS) were two bodies. A longer run only a title-case headline shows may have swallowed its words:
    "Polres Bogor" stays beside the headline's "Polres Bogor Juara"."""

    def orgs(text: str) -> list[str]:
        article = _article(text, "id")
        entities.enrich(article, res)
        return _names(article, "organisations")

    text = "Polda Metro periksa saksi\n\nPolda Metro Jaya memeriksa delapan saksi dalam kasus itu."
    assert orgs(text) == ["Polda Metro Jaya"]
    text = "Pemprov NTT gelar bakti sosial\n\nANTARA - Pemerintah Provinsi Nusa Tenggara Timur menggelar bakti sosial."
    assert orgs(text) == ["Pemerintah Provinsi Nusa Tenggara Timur"]
    text = "Polres Bogor Juara 2 Inovasi Ketahanan Pangan\n\nPolres Bogor meraih Juara 2 Inovasi dalam Apresiasi Polri."
    assert "Polres Bogor" in orgs(text)


def test_a_name_listed_twice_and_a_web_name_are_no_new_people(res: entities.EntityResources) -> None:
    """WENN copy: "Knight" beside the source's "Suge Knight" (the body writes SUGE KNIGHT in capitals) listed the
    man twice; "according to UsMagazine.com" gave a person "UsMagazine". Another man with a name of his own
    stays."""
    text = (
        "Police are investigating an incident involving rap mogul SUGE KNIGHT on Thursday. His lawyer James Blatt "
        "said Knight was driving the car. Singer Kyle Norman choked her, according to UsMagazine.com."
    )
    article = _article(text, "en")
    article["people"] = [{"name": "Suge Knight"}]
    entities.enrich(article, res)
    people = _names(article, "people")
    assert "Knight" not in people
    assert "UsMagazine" not in people
    assert "James Blatt" in people
