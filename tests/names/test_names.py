"""Name analysis: clean-up, readings, transliteration, honorifics and organisation types."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rigour.names import NamePartTag, NameTypeTag

from embargo.names import analyze_name, clean_name, from_spec, has_name_content, to_spec
from embargo.names.honorifics import strip_honorifics
from embargo.names.orgtypes import compare_form, legal_parts
from embargo.names.tokenize import comma_parts, split_glued
from embargo.names.transliterate import latinize, needs_latin


def test_clean_name_drops_controls_emoji_and_folds_width() -> None:
    assert clean_name("  Vladimir\x00\u200b  Putin 😀 ") == "Vladimir Putin"
    assert clean_name("ＡＢＣ") == "ABC"
    assert clean_name("") == ""


def test_has_name_content() -> None:
    assert not has_name_content("!!! ---")
    assert has_name_content("习")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_clean_name_is_idempotent_and_safe(text: str) -> None:
    cleaned = clean_name(text)
    assert clean_name(cleaned) == cleaned
    assert "\x00" not in cleaned and "  " not in cleaned
    assert cleaned == cleaned.strip()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_analyze_name_never_crashes(text: str) -> None:
    for tag in (NameTypeTag.PER, NameTypeTag.ORG):
        for name in analyze_name(text, tag):
            assert from_spec(to_spec(name)).comparable == name.comparable


def test_comma_order_and_glued_names() -> None:
    assert comma_parts("SALEK, ABDULHAI") == ("SALEK", "ABDULHAI")
    assert comma_parts("Salek Abdulhai") is None
    assert split_glued("SiemensAG") == "Siemens AG"
    assert split_glued("Siemens") is None
    person = analyze_name("SALEK, Abdulhai", NameTypeTag.PER)[0]
    assert person.comparable == "abdulhai salek"
    assert [p.tag for p in person.parts] == [NamePartTag.GIVEN, NamePartTag.FAMILY]


def test_transliteration() -> None:
    assert needs_latin("习近平") and not needs_latin("Путин")
    assert latinize("习近平") == "xi jinping"
    readings = {n.comparable for n in analyze_name("Владимир Путин", NameTypeTag.PER)}
    assert "vladimir putin" in readings
    assert "xi jinping" in {n.comparable for n in analyze_name("习近平", NameTypeTag.PER)}


def test_honorifics_and_org_types() -> None:
    assert strip_honorifics("Dr. Rami Makhlouf") == "Rami Makhlouf"
    assert strip_honorifics("Dr.") == "Dr."
    forms = {
        analyze_name(n, NameTypeTag.ORG)[0].comparable
        for n in ("PJSC Gazprom", "Public Joint Stock Company Gazprom")
    }
    assert len(forms) == 1
    assert compare_form("Siemens Aktiengesellschaft") == compare_form("Siemens AG")
    org = analyze_name("ПАО Газпром", NameTypeTag.ORG)[0]
    assert legal_parts(org)
