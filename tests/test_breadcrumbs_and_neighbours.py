"""Breadcrumbs (ancestors below the tree root, then the page) and "Tin mới hơn" /
"Tin cũ hơn" (same-type siblings ordered by the page's own date, ties by id)."""

import json
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from gallery.models import GalleryPage, VideoPage
from portal.navigation import breadcrumb_ancestors, dated_neighbours
from news.models import NewsArticlePage, NewsIndexPage
from tests.factories import add_page, bulk_articles, get_html, make_article, make_private

pytestmark = pytest.mark.django_db


# --- helpers -----------------------------------------------------------------




def breadcrumb_items(html):
    """[(li attributes, inner html), …] of the one breadcrumb nav."""
    navs = re.findall(r'<nav class="breadcrumb" aria-label="[^"]+">(.*?)</nav>', html, re.S)
    assert len(navs) == 1, "exactly one breadcrumb nav with an aria-label"
    ol = re.search(r"<ol>(.*?)</ol>", navs[0], re.S)
    assert ol, "breadcrumb items are in an <ol>"
    return re.findall(r"<li([^>]*)>(.*?)</li>", ol.group(1), re.S)


def text_of(fragment):
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def href_of(fragment):
    match = re.search(r'<a href="([^"]*)"', fragment)
    return match.group(1) if match else None


def json_ld(html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def preview_page(parent, model=NewsArticlePage, **fields):
    """An unsaved page as Wagtail's "preview on create" builds it."""
    page = model(**fields)
    page.depth = parent.depth + 1
    page.path = Page._get_children_path_interval(parent.path)[1]
    return page


def titles(pages):
    return [page.title for page in pages]


# --- breadcrumbs -------------------------------------------------------------


def test_article_breadcrumbs_markup_and_json_ld(client, site_tree):
    article = make_article(site_tree.category, "Triển khai công tác trẻ em năm 2022")
    html = get_html(client, article.url)
    items = breadcrumb_items(html)

    names = [text_of(inner) for _, inner in items]
    assert names == ["Trang chủ", "Tin tức hoạt động", "Chính quyền", article.title]
    # Ancestors are links, the current page is the last item, not a link.
    assert [href_of(inner) for _, inner in items] == ["/", "/tin-tuc-hoat-dong/", "/tin-tuc-hoat-dong/chinh-quyen/", None]
    assert 'aria-current="page"' in items[-1][0]
    assert all("aria-current" not in attrs for attrs, _ in items[:-1])

    nav = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    assert "Root" not in nav

    data = json_ld(html)
    assert data["@type"] == "BreadcrumbList"
    elements = data["itemListElement"]
    assert [e["position"] for e in elements] == [1, 2, 3, 4]
    assert [e["name"] for e in elements] == names
    assert all(e["@type"] == "ListItem" for e in elements)
    assert "Root" not in json.dumps(data, ensure_ascii=False)


def test_draft_ancestor_is_plain_text_not_a_link(client, site_tree):
    draft_category = add_page(site_tree.news, NewsIndexPage(title="Chuyên mục nháp"), publish=False)
    article = make_article(draft_category, "Bài dưới chuyên mục nháp")
    # Wagtail still serves a live page below a draft parent.
    html = get_html(client, article.url)
    items = breadcrumb_items(html)

    assert [text_of(inner) for _, inner in items] == [
        "Trang chủ", "Tin tức hoạt động", "Chuyên mục nháp", article.title,
    ]
    assert href_of(items[1][1]) == "/tin-tuc-hoat-dong/"
    assert href_of(items[2][1]) is None  # the draft category is not a link
    assert "<a" not in items[2][1]

    elements = json_ld(html)["itemListElement"]
    assert elements[2]["name"] == "Chuyên mục nháp"
    assert "item" not in elements[2]  # no URL for a page residents cannot open


def test_breadcrumb_ancestors_of_a_page_previewed_before_its_first_save(site_tree):
    page = preview_page(site_tree.category, title="Bài đang xem trước", date=date(2024, 1, 1))
    assert page.pk is None
    assert titles(breadcrumb_ancestors(page)) == ["Trang chủ", "Tin tức hoạt động", "Chính quyền"]


def test_breadcrumbs_template_tag_for_a_previewed_page(rf, site_tree):
    page = preview_page(site_tree.category, title="Bài đang xem trước", date=date(2024, 1, 1))
    request = rf.get("/")
    html = Template("{% load portal_tags %}{% breadcrumbs %}").render(Context({"request": request, "page": page}))
    items = breadcrumb_items(html)
    assert [text_of(inner) for _, inner in items] == ["Trang chủ", "Tin tức hoạt động", "Chính quyền", page.title]
    assert 'aria-current="page"' in items[-1][0]
    elements = json_ld(html)["itemListElement"]
    assert [e["position"] for e in elements] == [1, 2, 3, 4]
    assert "item" not in elements[-1]  # an unsaved page has no URL yet


def test_breadcrumb_ancestors_cost_one_query(site_tree, django_assert_num_queries):
    article = make_article(site_tree.category, "Một bài")
    page = NewsArticlePage.objects.get(pk=article.pk)
    with django_assert_num_queries(1):
        ancestors = breadcrumb_ancestors(page)
    assert titles(ancestors) == ["Trang chủ", "Tin tức hoạt động", "Chính quyền"]
    assert all(a.depth > 1 for a in ancestors)

    preview = preview_page(site_tree.category, title="Xem trước", date=date(2024, 1, 1))
    with django_assert_num_queries(1):
        breadcrumb_ancestors(preview)


# --- newer / older -----------------------------------------------------------


@pytest.fixture
def twelve(site_tree):
    """12 live articles in Chính quyền, one per day, oldest first."""
    return [
        make_article(site_tree.category, f"Tin ngày {n:02d}", day=date(2023, 1, 1) + timedelta(days=n))
        for n in range(12)
    ]


def test_middle_article_gets_five_newer_and_five_older_newest_first(twelve):
    middle = twelve[6]
    newer, older = dated_neighbours(middle, NewsArticlePage)
    assert titles(newer) == titles(reversed(twelve[7:12]))
    assert titles(older) == titles(reversed(twelve[1:6]))
    assert newer[-1].pk == twelve[7].pk and older[0].pk == twelve[5].pk  # the nearest ones
    assert [p.date for p in newer] == sorted((p.date for p in newer), reverse=True)
    assert [p.date for p in older] == sorted((p.date for p in older), reverse=True)


def test_newest_has_no_newer_and_oldest_has_no_older(twelve):
    newer, older = dated_neighbours(twelve[-1], NewsArticlePage)
    assert newer == [] and titles(older) == titles(reversed(twelve[6:11]))
    newer, older = dated_neighbours(twelve[0], NewsArticlePage)
    assert older == [] and titles(newer) == titles(reversed(twelve[1:6]))


def test_ties_on_the_same_date_are_broken_by_id(site_tree):
    before = make_article(site_tree.category, "Hôm trước", day=date(2023, 5, 1))
    first = make_article(site_tree.category, "Cùng ngày 1", day=date(2023, 5, 2))
    second = make_article(site_tree.category, "Cùng ngày 2", day=date(2023, 5, 2))
    third = make_article(site_tree.category, "Cùng ngày 3", day=date(2023, 5, 2))
    after = make_article(site_tree.category, "Hôm sau", day=date(2023, 5, 3))
    assert first.pk < second.pk < third.pk

    newer, older = dated_neighbours(second, NewsArticlePage)
    assert titles(newer) == ["Hôm sau", "Cùng ngày 3"]
    assert titles(older) == ["Cùng ngày 1", "Hôm trước"]
    assert newer[-1].pk == third.pk and older[0].pk == first.pk

    newer, older = dated_neighbours(first, NewsArticlePage)
    assert titles(newer) == ["Hôm sau", "Cùng ngày 3", "Cùng ngày 2"]
    assert titles(older) == ["Hôm trước"]
    assert before.pk and after.pk


def test_drafts_private_other_categories_and_indexes_are_never_neighbours(site_tree):
    page = make_article(site_tree.category, "Bài đang xem", day=date(2023, 6, 10))
    make_article(site_tree.category, "Mới hơn công khai", day=date(2023, 6, 20))
    make_article(site_tree.category, "Cũ hơn công khai", day=date(2023, 6, 1))
    make_article(site_tree.category, "Nháp mới hơn", day=date(2023, 6, 11), publish=False)
    make_private(make_article(site_tree.category, "Riêng tư cũ hơn", day=date(2023, 6, 9)))
    other = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    make_article(other, "Chuyên mục khác", day=date(2023, 6, 12))
    sub = add_page(site_tree.category, NewsIndexPage(title="Chuyên mục con"))  # an index sibling
    make_article(sub, "Trong chuyên mục con", day=date(2023, 6, 13))
    private_sub = make_private(add_page(site_tree.category, NewsIndexPage(title="Mục riêng")))
    make_article(private_sub, "Trong mục riêng", day=date(2023, 6, 14))

    newer, older = dated_neighbours(page, NewsArticlePage)
    assert titles(newer) == ["Mới hơn công khai"]
    assert titles(older) == ["Cũ hơn công khai"]
    assert all(isinstance(p, NewsArticlePage) for p in newer + older)


def test_an_article_in_another_category_has_its_own_neighbours(site_tree):
    other = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    a = make_article(site_tree.category, "Chính quyền 1", day=date(2023, 1, 1))
    make_article(site_tree.category, "Chính quyền 2", day=date(2023, 1, 3))
    b = make_article(other, "Kinh tế 1", day=date(2023, 1, 2))
    assert dated_neighbours(b, NewsArticlePage) == ([], [])
    assert titles(dated_neighbours(a, NewsArticlePage)[0]) == ["Chính quyền 2"]


def test_unsaved_preview_page_counts_as_newest_of_its_date(site_tree):
    make_article(site_tree.category, "Hôm qua", day=date(2024, 3, 9))
    make_article(site_tree.category, "Cùng ngày", day=date(2024, 3, 10))
    make_article(site_tree.category, "Ngày mai", day=date(2024, 3, 11))
    preview = preview_page(site_tree.category, title="Xem trước", date=date(2024, 3, 10))
    assert preview.pk is None

    newer, older = dated_neighbours(preview, NewsArticlePage)
    assert titles(newer) == ["Ngày mai"]
    assert titles(older) == ["Cùng ngày", "Hôm qua"]


def test_album_neighbours(site_tree):
    # site_tree.album "Lễ hội" is dated 2023-02-01.
    newer_album = add_page(site_tree.gallery, GalleryPage(title="Album mới", date=date(2023, 3, 1)))
    add_page(site_tree.gallery, GalleryPage(title="Album cũ", date=date(2023, 1, 1)))
    add_page(site_tree.gallery, GalleryPage(title="Album nháp", date=date(2023, 2, 2)), publish=False)
    make_private(add_page(site_tree.gallery, GalleryPage(title="Album riêng", date=date(2023, 1, 31))))

    newer, older = dated_neighbours(site_tree.album, GalleryPage)
    assert titles(newer) == ["Album mới"]
    assert titles(older) == ["Album cũ"]
    assert titles(dated_neighbours(newer_album, GalleryPage)[1]) == ["Lễ hội", "Album cũ"]

    preview = preview_page(site_tree.gallery, GalleryPage, title="Xem trước", date=date(2023, 2, 1))
    newer, older = dated_neighbours(preview, GalleryPage)
    assert titles(newer) == ["Album mới"]
    assert titles(older) == ["Lễ hội", "Album cũ"]


def test_video_neighbours(site_tree):
    # site_tree.video is dated 2020-03-26.
    url = "https://www.youtube.com/watch?v=x"
    add_page(site_tree.videos, VideoPage(title="Video mới", date=date(2021, 1, 1), embed_url=url))
    add_page(site_tree.videos, VideoPage(title="Video cũ", date=date(2019, 1, 1), embed_url=url))
    add_page(site_tree.videos, VideoPage(title="Video nháp", date=date(2020, 4, 1), embed_url=url), publish=False)
    make_private(add_page(site_tree.videos, VideoPage(title="Video riêng", date=date(2020, 3, 1), embed_url=url)))

    newer, older = dated_neighbours(site_tree.video, VideoPage)
    assert titles(newer) == ["Video mới"]
    assert titles(older) == ["Video cũ"]


def test_article_page_renders_sibling_nav_and_prev_next_links(client, site_tree):
    articles = [
        make_article(site_tree.category, f"Tin số {n}", day=date(2023, 1, 1) + timedelta(days=n))
        for n in range(5)
    ]
    page = articles[2]
    html = get_html(client, page.url)

    nav = re.search(r'<nav class="sibling-nav"[^>]*>(.*?)</nav>', html, re.S)
    assert nav, "sibling-nav is rendered"
    newer = re.search(r'<section class="newer"[^>]*>(.*?)</section>', nav.group(1), re.S).group(1)
    older = re.search(r'<section class="older"[^>]*>(.*?)</section>', nav.group(1), re.S).group(1)
    assert "Tin mới hơn" in newer and "Tin cũ hơn" in older
    assert re.findall(r'<a href="([^"]+)"', newer) == [articles[4].url, articles[3].url]
    assert re.findall(r'<a href="([^"]+)"', older) == [articles[1].url, articles[0].url]

    assert f'<link rel="prev" href="{articles[3].url}">' in html
    assert f'<link rel="next" href="{articles[1].url}">' in html


def test_newest_article_has_no_prev_link(client, site_tree):
    old = make_article(site_tree.category, "Tin cũ", day=date(2023, 1, 1))
    new = make_article(site_tree.category, "Tin mới", day=date(2023, 1, 2))
    html = get_html(client, new.url)
    assert '<link rel="prev"' not in html
    assert f'<link rel="next" href="{old.url}">' in html


def _page_with_siblings(site_tree, count):
    bulk_articles(site_tree.category, count, start=date(2020, 1, 1))
    middle_day = date(2020, 1, 1) + timedelta(days=count // 2)
    return NewsArticlePage.objects.child_of(site_tree.category).get(date=middle_day)


def _count(func):
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)


def test_neighbour_lookup_query_count_does_not_grow(client, site_tree):
    page = _page_with_siblings(site_tree, 10)
    at_10 = _count(lambda: dated_neighbours(page, NewsArticlePage))
    client.get(page.url)  # warm the site root paths cache
    page_at_10 = _count(lambda: client.get(page.url))

    bulk_articles(site_tree.category, 90, start=date(2021, 1, 1))
    at_100 = _count(lambda: dated_neighbours(page, NewsArticlePage))
    client.get(page.url)  # new articles renewed the cached fragments (menu, sidebar)
    page_at_100 = _count(lambda: client.get(page.url))

    assert NewsArticlePage.objects.child_of(site_tree.category).count() == 100
    assert at_10 == at_100 == 2
    assert page_at_10 == page_at_100
