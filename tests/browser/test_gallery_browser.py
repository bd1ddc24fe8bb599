"""Albums and the sidebar video in a real browser."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.files import File

from gallery.models import GalleryImage, GalleryPage, VideoPage
from tests.browser.test_residents_browser import assert_accessible
from tests.factories import add_page, build_site, make_image
from tests.browser.waiting import wait_until

pytestmark = pytest.mark.django_db(transaction=True)

MP4 = Path(__file__).resolve().parents[2] / "demo" / "demo_content" / "files" / "video-demo.mp4"



@pytest.fixture
def library(transactional_db):
    from wagtailmedia.models import Media

    tree = build_site()
    album = GalleryPage(title="Hội xuân", date=date(2025, 2, 1), description="Ảnh hội xuân.")
    colours = ["red", "green", "blue", "orange"]
    album.gallery_images = [
        GalleryImage(image=make_image(f"Ảnh {n}", colour=colour, size=(400, 300)), caption=f"Chú thích {n + 1}")
        for n, colour in enumerate(colours)
    ]
    add_page(tree.gallery, album)
    media = Media(title="Clip", type="video", width=320, height=180, duration=4)
    with open(MP4, "rb") as handle:
        media.file.save("clip.mp4", File(handle), save=False)
    media.thumbnail.save("poster.jpg", io.BytesIO(make_image_bytes()), save=False)
    media.save()
    add_page(tree.videos, VideoPage(title="89 năm ngày thành lập Đoàn (2020)", date=date(2030, 3, 26), video=media))
    tree.new_album = album
    return tree


def make_image_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (320, 180), "navy").save(buffer, "JPEG")
    return buffer.getvalue()


def test_lightbox_opens_moves_with_arrow_keys_and_closes_with_escape(live_server, library, desktop):
    page = desktop
    page.goto(live_server.url + library.new_album.url)
    assert_accessible(page, "album")
    thumbnails = page.locator("[data-lightbox-item]")
    assert thumbnails.count() == 4
    thumbnails.nth(1).focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    assert dialog.evaluate("d => d.open")
    assert page.locator(".lightbox__counter").inner_text() == "2 / 4"
    assert page.locator(".lightbox__caption").inner_text() == "Chú thích 2"
    wait_until(page.locator(".lightbox__image"), "img => img.naturalWidth > 0")
    page.keyboard.press("ArrowRight")
    assert page.locator(".lightbox__counter").inner_text() == "3 / 4"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert page.locator(".lightbox__counter").inner_text() == "1 / 4"
    page.keyboard.press("ArrowLeft")
    assert page.locator(".lightbox__counter").inner_text() == "4 / 4"
    assert_accessible(page, "album with the lightbox open")
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    # Focus returns to the photo that opened the lightbox.
    assert page.evaluate("document.activeElement.dataset.caption") == "Chú thích 2"


def test_album_without_javascript_links_to_the_large_photos(browser, live_server, library):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + library.new_album.url)
    href = page.locator("[data-lightbox-item]").first.get_attribute("href")
    response = page.goto(live_server.url + href)
    assert response.status == 200 and response.headers["content-type"].startswith("image/")
    context.close()


def test_sidebar_video_plays_in_place(live_server, library, phone):
    page = phone
    page.goto(live_server.url + library.about.url)
    video = page.locator("aside .sidebar-video video")
    assert video.count() == 1
    video.evaluate("v => { v.preload = 'auto'; v.load(); }")
    wait_until(video, "v => v.readyState >= 3", timeout=15.0)
    can_play = video.evaluate("v => v.canPlayType('video/mp4')")
    assert can_play in ("probably", "maybe")
    assert_accessible(page, "page with the sidebar video")
