"""Complete the Polish catalogue after `makemessages`.

Our msgids are Polish, so a Polish msgstr equals its msgid; only plural entries need real
work (Polish has more forms than the msgid/msgid_plural pair): they are filled with the
plural msgid and flagged fuzzy-free only once a person has written every form. Existing
translations are never overwritten.
"""

import sys
from pathlib import Path

import polib

# Polish plural forms (Django's pl: one, few, many, fractions) for plural msgids in our code.
PLURALS = {
    "Wysłano %(n)s dokument. Dziękujemy – pracownik ośrodka go sprawdzi.": [
        "Wysłano %(n)s dokument. Dziękujemy – pracownik ośrodka go sprawdzi.",
        "Wysłano %(n)s dokumenty. Dziękujemy – pracownik ośrodka je sprawdzi.",
        "Wysłano %(n)s dokumentów. Dziękujemy – pracownik ośrodka je sprawdzi.",
        "Wysłano %(n)s dokumentu. Dziękujemy – pracownik ośrodka je sprawdzi.",
    ],
    "Znaleziono %(counter)s wynik.": [
        "Znaleziono %(counter)s wynik.",
        "Znaleziono %(counter)s wyniki.",
        "Znaleziono %(counter)s wyników.",
        "Znaleziono %(counter)s wyniku.",
    ],
}


def fill(path: Path) -> list[str]:
    catalogue = polib.pofile(str(path))
    catalogue.metadata["Language"] = "pl"
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            # msgmerge's guess is another msgid's text ("Liczba zadań" for "Liczba
            # wniosków"): drop it, the msgid itself is the Polish text.
            entry.flags.remove("fuzzy")
            entry.msgstr, entry.msgstr_plural = "", {}
            entry.previous_msgid = entry.previous_msgid_plural = None
        if entry.msgid_plural:
            forms = PLURALS.get(entry.msgid)
            if forms is None:
                missing.append(entry.msgid)
                forms = [entry.msgid] + [entry.msgid_plural] * 3
            for index, form in enumerate(forms):
                if not entry.msgstr_plural.get(index):
                    entry.msgstr_plural[index] = form
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    catalogue.save()
    catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    return missing


if __name__ == "__main__":
    po = Path(sys.argv[1] if len(sys.argv) > 1 else "locale/pl/LC_MESSAGES/django.po")
    missing = fill(po)
    for msgid in missing:
        print(f"Polish plural forms missing in scripts/fill_polish_catalogue.py: {msgid!r}")
    sys.exit(1 if missing else 0)
