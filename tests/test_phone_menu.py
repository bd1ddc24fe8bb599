"""The main menu's disclosure button for phones, as the server renders it (the
behaviour is tested in a real browser: tests/browser/test_menu_browser.py)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_menu_has_a_disclosure_button_for_its_list(client, site_tree):
    html = client.get("/").content.decode()
    nav = re.search(r'<nav class="main-menu"[^>]*>(.*?)</nav>', html, re.S).group(1)
    button = re.search(r"<button ([^>]*)>(.*?)</button>", nav, re.S)
    attrs, label = button.group(1), re.sub(r"<[^>]+>", "", button.group(2)).strip()
    assert label == "Danh mục"
    assert 'type="button"' in attrs and 'aria-expanded="false"' in attrs
    controls = re.search(r'aria-controls="([^"]+)"', attrs).group(1)
    assert re.search(rf'<ul id="{controls}"[^>]*>\s*<li><a href="/"', nav)
    # Every section is in the list itself (the button only folds it on phones).
    assert nav.count("<li><a ") == 5
