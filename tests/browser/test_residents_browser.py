"""Residents in a real browser: navigation, preferences, accessibility (axe-core)."""

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.models import LinkBanner
from tests.factories import add_page, build_site, make_article, make_image
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db(transaction=True)

# Screenshots of every page and width, to look at after a run.
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", Path(tempfile.gettempdir()) / "tamdai-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def portal(transactional_db):
    tree = build_site()
    other = add_page(tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    image = make_image("Ảnh đồng lúa", size=(320, 200))
    articles = []
    for day in range(1, 8):
        article = make_article(
            tree.category,
            f"Tin chính quyền ngày {day}",
            day=date(2024, 3, day),
            image=image,
            lead=f"Tóm tắt tin ngày {day}.",
            author="Văn phòng UBND xã",
        )
        article.tags.add("nông thôn mới")
        article.save_revision().publish()
        articles.append(article)
    make_article(other, "Tin kinh tế", day=date(2024, 2, 1))
    LinkBanner.objects.create(title="Nông thôn mới", url="https://example.org/", image=image, sort_order=1)
    tree.articles = articles
    return tree


def assert_accessible(page, label):
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{label}: {serious}"


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_pages_are_accessible_at_phone_and_desktop_width(request, live_server, portal, device):
    page = request.getfixturevalue(device)
    middle = portal.articles[3]
    tag_url = "/tin-tuc-hoat-dong/tu-khoa/nong-thon-moi/"
    for label, url in [
        ("home", "/"),
        ("category", portal.category.url),
        ("article", middle.url),
        ("tag", tag_url),
    ]:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1
        assert page.evaluate("document.documentElement.lang") == "vi"
        # Nothing wider than the screen (no horizontal scrolling of the page).
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (label, device)
        page.screenshot(path=str(SCREENSHOTS / f"{label}-{device}.png"), full_page=True)
        assert_accessible(page, f"{label} at {device}")


def test_follow_breadcrumbs_and_newer_older(live_server, portal, desktop):
    page = desktop
    middle = portal.articles[3]  # 4 March 2024
    page.goto(live_server.url + middle.url)
    crumbs = page.locator("nav.breadcrumb ol li")
    assert crumbs.count() == 4
    assert crumbs.last.get_attribute("aria-current") == "page"

    # Newer: the nearest newer article is the last link of the "newer" list.
    page.locator("nav.sibling-nav section.newer a").last.click()
    assert page.locator("h1").inner_text() == "Tin chính quyền ngày 5"
    page.locator("nav.sibling-nav section.older a").first.click()
    assert page.locator("h1").inner_text() == "Tin chính quyền ngày 4"

    page.locator("nav.breadcrumb a", has_text="Chính quyền").click()
    assert page.locator("h1").inner_text() == "Chính quyền"
    page.locator("nav.breadcrumb a", has_text="Trang chủ").click()
    assert page.url == live_server.url + "/"

    page.goto(live_server.url + middle.url)
    page.locator("a.tag", has_text="nông thôn mới").click()
    assert "/tu-khoa/nong-thon-moi/" in page.url
    assert page.locator("article.card").count() == 7


def test_theme_contrast_and_font_size_are_remembered_and_keyboard_usable(live_server, portal, phone):
    page = phone
    page.goto(live_server.url + "/")
    blue = page.locator("[data-theme-choice=blue]")
    blue.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.dataset.theme") == "blue"
    assert blue.get_attribute("aria-pressed") == "true"

    larger = page.locator("[data-font-step='1']")
    larger.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Space")
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size == pytest.approx(20.0)

    page.locator("[data-contrast-toggle]").click()
    assert page.evaluate("document.documentElement.dataset.contrast") == "high"
    assert_accessible(page, "home in high contrast")

    # Remembered on the next page.
    page.goto(live_server.url + portal.category.url)
    assert page.evaluate("document.documentElement.dataset.theme") == "blue"
    assert page.evaluate("document.documentElement.dataset.contrast") == "high"
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(20.0)

    page.locator("[data-font-step='0']").click()
    page.locator("[data-theme-choice=green]").click()
    page.locator("[data-contrast-toggle]").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(16.0)
    assert page.evaluate("document.documentElement.dataset.theme") is None

    for theme in ["green", "blue", "orange"]:
        page.locator(f"[data-theme-choice={theme}]").click()
        assert_accessible(page, f"home in {theme}")


def test_works_without_javascript(browser, live_server, portal):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + portal.articles[0].url)
    assert page.locator("[data-preferences]").is_hidden()
    assert page.locator("nav.main-menu a").count() >= 4
    page.locator("a.back-to-top").click()
    page.locator("form.search-box input[name=q]").fill("chính quyền")
    page.locator("form.search-box button").click()
    assert "/tim-kiem/" in page.url
    context.close()


def test_the_accessibility_check_can_fail(desktop):
    """Guard: axe-core really runs and reports a missing alt text."""
    desktop.set_content('<html lang="vi"><body><main><h1>x</h1><img src="data:,"></main></body></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(desktop, "broken page")
