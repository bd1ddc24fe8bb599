"""Head metadata (title, description, canonical, Open Graph, Dublin Core), site
settings in header and footer, the 404 and 500 pages, the home page blocks and
the link banners."""

import html as html_lib
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string
from wagtail.models import Site

from gallery.models import GalleryImage, GalleryPage, VideoPage
from home.models import HomePage, LinkBanner, PortalSettings
from news.models import NewsIndexPage
from tests.factories import add_page, get_html, make_article, make_image, make_private

pytestmark = pytest.mark.django_db

DEFAULT_SITE_NAME = "Trang thông tin điện tử xã Tam Đại - huyện Phú Ninh - tỉnh Quảng Nam"




def head(html):
    return re.search(r"<head>(.*?)</head>", html, re.S).group(1)


def meta(html, attribute, name):
    """The content of the one <meta {attribute}="{name}">."""
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head(html))
    assert len(found) == 1, (name, found)
    return html_lib.unescape(found[0])


def title_of(html):
    return html_lib.unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip())


@pytest.fixture
def served_as_testserver(site_tree):
    """Make the default site's root URL the test client's host."""
    Site.objects.filter(is_default_site=True).update(hostname="testserver", port=80)
    cache.clear()
    return site_tree


# --- head metadata -----------------------------------------------------------


def test_every_listing_has_a_meta_description_from_its_intro_else_the_site_settings(client, served_as_testserver):
    tree = served_as_testserver
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    listings = [tree.home, tree.news, tree.category, tree.gallery, tree.videos]
    for page in listings:
        assert meta(get_html(client, page.url), "name", "description") == portal.description, page.title
    assert meta(get_html(client, "/so-do-trang/"), "name", "description") == portal.description

    tree.gallery.intro = "<p>Ảnh các hoạt động của xã.</p>"
    tree.gallery.save_revision().publish()
    html = get_html(client, tree.gallery.url)
    assert meta(html, "name", "description") == "Ảnh các hoạt động của xã."
    assert meta(html, "property", "og:description") == "Ảnh các hoạt động của xã."
    tree.videos.search_description = "Video của xã Tam Đại."
    tree.videos.save_revision().publish()
    assert meta(get_html(client, tree.videos.url), "name", "description") == "Video của xã Tam Đại."


def test_article_head_metadata(client, served_as_testserver):
    site_tree = served_as_testserver
    article = make_article(
        site_tree.category,
        "Triển khai công tác trẻ em",
        day=date(2022, 4, 12),
        lead="UBND tỉnh vừa ban hành kế hoạch về công tác trẻ em.",
        author="Văn phòng UBND xã",
        image=make_image("Ảnh bìa"),
    )
    html = get_html(client, article.url)
    full_url = "http://testserver" + article.url

    assert title_of(html) == f"{article.title} | {DEFAULT_SITE_NAME}"
    assert meta(html, "name", "description") == article.lead
    assert re.findall(r'<link rel="canonical" href="([^"]*)">', html) == [full_url]
    assert meta(html, "property", "og:title") == article.title
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:url") == full_url
    og_image = meta(html, "property", "og:image")
    assert og_image.startswith("http://testserver/") and og_image.endswith(".jpg")

    assert meta(html, "name", "DC.title") == article.title
    assert meta(html, "name", "DC.creator") == "Văn phòng UBND xã"
    assert meta(html, "name", "DC.date") == "2022-04-12"
    assert meta(html, "name", "DC.description") == article.lead
    assert meta(html, "name", "DC.publisher") == "Ủy ban nhân dân xã Tam Đại"
    assert meta(html, "name", "DC.identifier") == full_url
    assert meta(html, "name", "DC.language") == "vi"


def test_article_without_image_or_author(client, served_as_testserver):
    article = make_article(served_as_testserver.category, "Bài không ảnh", day=date(2023, 1, 5))
    html = get_html(client, article.url)
    assert 'property="og:image"' not in html
    assert meta(html, "name", "DC.creator") == "Ủy ban nhân dân xã Tam Đại"  # the unit stands in
    assert meta(html, "name", "DC.date") == "2023-01-05"


def test_index_page_is_a_website_for_open_graph(client, served_as_testserver):
    html = get_html(client, "/tin-tuc-hoat-dong/")
    assert meta(html, "property", "og:type") == "website"
    assert title_of(html) == f"Tin tức hoạt động | {DEFAULT_SITE_NAME}"
    assert 'name="DC.title"' not in html


# --- site settings in header and footer --------------------------------------


def test_portal_settings_show_in_header_and_footer(client, site_tree):
    site = Site.objects.get(is_default_site=True)
    portal = PortalSettings.for_site(site)
    portal.site_name = "Cổng thông tin xã Tam Đại mới"
    portal.unit_name = "UBND xã Tam Đại (sau sáp nhập)"
    portal.phone = "0235 3 123 456"
    portal.email = "tamdai@quangnam.gov.vn"
    portal.save()

    article = make_article(site_tree.category, "Một bài")
    for url in ["/", site_tree.news.url, article.url, site_tree.about.url]:
        html = get_html(client, url)
        header = re.search(r'<header class="site-header">(.*?)</header>', html, re.S).group(1)
        footer = re.search(r'<footer class="site-footer">(.*?)</footer>', html, re.S).group(1)
        assert "Cổng thông tin xã Tam Đại mới" in header, url
        assert "UBND xã Tam Đại (sau sáp nhập)" in footer, url
        assert "0235 3 123 456" in footer and 'href="tel:02353123456"' in footer, url
        assert 'href="mailto:tamdai@quangnam.gov.vn"' in footer, url
        assert DEFAULT_SITE_NAME not in html, url
        assert html.count("<h1") == 1, url
    assert title_of(get_html(client, article.url)) == "Một bài | Cổng thông tin xã Tam Đại mới"


# --- 404 and 500 ---------------------------------------------------------------


def test_404_is_vietnamese_inside_the_layout(client, site_tree):
    html = get_html(client, "/khong-co-trang-nay/", status=404)
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html
    assert '<nav class="main-menu"' in html and ">Tin tức hoạt động</a>" in html
    assert DEFAULT_SITE_NAME in html
    assert html.count("<h1") == 1
    assert "<footer" in html


def test_404_for_a_draft_and_for_unknown_article(client, site_tree):
    draft = make_article(site_tree.category, "Bài nháp", publish=False)
    assert "Không tìm thấy trang" in get_html(client, draft.url, status=404)
    assert "Không tìm thấy trang" in get_html(client, site_tree.category.url + "khong-co/", status=404)


def test_500_template_needs_no_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert '<html lang="vi">' in html
    assert "Đã có lỗi xảy ra" in html
    assert "Trang thông tin điện tử xã Tam Đại" in html
    assert html.count("<h1") == 1


@pytest.mark.urls("tests.urls_raise")
def test_a_failing_view_gives_the_vietnamese_500_page(client, site_tree):
    client.raise_request_exception = False
    response = client.get("/loi-thu/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Đã có lỗi xảy ra" in html
    assert "Trang thông tin điện tử xã Tam Đại" in html
    assert "Lỗi thử nghiệm" not in html  # no error details leak
    # The project's pages still work under this urlconf.
    assert client.get("/").status_code == 200


# --- home page ---------------------------------------------------------------


def test_home_page_blocks(client, site_tree):
    economy = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    make_article(site_tree.category, "Tin chính quyền công khai", day=date(2024, 1, 1))
    make_article(economy, "Tin kinh tế công khai", day=date(2024, 1, 2))
    make_article(site_tree.category, "Tin nháp trên trang chủ", day=date(2024, 2, 1), publish=False)
    make_private(make_article(economy, "Tin riêng trên trang chủ", day=date(2024, 2, 2)))
    private_category = make_private(add_page(site_tree.news, NewsIndexPage(title="Chuyên mục nội bộ")))
    make_article(private_category, "Tin trong chuyên mục nội bộ", day=date(2024, 2, 3))

    album = GalleryPage(title="Album mới nhất", date=date(2024, 3, 1))
    album.gallery_images = [GalleryImage(image=make_image("Bìa"), caption="Bìa album")]
    add_page(site_tree.gallery, album)
    add_page(site_tree.gallery, GalleryPage(title="Album nháp", date=date(2024, 4, 1)), publish=False)
    add_page(site_tree.videos, VideoPage(title="Video mới nhất", date=date(2024, 3, 2),
                                         embed_url="https://www.youtube.com/watch?v=new"))
    make_private(add_page(site_tree.videos, VideoPage(title="Video riêng", date=date(2024, 4, 2),
                                                      embed_url="https://www.youtube.com/watch?v=p")))

    html = get_html(client, "/")
    assert "Album mới nhất" in html and "Video mới nhất" in html
    main = html.split("<main")[1].split("</main>")[0]  # the sidebar shows random albums' photos
    assert "Lễ hội" not in main and "89 năm ngày thành lập Đoàn" not in main  # older ones
    for category in [site_tree.category, economy]:
        block = re.search(rf'<h2 id="category-{category.pk}"[^>]*>(.*?)</h2>', html, re.S)
        assert block and category.title in block.group(1)
    assert "Tin chính quyền công khai" in html and "Tin kinh tế công khai" in html
    for hidden in ["Tin nháp trên trang chủ", "Tin riêng trên trang chủ", "Tin trong chuyên mục nội bộ",
                   "Chuyên mục nội bộ", "Album nháp", "Video riêng"]:
        assert hidden not in html, hidden
    assert html.count("<h1") == 1


# --- link banners ----------------------------------------------------------------


def test_active_link_banners_show_in_the_sidebar_in_order(client, site_tree):
    LinkBanner.objects.create(title="Nông thôn mới", url="https://nongthonmoi.example.vn", sort_order=2)
    LinkBanner.objects.create(title="Trang thông tin pháp luật", url="https://phapluat.example.vn",
                              sort_order=1, image=make_image("Banner"))
    LinkBanner.objects.create(title="Banner đã ẩn", url="https://an.example.vn", sort_order=0, active=False)
    LinkBanner.objects.create(title="Phòng Giáo dục huyện", url="https://pgd.example.vn", sort_order=3)

    for url in ["/", site_tree.news.url]:
        html = get_html(client, url)
        aside = re.search(r"<aside[^>]*>(.*?)</aside>", html, re.S).group(1)
        assert "Banner liên kết" in aside
        titles = re.findall(r'<span class="link-banners__title">(.*?)</span>', aside)
        assert titles == ["Trang thông tin pháp luật", "Nông thôn mới", "Phòng Giáo dục huyện"]
        assert "Banner đã ẩn" not in html and "an.example.vn" not in html
        assert 'href="https://phapluat.example.vn"' in aside
        assert re.search(r'<img [^>]*alt=""', aside)  # the banner image is decorative


def test_no_banner_block_without_active_banners(client, site_tree):
    LinkBanner.objects.create(title="Banner đã ẩn", url="https://an.example.vn", active=False)
    assert "Banner liên kết" not in get_html(client, "/")


def test_link_banners_belong_to_one_site(client, site_tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "tamdan.example.vn"]
    other_home = site_tree.home.get_parent().add_child(instance=HomePage(title="Xã Tam Dân", slug="tam-dan"))
    other = Site.objects.create(hostname="tamdan.example.vn", root_page=other_home, site_name="Tam Dân")
    LinkBanner.objects.create(title="Banner Tam Đại", url="https://tamdai.example.vn")
    LinkBanner.objects.create(title="Banner Tam Dân", url="https://tamdan.example.vn", site=other)
    assert LinkBanner.objects.get(title="Banner Tam Đại").site.is_default_site  # new banners: the default site
    # With two sites, "testserver" names neither (a 400): ask for the default site's host.
    html = get_html(client.__class__(HTTP_HOST="localhost"), "/")
    assert "Banner Tam Đại" in html and "Banner Tam Dân" not in html
    html = get_html(client.__class__(HTTP_HOST="tamdan.example.vn"), "/")
    assert "Banner Tam Dân" in html and "Banner Tam Đại" not in html
