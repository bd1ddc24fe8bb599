"""What editors type is stored in NFC; slugs are ASCII from the Vietnamese title."""

import unicodedata
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from gallery.models import GalleryImage, GalleryPage
from home.models import StandardPage
from news.models import NewsArticlePage, NewsTag
from tests.factories import add_page, make_image

pytestmark = pytest.mark.django_db

TITLE = "Đoàn thanh niên ra quân tình nguyện hè"
NFD_TITLE = unicodedata.normalize("NFD", TITLE)

def is_nfc(text):
    return unicodedata.is_normalized("NFC", text)

def test_page_text_fields_streamfield_and_revision_are_stored_in_nfc(site_tree):
    article = NewsArticlePage(
        title=NFD_TITLE,
        lead=unicodedata.normalize("NFD", "Tóm tắt có dấu"),
        author=unicodedata.normalize("NFD", "Văn phòng UBND xã"),
        body=[("paragraph", RichText(unicodedata.normalize("NFD", "<p>Nội dung tiếng Việt</p>")))],
    )
    assert not is_nfc(article.title)
    add_page(site_tree.category, article)

    stored = NewsArticlePage.objects.get(pk=article.pk)
    assert stored.title == TITLE
    assert stored.draft_title == TITLE
    assert stored.lead == "Tóm tắt có dấu"
    assert stored.author == "Văn phòng UBND xã"
    assert stored.body.raw_data[0]["value"] == "<p>Nội dung tiếng Việt</p>"
    revision_content = stored.latest_revision.content
    assert revision_content["title"] == TITLE
    assert is_nfc(str(revision_content["body"]))

def test_slug_is_ascii_from_the_vietnamese_title(site_tree):
    article = add_page(site_tree.category, NewsArticlePage(title=NFD_TITLE, date=date(2024, 6, 1)))
    assert article.slug == "doan-thanh-nien-ra-quan-tinh-nguyen-he"
    again = add_page(site_tree.category, NewsArticlePage(title=TITLE, date=date(2024, 6, 2)))
    assert again.slug == "doan-thanh-nien-ra-quan-tinh-nguyen-he-2"

def test_an_explicit_slug_is_kept(site_tree):
    page = add_page(site_tree.home, StandardPage(title="Liên hệ", slug="lien-he-uy-ban"))
    assert page.slug == "lien-he-uy-ban"

def test_album_captions_and_tags_are_stored_in_nfc(site_tree):
    album = GalleryPage(title="Ảnh", date=date(2024, 1, 1))
    album.gallery_images = [GalleryImage(image=make_image(), caption=unicodedata.normalize("NFD", "Lễ hội đình làng"))]
    add_page(site_tree.gallery, album)
    assert GalleryImage.objects.get(page=album).caption == "Lễ hội đình làng"

    article = NewsArticlePage(title="Tin có từ khóa")
    article.tags.add(unicodedata.normalize("NFD", "trẻ em"))
    add_page(site_tree.category, article)
    assert list(NewsTag.objects.values_list("name", "slug")) == [("trẻ em", "tre-em")]

def test_image_title_is_stored_in_nfc(db):
    image = make_image(title=unicodedata.normalize("NFD", "Ảnh đẹp"))
    image.refresh_from_db()
    assert image.title == "Ảnh đẹp"

def test_admin_create_with_empty_slug_makes_the_ascii_slug(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", site_tree.category.pk))
    data = nested_form_data(
        {
            "title": NFD_TITLE,
            "slug": "",
            "date": "12/04/2022",
            "lead": "Tóm tắt",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
            "author": "",
            "tags": "thanh niên",
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    article = NewsArticlePage.objects.get(title=TITLE)
    assert article.slug == "doan-thanh-nien-ra-quan-tinh-nguyen-he"
    # Day first: "12/04/2022" is 12 April, not 4 December.
    assert article.date == date(2022, 4, 12)
    assert article.live
    assert Page.objects.get(pk=article.pk).url_path.endswith("/doan-thanh-nien-ra-quan-tinh-nguyen-he/")


def test_admin_create_twice_with_the_same_title_gets_a_numbered_slug(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", site_tree.home.pk))
    for _ in range(2):
        data = nested_form_data({"title": "Giới thiệu", "slug": "", "intro": "", "body": streamfield([]),
                                 "action-publish": "publish"})
        assert client.post(url, data).status_code == 302
    slugs = sorted(StandardPage.objects.filter(title="Giới thiệu").values_list("slug", flat=True))
    assert slugs == ["gioi-thieu", "gioi-thieu-2", "gioi-thieu-3"]
