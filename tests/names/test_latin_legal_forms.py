"""Legal forms in Latin letters rigour lacks (embargo.names.latin_legal_forms, read by
embargo.names.orgtypes), their slips, and what they change in scoring."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names import orgtypes
from embargo.names.analysis import LEGAL, NAME, ORG, analyze_name
from embargo.names.orgtypes import LegalFormSpeller, own_legal_form_words, read_own_legal_forms


@pytest.mark.parametrize(
    ("text", "expected", "forms"),
    [
        # The Arab states' abbreviations.
        ("al mohandes sal", "al mohandes jsc", {"jsc"}),
        ("al mohandes s.a.l", "al mohandes jsc", {"jsc"}),
        ("labico sal offshore", "labico jsc offshore", {"jsc", "offshore"}),
        ("stars communications offshore sal", "stars communications jsc offshore", {"jsc", "offshore"}),
        ("premier group sal (off-shore)", "premier group jsc offshore", {"jsc", "offshore"}),
        ("premier group sal - offshore", "premier group jsc offshore", {"jsc", "offshore"}),
        ("gulf trading wll", "gulf trading llc", {"llc"}),
        ("gulf trading kscc", "gulf trading jsc", {"jsc"}),
        ("gulf trading bsc (c)", "gulf trading jsc", {"jsc"}),
        ("gulf trading fz llc", "gulf trading llc llc", {"llc"}),
        # Forms rigour has in Cyrillic only, romanised; after them maybe the seat.
        ("vabo-2005 eood", "vabo-2005 llc", {"llc"}),
        ("rex loto ad", "rex loto jsc", {"jsc"}),
        ("rex loto, ad", "rex loto, jsc", {"jsc"}),
        ("vtb banka ad beograd", "vtb banka jsc beograd", {"jsc"}),
        ("digital services ead", "digital services jsc", {"jsc"}),
        ("skopje trade dooel skopje", "skopje trade llc skopje", {"llc"}),
        # Japan, Indonesia, France.
        ("nippon acme kk", "nippon acme jsc", {"jsc"}),
        ("nippon acme k. k.", "nippon acme jsc", {"jsc"}),
        ("nippon acme kabushiki-kaisha", "nippon acme jsc", {"jsc"}),
        ("nippon acme godo gaisha", "nippon acme llc", {"llc"}),
        ("acme tbk", "acme jsc", {"jsc"}),
        ("acme sasu", "acme llc", {"llc"}),
        # South Asia's private companies.
        ("al qadir (pvt) ltd", "al qadir llc ltd", {"llc"}),
        ("al qadir (p) ltd", "al qadir llc ltd", {"llc"}),
        ("al qadir private limited", "al qadir llc limited", {"llc"}),
        ("al qadir smc-pvt ltd", "al qadir llc ltd", {"llc"}),
        ("al qadir (smc-private) limited", "al qadir llc limited", {"llc"}),
        ("comoil (pvt) lt", "comoil llc lt", {"llc"}),  # "(Pvt)" is the form whatever follows
        ("comoil pvt", "comoil llc", {"llc"}),
        # Spanish America: "de R.L." (maybe "de C.V."), the forms "de C.V." rigour reads as a
        # Dutch C.V., a civil association, Peru's, Venezuela's and the Southern Cone's S.A.s.
        ("easy cash s. de r.l.", "easy cash llc", {"llc"}),
        ("gex explore s. de r.l. de c.v.", "gex explore llc", {"llc"}),
        ("agricola s.p.r. de r.l.", "agricola llc", {"llc"}),
        ("textiles s. r.l. de c.v.", "textiles llc", {"llc"}),
        ("pescadores s.c. de r.l. de c.v.", "pescadores coop", {"coop"}),
        ("grupo elektra s.a.b. de c.v.", "grupo elektra jsc", {"jsc"}),
        ("promotora s.a.p.i. de c.v.", "promotora jsc", {"jsc"}),
        ("logistica s.a.s. de c.v.", "logistica llc", {"llc"}),
        ("club deportivo morumbi, a.c.", "club deportivo morumbi, ngo", {"ngo"}),
        ("aviandina s.a.c.", "aviandina jsc", {"jsc"}),
        ("minera s.a.a.", "minera jsc", {"jsc"}),
        ("minera s. a. a.", "minera jsc", {"jsc"}),
        ("banco de venezuela, s.a.c.a.", "banco de venezuela, jsc", {"jsc"}),
        ("molinos s.a.i.c.", "molinos jsc", {"jsc"}),
        ("banque misr s.a.e.", "banque misr jsc", {"jsc"}),
        ("de la fuente s.a.c.i.f.", "de la fuente jsc", {"jsc"}),
        # Spain, Brazil, the Nordic countries, Poland.
        ("clear trade link sl", "clear trade link llc", {"llc"}),
        ("hosteleria s.l.u.", "hosteleria llc", {"llc"}),
        ("agraria s.coop.", "agraria coop", {"coop"}),
        ("petro s/a", "petro jsc", {"jsc"}),
        ("petro s / a", "petro jsc", {"jsc"}),
        ("maersk line a/s", "maersk line jsc", {"jsc"}),
        ("kowalski sp. j.", "kowalski gp", {"gp"}),
        ("kowalski sp.k.", "kowalski lp", {"lp"}),
        ("kowalski spółka jawna", "kowalski gp", {"gp"}),
        # The Balkans' d.o.o. without its stops, ending the name.
        ("araneks doo", "araneks llc", {"llc"}),
        ("araneks, doo", "araneks, llc", {"llc"}),
        # Vietnam, with or without diacritics, before the name or after it.
        ("cong ty tnhh thinh cuong", "llc thinh cuong", {"llc"}),
        ("cty tnhh mtv thinh cuong", "llc thinh cuong", {"llc"}),  # rigour's alone, "cty" was left
        ("cong ty cp hoa phat", "jsc hoa phat", {"jsc"}),
        ("cty co phan hoa phat", "jsc hoa phat", {"jsc"}),
        ("công ty tnhh mtv thịnh cường", "llc thịnh cường", {"llc"}),
        ("thinh cuong công ty trách nhiệm hữu hạn", "thinh cuong llc", {"llc"}),
        ("cong ty co phan thuong mai", "jsc thuong mai", {"jsc"}),
        ("mai công ty hợp danh", "mai gp", {"gp"}),
        ("mai doanh nghiep tu nhan", "mai llc", {"llc"}),
    ],
)
def test_latin_abbreviations_rigour_lacks(text: str, expected: str, forms: set[str]) -> None:
    assert read_own_legal_forms(text) == (expected, forms)


@pytest.mark.parametrize(
    "text",
    [
        "ad hoc trading",  # a form ends a name (or stands before its seat)
        "acme ad agency group",
        "private equity partners",
        "private bank",
        "sunrise pvt solar",  # photovoltaic-thermal
        "road kk trading",
        "salt sal trading",
        "bodegas prat",  # Prat, a Catalan name: Ukrainian ПрАТ is not read
        "el prat",  # a name of one word besides function words is a name
        "la sal",
        "the ad",
        "casa sa",  # S.A. itself is rigour's; "sa" after the S.A. of Peru only with more letters
        "sac trading",  # Peru's S.A.C. ends a name
        "ac milan",  # A.C. only with its stops, at the end
        "sl green realty",
        "dooley holdings",
        "new doo trading group",  # d.o.o. ends a name
        # "Doo" is also a Korean syllable; DOO before the name or a seat is not read.
        "doo won trading co",
        "sam doo electronics",
        "doo babudovac brnjak",
        "aviandina sac",  # Peru's S.A.C. with its stops only: "sac", "sae" are words
        "hermes sac",
        "karya asa",  # Norway's ASA, Sweden's HB and KB are words too
        "pizza hut hb",
        "tavoni srl",  # S.R.L. is rigour's, without "de C.V."
        "cong ty",  # the word for company alone is a word (rigour's "công ty cổ phần" aside)
        "doo",
    ],
)
def test_latin_abbreviations_only_where_a_form_stands(text: str) -> None:
    assert read_own_legal_forms(text) == (text, set())


def test_a_form_at_the_end_is_a_legal_token() -> None:
    (form, *_) = analyze_name("LABICO S.A.L. (OFFSHORE)", ORG)
    assert form.tokens == ("labico", "jsc", "offshore")
    assert form.kinds == (NAME, LEGAL, LEGAL)


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Al Mohandes", "AL MOHANDES S.A.L."),  # 0.62: "SAL" was a name word
        ("Labico", "LABICO SAL OFFSHORE"),  # 0.40
        ("Ebla Trade Services", "EBLA TRADE SERVICES S.A.L./OFF-SHORE"),
        ("Gulf Star Trading", "GULF STAR TRADING W.L.L."),
        ("Vabo-2005", "VABO-2005 EOOD"),  # 0.57
        ("Rex Loto", "REX LOTO AD"),  # 0.73
        ("Rex Loto AD", "REX LOTO, AD"),
        ("VTB Banka Beograd", "VTB BANKA AD BEOGRAD"),  # the seat after the form (0.80)
        ("Al Qadir Pvt Ltd", "AL QADIR PRIVATE LIMITED"),  # 0.43: "pvt" and "private" two names
        ("Nippon Acme", "NIPPON ACME K.K."),  # 0.73
        ("Acme K. K.", "ACME K.K."),
        ("Easy Cash", "EASY CASH S. DE R.L."),  # 0.61: "s", "de", "rl" were a name's words
        ("Aviandina", "AVIANDINA S.A.C."),  # 0.57
        ("Araneks LLC", "ARANEKS DOO"),  # 0.53
        ("Clear Trade Link Ltd", "CLEAR TRADE LINK SL"),  # 0.61
        ("Thinh Cuong Co., Ltd.", "CONG TY TNHH THINH CUONG"),  # 0.45
        ("Cty TNHH Hoa Phat", "HOA PHAT CO LTD"),  # rigour's "cty tnhh": 1.00 before, 0.75 for a while
        ("Aviandina", "AVIANDINA S.A.C.A"),  # the stops read before the initials are joined
        ("Công ty TNHH Thịnh Cường", "THINH CUONG LLC"),  # 0.45
    ],
)
def test_a_listed_company_is_found_without_or_with_other_forms(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Company") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("written", "tokens"),
    [
        ("(주)마루", ("jsc", "malu")),  # the name word "ju"
        ("마루 ㈜", ("malu", "jsc")),
        ("(株) 丸紅", ("jsc", "wan", "hong")),
        ("㈱丸紅", ("jsc", "wan", "hong")),  # "(株)" once cleaned
    ],
)
def test_korean_and_japanese_forms_of_one_character_are_legal_forms(
    written: str, tokens: tuple[str, ...]
) -> None:
    (form, *_) = analyze_name(written, ORG)
    assert form.tokens == tokens
    assert [kind == LEGAL for kind in form.kinds] == [token == "jsc" for token in tokens]


def _unknown(_word: str) -> bool:
    return False


def test_a_slip_in_such_a_form_is_mended_as_in_rigours_forms() -> None:
    speller = LegalFormSpeller(["LABICO SAL OFFSHORE", "NOVA EAD", "DELTA PVT LTD", "VABO-2005 EOOD"])
    assert speller.correct("LABICO SAL OFFSCHORE", _unknown) == ["LABICO SAL offshore"]
    assert speller.correct("VABO-2005 EODD", _unknown) == ["VABO-2005 eood"]
    # Forms of three letters are one slip from many words: not mended into ("Delta PVC" was
    # read "Delta Pvt", a name with a form only, and alerted against "DELTA").
    assert speller.correct("Delta PVC", _unknown) == []
    assert speller.correct("Nova Eat", _unknown) == []
    assert own_legal_form_words("ebla trade services s.a.l./off-shore") == ["shore"]
    assert own_legal_form_words("labico sal offshore") == ["offshore"]


@settings(max_examples=2000)
@given(st.text(alphabet="salwkbpcfzeodtgihvrmuynqjáôạýđół.()/, -", max_size=30))
def test_the_quick_test_never_hides_a_form(text: str) -> None:
    # read_own_legal_forms searches for the Latin forms only in texts with some of their letters.
    any_form, _ = orgtypes._LATIN_COMPILED
    if any_form.search(text):
        assert orgtypes._LATIN_HINT.search(text)


@pytest.mark.parametrize("pattern", [pattern for pattern, _ in orgtypes._LATIN_FORMS])
def test_the_quick_test_finds_every_text_a_form_matches(pattern: str) -> None:
    # Texts drawn from each form's own pattern (Vietnamese letters, stops, slashes and all).
    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(re.compile(pattern), fullmatch=False))
    def check(text: str) -> None:
        if re.search(pattern, text):
            assert orgtypes._LATIN_HINT.search(text)

    check()
