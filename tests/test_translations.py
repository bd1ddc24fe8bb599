"""The translation checker itself: it must catch what it claims to catch."""

import polib

from devtools.translations import check_catalogue, entry_problem, placeholder_names


def entry(msgid, msgstr="", **kwargs):
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **kwargs)


def test_placeholder_names():
    assert placeholder_names("Delete %(title)s? %s {name} %d") == ["%(title)s", "%d", "%s", "{name}"]


def test_missing_fuzzy_broken_and_good_entries():
    source = entry("Delete '%(title)s'")
    assert entry_problem(source, None) == "missing"
    assert entry_problem(source, entry("Delete '%(title)s'", "")) == "missing"
    assert entry_problem(source, entry("x", "Xóa '%(title)s'", flags=["fuzzy"])) == "missing"
    assert entry_problem(source, entry("x", "Xóa '%(ten)s'")) == "broken"
    assert entry_problem(source, entry("x", "Xóa")) == "broken"
    assert entry_problem(source, entry("x", "Xóa '%(title)s'")) is None


def test_plural_entries_need_one_vietnamese_form_with_known_placeholders():
    source = polib.POEntry(msgid="%(count)s page", msgid_plural="%(count)s pages")
    good = polib.POEntry(msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: "%(count)s trang"})
    broken = polib.POEntry(msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: "%(so)s trang"})
    empty = polib.POEntry(msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: ""})
    assert entry_problem(source, good) is None
    assert entry_problem(source, broken) == "broken"
    assert entry_problem(source, empty) == "missing"


def test_check_catalogue_counts_coverage():
    sources = [entry("Page"), entry("Image"), entry("Delete %(title)s"), entry("Save", msgctxt="button")]
    translations = {
        (None, "Page"): entry("Page", "Trang"),
        (None, "Delete %(title)s"): entry("Delete %(title)s", "Xóa"),
        ("button", "Save"): entry("Save", "Lưu", msgctxt="button"),
    }
    report = check_catalogue("test", sources, translations)
    assert (report.total, report.translated) == (4, 2)
    assert report.missing == ["Image"] and report.broken == ["Delete %(title)s"]
    assert report.coverage == 50.0 and not report.ok
