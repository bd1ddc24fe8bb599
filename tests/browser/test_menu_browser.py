"""The main menu on phones (375 px): a "Danh mục" disclosure button that shows
every section, works with the keyboard and screen readers, and without
JavaScript every section is on screen anyway; at 1280 px the bar is unchanged."""

import os
import tempfile
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.models import StandardPage
from tests.factories import add_page, build_site

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", Path(tempfile.gettempdir()) / "tamdai-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)

# The old portal's sections: more than a phone's width holds in one row.
EXTRA_SECTIONS = ["Văn bản", "Lịch công tác", "Hỏi đáp", "Dịch vụ công", "Liên hệ"]
MENU = ["Trang chủ", "Giới thiệu", "Tin tức hoạt động", "Thư viện ảnh", "Video clip", *EXTRA_SECTIONS]


@pytest.fixture
def portal(transactional_db):
    tree = build_site()
    for title in EXTRA_SECTIONS:
        add_page(tree.home, StandardPage(title=title, show_in_menus=True))
    return tree


@pytest.fixture
def phone_without_js(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="vi-VN", java_script_enabled=False)
    yield context.new_page()
    context.close()


def links(page):
    return page.locator("nav.main-menu a")


def assert_every_section_on_screen(page):
    """Every menu item visible and inside the screen's width (nothing cut off)."""
    width = page.viewport_size["width"]
    assert [" ".join(t.split()) for t in links(page).all_inner_texts()] == MENU
    for link in links(page).all():
        assert link.is_visible(), link.inner_text()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (link.inner_text(), box)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def assert_accessible(page, label):
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{label}: {serious}"


def test_phone_menu_button_shows_every_section(live_server, portal, phone):
    page = phone
    page.goto(live_server.url + "/")
    button = page.get_by_role("button", name="Danh mục")
    assert button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert page.locator("#" + button.get_attribute("aria-controls")).count() == 1
    # Folded: no section is cut off at the right edge, they are behind the button.
    assert not any(link.is_visible() for link in links(page).all())
    page.screenshot(path=str(SCREENSHOTS / "menu-phone-closed.png"), full_page=True)
    assert_accessible(page, "menu closed at 375 px")

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert_every_section_on_screen(page)
    page.screenshot(path=str(SCREENSHOTS / "menu-phone-open.png"), full_page=True)
    assert_accessible(page, "menu open at 375 px")

    # Each section is reached with Tab, in order, right after the button.
    for title in MENU:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == title

    # Following a link works as on desktop.
    page.get_by_role("link", name="Thư viện ảnh").click()
    page.wait_for_url(live_server.url + portal.gallery.url)
    assert page.locator("h1").inner_text() == "Thư viện ảnh"


def test_phone_menu_works_with_the_keyboard(live_server, portal, phone):
    page = phone
    page.goto(live_server.url + "/")
    button = page.get_by_role("button", name="Danh mục")
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true" and links(page).first.is_visible()
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false" and not links(page).first.is_visible()
    page.keyboard.press("Enter")
    # Escape from inside the menu closes it and puts focus back on the button.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Giới thiệu"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not links(page).first.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "main-menu-list"
    # Escape on the button itself too.
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "main-menu-list"


def test_phone_without_javascript_shows_every_section(live_server, portal, phone_without_js):
    page = phone_without_js
    page.goto(live_server.url + "/")
    assert not page.locator("[data-menu-toggle]").is_visible()  # a button that could do nothing
    assert_every_section_on_screen(page)
    page.screenshot(path=str(SCREENSHOTS / "menu-phone-no-js.png"), full_page=True)


def link_boxes(page):
    """(x, y, width, height) of each menu link, y from the top of the bar."""
    top = page.locator("nav.main-menu").bounding_box()["y"]
    return [
        (round(box["x"]), round(box["y"] - top), round(box["width"]), round(box["height"]))
        for box in (link.bounding_box() for link in links(page).all())
    ]


def test_desktop_menu_bar_is_unchanged(live_server, portal, desktop, browser):
    page = desktop
    page.goto(live_server.url + portal.news.url)
    assert not page.locator("[data-menu-toggle]").is_visible()
    assert_every_section_on_screen(page)
    # A bar of links side by side, wrapping as it always did: the phone menu's
    # script and styles change nothing here (same boxes as without JavaScript,
    # which also hides the colour and text-size bar above).
    boxes = link_boxes(page)
    assert len({y for _, y, _, _ in boxes}) == 2 and boxes[1][0] > boxes[0][0]
    page.screenshot(path=str(SCREENSHOTS / "menu-desktop.png"))
    assert_accessible(page, "menu at 1280 px")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(live_server.url + portal.news.url)
        assert link_boxes(plain) == boxes
    finally:
        context.close()
