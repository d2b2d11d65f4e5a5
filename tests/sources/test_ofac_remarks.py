"""The OFAC remarks parser: the clauses OFAC writes, and the long tail read generically."""

from __future__ import annotations

import pytest

from embargo.sources.ofac_remarks import identifier_kind, parse_labelled, parse_remarks, split_clauses


def test_split_never_inside_parentheses() -> None:
    text = "Passport 123 (issued; Russia); DOB 1952"
    assert split_clauses(text) == ["Passport 123 (issued; Russia)", "DOB 1952"]


def test_split_survives_unbalanced_parenthesis() -> None:
    assert split_clauses("Passport 123 (Russia; DOB 1952; POB X") == [
        "Passport 123 (Russia",
        "DOB 1952",
        "POB X",
    ]


def test_person_facts() -> None:
    facts = parse_remarks(
        "DOB 07 Oct 1952; alt. DOB circa 1953; POB Leningrad, Russia; nationality Russia; citizen Russia; "
        "Gender Male; President of the Russian Federation."
    )
    assert [(d.start, d.circa) for d in facts.birth_dates] == [("1952-10-07", False), ("1953", True)]
    assert facts.birth_places == ["Leningrad, Russia"]
    assert facts.nationalities == ["ru"] and facts.citizenships == ["ru"]
    assert facts.gender == "male"
    assert facts.remarks == ["President of the Russian Federation"]


def test_date_ranges_and_several_dobs() -> None:
    facts = parse_remarks("DOB 1960 to 1962; alt. DOB 01 Jan 1970 to 31 Dec 1971; alt. DOB Oct 1952")
    assert [(d.start, d.end, d.precision) for d in facts.birth_dates] == [
        ("1960", "1962", "range"),
        ("1970-01-01", "1971-12-31", "range"),
        ("1952-10", "1952-10", "month"),
    ]


def test_weak_aliases_and_former_names() -> None:
    facts = parse_remarks("a.k.a. 'BNC'; f.k.a. 'OLD NAME'; n.k.a. 'NEW NAME'; a.k.a. 'AL QA'IDA'.")
    assert [(n.full, n.kind, n.quality) for n in facts.names] == [
        ("BNC", "alias", "weak"),
        ("OLD NAME", "formerly", "weak"),
        ("NEW NAME", "alias", "weak"),
        ("AL QA'IDA", "alias", "weak"),
    ]


def test_links_keep_dotted_legal_forms() -> None:
    facts = parse_remarks("Linked To: HIZBALLAH; Linked To: GRUPO EJEMPLO, S.A. DE C.V.")
    assert [(link.kind, link.target_name) for link in facts.links] == [
        ("linked_to", "HIZBALLAH"),
        ("linked_to", "GRUPO EJEMPLO, S.A. DE C.V."),
    ]
    facts = parse_remarks("Owned or Controlled By: EXAMPLE HOLDING")
    assert facts.links[0].kind == "owned_or_controlled_by"


def test_prohibition_is_not_an_ownership_link() -> None:
    facts = parse_remarks(
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: "
        "North Korea Sanctions Regulations section 510.214"
    )
    assert facts.links == []
    assert facts.properties["transactions_prohibited"]


@pytest.mark.parametrize(
    ("clause", "kind", "value", "country", "note"),
    [
        (
            "Passport 1084010 (Egypt) issued 23 Jun 1999 expires 05 Feb 2004",
            "passport",
            "1084010",
            "eg",
            "issued 23 Jun 1999 expires 05 Feb 2004",
        ),
        ("Diplomatic Passport 008827 (Iran) issued 1999", "passport", "008827", "ir", "issued 1999"),
        ("National ID No. 216040 (Yemen)", "national_id", "216040", "ye", None),
        ("Cedula No. 6068015 (Colombia)", "national_id", "6068015", "co", None),
        ("Tax ID No. 7744001497 (Russia)", "tax_id", "7744001497", "ru", None),
        ("NIT # 890115794-3 (Colombia)", "tax_id", "890115794-3", "co", None),
        ("R.F.C. DIB-771110-HQ1 (Mexico)", "tax_id", "DIB-771110-HQ1", "mx", None),
        ("D.N.I. 78.865.882 (Spain)", "national_id", "78.865.882", "es", None),
        ("Registration Number 1027700167110 (Russia)", "registration", "1027700167110", "ru", None),
        ("SWIFT/BIC GAZPRUMM", "swift_bic", "GAZPRUMM", None, None),
        ("Vessel Registration Identification IMO 9116412", "imo", "9116412", None, None),
        ("Company Number IMO 5055293", "imo", "5055293", None, None),
        ("MMSI 572469210", "mmsi", "572469210", None, None),
        ("Legal Entity Number 253400V1H6ART1UQ0N98 (Russia)", "lei", "253400V1H6ART1UQ0N98", "ru", None),
        (
            "Aircraft Manufacturer's Serial Number (MSN) 1023409321",
            "aircraft_serial",
            "1023409321",
            None,
            None,
        ),
        ("Aircraft Tail Number EP-MMH", "aircraft_tail", "EP-MMH", None, None),
        ("Driver's License No. 180839 (Mexico)", "driving_licence", "180839", "mx", None),
        ("SSN 523-33-8386 (United States)", "ssn", "523-33-8386", "us", None),
        ("Cartilla de Servicio Militar Nacional B4111940 (Mexico)", "national_id", "B4111940", "mx", None),
        # The long tail: an unknown label with No./Number still becomes an identifier.
        ("Fishing Permit Number FP-20391 (Iceland)", "other", "FP-20391", "is", None),
        ("Tax ID No. 7744001497 (Russia) (individual)", "tax_id", "7744001497", "ru", "individual"),
    ],
)
def test_identifiers(clause: str, kind: str, value: str, country: str | None, note: str | None) -> None:
    facts = parse_remarks(clause)
    assert facts.remarks == []
    [ident] = facts.identifiers
    assert (ident.kind, ident.value, ident.country, ident.note) == (kind, value, country, note)
    assert ident.label


def test_crypto_addresses() -> None:
    facts = parse_remarks(
        "Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo; "
        "alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
    )
    assert [(i.kind, i.note) for i in facts.identifiers] == [("crypto", "XBT"), ("crypto", "ETH")]


def test_properties() -> None:
    facts = parse_remarks(
        "Website www.example.test; Email Address info@example.test; Phone Number 8613314257947; "
        "Fax (98)(21)(22224537); Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations; "
        "Executive Order 13662 Directive Determination - Subject to Directive 1; "
        "Organization Established Date 13 Mar 2000; Organization Type: Manufacture of basic metals; "
        "Additional Sanctions Information - Subject to Secondary Sanctions; "
        "Target Type Financial Institution; "
        "Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Former Vessel Flag Malta; "
        "Listing Date (EO 14024 Directive 2): 24 Feb 2022"
    )
    props = facts.properties
    assert props["websites"] == ["www.example.test"]
    assert props["emails"] == ["info@example.test"]
    assert props["phones"] == ["8613314257947"]
    assert props["faxes"] == ["(98)(21)(22224537)"]
    assert props["secondary_sanctions_risk"] == ["Ukraine-/Russia-Related Sanctions Regulations"]
    assert props["directives"] == ["Executive Order 13662 Directive Determination - Subject to Directive 1"]
    assert props["organization_established_date"] == ["2000-03-13"]
    assert props["organization_type"] == ["Manufacture of basic metals"]
    assert props["additional_sanctions_information"] == ["Subject to Secondary Sanctions"]
    assert props["target_type"] == ["Financial Institution"]
    assert props["aircraft_model"] == ["IL76-TD"]
    assert props["aircraft_operator"] == ["YAS AIR"]
    assert props["former_vessel_flags"] == ["mt"]
    assert props["program_dates"]
    assert facts.remarks == []


def test_leftovers_stay_in_remarks() -> None:
    facts = parse_remarks(
        "Member of the Upper House of Parliament; HAMAS 2; #2 in Special Security Organization"
    )
    assert facts.remarks == [
        "Member of the Upper House of Parliament",
        "HAMAS 2",
        "#2 in Special Security Organization",
    ]
    assert facts.identifiers == []


def test_unknown_nationality_is_kept_as_remark() -> None:
    facts = parse_remarks("nationality Atlantis")
    assert facts.nationalities == []
    assert facts.remarks == ["nationality Atlantis"]


def test_empty_and_placeholder() -> None:
    assert parse_remarks(None).remarks == []
    assert parse_remarks("-0-").remarks == []
    assert parse_remarks("   ").identifiers == []


def test_huge_remarks_string_is_handled() -> None:
    text = "; ".join(f"Passport P{i:07d} (Russia)" for i in range(5000)) + "; " + "x" * 200_000
    facts = parse_remarks(text)
    assert len(facts.identifiers) == 5000
    assert len(facts.remarks) == 1


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Cedula No.", "national_id"),
        ("C.U.R.P.", "national_id"),
        ("V.A.T. Number", "tax_id"),
        ("Commercial Registry Number", "registration"),
        ("Electoral Registry No.", "national_id"),
        ("Travel Document Number", "passport"),
        ("Something Else No.", "other"),
    ],
)
def test_identifier_kind_from_label_words(label: str, kind: str) -> None:
    assert identifier_kind(label) == kind


def test_parse_labelled_reads_csl_order() -> None:
    facts = parse_labelled("Tax ID No.", "7744001497", "RU")
    assert [(i.kind, i.value, i.country) for i in facts.identifiers] == [("tax_id", "7744001497", "ru")]
    facts = parse_labelled("Secondary sanctions risk:", "North Korea Sanctions Regulations, sections 510.201")
    assert facts.properties["secondary_sanctions_risk"] == [
        "North Korea Sanctions Regulations, sections 510.201"
    ]
