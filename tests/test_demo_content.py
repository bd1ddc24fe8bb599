"""`load_demo_content` builds the DESIGN.md tree, idempotently."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from gallery.models import GalleryImage, GalleryPage, VideoPage
from home.models import CustomImage, HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "title", "live", "latest_revision_id")),
        "images": CustomImage.objects.count(),
        "photos": GalleryImage.objects.count(),
        "revisions": Revision.objects.count(),
    }


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_demo_tree_and_idempotency(client):
    load()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists(), "Wagtail's welcome page is gone"

    def url_of(path):
        return Page.objects.get(url_path=f"{home.url_path}{path}").specific

    assert isinstance(url_of("gioi-thieu/"), StandardPage)
    assert isinstance(url_of("lien-he/"), StandardPage)
    news = url_of("tin-tuc-hoat-dong/")
    assert isinstance(news, NewsIndexPage)
    categories = NewsIndexPage.objects.child_of(news)
    assert {"chinh-quyen", "dang-doan-the", "kinh-te-xa-hoi", "van-hoa-giao-duc"} <= set(
        categories.values_list("slug", flat=True)
    )
    articles = NewsArticlePage.objects.live()
    assert articles.count() >= 24
    assert len({a.date.year for a in articles}) >= 4
    for category in categories:
        assert NewsArticlePage.objects.child_of(category).exists(), category.title

    old = url_of("tin-tuc-hoat-dong/chinh-quyen/trien-khai-thuc-hien-cong-tac-tre-em-tren-dia-ban-tinh-nam-2022/")
    assert old.title == "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2022"
    assert old.date == date(2022, 4, 12)
    assert "2189/KH-UBND" in old.lead
    body = str(old.body)
    for target in ["100%", "80%", "90%", "60%"]:
        assert target in body
    assert "trẻ em" in old.tags.names()

    assert GalleryPage.objects.live().count() == 3
    assert all(album.gallery_images.count() >= 3 for album in GalleryPage.objects.all())
    videos = VideoPage.objects.live()
    assert videos.count() == 2
    doan = url_of("video-clip/89-nam-ngay-thanh-lap-doan/")
    assert doan.video is not None and doan.video.file.name.endswith(".mp4")
    assert url_of("thu-vien-anh/").live

    for path in ["", "gioi-thieu/", "tin-tuc-hoat-dong/", "tin-tuc-hoat-dong/chinh-quyen/", "thu-vien-anh/", "video-clip/"]:
        assert client.get(f"/{path}").status_code == 200, path
    assert client.get(old.url).status_code == 200

    before = snapshot()
    assert "0 page(s) created" in load()
    assert snapshot() == before


def test_editor_changes_survive_a_second_run(db):
    load()
    about = StandardPage.objects.get(slug="gioi-thieu")
    about.title = "Giới thiệu chung"
    about.save_revision().publish()
    removed = NewsArticlePage.objects.get(slug="trien-khai-thuc-hien-cong-tac-tre-em-tren-dia-ban-tinh-nam-2022")
    removed.delete()

    assert "already loaded" in load("--skip-if-loaded")
    assert StandardPage.objects.get(slug="gioi-thieu").title == "Giới thiệu chung"
    assert not NewsArticlePage.objects.filter(slug="trien-khai-thuc-hien-cong-tac-tre-em-tren-dia-ban-tinh-nam-2022").exists()

    load()  # a plain run only re-creates what is missing, never overwrites
    assert StandardPage.objects.get(slug="gioi-thieu").title == "Giới thiệu chung"


def test_generated_articles(db):
    load()
    count = NewsArticlePage.objects.count()
    load("--skip-if-loaded", "--articles", "12")
    assert NewsArticlePage.objects.count() == count + 12
    assert NewsArticlePage.objects.live().count() == count + 12
    assert NewsArticlePage.objects.filter(first_published_at__isnull=True).count() == 0
    assert not NewsArticlePage.objects.filter(featured_image__isnull=True).exists()
