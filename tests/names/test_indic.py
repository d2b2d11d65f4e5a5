"""Names in the Brahmic scripts of South Asia (names.indic), read as their bearers write them in English."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.match import DEFAULT_THRESHOLD
from embargo.match.scorer import score_pair
from embargo.model import Match
from embargo.names.analysis import PER, analyze_name
from embargo.names.indic import indic_spellings, indic_word
from embargo.names.transliterate import latinize


@pytest.mark.parametrize(
    ("name", "english"),
    [
        # The inherent vowel is left out at the end of a word after a single consonant ...
        ("শেখ হাসিনা", "shekh hasina"),  # Bengali; শ is "sh"
        ("ગૌતમ અદાણી", "gautam adani"),  # Gujarati; "ta" is said before the final "m"
        ("ମୋହନ ମାଝୀ", "mohan majhi"),  # Oriya
        # ... and inside a word between two syllables said with a vowel, after a single consonant
        ("শেখ মুজিবুর রহমান", "shekh mujibur rahman"),
        ("ਸੁਖਬੀਰ ਸਿੰਘ ਬਾਦਲ", "sukhbir singh badal"),  # Gurmukhi; the tippi is a nasal
        ("ਮਨਮੋਹਨ ਸਿੰਘ", "manmohan singh"),
        ("आबदुल", "abdul"),
        ("अरविंद केजरीवाल", "arvind kejrival"),
        # ... read from the start of the word: a vowel left out keeps the next one
        ("ਹਰਭਜਨ ਸਿੰਘ", "harbhajan singh"),
        ("फडणवीस", "phadnavis"),
        # ... never in the first syllable, nor before a consonant cluster (in Hindi and Punjabi
        # but one of two consonants ending in r)
        ("कमला", "kamla"),
        ("નરેન્દ્ર મોદી", "narendra modi"),
        ("রবীন্দ্রনাথ ঠাকুর", "rabindranath thakur"),
        ("দেবব্রত", "debabrat"),
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "harprit kaur"),
        ("ओमप्रकाश", "omprakash"),
        # Gurmukhi's addak doubles the next consonant; an aspirate is written once
        ("ਹਰਦੀਪ ਸਿੰਘ ਨਿੱਜਰ", "hardip singh nijjar"),
        ("ਭੱਟੀ", "bhatti"),
        ("ਸਿੱਧੂ", "sidhu"),
        # ज्ञ is "gy"; a nasal ending a word "n"
        ("ज्ञानेंद्र", "gyanendra"),
        ("ढिल्लों", "dhillon"),
        ("चाँद", "chand"),
        # Bengali writes w as ও and য় before a vowel; Bengali and Oriya য/ଯ are "j"
        ("সজীব ওয়াজেদ", "sajib wajed"),
        ("যমুনা", "jamuna"),
        ("ଯଶୋଦା", "jashoda"),
        ("বন্দ্যোপাধ্যায়", "bandyopadhyay"),  # after a virama: "y"
        ("ৰাজকুমাৰ", "rajkumar"),  # Assamese ra
        # Dravidian languages say the final vowel and write a virama where they do not; their
        # dental t is written "th" in English
        ("చంద్రబాబు నాయుడు", "chandrababu nayudu"),  # Telugu
        ("రేవంత్ రెడ్డి", "revanth reddi"),
        ("ಶಿವಕುಮಾರ್", "shivakumar"),  # Kannada
        ("ಶ್ರೀನಿವಾಸ", "srinivasa"),  # a first śr is "sr"
        ("ಸಿದ್ದರಾಮಯ್ಯ", "siddaramaiah"),  # -ayya is "aiah"
        ("కె. చంద్రశేఖర్ రావు", "ke. chandrashekhar rao"),  # -āvu is "ao"
        ("వెంకట్రావు", "venkatrao"),
        ("முத்துவேல் கருணாநிதி", "muthuvel karunanithi"),  # Tamil
        # Malayalam: chillu letters, and the vowel signs of o and au that ICU reads in two parts
        ("മോഹൻലാൽ", "mohanlal"),
        ("ശശി തരൂർ", "shashi tharur"),
        ("പൗലോസ്", "paulos"),
        ("വിൻസെന്റ്", "vinsent"),  # ന്റ is "nt"
        ("ஃபாத்திமா", "fathima"),  # Tamil ஃப is "f"
        # A word mixing two of these scripts is read in each script's part by its rules.
        ("राहुलরাহুল", "rahulrahul"),
    ],
)
def test_a_name_in_a_brahmic_script_is_written_as_in_english(name: str, english: str) -> None:
    assert latinize(name) == english


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("ਅਮਰਿੰਦਰ ਸਿੰਘ", "Amarinder Singh"),  # 0.70 when anyascii left out every inherent vowel
        ("ਗੁਰਪਤਵੰਤ ਸਿੰਘ ਪੰਨੂ", "Gurpatwant Singh Pannun"),  # 0.24
        ("মমতা বন্দ্যোপাধ্যায়", "Mamata Bandyopadhyay"),  # 0.82
        ("ભૂપેન્દ્ર પટેલ", "Bhupendra Patel"),
        ("ಯಡಿಯೂರಪ್ಪ", "Yediyurappa"),  # 0.64
        ("പിണറായി വിജയൻ", "Pinarayi Vijayan"),
        ("ரஜினிகாந்த்", "Rajinikanth"),  # 0.76
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "Harpreet Kaur"),
        ("ज्ञानेंद्र", "Gyanendra"),
        ("ആന്റണി", "Antony"),
        ("செல்வம்", "Selvam"),
        ("ਅਮਨਦੀਪ ਕੌਰ", "Amandeep Kaur"),
        ("వెంకయ్య నాయుడు", "Venkayya Naidu"),
        ("যুবরাজ সিংহ", "Yuvraj Singh"),
        ("ଗଣେଶ୍ୱର", "Ganeswar"),  # Oriya ୱ is "w"
        ("சிதம்பரம்", "Chidambaram"),  # 0.64 before Tamil's stops were read voiced too
        ("அன்பழகன்", "Anbazhagan"),  # 0.76
        ("வேலுப்பிள்ளை பிரபாகரன்", "Velupillai Prabhakaran"),  # 0.38
    ],
)
def test_a_name_in_a_brahmic_script_matches_its_english_spelling(name: str, latin: str) -> None:
    assert score_pair(name, latin, "Person") >= DEFAULT_THRESHOLD
    assert score_pair(latin, name, "Person") >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("ਸੁਖਬੀਰ ਸਿੰਘ ਬਾਦਲ", "Parkash Singh Badal"),  # father and son
        ("વલ્લભભાઈ પટેલ", "Bhupendra Patel"),
        ("రేవంత్ రెడ్డి", "Jaganmohan Reddy"),
        ("তারেক রহমান", "Ziaur Rahman"),
    ],
)
def test_another_person_of_the_family_stays_apart(name: str, latin: str) -> None:
    assert score_pair(name, latin, "Person") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "entity_id"),
    [
        ("ਚਿਰੰਜੀਵ ਕੁਮਾਰ ਸਿੰਘ", "ofac-sdn-34959"),  # SINGH, Chiranjeev Kumar: 0.53 before
        ("ਸੰਜੀਵਨ ਸਿੰਘ ਰੂਪਰਾ", "ofac-sdn-8294"),  # RUPRAH, Sanjivan Singh: 0.66 before
        ("ਹਰਮੋਹਨ ਸਿੰਘ ਹਕੀਮਜ਼ਾਦਾ", "ofac-sdn-21844"),  # HAKIMZADA, Harmohan Singh
        ("अतुल गुप्ता", "ofac-sdn-26783"),  # GUPTA, Atul
        ("অতুল গুপ্ত", "ofac-sdn-26783"),
    ],
)
def test_listed_persons_are_found_by_their_names_in_indian_scripts(
    listed_person_matches: Callable[..., list[Match]], query: str, entity_id: str
) -> None:
    matches = listed_person_matches(query)
    assert matches and matches[0].entity_id == entity_id, [(m.name, m.score) for m in matches]


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        # Schwa deletion read from the start and from the end: which way a compound splits is not
        # written (Harbhajan, Fadnavis from the start; Amandeep, Amarnath from the end).
        ("ਅਮਨਦੀਪ ਕੌਰ", {("amnadip", "kaur"), ("amandip", "kaur")}),
        ("ਹਰਭਜਨ ਸਿੰਘ", {("harbhajan", "singh"), ("harabhjan", "singh")}),
        ("मोहनलाल", {("mohnalal",), ("mohanlal",)}),
        # Bengali য "j" and, as names from Sanskrit are spelt, "y"; ज्ञ "gy" and "jn"
        ("যুবরাজ", {("jubraj",), ("yubraj",)}),
        ("ज्ञानेंद्र", {("gyanendra",), ("jnanendra",)}),
        # Telugu and Kannada -ayya: "aiah" and as written
        ("వెంకయ్య", {("venkaiah",), ("venkayya",)}),
        # Tamil's stops as written and voiced after a nasal and between vowels, with ச "s" too
        ("முருகன்", {("murukan",), ("murugan",)}),
        ("சுந்தரம்", {("chuntharam",), ("suntharam",), ("chundaram",), ("sundaram",)}),
    ],
)
def test_names_english_spells_two_ways_are_read_both_ways(name: str, readings: set[tuple[str, ...]]) -> None:
    assert readings <= {form.tokens for form in analyze_name(name, PER)}


def test_a_name_without_two_spellings_has_no_other_reading() -> None:
    assert indic_spellings("राहुल गांधी") == ()
    assert indic_spellings("Rahul Gandhi") == ()


def test_tamil_ca_is_also_read_s() -> None:
    readings = {form.tokens for form in analyze_name("சரவணன் செல்வம்", PER)}
    assert {("charavanan", "chelvam"), ("saravanan", "selvam")} <= readings
    assert score_pair("சரவணன்", "Saravanan", "Person") == 1.0
    assert indic_spellings("பச்சை") == ()  # doubled: "ch"


def test_tamil_stops_doubled_or_starting_a_word_are_not_read_voiced() -> None:
    assert {form.tokens for form in analyze_name("வேலுப்பிள்ளை", PER)} == {("veluppillai",)}
    assert {form.tokens for form in analyze_name("கமல்", PER)} == {("kamal",)}  # k at the start


def test_a_zero_width_non_joiner_outside_these_scripts_is_left_alone() -> None:
    # Persian writes one inside words: روح‌الله keeps its final ح (see names.transliterate).
    assert latinize("روح\u200cالله") == "rwhxllh"


@given(st.text(alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x0D7F), max_size=40))
def test_any_letters_of_these_scripts_give_ascii(word: str) -> None:
    # Signs out of place (a virama first, a vowel sign alone, unassigned code points) never fail.
    assert indic_word(word).isascii()
    assert "?" not in latinize(word)
