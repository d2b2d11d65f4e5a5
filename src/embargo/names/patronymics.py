""" "Son of" and "daughter of" written in English between the parts of a person name.

The UN list gives Afghan names as "Akhter Mohmad son of Noor Mohmad" where the same name in
its own script reads "اختر محمد ولد نور محمد" (walad, "son of"), and records from South Asia
write "Ali Khan S/O Ahmed Khan" (son of) or "D/O" (daughter of). Those words are the particle
Arabic names write "bin" (or "ibn", "ben", "ould", "walad") and "bint": read so, they pair with
the particle of the other name, and they tell whose son the parts after them name (see
embargo.match.names._crosses_patronymic), where "son" and "of" were two name parts and "S/O"
two names ("Ali Khan S" and "O Ahmed Khan", read as alternatives written with a slash).
"""

from __future__ import annotations

import re

_LETTER = re.compile(r"[^\W\d_]")
#: "son of" / "S/O", and "daughter of" / "D/O", as whole words.
_SON_OF = re.compile(r"(?<![^\W_])(?:son\s+of|s\s*/\s*o)(?![^\W_])", re.IGNORECASE)
_DAUGHTER_OF = re.compile(r"(?<![^\W_])(?:daughter\s+of|d\s*/\s*o)(?![^\W_])", re.IGNORECASE)


def english_patronymics(name: str) -> str:
    """The person name with "son of" (or "S/O") written "bin" and "daughter of" ("D/O") "bint".

    Only between two words: a name that starts or ends with them keeps them as written.
    """
    if "/" not in name and " of" not in name.casefold():
        return name
    return _between_words(_between_words(name, _SON_OF, "bin"), _DAUGHTER_OF, "bint")


def _between_words(name: str, pattern: re.Pattern[str], particle: str) -> str:
    """``name`` with each match of ``pattern`` that has a word before and after it replaced."""

    def replace(match: re.Match[str]) -> str:
        before, after = name[: match.start()], name[match.end() :]
        if _LETTER.search(before) and _LETTER.search(after):
            return f" {particle} "
        return match.group(0)

    replaced = pattern.sub(replace, name)
    return replaced if replaced == name else " ".join(replaced.split())
