"""DESIGN.md, "One rule for what residents see": every list a resident can see
shows only live, public pages. One draft, one private page and one page inside
a private section of every type, all titled "BÍ MẬT …", must appear in none of
them, while public controls (titled "Quasar …") do."""

import re
from dataclasses import dataclass
from datetime import date

import pytest

from gallery.models import GalleryPage, VideoPage
from home.models import StandardPage
from news.models import NewsIndexPage
from tests.factories import add_page, make_article, make_private

pytestmark = pytest.mark.django_db

SECRET = "BÍ MẬT"
SECRET_SLUG = "bi-mat"
TAG = "an ninh trật tự"
TAG_SLUG = "an-ninh-trat-tu"
EMBED = "https://www.youtube.com/watch?v=test"


@dataclass
class World:
    tree: object
    article: object  # the public article whose page is visited
    newer_article: object
    older_article: object
    newer_album: object
    older_album: object
    newer_video: object
    older_video: object
    public_page: object
    hidden_urls: list


def tag(article, name=TAG):
    article.tags.add(name)
    article.save()
    return article


@pytest.fixture
def world(site_tree):
    t = site_tree
    hidden = []

    # News: public controls, the hidden ones dated newest and right next to the
    # visited article, so a leak would land in every limited list.
    older_article = make_article(t.category, "Quasar tin cũ hơn", day=date(2024, 1, 1))
    article = tag(make_article(t.category, "Quasar tin công khai", day=date(2024, 1, 10)))
    newer_article = make_article(t.category, "Quasar tin mới hơn", day=date(2024, 1, 20))
    hidden.append(tag(make_article(t.category, f"{SECRET} Quasar tin nháp", day=date(2024, 1, 11), publish=False)))
    hidden.append(tag(make_private(make_article(t.category, f"{SECRET} Quasar tin riêng", day=date(2024, 1, 9)))))
    private_sub = make_private(add_page(t.category, NewsIndexPage(title=f"{SECRET} Quasar chuyên mục con riêng")))
    hidden.append(private_sub)
    hidden.append(tag(make_article(private_sub, f"{SECRET} Quasar tin trong mục con riêng", day=date(2024, 6, 1))))
    # A private category right under the news section (a home-page category block candidate).
    private_category = make_private(add_page(t.news, NewsIndexPage(title=f"{SECRET} Quasar chuyên mục riêng",
                                                                   show_in_menus=True)))
    hidden.append(private_category)
    hidden.append(tag(make_article(private_category, f"{SECRET} Quasar tin trong mục riêng", day=date(2024, 6, 2))))

    # Albums: site_tree.album "Lễ hội" (2023-02-01) is the visited one.
    older_album = add_page(t.gallery, GalleryPage(title="Quasar album cũ hơn", date=date(2023, 1, 1)))
    newer_album = add_page(t.gallery, GalleryPage(title="Quasar album mới hơn", date=date(2023, 3, 1)))
    hidden.append(add_page(t.gallery, GalleryPage(title=f"{SECRET} Quasar album nháp", date=date(2023, 2, 2)),
                           publish=False))
    hidden.append(make_private(add_page(t.gallery, GalleryPage(title=f"{SECRET} Quasar album riêng",
                                                               date=date(2023, 1, 31)))))

    # Videos: site_tree.video (2020-03-26) is the visited one.
    older_video = add_page(t.videos, VideoPage(title="Quasar video cũ hơn", date=date(2020, 1, 1), embed_url=EMBED))
    newer_video = add_page(t.videos, VideoPage(title="Quasar video mới hơn", date=date(2020, 6, 1), embed_url=EMBED))
    hidden.append(add_page(t.videos, VideoPage(title=f"{SECRET} Quasar video nháp", date=date(2020, 3, 27),
                                               embed_url=EMBED), publish=False))
    hidden.append(make_private(add_page(t.videos, VideoPage(title=f"{SECRET} Quasar video riêng",
                                                            date=date(2020, 3, 25), embed_url=EMBED))))

    # Standard pages, all "show in menus".
    public_page = add_page(t.home, StandardPage(title="Quasar trang công khai", show_in_menus=True))
    hidden.append(add_page(t.home, StandardPage(title=f"{SECRET} Quasar trang nháp", show_in_menus=True),
                           publish=False))
    private_page = make_private(add_page(t.home, StandardPage(title=f"{SECRET} Quasar trang riêng",
                                                              show_in_menus=True)))
    hidden.append(private_page)
    hidden.append(add_page(private_page, StandardPage(title=f"{SECRET} Quasar trang con", show_in_menus=True)))

    hidden_urls = [page.url for page in hidden]
    assert len(hidden_urls) == 13 and all(SECRET_SLUG in url for url in hidden_urls)
    return World(t, article, newer_article, older_article, newer_album, older_album,
                 newer_video, older_video, public_page, hidden_urls)


def fetch(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, url
    return response.content.decode()


def assert_nothing_hidden(body, where):
    assert SECRET.lower() not in body.lower(), where
    assert SECRET_SLUG not in body.lower(), where


def section(html, pattern):
    match = re.search(pattern, html, re.S)
    assert match, pattern
    return match.group(0)


def test_hidden_pages_are_really_hidden_from_residents(client, world):
    """Sanity: the hidden pages exist and residents cannot open them directly."""
    for url in world.hidden_urls:
        body = client.get(url).content.decode()
        assert SECRET not in body, url


def test_no_resident_visible_list_shows_a_draft_or_private_page(client, world):
    t = world.tree
    controls = {
        # url: the public pages expected there
        "/": ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar album mới hơn", "Quasar video mới hơn",
              "Quasar trang công khai"],
        t.news.url: ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar tin cũ hơn"],
        t.category.url: ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar tin cũ hơn"],
        world.article.url: ["Quasar tin mới hơn", "Quasar tin cũ hơn"],
        f"/tin-tuc-hoat-dong/tu-khoa/{TAG_SLUG}/": ["Quasar tin công khai"],
        f"{t.category.url}tu-khoa/{TAG_SLUG}/": ["Quasar tin công khai"],
        "/tin-tuc-hoat-dong/rss/": ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar tin cũ hơn"],
        f"{t.category.url}rss/": ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar tin cũ hơn"],
        "/sitemap.xml": [world.article.url, world.newer_album.url, world.newer_video.url, world.public_page.url],
        "/so-do-trang/": ["Quasar trang công khai", "Chính quyền", "Thư viện ảnh", "Video clip"],
        t.gallery.url: ["Lễ hội", "Quasar album mới hơn", "Quasar album cũ hơn"],
        t.videos.url: ["89 năm ngày thành lập Đoàn", "Quasar video mới hơn", "Quasar video cũ hơn"],
        t.album.url: ["Quasar album mới hơn", "Quasar album cũ hơn"],
        t.video.url: ["Quasar video mới hơn", "Quasar video cũ hơn"],
        world.public_page.url: ["Quasar trang công khai"],
    }
    for url, expected in controls.items():
        body = fetch(client, url)
        assert_nothing_hidden(body, url)
        for text in expected:
            assert text in body, (url, text)
        if not url.endswith((".xml", "/rss/")):
            assert "Quasar trang công khai" in section(body, r'<nav class="main-menu".*?</nav>'), url


def test_article_page_lists_in_detail(client, world):
    html = fetch(client, world.article.url)
    nav = section(html, r'<nav class="sibling-nav".*?</nav>')
    assert re.findall(r'<a href="([^"]+)"', nav) == [world.newer_article.url, world.older_article.url]
    assert f'<link rel="prev" href="{world.newer_article.url}">' in html
    assert f'<link rel="next" href="{world.older_article.url}">' in html
    crumbs = section(html, r'<nav class="breadcrumb".*?</nav>')
    assert ">Chính quyền</a>" in crumbs and "Quasar tin công khai" in crumbs


def test_album_and_video_pages_neighbours_in_detail(client, world):
    for page, newer, older in [
        (world.tree.album, world.newer_album, world.older_album),
        (world.tree.video, world.newer_video, world.older_video),
    ]:
        html = fetch(client, page.url)
        nav = section(html, r'<nav class="sibling-nav".*?</nav>')
        assert re.findall(r'<a href="([^"]+)"', nav) == [newer.url, older.url], page.url


def test_search_shows_no_draft_or_private_page(client, world):
    # The hidden pages' own words find nothing (the query itself is echoed back).
    html = fetch(client, "/tim-kiem/", {"q": SECRET})
    assert 'class="search-result"' not in html and "Không tìm thấy kết quả" in html
    echo_free = html.replace(f'value="{SECRET}"', "").replace(f"“{SECRET}”", "").replace(f"Tìm kiếm: {SECRET}", "")
    assert_nothing_hidden(echo_free, "search for the secret")

    # A word that hidden and public pages share finds only the public ones.
    html = fetch(client, "/tim-kiem/", {"q": "Quasar"})
    assert_nothing_hidden(html, "search for a shared word")
    results = section(html, r'<ol class="search-results"[^>]*>.*?</ol>')
    for title in ["Quasar tin công khai", "Quasar tin mới hơn", "Quasar album mới hơn", "Quasar video cũ hơn",
                  "Quasar trang công khai"]:
        assert title in results, title
