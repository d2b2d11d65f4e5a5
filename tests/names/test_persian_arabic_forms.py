"""Persian and Arabic legal forms and company words, in their script and romanised
(embargo.names.persian_arabic_forms, read by embargo.names.orgtypes), and what they change in scoring."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD, score_pair
from embargo.names import persian_arabic_forms
from embargo.names.analysis import GENERIC, LEGAL, NAME, ORG, PER, analyze_name
from embargo.names.orgtypes import read_own_legal_forms
from embargo.names.persian_arabic_forms import company_words

_KALA_NAFT = "SHERKAT SAHAMI KHASS KALA NAFT"


@pytest.mark.parametrize(
    ("text", "expected", "forms"),
    [
        ("شرکت سهامی خاص کالا نفت", "شرکت jsc کالا نفت", {"jsc"}),
        ("شرکت کالا نفت (سهامی عام)", "شرکت کالا نفت ( jsc )", {"jsc"}),
        ("شرکت سهامی کالا", "شرکت jsc کالا", {"jsc"}),  # سهامی alone
        ("شرکت پارس با مسئولیت محدود", "شرکت پارس llc", {"llc"}),
        ("شركة الحرم ذات المسؤولية المحدودة", "شركة الحرم llc", {"llc"}),
        ("شركة الحرم ذات al مسؤولية al محدودة", "شركة الحرم llc", {"llc"}),  # the article split off
        ("شركة الحرم ذ.م.م", "شركة الحرم llc", {"llc"}),
        ("شركة المهندس ش.م.ل", "شركة المهندس jsc", {"jsc"}),
        ("شركة الاتصالات مساهمة عامة", "شركة الاتصالات jsc", {"jsc"}),
        ("شرکت تعاونی کشاورزی", "شرکت coop کشاورزی", {"coop"}),
        ("sherkat sahami khass kala naft", "sherkat jsc kala naft", {"jsc"}),
        ("sherkat-e sahami-ye aam pars", "sherkat-e jsc pars", {"jsc"}),
        ("sherkat sahami aliaf", "sherkat jsc aliaf", {"jsc"}),
        ("pars ba masuliyat-e mahdud", "pars llc", {"llc"}),
        ("al-haram dhat al-masuliyyah al-mahdudah", "al-haram llc", {"llc"}),
        ("tazamoni vakili and partners", "gp vakili and partners", {"gp"}),
        ("sharikat musahama al-nur", "sharikat jsc al-nur", {"jsc"}),
        ("شرکت سهامی\u200cخاص کالا", "شرکت jsc کالا", {"jsc"}),  # a zero-width non-joiner removed
        ("شرکت سهامیخاص کالا", "شرکت jsc کالا", {"jsc"}),  # ... as the clean-up leaves it
        ("شركة الحرم ذ م م", "شركة الحرم llc", {"llc"}),  # the abbreviation without stops
        ("شركة الحرم ذات المسؤوليّة المحدودة", "شركة الحرم llc", {"llc"}),  # a vowel mark
        ("شركة الحرم ذات المسؤولـية المحدودة", "شركة الحرم llc", {"llc"}),  # a tatweel
        ("شركة الاتصالات المساهمة العامة", "شركة الاتصالات jsc", {"jsc"}),  # with the article
    ],
)
def test_legal_forms_are_rewritten_to_the_compare_form(text: str, expected: str, forms: set[str]) -> None:
    assert read_own_legal_forms(text) == (expected, forms)


@pytest.mark.parametrize(
    "text",
    [
        "بنك التضامن الإسلامي",  # Arabic تضامن: "solidarity", a name word
        "bank taavon",  # "cooperation", not the legal form "ta'avoni"
        "shamsi kala",
        "sahami",  # a name of one word is a name
        "taavoni",
        "tavoni srl",  # the Italian family name, not "ta'avoni"
        "sal trading",  # "sal" ends a name as Lebanon's form
        "ksc holdings",
        "musahama capital",  # "musahama" alone is a form only after the word for company
        "التعاونية للتأمين",  # Tawuniya, an insurer: تعاونية alone is a form only after شركة
        "البنك التعاوني الإسلامي",
    ],
)
def test_words_that_only_look_like_forms_stay(text: str) -> None:
    assert read_own_legal_forms(text) == (text, set())


def test_company_words_in_persian_and_romanised_with_their_symbol() -> None:
    assert company_words("شرکت ملی نفت") == {"shrkt": "co"}
    assert company_words("sherkat-e dey") == {"sherkate": "co"}
    assert company_words("muassasat al-haramain") == {"muassasat": "corp"}
    assert company_words("موسسه طاها") == {"mwssh": "corp"}
    assert company_words("kala naft") == {}
    assert company_words("شرکتِ کالا")["shrkt"] == "co"  # the ezafe's vowel mark left out too
    # A name with no form keeps its vowel marks (they are read later).
    assert read_own_legal_forms("مُحَمَّد كالا") == ("مُحَمَّد كالا", set())
    assert company_words("muassassat al-rahmah moassesa al-furqan") == {
        "muassassat": "corp",
        "moassesa": "corp",
    }
    assert company_words("sharika enterprises") == {}  # Sharika is a given name


def test_a_listed_iranian_company_is_read_as_form_and_name() -> None:
    (form, *_) = analyze_name(_KALA_NAFT, ORG)
    assert form.tokens == ("sherkat", "jsc", "kala", "naft")
    assert form.kinds == (GENERIC, LEGAL, NAME, NAME)
    # A misspelt company word leaves the form a form ("SHEKAT SAHAMI ALIAF").
    (typed, *_) = analyze_name("SHEKAT SAHAMI ALIAF", ORG)
    assert typed.tokens == ("shekat", "jsc", "aliaf")
    # Not in a person's name: "Sahami" is a family name there.
    (person, *_) = analyze_name("Mehran Sahami", PER)
    assert person.tokens == ("mehran", "sahami")


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Kala Naft", _KALA_NAFT),  # 0.47 before: three of five listed words unmatched
        ("Kala Naft Company", _KALA_NAFT),  # 0.22: "company" was no "sherkat"
        ("Kala Naft PJSC", _KALA_NAFT),
        ("Sherkat-e Kala Naft", _KALA_NAFT),
        ("شرکت کالا نفت (سهامی خاص)", "KALA NAFT CO"),  # 0.27: شرکت was no "co"
        ("Tavoni Srl", "TAVONI"),  # an Italian family name, not "ta'avoni" (a cooperative)
        ("Sanaye Electronic Iran Co", "SHERKAT SANAYEH ELECTRONICS IRAN"),  # 0.35
        ("Vakili and Partners", "TAZAMONI VAKILI AND PARTNERS"),
        # In Arabic script against the Latin listing: the company word left out costs little
        # once the consonants of a name word agree (0.72 before).
        ("الحرم للحوالات المالية", "SHARIKAT AL-HARAM LIL-HIWALAT AL-MALIYYAH"),
        ("شركة الحرم للحوالات المالية ذ.م.م", "AL-HARAM LIL-HIWALAT AL-MALIYYAH"),
    ],
)
def test_a_listed_company_is_found_without_or_with_other_forms(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Company") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Sherkat Sahami Khass Khaybar", _KALA_NAFT),
        ("شرکت سهامی خاص پارس مسکن", _KALA_NAFT),
        ("شركة الاتصالات ذ.م.م", "SHARIKAT AL-HARAM LIL-HIWALAT AL-MALIYYAH"),
        ("Sherkat-e Dey", "SHERKAT-E SARRAFI SINA"),
    ],
)
def test_companies_sharing_only_their_forms_stay_apart(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Company") < 0.5


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        # One vowel-less word is many names ("مهر" is Mehr, and Maher): it does not name the
        # company alone, so the company word left out costs its full share.
        ("شرکت مهر", "MAHER"),
        ("ترابين PLC", "OAO SKB TURBINA"),
        ("Musahama Capital", "CAPITAL JSC"),  # "musahama" alone is no form
    ],
)
def test_a_loose_reading_does_not_alert(written: str, listed: str) -> None:
    assert score_pair(written, listed, "Company") < DEFAULT_THRESHOLD


@given(
    st.text(alphabet="شرکتسهامیخاصعامذمل. کالانفتپارسsherkatsahamikhasmuliyd -", max_size=60),
)
def test_reading_forms_is_done_once(text: str) -> None:
    rewritten, forms = read_own_legal_forms(text.casefold())
    assert forms <= {"jsc", "llc", "coop", "gp", "lp"}
    assert read_own_legal_forms(rewritten) == (rewritten, set())  # nothing left to read


@settings(max_examples=1000)
@given(
    st.from_regex(
        r"(sh[aei]rikat|sherkat(-e)?|shirkat|m[ou]ass?[ae]ss?[ae][ht]?|[a-z]{1,8})( [a-z]{1,8}){0,2}"
    )
)
def test_the_quick_test_never_hides_a_company_word(text: str) -> None:
    # company_words looks at the words only when some have the first letters of such a word.
    words = persian_arabic_forms.WORD.findall(text)
    if any(persian_arabic_forms._organisation_word(word) for word in words):
        assert persian_arabic_forms._ORGANISATION_WORD_HINT.search(text)
