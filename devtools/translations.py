"""Checks of the Vietnamese catalogues (`make translations-check`).

The catalogues that must be complete: every gettext catalogue of the Wagtail
apps the portal uses and of wagtailmedia, at their pinned versions (their
English catalogues list every msgid), and our own catalogue. A string counts
as translated when one of our catalogues (``LOCALE_PATHS``) has a non-empty,
non-fuzzy Vietnamese translation whose placeholders are the source's.
"""

import gettext
import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

# (label, package, path inside the package, domain)
SOURCE_CATALOGUES = [
    ("wagtail admin", "wagtail", "admin", "django"),
    ("wagtail admin (JavaScript)", "wagtail", "admin", "djangojs"),
    ("wagtail core", "wagtail", "", "django"),
    ("wagtail images", "wagtail", "images", "django"),
    ("wagtail documents", "wagtail", "documents", "django"),
    ("wagtail snippets", "wagtail", "snippets", "django"),
    ("wagtail users", "wagtail", "users", "django"),
    ("wagtail embeds", "wagtail", "embeds", "django"),
    ("wagtail search", "wagtail", "search", "django"),
    ("wagtail search promotions", "wagtail", "contrib/search_promotions", "django"),
    ("wagtail redirects", "wagtail", "contrib/redirects", "django"),
    ("wagtail settings", "wagtail", "contrib/settings", "django"),
    ("wagtail sites", "wagtail", "sites", "django"),
    ("wagtail table block", "wagtail", "contrib/table_block", "django"),
    ("wagtailmedia", "wagtailmedia", "", "django"),
    ("wagtail-2fa", "wagtail_2fa", "", "django"),
]

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{\w*\}")


def placeholder_names(text):
    """The multiset of placeholders in ``text``: %(name)s, %s, %d, {name}."""
    return sorted(match.group(0) for match in PLACEHOLDER.finditer(text or ""))


@dataclass
class Report:
    label: str
    total: int = 0
    translated: int = 0
    missing: list = field(default_factory=list)
    broken: list = field(default_factory=list)

    @property
    def coverage(self):
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def ok(self):
        return not self.missing and not self.broken


def package_catalogue(package, subpath, domain, language="en"):
    spec = importlib.util.find_spec(package)
    base = Path(spec.origin).parent / subpath
    return base / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def load_translations(locale_paths, domain, language="vi"):
    """{(msgctxt, msgid): entry} from our catalogues, earlier paths first."""
    entries = {}
    for path in locale_paths:
        po_path = Path(path) / language / "LC_MESSAGES" / f"{domain}.po"
        if not po_path.exists():
            continue
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete or not entry.msgid:
                continue
            entries.setdefault((entry.msgctxt, entry.msgid), entry)
    return entries


def entry_problem(source, translation):
    """None if ``translation`` is a usable translation of ``source``; else why not."""
    if translation is None or "fuzzy" in translation.flags:
        return "missing"
    if source.msgid_plural:
        forms = [value for value in translation.msgstr_plural.values() if value]
        if not forms:
            return "missing"
        expected = set(placeholder_names(source.msgid_plural)) | set(placeholder_names(source.msgid))
        for form in forms:
            if not set(placeholder_names(form)) <= expected:
                return "broken"
        return None
    if not translation.msgstr:
        return "missing"
    if placeholder_names(source.msgid) != placeholder_names(translation.msgstr):
        return "broken"
    return None


def check_catalogue(label, source_entries, translations):
    report = Report(label)
    for source in source_entries:
        if source.obsolete or not source.msgid:
            continue
        report.total += 1
        problem = entry_problem(source, translations.get((source.msgctxt, source.msgid)))
        if problem == "missing":
            report.missing.append(source.msgid)
        elif problem == "broken":
            report.broken.append(source.msgid)
        else:
            report.translated += 1
    return report


def check_package_catalogues(locale_paths):
    reports = []
    cache = {}
    for label, package, subpath, domain in SOURCE_CATALOGUES:
        if domain not in cache:
            cache[domain] = load_translations(locale_paths, domain)
        source = polib.pofile(str(package_catalogue(package, subpath, domain)))
        reports.append(check_catalogue(label, source, cache[domain]))
    return reports


def check_own_catalogue(po_path, label="tamdai (our own strings)"):
    """Every entry of our own catalogue is translated with intact placeholders."""
    catalogue = polib.pofile(str(po_path))
    own = {(e.msgctxt, e.msgid): e for e in catalogue if not e.obsolete and e.msgid}
    return check_catalogue(label, list(own.values()), own)


def stale_compiled_catalogues(locale_paths, language="vi"):
    """The .po files whose .mo is missing or does not hold the same translations."""
    stale = []
    for path in locale_paths:
        for po_path in sorted((Path(path) / language / "LC_MESSAGES").glob("*.po")):
            mo_path = po_path.with_suffix(".mo")
            if not mo_path.exists():
                stale.append(str(po_path))
                continue
            with open(mo_path, "rb") as handle:
                compiled = gettext.GNUTranslations(handle)._catalog
            for entry in polib.pofile(str(po_path)).translated_entries():
                key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
                if entry.msgid_plural:
                    if compiled.get((key, 0)) != entry.msgstr_plural.get(0):
                        stale.append(str(po_path))
                        break
                elif compiled.get(key) != entry.msgstr:
                    stale.append(str(po_path))
                    break
    return stale
