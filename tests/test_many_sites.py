"""Many communes on one install (issue 13, item 2): nothing of one commune shows
on another's pages, and a host that names no commune gets a 400.

Three communes, each a Wagtail site with its own tree (tests.factories.build_site):
Tam Đại (the default site, "localhost"), Tam Dân and Tam Lãnh. Every title, photo
caption, tag, banner and setting of a commune carries its name, so "the name or
hostname of another commune appears nowhere on this commune's pages" checks every
list at once; the tests below then check each list by what it should show.
Runs on SQLite and on PostgreSQL.
"""

import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from gallery.models import GalleryImage, GalleryPage, VideoPage
from gallery.sidebar import latest_video, random_photos
from home.models import LinkBanner
from portal.sites import SiteEntry, match_site
from tests.factories import SiteTree, add_page, build_site, make_article, make_image, make_private

pytestmark = pytest.mark.django_db

COMMUNES = [("localhost", "Tam Đại"), ("tamdan.example.vn", "Tam Dân"), ("tamlanh.example.vn", "Tam Lãnh")]
UNKNOWN = "unknown.example"


@dataclass
class Commune:
    hostname: str
    name: str
    tree: SiteTree
    article: object  # "Tin riêng <name>": tagged "trẻ em" and "chỉ <name>"
    client: Client

    @property
    def hidden(self):
        """Titles of this commune's draft and private pages: shown nowhere."""
        return [f"Bản nháp {self.name}", f"Tin riêng tư {self.name}", f"Album nháp {self.name}",
                f"Album riêng {self.name}", f"Ảnh riêng {self.name}"]


def path_of(page):
    """The page's path on its own site (``page.url`` is absolute with several sites)."""
    return page.get_url_parts()[2]


def tag(article, *names):
    article.tags.add(*names)
    article.save()
    return article


def fill(tree, name):
    """What every commune has besides build_site's tree: tagged articles (one
    newer, one older), a draft and a private one, albums with photos (one
    draft, one private), a newer video, a link banner, a promoted result."""
    article = tag(make_article(tree.category, f"Tin riêng {name}", day=date(2024, 5, 1)), "trẻ em", f"chỉ {name}")
    tag(make_article(tree.category, f"Tin cũ {name}", day=date(2024, 4, 1)), "trẻ em")
    tag(make_article(tree.category, f"Tin mới {name}", day=date(2024, 6, 1)), "trẻ em")
    tag(make_article(tree.category, f"Bản nháp {name}", day=date(2024, 7, 1), publish=False), "trẻ em")
    tag(make_private(make_article(tree.category, f"Tin riêng tư {name}", day=date(2024, 7, 2))), "trẻ em")
    for title, publish, private in [(f"Album {name}", True, False), (f"Album nháp {name}", False, False),
                                    (f"Album riêng {name}", True, True)]:
        album = GalleryPage(title=title, date=date(2024, 3, 1), description=f"Mô tả {title}")
        caption = f"Ảnh riêng {name}" if private or not publish else f"Ảnh {name}"
        image = make_image(caption)
        album.gallery_images = [GalleryImage(image=image, caption=f"{caption} {n}") for n in range(6)]
        add_page(tree.gallery, album, publish=publish)
        if private:
            make_private(album)
    site = Site.objects.get(root_page=tree.home)
    LinkBanner.objects.create(site=site, title=f"Banner {name}", url=f"https://{site.hostname}.banner.example")
    SearchPromotion.objects.create(query=Query.get("tiêm chủng"), page=article, sort_order=0,
                                   description=f"Ưu tiên {name}")
    return article


@pytest.fixture
def communes(db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, *(host for host, _ in COMMUNES), UNKNOWN]
    found = []
    for number, (hostname, name) in enumerate(COMMUNES):
        tree = build_site(hostname=hostname, name=name)
        # Tam Lãnh's video is the newest of the install: the others must not show it.
        add_page(tree.videos, VideoPage(title=f"Video mới {name}", date=date(2030 + number, 1, 1),
                                        embed_url=f"https://www.youtube.com/watch?v=v{number}"))
        found.append(Commune(hostname, name, tree, fill(tree, name), Client(HTTP_HOST=hostname)))
    return found


def get(commune, url, status=200, **params):
    response = commune.client.get(url, params)
    assert response.status_code == status, (commune.name, url, response.status_code)
    return response.content.decode()


def others(commune, communes):
    return [c for c in communes if c is not commune]


def assert_only_own(commune, communes, text, where):
    for other in others(commune, communes):
        assert other.name not in text, (commune.name, where, other.name)
        assert other.hostname not in text, (commune.name, where, other.hostname)
    for hidden in commune.hidden:
        assert hidden not in text, (commune.name, where, hidden)


def resident_urls(commune, communes):
    tree = commune.tree
    newer = tree.category.get_children().get(title=f"Tin mới {commune.name}")
    other_category = others(commune, communes)[0].tree.category
    return [
        path_of(tree.home), path_of(tree.about), path_of(tree.news), path_of(tree.category),
        path_of(commune.article), path_of(newer), path_of(tree.gallery), path_of(tree.album),
        path_of(tree.videos), path_of(tree.video),
        path_of(tree.news) + "tu-khoa/tre-em/", path_of(tree.category) + "tu-khoa/tre-em/",
        path_of(tree.news) + "rss/", path_of(tree.category) + "rss/",
        "/sitemap.xml", "/robots.txt", "/so-do-trang/",
        "/tim-kiem/?q=tin", "/tim-kiem/?q=tre+em", "/tim-kiem/?q=ti%C3%AAm+ch%E1%BB%A7ng",
        "/tim-kiem/?q=tiem+chung", f"/tim-kiem/?q=tin&chuyen-muc={other_category.pk}",
        "/tim-kiem/?q=album&loai=album", "/tim-kiem/goi-y/?q=tin", "/tim-kiem/goi-y/?q=anh",
    ]


# --- everything at once -------------------------------------------------------------


def test_nothing_of_another_commune_shows_anywhere(communes):
    for commune in communes:
        for url in resident_urls(commune, communes):
            for _ in range(2):  # the sidebar's random photos change between views
                cache.clear()
                assert_only_own(commune, communes, get(commune, url), url)
        assert_only_own(commune, communes, get(commune, "/khong-co-trang-nay/", status=404), "404")


def test_another_communes_pages_are_not_served_on_this_host(communes):
    tam_dai, tam_dan, _ = communes
    for page in [tam_dan.tree.about, tam_dan.tree.category, tam_dan.article, tam_dan.tree.album]:
        get(tam_dai, path_of(page), status=404)
    get(tam_dai, path_of(tam_dan.tree.news) + "rss/", status=404)


# --- list by list ---------------------------------------------------------------------


def link_texts(html, nav_class):
    nav = re.search(rf'<nav class="{nav_class}"[^>]*>(.*?)</nav>', html, re.S).group(1)
    return [re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(r"<a [^>]*>(.*?)</a>", nav, re.S)]


def test_menu_breadcrumbs_and_newer_older_are_the_communes_own(communes):
    tam_dai, tam_dan, _ = communes
    assert link_texts(get(tam_dai, "/"), "main-menu") == [
        "Trang chủ", "Giới thiệu", "Tin tức hoạt động", "Thư viện ảnh", "Video clip"]
    html = get(tam_dan, path_of(tam_dan.article))
    assert link_texts(html, "main-menu") == [
        "Trang chủ", "Giới thiệu Tam Dân", "Tin tức hoạt động Tam Dân", "Thư viện ảnh Tam Dân", "Video clip Tam Dân"]
    assert link_texts(html, "breadcrumb") == ["Trang chủ", "Tin tức hoạt động Tam Dân", "Chính quyền Tam Dân"]
    assert link_texts(html, "sibling-nav") == ["Tin mới Tam Dân", "Tin cũ Tam Dân"]


def card_titles(html):
    return [re.sub(r"<[^>]+>", "", t).strip() for t in re.findall(r'<h[23] class="card__title">(.*?)</h[23]>', html, re.S)]


def test_listings_tags_and_feeds_are_the_communes_own(communes):
    tam_dai, tam_dan, tam_lanh = communes
    own = ["Tin mới Tam Dân", "Tin riêng Tam Dân", "Tin cũ Tam Dân"]
    assert card_titles(get(tam_dan, path_of(tam_dan.tree.category))) == own
    # A tag every commune uses lists this commune's articles only.
    assert card_titles(get(tam_dan, path_of(tam_dan.tree.news) + "tu-khoa/tre-em/")) == own
    assert '<a class="tag" href="/tin-tuc-hoat-dong-tam-dan/tu-khoa/chi-tam-dan/">chỉ Tam Dân</a>' in get(
        tam_dan, path_of(tam_dan.article))
    # Another commune's tag does not exist here (nor does a tag of drafts only).
    get(tam_dai, path_of(tam_dai.tree.news) + "tu-khoa/chi-tam-dan/", status=404)
    get(tam_dan, path_of(tam_dan.tree.news) + "tu-khoa/chi-tam-dan/")
    tag(make_article(tam_dan.tree.category, "Nháp có thẻ riêng", publish=False), "chỉ bản nháp")
    get(tam_dan, path_of(tam_dan.tree.news) + "tu-khoa/chi-ban-nhap/", status=404)
    feed = ET.fromstring(get(tam_lanh, path_of(tam_lanh.tree.news) + "rss/"))
    assert [item.findtext("title") for item in feed.iter("item")] == [
        "Tin mới Tam Lãnh", "Tin riêng Tam Lãnh", "Tin cũ Tam Lãnh"]
    assert all(item.findtext("link").startswith("http://tamlanh.example.vn/") for item in feed.iter("item"))


def sidebar(html):
    return re.search(r"<aside[^>]*>(.*?)</aside>", html, re.S).group(1)


def test_sidebar_blocks_are_the_communes_own(communes):
    tam_dai, tam_dan, tam_lanh = communes
    # Tam Lãnh's video is the newest of the install; each commune shows its own.
    for commune in communes:
        assert latest_video(commune.tree.home).title == f"Video mới {commune.name}"
        aside = sidebar(get(commune, path_of(commune.tree.about)))
        assert f"Video mới {commune.name}" in aside and f"Banner {commune.name}" in aside


def test_random_photos_never_come_from_another_commune_or_a_hidden_album(communes):
    rng = random.Random(2189)
    for commune in communes:
        home = commune.tree.home
        own_public = set(
            GalleryPage.objects.live().descendant_of(home).exclude(title__contains="riêng").values_list("pk", flat=True)
        )
        seen = set()
        for _ in range(30):
            photos = random_photos(home, 24, rng=rng)
            assert photos
            assert {photo.page_id for photo in photos} <= own_public, commune.name
            assert all(photo.page.path.startswith(home.path) for photo in photos)
            seen |= {photo.pk for photo in photos}
        # Drawn from the whole commune, not a fixed few.
        own_photos = GalleryImage.objects.filter(page_id__in=own_public).count()
        assert len(seen) == own_photos, commune.name
    assert random_photos(None) == []


def search_titles(commune, **params):
    response = commune.client.get("/tim-kiem/", params)
    assert response.status_code == 200
    return response


def test_search_suggestions_promotions_and_categories_are_the_communes_own(communes):
    tam_dai, tam_dan, _ = communes
    response = search_titles(tam_dan, q="tin rieng")
    assert [r["page"].title for r in response.context["results"]] == ["Tin riêng Tam Dân"]
    response = search_titles(tam_dan, q="tiem chung")
    assert [p.page.title for p in response.context["promotions"]] == ["Tin riêng Tam Dân"]
    assert [c.title for c in response.context["categories"]] == ["Tin tức hoạt động Tam Dân", "Chính quyền Tam Dân"]
    # A category of another commune in the URL filters nothing in (nor out).
    response = search_titles(tam_dan, q="tin rieng", **{"chuyen-muc": tam_dai.tree.category.pk})
    assert response.context["selected_category"] is None
    assert [r["page"].title for r in response.context["results"]] == ["Tin riêng Tam Dân"]
    suggestions = tam_dan.client.get("/tim-kiem/goi-y/", {"q": "tin"}).json()["suggestions"]
    assert sorted(s["title"] for s in suggestions) == ["Tin cũ Tam Dân", "Tin mới Tam Dân", "Tin riêng Tam Dân",
                                                       "Tin tức hoạt động Tam Dân"]
    assert all(s["url"].startswith("/") for s in suggestions)  # this site's pages: relative links


def locations(commune):
    root = ET.fromstring(get(commune, "/sitemap.xml"))
    return [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def test_sitemaps_robots_and_site_map_are_the_communes_own(communes):
    tam_dai, tam_dan, _ = communes
    urls = locations(tam_dan)
    pages = Page.objects.live().descendant_of(tam_dan.tree.home, inclusive=True).exclude(
        title__contains="riêng tư").exclude(title__contains="Album riêng")
    assert sorted(urls) == sorted(page.get_full_url() for page in pages)
    assert all(url.startswith("http://tamdan.example.vn/") for url in urls)
    assert "Sitemap: http://tamdan.example.vn/sitemap.xml" in get(tam_dan, "/robots.txt")
    html = get(tam_dan, "/so-do-trang/")
    assert "Giới thiệu Tam Dân" in html and "Giới thiệu</a>" not in html
    assert all(url.startswith("http://localhost/") for url in locations(tam_dai))


def test_404_and_settings_are_the_communes_own(communes):
    _, tam_dan, tam_lanh = communes
    html = get(tam_dan, "/khong-co-trang-nay/", status=404)
    assert "Không tìm thấy trang" in html
    assert "Trang thông tin điện tử xã Tam Dân" in html and "Ủy ban nhân dân xã Tam Dân" in html
    assert ">Tin tức hoạt động Tam Dân</a>" in html
    assert "<title>Giới thiệu Tam Lãnh | Trang thông tin điện tử xã Tam Lãnh</title>" in get(
        tam_lanh, path_of(tam_lanh.tree.about))


# --- unknown hosts --------------------------------------------------------------------


def test_a_host_that_names_no_commune_is_a_vietnamese_400(communes, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    for host in [UNKNOWN, "testserver"]:
        client = Client(HTTP_HOST=host)
        for url in ["/", path_of(communes[0].tree.about), "/tim-kiem/?q=tin", "/tim-kiem/goi-y/?q=tin",
                    "/sitemap.xml", "/robots.txt", "/so-do-trang/", "/khong-co/"]:
            response = client.get(url)
            assert response.status_code == 400, (host, url)
            html = response.content.decode()
            assert "Địa chỉ không đúng" in html and '<html lang="vi">' in html
            for commune in communes:
                assert commune.name not in html and commune.hostname not in html
            assert "no-store" in response["Cache-Control"]


def test_the_admin_health_check_and_static_files_answer_on_any_allowed_host(communes):
    client = Client(HTTP_HOST=UNKNOWN)
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/static/css/site.css").status_code == 200


def test_hostnames_match_as_wagtail_matches_them(communes):
    for host in ["tamdan.example.vn:8080", "TAMDAN.example.vn"]:
        response = Client(HTTP_HOST=host).get("/")
        assert response.status_code == 200, host
        assert "Trang thông tin điện tử xã Tam Dân" in response.content.decode()


def test_a_host_not_in_allowed_hosts_is_still_refused(communes):
    assert Client(HTTP_HOST="evil.example").get("/").status_code == 400


def test_one_commune_serves_every_allowed_host(site_tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, UNKNOWN]
    assert Client(HTTP_HOST=UNKNOWN).get("/").status_code == 200
    assert Client().get(site_tree.about.url).status_code == 200  # "testserver", the site is "localhost"


def test_one_commune_that_is_not_the_default_site_serves_only_its_host(site_tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, UNKNOWN]
    Site.objects.update(is_default_site=False)  # no signal: the cached list of sites is cleared by hand
    cache.clear()
    assert Client(HTTP_HOST=UNKNOWN).get("/").status_code == 400
    assert Client(HTTP_HOST="localhost").get("/").status_code == 200


def test_adding_or_removing_a_site_takes_effect_at_once(site_tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, UNKNOWN, "tamdan.example.vn"]
    client = Client(HTTP_HOST=UNKNOWN)
    assert client.get("/").status_code == 200  # the list of sites is now cached
    other = build_site(hostname="tamdan.example.vn", name="Tam Dân")
    assert client.get("/").status_code == 400
    assert Client(HTTP_HOST="tamdan.example.vn").get("/").status_code == 200
    site = Site.objects.get(root_page=other.home)
    site.hostname = "tamdan2.example.vn"
    site.save()
    assert Client(HTTP_HOST="tamdan.example.vn").get("/").status_code == 400
    site.delete()
    assert client.get("/").status_code == 200


SITE_LAYOUTS = [
    # (hostname, port, is default)
    [("a.vn", 80, True), ("b.vn", 80, False)],
    [("a.vn", 80, False), ("b.vn", 80, False)],
    [("a.vn", 80, True), ("b.vn", 80, False), ("b.vn", 8080, False)],
    [("a.vn", 80, False), ("b.vn", 80, False), ("b.vn", 8080, False)],
    [("a.vn", 80, False), ("b.vn", 80, True), ("b.vn", 8080, False)],
]


@pytest.mark.parametrize("layout", SITE_LAYOUTS)
def test_match_site_picks_what_wagtail_picks(site_tree, layout):
    Site.objects.all().delete()
    for hostname, port, default in layout:
        Site.objects.create(hostname=hostname, port=port, is_default_site=default, root_page=site_tree.home)
    entries = [SiteEntry(s.pk, s.hostname, s.port, s.is_default_site) for s in Site.objects.all()]
    for hostname in ["a.vn", "b.vn", "c.vn"]:
        for port in [80, 443, 8080, 9000]:
            try:
                expected = get_site_for_hostname(hostname, port).pk
            except Site.DoesNotExist:
                expected = None
            found = match_site(entries, hostname, port)
            assert (found.id if found else None) == expected, (layout, hostname, port)


def test_breadcrumbs_stop_at_the_site_root(site_tree, settings):
    """A site may have its root deeper in the tree (e.g. a section served at a
    hostname of its own): its breadcrumbs never climb above that root."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "tin.example.vn"]
    Site.objects.create(hostname="tin.example.vn", root_page=site_tree.news, site_name="Tin tức")
    article = make_article(site_tree.category, "Tin sâu")
    html = Client(HTTP_HOST="tin.example.vn").get("/chinh-quyen/tin-sau/").content.decode()
    assert link_texts(html, "breadcrumb") == ["Trang chủ", "Chính quyền"]
    assert 'href="/chinh-quyen/"' in html and "http://localhost/" not in html
    assert path_of(article) == "/chinh-quyen/tin-sau/"  # Wagtail gives a page the deepest site's URL
    html = Client(HTTP_HOST="localhost").get("/tin-tuc-hoat-dong/chinh-quyen/tin-sau/").content.decode()
    assert link_texts(html, "breadcrumb") == ["Trang chủ", "Tin tức hoạt động", "Chính quyền"]
