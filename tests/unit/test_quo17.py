"""Quote speakers and sources an editor can trust (quo17). Pinned with the real text of the Reuters-21578
items that showed each class on fresh review draws (paragraphs as the stories write them), each with a
case where the rule must not fire:

* A sentence opening with a name the entity list missed ("Franz-Josef Feiter, agricultural adviser to West
  German Chancellor Helmut Kohl, agreed ...") hands its "he said" to no one, not to the person of its aside.
* An organisation set off from its verb by what it is ('"…," the Heritage Foundation, a conservative think
  tank, said') is the quotation's source.
* A quotation that closes a sentence it stands inside ('He said the arguments ... "tend to be weak." Hughes
  said ...') is not given to the subject of the next sentence.
* "the minister said" after a speaker whose only role is a form of address ("Sheikh") is that speaker's.
* A straight mark glued to the word before it ('the United States" West Texas', 'we will," he said') opens
  no quotation that runs to the paragraph's end.
* A person named after "said in a letter to" is the one spoken to, never the speaker.
* "the Kansas Republican, a likely presidential candidate next year, said" is the titled speaker before it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities
from tests.unit.test_enrich_quotes import _quotes
from tests.unit.test_qsrc16 import _reuters_quotes

# reut2-002.sgm (newid 2638: world agricultural reform)
_FEITER = (
    'However, "differentiated policy treatment is required" to take account of large disparities in the '
    "situation around the EC, he said.\n\n"
    '"Agriculture is an efficient sector of the European economy and will remain so if the right policy is '
    'pursued within the Community," he said.'
)
_FEITER_LEAD = (
    "Franz-Josef Feiter, agricultural adviser to West German Chancellor Helmut Kohl, agreed the European "
    "Community must take greater heed of market constraints in fixing farm prices.\n\n"
)


def test_aside_person_is_not_the_subject_of_an_unknown_name(res: entities.EntityResources) -> None:
    found = _quotes(_FEITER_LEAD + _FEITER, res)
    assert len(found) == 2 and all("speaker" not in q for q in found)


def test_known_subject_keeps_his_he_said(res: entities.EntityResources) -> None:
    """The same paragraphs with the Chancellor as the sentence's subject: his."""
    lead = "Helmut Kohl, the West German Chancellor, agreed the European Community must take greater heed.\n\n"
    found = _quotes(lead + _FEITER, res)
    assert [q.get("speaker") for q in found] == ["Helmut Kohl", "Helmut Kohl"]


# reut2-002.sgm (newid 2731: options and farm plans)
_HERITAGE = (
    '"With agricultural options now available, there is less need for government price support programs to '
    'provide price stability for farmers," the Heritage Foundation, a conservative think tank, said in a recent '
    "position paper."
)


def test_organisation_with_an_apposition_before_its_verb_is_the_source(res: entities.EntityResources) -> None:
    (quote,) = _quotes(_HERITAGE, res)
    assert quote.get("source") == "Heritage Foundation" and "speaker" not in quote


def test_an_unnamed_person_after_the_organisation_is_not_it(res: entities.EntityResources) -> None:
    """'"…," one analyst at the Heritage Foundation, a think tank, said': the analyst's, not the body's."""
    text = _HERITAGE.replace("the Heritage Foundation, a conservative think tank, said", "one analyst said")
    (quote,) = _quotes(text, res)
    assert "source" not in quote and "speaker" not in quote


# reut2-002.sgm (newid 2692: Hughes and Baker)
_CARROLL = (
    '"It\'s getting a little confusing," said James Carroll, analyst at PaineWebber Group Inc. He said the '
    'arguments cited by Hughes yesterday for not doing the merger "tend to be weak." Hughes said yesterday that as '
    "a condition of the merger it wanted Reed Tool and other businesses sold prior to April 22."
)


def test_quote_closing_its_sentence_is_not_the_next_sentence_subject(res: entities.EntityResources) -> None:
    found = {q["text"]: q for q in _quotes(_CARROLL, res)}
    assert found["tend to be weak"].get("speaker") == "James Carroll"


def test_quote_opening_its_sentence_keeps_the_clause_after_it(res: entities.EntityResources) -> None:
    """A quotation that opens its sentence and closes with a full stop still takes the clause after it."""
    text = 'Analysts spoke on Monday.\n\n"The merger is off." said James Carroll, analyst at PaineWebber Group Inc.'
    (quote,) = _quotes(text, res)
    assert quote.get("speaker") == "James Carroll"


# reut2-000.sgm (newid 235: Kuwait's oil minister)
_SHEIKH = (
    "Kuwait's Oil Minister, in remarks published today, said there were no plans for an emergency OPEC meeting.\n\n"
    'Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying: "None of the OPEC members '
    'has asked for such a meeting."\n\n'
    "He denied Kuwait was pumping above its quota of 948,000 barrels of crude daily.\n\n"
    '"This rumour is baseless. It is based on reports which said Kuwait has the ability to exceed its share," the '
    "minister said."
)


def test_the_minister_is_the_speaker_addressed_as_sheikh(res: entities.EntityResources) -> None:
    found = _quotes(_SHEIKH, res)
    assert [q.get("speaker") for q in found] == ["Ali al-Khalifa al-Sabah"] * 2


def test_the_minister_is_not_a_speaker_of_another_office(res: entities.EntityResources) -> None:
    """The same story with the speaker introduced as a company's chairman: "the minister said" is no one's."""
    text = _SHEIKH.replace("Sheikh Ali al-Khalifa al-Sabah was", "Chairman Ali al-Khalifa al-Sabah was")
    found = _quotes(text, res)
    assert "speaker" not in found[-1]


# reut2-002.sgm (newid 2196: OPEC's president) and reut2-000.sgm (newid 78: Quebecor)
_GLUED = (
    "He said that sweet crudes such as those produced by his country were coming under price pressure because "
    'they were currently officially priced above sweet North Sea grades and the United States" West Texas '
    "Intermediate (WTI) crude."
)
_BROKEN = (
    '"I would say we will move (ahead with the daily).... This\n\n'
    'is not definite but i think we will," he said, adding that he plans to announce a decision early next week.'
)


def test_a_mark_glued_to_a_word_opens_nothing(res: entities.EntityResources) -> None:
    assert _quotes(_GLUED, res) == []
    assert not any(q["text"].startswith("he said") for q in _quotes(_BROKEN, res))


def test_a_spaced_mark_left_open_still_runs_to_the_end(res: entities.EntityResources) -> None:
    text = 'Smith, the chairman, spoke on Monday.\n\nHe said: "We will sell the unit and keep the dividend.'
    assert [q["text"] for q in _quotes(text, res)] == ["We will sell the unit and keep the dividend"]


# reut2-000.sgm (newid 741: wheat groups)
_LETTER = (
    'The recent Australian proposals were a good starting point for discussions, "but we do not want the '
    'Australians to feel they are alone in developing an agenda for discussions" on world grain trade, the '
    "president of the National Association of Wheat Growers, NAWG, and the chairman of U.S. Wheat Associates said "
    "in a letter to U.S. Agriculture Secretary Richard Lyng and U.S. Trade Representative Clayton Yeutter."
)


def test_the_one_written_to_is_no_speaker(res: entities.EntityResources) -> None:
    (quote,) = _quotes(_LETTER, res)
    assert "speaker" not in quote


def test_the_one_named_after_the_quote_still_speaks(res: entities.EntityResources) -> None:
    text = (
        'The proposals were a good start, "but we do not want the Australians to feel they are alone in '
        'developing an agenda" on world grain trade, U.S. Agriculture Secretary Richard Lyng said.'
    )
    (quote,) = _quotes(text, res)
    assert quote.get("speaker") == "Richard Lyng"


# reut2-000.sgm (newid 177: the Tower report)
_DOLE = (
    'Senate Republican leader Robert Dole, a key Reagan ally, told reporters the report disclosed "colossal '
    'blunders" and said people who had not served the president well should step aside.\n\n'
    "\"It would seem to me that if you don't protect the president, you don't serve the president well, then you "
    'should move on," the Kansas Republican, a likely presidential candidate next year, said.'
)


def test_a_titled_epithet_with_an_apposition_is_the_speaker(res: entities.EntityResources) -> None:
    found = _quotes(_DOLE, res)
    assert [q.get("speaker") for q in found] == ["Robert Dole", "Robert Dole"]


# reut2-002.sgm (newid 2196: Banco Santander buys CC-Bank)
_SANTANDER = (
    "Banco Santander signed a letter of intent with Bank of America to purchase its West German affiliate "
    "Bankhaus Centrale Credit AG, CC-Bank, the bank said in a statement amplifying an earlier report from "
    "Frankfurt.\n\n"
    '"The incorporation of CC-Bank in our group will provide a major boost...For chanelling investment between '
    'Spain and the European Community," the statement said.\n\n'
    "\"This operation enables us to take up a solid position in West Germany ahead of Spain's full integration "
    "into the EC's financial system in five years' time.\""
)


def test_the_statement_is_the_paper_of_the_bank_that_issued_it(res: entities.EntityResources) -> None:
    """ "the bank said in a statement" then '"…," the statement said': the bank's; the next paragraph,
    only quotation, continues the same source."""
    found = _quotes(_SANTANDER, res)
    assert [q.get("source") for q in found] == ["Banco Santander", "Banco Santander"]
    assert all("speaker" not in q for q in found)


def test_a_statement_nobody_issued_has_no_source(res: entities.EntityResources) -> None:
    """Without the clause saying who issued the statement, neither quotation gets a source."""
    text = _SANTANDER.replace(", the bank said in a statement amplifying an earlier report from Frankfurt", "")
    found = _quotes(text, res)
    assert all("source" not in q and "speaker" not in q for q in found)


# reut2-000.sgm (newid 842: the OECD on France), paragraphs as the story writes them
_OECD = (
    "French industry is failing to produce the goods its markets need and its loss of competitiveness has left "
    "the government little room for manoeuvre to reflate the economy, the Organisation for Economic Cooperation "
    "and Development said.\n\n"
    "With gross domestic product likely to grow only 2.1 pct this year, unemployment could climb to 11.5 pct of "
    "the workforce by mid-1988, it said in an annual review of the French economy.\n\n"
    'The report said the French economy was "increasingly ill-adapted to demand" selling goods at "uncompetitive '
    'relative prices on both domestic and export markets."\n\n'
    "Written mainly in December last year, the report took no account of a rise in oil prices early in 1987.\n\n"
    '"We took a bet that the freeing of prices would not provoke runaway rises, and it is not absolutely certain '
    'that bet has been lost," one OECD official commented.\n\n'
    "On the other hand, the report noted, consumer prices for industrial goods have been rising steeply.\n\n"
    "Exports to the non-OECD area account for almost a quarter of French exports.\n\n"
    "The franc has been stable since the realignment in January.\n\n"
    '"For the disinflationary process to continue, it is essential that wage restraint continue," it said.'
)


def test_the_report_and_it_of_the_body_the_lead_reports(res: entities.EntityResources) -> None:
    """The lead's "..., the OECD said." makes the story's one body the source of "The report said "…"", of
    "one OECD official commented" (its acronym) and of a far "it said"."""
    oecd = "Organisation for Economic Co-operation and Development"
    found = _quotes(_OECD, res)
    assert len(found) == 4 and all(q.get("source") == oecd and "speaker" not in q for q in found)


def test_a_report_of_a_body_the_lead_does_not_report_has_no_source(res: entities.EntityResources) -> None:
    """A lead that does not give the body speech ("... the OECD's economists met") names no report's author."""
    text = _OECD.replace("the Organisation for Economic Cooperation and Development said", "economists said")
    found = _quotes(text, res)
    assert not any(q.get("source") for q in found[:2])


# reut2-001.sgm (newid 1500: Public Service Co of New Mexico)
_GOVERNOR = (
    "The structure is being evaluated as part of the company's overall initiative in response to several goals "
    "announced by New Mexico Governor Garrey Carruthers, it explained.\n\n"
    'Last month the governor said "I have outlined to PNM critical goals which I have asked them to cooperate '
    'with may administration in achieving" adding the goals include immediate rate reduction.'
)


def test_the_governor_is_the_governor_the_story_names(res: entities.EntityResources) -> None:
    (quote,) = _quotes(_GOVERNOR, res)
    assert quote.get("speaker") == "Garrey Carruthers"


def test_the_governor_is_no_one_when_the_story_names_none(res: entities.EntityResources) -> None:
    (quote,) = _quotes(_GOVERNOR.replace("New Mexico Governor Garrey Carruthers", "the state"), res)
    assert "speaker" not in quote


def test_a_name_used_as_a_modifier_after_the_quote_is_no_speaker(res: entities.EntityResources) -> None:
    """reut2-002.sgm (Iran tapes): 'a magazine article that quoted unidentified "sources ..." as saying there
    is an archive of ... Reagan administration officials' is not Reagan's."""
    text = (
        "The committees would like to review tapes of phone conversations between President Reagan and White "
        "House officials.\n\n"
        'The committees were responding to a magazine article that quoted unidentified "sources with first-hand '
        'knowledge of U.S. communications intelligence" as saying there is an archive of recorded conversations '
        "among Reagan administration officials."
    )
    (quote,) = _quotes(text, res)
    assert "speaker" not in quote


def test_a_firm_written_by_its_last_name_word_is_the_source(corpus: Path, resources: Any) -> None:
    """The whole Montagu item (reut2-000.sgm, newid 697): '"…," Montagu said' of Samuel Montagu and Co Ltd."""
    (quote,) = _reuters_quotes(corpus, resources, "reut2-000.sgm", "697")
    assert quote.get("source") == "Samuel Montagu and Co Ltd" and "speaker" not in quote


def test_a_reporting_clause_inside_a_straight_quote_ends_it(res: entities.EntityResources) -> None:
    """reut2-000.sgm (newid 53): the closing mark left out before ", said David Wyss of ...": two quotations,
    his, and no reporting clause inside either."""
    text = (
        "Economists said the drop in orders was a bad sign.\n\n"
        "\"It's a rather gloomy outlook for the economy, said David Wyss of Data Resources Inc. \"I'm "
        "particularly impressed by the 19.7 pct drop in non-defense capital goods orders because it may be a sign "
        'that businesses are reacting more adversely to tax reform than we thought."'
    )
    found = _quotes(text, res)
    assert [q["text"][:20] for q in found] == ["It's a rather gloomy", "I'm particularly imp"]
    assert all(q.get("speaker") == "David Wyss" and "said" not in q["text"] for q in found)


def test_what_an_acronym_stands_for_is_no_quotation(res: entities.EntityResources) -> None:
    """reut2-001.sgm (newid 696): 'the consortium called SEMATECH, for "semiconductor manufacturing
    technology."' spells out a name."""
    text = (
        "Government participation and financial support will also be sought for the consortium called SEMATECH, "
        'for "semiconductor manufacturing technology."'
    )
    assert _quotes(text, res) == []


def test_a_paper_is_no_speaker(res: entities.EntityResources) -> None:
    """reut2-001.sgm (newid 622): '"…," Izvestia said' after "The government daily Izvestia said": no person."""
    text = (
        "The government daily Izvestia said a considerable amount of Soviet winter crops need to be reseeded.\n\n"
        '"The planned task of bringing in no less than 232 mln tonnes of grain is not simple," Izvestia said.'
    )
    assert all("speaker" not in q for q in _quotes(text, res))
