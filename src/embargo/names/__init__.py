"""Name analysis: from a raw name as people write it to comparable Latin tokens.

The pipeline (see docs/matching.md): clean Unicode (:mod:`.normalize`), read
"LAST, First" and glued names (:mod:`.tokenize`), strip honorifics
(:mod:`.honorifics`), rewrite legal forms (:mod:`.orgtypes`), transliterate
other scripts to Latin (:mod:`.transliterate`), and cut into typed tokens
(:mod:`.analysis`).
"""

from embargo.names.analysis import ENT, OBJ, ORG, PER, NameForm, analyze_name, type_tag_for_schema
from embargo.names.normalize import clean_name, has_name_content

__all__ = [
    "ENT",
    "OBJ",
    "ORG",
    "PER",
    "NameForm",
    "analyze_name",
    "clean_name",
    "has_name_content",
    "type_tag_for_schema",
]
