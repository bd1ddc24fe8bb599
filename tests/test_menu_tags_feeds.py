"""Main menu, tag listings, RSS feeds, sitemap.xml, robots.txt and the HTML site map."""

import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

import pytest
from django.test import override_settings

from home.models import StandardPage
from news.models import NewsIndexPage, NewsTag
from tests.factories import add_page, bulk_articles, get_html, make_article, make_private

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}




def main_menu(html):
    navs = re.findall(r'<nav class="main-menu"[^>]*>(.*?)</nav>', html, re.S)
    assert len(navs) == 1
    return navs[0]


def menu_links(html):
    """{title: attributes of its <a>} of the main menu."""
    return {
        " ".join(title.split()): attrs
        for attrs, title in re.findall(r"<a ([^>]*)>(.*?)</a>", main_menu(html), re.S)
    }


def card_titles(html):
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">(.*?)</a></h2>', html)


def tag(article, *names):
    article.tags.add(*names)
    article.save()
    return article


# --- main menu ---------------------------------------------------------------


def test_main_menu_shows_live_public_in_menu_children_of_home(client, site_tree):
    add_page(site_tree.home, StandardPage(title="Trang nháp", show_in_menus=True), publish=False)
    make_private(add_page(site_tree.home, StandardPage(title="Trang riêng", show_in_menus=True)))
    add_page(site_tree.home, StandardPage(title="Không trong menu", show_in_menus=False))
    add_page(site_tree.about, StandardPage(title="Trang cấp hai", show_in_menus=True))

    links = menu_links(get_html(client, "/"))
    assert list(links) == ["Trang chủ", "Giới thiệu", "Tin tức hoạt động", "Thư viện ảnh", "Video clip"]
    assert 'aria-current="page"' in links["Trang chủ"]
    assert all("aria-current" not in attrs for title, attrs in links.items() if title != "Trang chủ")


def test_main_menu_marks_the_current_section(client, site_tree):
    article = make_article(site_tree.category, "Một bài")
    links = menu_links(get_html(client, article.url))
    assert 'aria-current="true"' in links["Tin tức hoạt động"]
    assert 'href="/tin-tuc-hoat-dong/"' in links["Tin tức hoạt động"]
    assert all("aria-current" not in attrs for title, attrs in links.items() if title != "Tin tức hoạt động")

    links = menu_links(get_html(client, site_tree.news.url))
    assert 'aria-current="page"' in links["Tin tức hoạt động"]
    assert "aria-current" not in links["Giới thiệu"]

    links = menu_links(get_html(client, site_tree.album.url))
    assert 'aria-current="true"' in links["Thư viện ảnh"]


# --- tags --------------------------------------------------------------------


@pytest.fixture
def tagged(site_tree):
    other = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    private_sub = make_private(add_page(site_tree.news, NewsIndexPage(title="Nội bộ")))
    pages = {
        "a": tag(make_article(site_tree.category, "Nông thôn mới ở Chính quyền", day=date(2023, 1, 2)), "nông thôn mới"),
        "b": tag(make_article(other, "Nông thôn mới ở Kinh tế", day=date(2023, 1, 3)), "nông thôn mới"),
        "untagged": make_article(site_tree.category, "Bài không gắn thẻ", day=date(2023, 1, 4)),
        "draft": tag(make_article(site_tree.category, "Bài nháp có thẻ", day=date(2023, 1, 5), publish=False),
                     "nông thôn mới"),
        "private": tag(make_private(make_article(other, "Bài riêng có thẻ", day=date(2023, 1, 6))), "nông thôn mới"),
        "in_private": tag(make_article(private_sub, "Bài trong mục riêng có thẻ", day=date(2023, 1, 7)),
                          "nông thôn mới"),
    }
    pages["other"] = other
    return pages


def test_article_tag_chip_links_to_the_section_wide_tag_page(client, tagged):
    html = get_html(client, tagged["a"].url)
    assert '<a class="tag" href="/tin-tuc-hoat-dong/tu-khoa/nong-thon-moi/">nông thôn mới</a>' in html


def test_tag_page_lists_live_public_tagged_articles_of_the_whole_section(client, tagged):
    html = get_html(client, "/tin-tuc-hoat-dong/tu-khoa/nong-thon-moi/")
    assert card_titles(html) == ["Nông thôn mới ở Kinh tế", "Nông thôn mới ở Chính quyền"]
    for hidden in ["Bài không gắn thẻ", "Bài nháp có thẻ", "Bài riêng có thẻ", "Bài trong mục riêng có thẻ"]:
        assert hidden not in html
    assert html.count("<h1") == 1


def test_category_tag_page_lists_only_that_category(client, tagged, site_tree):
    html = get_html(client, site_tree.category.url + "tu-khoa/nong-thon-moi/")
    assert card_titles(html) == ["Nông thôn mới ở Chính quyền"]
    html = get_html(client, tagged["other"].url + "tu-khoa/nong-thon-moi/")
    assert card_titles(html) == ["Nông thôn mới ở Kinh tế"]


def test_tag_with_d_stroke_gets_an_ascii_slug(client, site_tree):
    article = tag(make_article(site_tree.category, "Làm đường"), "đường giao thông")
    assert NewsTag.objects.get(name="đường giao thông").slug == "duong-giao-thong"
    assert 'href="/tin-tuc-hoat-dong/tu-khoa/duong-giao-thong/"' in get_html(client, article.url)
    assert card_titles(get_html(client, "/tin-tuc-hoat-dong/tu-khoa/duong-giao-thong/")) == ["Làm đường"]


def test_unknown_tag_is_a_vietnamese_404(client, site_tree):
    html = get_html(client, "/tin-tuc-hoat-dong/tu-khoa/khong-co-the-nay/", status=404)
    assert "Không tìm thấy trang" in html


@override_settings(LISTING_PAGE_SIZE=2)
def test_tag_page_paginates_and_rejects_bad_page_numbers(client, site_tree):
    for day in range(1, 6):
        tag(make_article(site_tree.category, f"Trẻ em ngày {day}", day=date(2023, 1, day)), "trẻ em")
    url = "/tin-tuc-hoat-dong/tu-khoa/tre-em/"
    assert card_titles(get_html(client, url)) == ["Trẻ em ngày 5", "Trẻ em ngày 4"]
    assert card_titles(get_html(client, url + "?page=3")) == ["Trẻ em ngày 1"]
    for bad in ["abc", "4", "0"]:
        assert "Không tìm thấy trang" in get_html(client, f"{url}?page={bad}", status=404)


def test_tags_are_case_insensitive(client, site_tree):
    tag(make_article(site_tree.category, "Bài A", day=date(2023, 1, 1)), "Trẻ em")
    tag(make_article(site_tree.category, "Bài B", day=date(2023, 1, 2)), "trẻ em")
    assert NewsTag.objects.count() == 1
    assert card_titles(get_html(client, "/tin-tuc-hoat-dong/tu-khoa/tre-em/")) == ["Bài B", "Bài A"]


def test_tags_differing_only_in_a_vietnamese_capital_are_the_same_tag(site_tree):
    tag(make_article(site_tree.category, "Bài A", day=date(2023, 1, 1)), "Đường giao thông")
    tag(make_article(site_tree.category, "Bài B", day=date(2023, 1, 2)), "đường giao thông")
    tag(make_article(site_tree.category, "Bài C", day=date(2023, 1, 3)), unicodedata.normalize("NFD", "ĐƯỜNG giao thông"))
    assert list(NewsTag.objects.values_list("name", "slug")) == [("Đường giao thông", "duong-giao-thong")]


# --- RSS ---------------------------------------------------------------------


def get_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "xml" in response["Content-Type"]
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def test_news_feed_is_rss_2_newest_first_only_live_public(client, site_tree):
    private_sub = make_private(add_page(site_tree.category, NewsIndexPage(title="Nội bộ")))
    old = make_article(site_tree.category, "Tin cũ", day=date(2023, 1, 1), lead="Tóm tắt tin cũ")
    new = make_article(site_tree.news, "Tin mới", day=date(2023, 2, 1), lead="Tóm tắt tin mới")
    make_article(site_tree.category, "Tin nháp", day=date(2023, 3, 1), publish=False)
    make_private(make_article(site_tree.category, "Tin riêng", day=date(2023, 3, 2)))
    make_article(private_sub, "Tin trong mục riêng", day=date(2023, 3, 3))

    channel = get_feed(client, "/tin-tuc-hoat-dong/rss/")
    assert channel.findtext("title") == "Tin tức hoạt động"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Tin mới", "Tin cũ"]
    for item, page in zip(items, [new, old]):
        link = item.findtext("link")
        assert link.startswith("http") and link.endswith(page.url)
        assert urlparse(link).path == page.url
        assert item.findtext("description") == page.lead
        assert parsedate_to_datetime(item.findtext("pubDate")).date() == page.date


def test_feed_has_at_most_20_items(client, site_tree):
    bulk_articles(site_tree.category, 25, start=date(2020, 1, 1))
    items = get_feed(client, "/tin-tuc-hoat-dong/rss/").findall("item")
    assert len(items) == 20
    assert [i.findtext("title") for i in items] == [f"Tin số {n}" for n in range(24, 4, -1)]


def test_category_feed_has_only_that_category(client, site_tree):
    other = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    make_article(site_tree.category, "Tin chính quyền")
    make_article(other, "Tin kinh tế")
    channel = get_feed(client, "/tin-tuc-hoat-dong/chinh-quyen/rss/")
    assert channel.findtext("title") == "Chính quyền"
    assert [i.findtext("title") for i in channel.findall("item")] == ["Tin chính quyền"]


def test_pages_advertise_their_feed(client, site_tree):
    expected = {
        "/": "/tin-tuc-hoat-dong/rss/",
        "/tin-tuc-hoat-dong/": "/tin-tuc-hoat-dong/rss/",
        "/tin-tuc-hoat-dong/chinh-quyen/": "/tin-tuc-hoat-dong/chinh-quyen/rss/",
    }
    for url, feed in expected.items():
        html = get_html(client, url)
        links = re.findall(r'<link rel="alternate" type="application/rss\+xml"[^>]*>', html)
        assert len(links) == 1, url
        assert f'href="{feed}"' in links[0], url


# --- sitemap.xml, robots.txt, site map --------------------------------------


def test_sitemap_lists_live_public_pages_only(client, site_tree):
    article = make_article(site_tree.category, "Bài công khai")
    draft = make_article(site_tree.category, "Bài nháp", publish=False)
    private = make_private(make_article(site_tree.category, "Bài riêng"))
    private_section = make_private(add_page(site_tree.home, StandardPage(title="Nội bộ")))
    below_private = add_page(private_section, StandardPage(title="Trang trong nội bộ"))

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    paths = {urlparse(loc.text).path for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)}
    for page in [site_tree.home, site_tree.news, site_tree.category, site_tree.about, article]:
        assert page.url in paths
    for page in [draft, private, private_section, below_private]:
        assert page.url not in paths


def test_robots_txt_points_at_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()


def test_html_site_map_lists_sections_and_standard_pages_only(client, site_tree):
    add_page(site_tree.about, StandardPage(title="Sơ đồ tổ chức"))
    add_page(site_tree.home, StandardPage(title="Trang nháp"), publish=False)
    private = make_private(add_page(site_tree.home, StandardPage(title="Trang riêng")))
    add_page(private, StandardPage(title="Trang con của trang riêng"))
    make_private(add_page(site_tree.news, NewsIndexPage(title="Chuyên mục riêng")))
    make_article(site_tree.category, "Một bài viết")

    html = get_html(client, "/so-do-trang/")
    main = re.search(r"<main[^>]*>(.*?)</main>", html, re.S).group(1)
    for title in ["Giới thiệu", "Sơ đồ tổ chức", "Tin tức hoạt động", "Chính quyền", "Thư viện ảnh", "Video clip"]:
        assert f">{title}</a>" in main, title
    for title in ["Trang nháp", "Trang riêng", "Trang con của trang riêng", "Chuyên mục riêng", "Một bài viết"]:
        assert title not in html, title
    # Nested: the category sits inside the news section's list.
    news_item = re.search(r">Tin tức hoạt động</a>(.*?)</li>", main, re.S).group(1)
    assert ">Chính quyền</a>" in news_item


def test_every_page_footer_links_to_the_site_map(client, site_tree):
    article = make_article(site_tree.category, "Một bài")
    for url in ["/", site_tree.about.url, site_tree.news.url, article.url, site_tree.album.url,
                site_tree.video.url, "/so-do-trang/", "/tim-kiem/?q=abc"]:
        html = get_html(client, url)
        footer = re.search(r"<footer[^>]*>(.*?)</footer>", html, re.S).group(1)
        assert 'href="/so-do-trang/"' in footer, url
    html = get_html(client, "/khong-co/", status=404)
    assert 'href="/so-do-trang/"' in re.search(r"<footer[^>]*>(.*?)</footer>", html, re.S).group(1)
