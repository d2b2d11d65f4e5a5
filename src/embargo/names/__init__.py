"""Name analysis: from a raw name as people write it to tagged, comparable name parts.

The pipeline (see docs/matching.md): clean Unicode (:mod:`.normalize`), read
"LAST, First" and glued names (:mod:`.tokenize`), transliterate other scripts
to Latin (:mod:`.transliterate`), then let rigour tag honorifics, organisation
types, initials, numbers and known given/family names (:mod:`.analysis`).
"""

from embargo.names.analysis import NameSpec, analyze_name, from_spec, to_spec, type_tag_for_schema
from embargo.names.normalize import clean_name, has_name_content

__all__ = [
    "NameSpec",
    "analyze_name",
    "clean_name",
    "from_spec",
    "has_name_content",
    "to_spec",
    "type_tag_for_schema",
]
