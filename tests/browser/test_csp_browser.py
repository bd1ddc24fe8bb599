"""The Content-Security-Policy in a real browser: the public site and the Wagtail
admin (dashboard, page editor with its preview, image chooser, two-factor setup)
work under it, with no violation reported."""

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files import File

from gallery.models import VideoPage
from tests.factories import add_page, build_site, make_article, make_image
from tests.browser.waiting import wait_until

pytestmark = pytest.mark.django_db(transaction=True)

MP4 = Path(__file__).resolve().parents[2] / "demo" / "demo_content" / "files" / "video-demo.mp4"
PASSWORD = "mat-khau-thu-csp"

# Every violation, in the page and its frames, before any page script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def portal(transactional_db):
    from wagtailmedia.models import Media

    tree = build_site()
    image = make_image("Ảnh đồng lúa", size=(320, 200))
    body = json.dumps([
        {"type": "paragraph", "value": '<p>Nội dung <b>đậm</b> và <a href="https://example.org/">liên kết</a>.</p>'},
        {"type": "image", "value": {"image": image.pk, "caption": "Chú thích", "alt_text": ""}},
        {"type": "embed", "value": "https://www.youtube.com/watch?v=test"},
    ])
    tree.article = make_article(tree.category, "Tin có video và ảnh", day=date(2024, 3, 1), body=body)
    media = Media(title="Clip", type="video", width=320, height=180, duration=4)
    with open(MP4, "rb") as handle:
        media.file.save("clip.mp4", File(handle), save=False)
    thumbnail = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (320, 180), "navy").save(thumbnail, "JPEG")
    media.thumbnail.save("poster.jpg", thumbnail, save=False)
    media.save()
    tree.clip = add_page(tree.videos, VideoPage(title="Clip tải lên", date=date(2030, 1, 1), video=media))
    tree.admin = get_user_model().objects.create_superuser("quantri", "q@example.com", PASSWORD)
    return tree


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    context.add_init_script(RECORD_VIOLATIONS)
    # Tests never touch the network: the video embeds' frames load nothing.
    local = re.compile(r"^https?://(localhost|127\.0\.0\.1)[:/]")
    context.route(lambda url: not local.match(url), lambda route: route.abort())
    page = context.new_page()
    page.console_messages_seen = []
    page.on("console", lambda message: page.console_messages_seen.append(message.text))
    yield page
    context.close()


def violations(page):
    """What the browser refused on this page so far: events from every frame, and
    the console's "Refused to …" lines (which also name inline code)."""
    found = []
    for frame in page.frames:
        try:
            found += frame.evaluate("window.__cspViolations || []")
        except Exception:  # a frame that navigated away or was aborted
            pass
    found += [text for text in page.console_messages_seen if "Content Security Policy" in text or "Refused to" in text]
    return found



def visit(page, url, label):
    response = page.goto(url)
    assert response.status == 200, f"{label}: {response.status}"
    assert response.headers.get("content-security-policy"), f"{label}: no CSP header"
    page.wait_for_load_state("networkidle")
    assert not violations(page), f"{label}: {violations(page)}"
    return response


def test_public_pages_work_under_the_policy(live_server, portal, page):
    base = live_server.url
    visit(page, base + "/", "home")
    visit(page, base + portal.article.url, "article")
    assert page.locator("main iframe").count() == 1  # the video embed is there
    visit(page, base + portal.album.url, "album")
    page.locator("[data-lightbox-item]").first.click()
    wait_until(page.locator(".lightbox__image"), "img => img.complete && img.naturalWidth > 0")
    assert not violations(page), violations(page)
    visit(page, base + portal.clip.url, "uploaded video")
    visit(page, base + "/tim-kiem/?q=video", "search")
    page.locator("form.search-box input[name=q]").fill("tin c")
    page.wait_for_timeout(600)  # suggestions are fetched as you type
    assert not violations(page), violations(page)


def test_admin_works_under_the_policy(live_server, portal, page):
    base = live_server.url
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", "quantri")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    assert not violations(page), f"dashboard: {violations(page)}"

    visit(page, f"{base}/admin/pages/{portal.article.pk}/edit/", "page editor")
    page.locator("[data-side-panel-toggle='preview']").first.click()
    page.wait_for_selector("iframe[data-w-preview-target='iframe'], .preview-panel iframe, [data-preview-iframe]")
    page.wait_for_timeout(1500)
    page.wait_for_load_state("networkidle")
    assert not violations(page), f"preview: {violations(page)}"

    page.locator("[data-chooser-action-choose]:visible").first.click()  # the featured image's chooser
    page.wait_for_selector(".modal-dialog:visible, [role=dialog]:visible")
    page.wait_for_load_state("networkidle")
    assert not violations(page), f"image chooser: {violations(page)}"

    visit(page, base + "/admin/images/", "image library")
    visit(page, base + "/admin/2fa/devices/new", "two-factor setup")
    assert page.locator("img[src$='qr-code']").evaluate("img => img.naturalWidth") > 0

    # The public site as the logged-in editor sees it: with Wagtail's user bar.
    visit(page, base + portal.article.url, "article with the user bar")
    page.locator("wagtail-userbar, [data-wagtail-userbar]").first.wait_for(state="attached")
    assert not violations(page), violations(page)
    page.goto("about:blank")  # leave no editor open to call the server after the test
