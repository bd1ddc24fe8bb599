"""The anonymous page cache (ops/cache.py): hits, invalidation on every change
a visitor could see, nothing private or personal ever cached, and a cache
server outage that only costs speed."""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from home.models import LinkBanner, PortalSettings
from ops import cache as page_cache
from tests.factories import add_page, bulk_articles, make_article, make_private

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cache_on")]

HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def get(client, url, **extra):
    return client.get(url, **HOST, **extra)


@pytest.fixture
def site_tree(site_tree, client):
    """The tree, with the site's settings row made (the first page view
    creates it, and saving a setting rightly empties the cache)."""
    PortalSettings.for_site(site_tree.home.get_site())
    return site_tree


def state(response):
    return response.get(page_cache.HEADER)


def test_second_anonymous_view_is_a_hit_without_queries(client, site_tree, django_assert_num_queries):
    article = make_article(site_tree.category, "Họp dân về nông thôn mới")
    first = get(client, article.url)
    assert first.status_code == 200 and state(first) == "miss"
    assert first["Cache-Control"] == "public, max-age=60"
    with django_assert_num_queries(0):
        second = get(client, article.url)
    assert state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Cache-Control"] == "public, max-age=60"


def test_publish_invalidates_lists_and_pages(client, site_tree):
    make_article(site_tree.category, "Tin thứ nhất")
    assert "Tin thứ nhất" in get(client, site_tree.news.url).content.decode()
    assert state(get(client, site_tree.news.url)) == "hit"

    make_article(site_tree.category, "Tin vừa đăng")
    response = get(client, site_tree.news.url)
    assert state(response) == "miss"
    assert "Tin vừa đăng" in response.content.decode()


def test_unpublish_removes_page_and_listing_entry(client, site_tree):
    article = make_article(site_tree.category, "Tin sẽ gỡ")
    assert get(client, article.url).status_code == 200
    assert "Tin sẽ gỡ" in get(client, site_tree.category.url).content.decode()

    article.unpublish()
    assert get(client, article.url).status_code == 404
    assert "Tin sẽ gỡ" not in get(client, site_tree.category.url).content.decode()


def test_draft_edit_does_not_show_until_published(client, site_tree):
    article = make_article(site_tree.category, "Tiêu đề cũ")
    get(client, article.url)
    article.title = "Tiêu đề nháp"
    article.save_revision()
    response = get(client, article.url)
    assert "Tiêu đề nháp" not in response.content.decode()
    article.get_latest_revision().publish()
    assert "Tiêu đề nháp" in get(client, article.url).content.decode()


def test_move_and_delete_invalidate(client, site_tree):
    from news.models import NewsIndexPage

    other = add_page(site_tree.news, NewsIndexPage(title="Kinh tế"))
    article = make_article(site_tree.category, "Tin chuyển mục")
    get(client, other.url)
    assert "Tin chuyển mục" not in get(client, other.url).content.decode()
    article.move(other, pos="last-child")
    assert "Tin chuyển mục" in get(client, other.url).content.decode()

    article.refresh_from_db()
    article.delete()
    assert "Tin chuyển mục" not in get(client, other.url).content.decode()


def test_privacy_change_is_never_served_from_cache(client, site_tree):
    article = make_article(site_tree.category, "Tin nội bộ", lead="Nội dung mật của xã")
    assert "Nội dung mật" in get(client, article.url).content.decode()
    assert state(get(client, article.url)) == "hit"

    make_private(article)
    response = get(client, article.url)
    assert "Nội dung mật" not in response.content.decode()
    assert state(response) is None


def test_password_form_of_a_private_page_is_not_cached(client, site_tree):
    article = make_article(site_tree.category, "Tin có mật khẩu", lead="Nội dung riêng")
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="mat-khau")
    first = get(client, article.url)
    assert first.status_code == 200 and "Nội dung riêng" not in first.content.decode()
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert state(get(client, article.url)) is None


def test_banner_and_settings_changes_invalidate(client, site_tree):
    get(client, site_tree.home.url)
    LinkBanner.objects.create(title="Cổng dịch vụ công tỉnh", url="https://dichvucong.quangnam.gov.vn/")
    assert "Cổng dịch vụ công tỉnh" in get(client, site_tree.home.url).content.decode()

    portal = PortalSettings.for_site(site_tree.home.get_site())
    portal.unit_name = "Ủy ban nhân dân xã Tam Đại (mới)"
    portal.save()
    assert "Tam Đại (mới)" in get(client, site_tree.home.url).content.decode()


def test_logged_in_users_are_never_served_or_stored(client, site_tree):
    article = make_article(site_tree.category, "Tin cho biên tập viên")
    user = get_user_model().objects.create_superuser("bientap", "b@example.com", "x")
    client.force_login(user)
    response = get(client, article.url)
    assert state(response) is None
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    client.logout()
    # The logged-in view (with the editor's toolbar) was not stored for anyone.
    assert state(get(client, article.url)) == "miss"


def test_preview_and_admin_are_never_cached(admin_client, site_tree):
    article = make_article(site_tree.category, "Tin xem trước")
    response = admin_client.get(f"/admin/pages/{article.pk}/view_draft/", **HOST)
    assert response.status_code == 200
    assert state(response) is None
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_search_with_a_query_is_never_cached(client, site_tree):
    make_article(site_tree.category, "Tiêm chủng mở rộng")
    response = get(client, "/tim-kiem/", data={"q": "tiem chung"})
    assert response.status_code == 200 and state(response) is None
    assert "no-store" in response["Cache-Control"]
    suggestions = get(client, "/tim-kiem/goi-y/", data={"q": "tiem"})
    assert state(suggestions) is None and "private" in suggestions["Cache-Control"]


def test_pagination_is_cached_but_other_query_strings_are_not(client, site_tree):
    bulk_articles(site_tree.category, 11)  # two pages of 10
    get(client, site_tree.news.url, data={"page": "2"})
    assert state(get(client, site_tree.news.url, data={"page": "2"})) == "hit"
    get(client, site_tree.news.url, data={"utm_source": "zalo"})
    assert state(get(client, site_tree.news.url, data={"utm_source": "zalo"})) is None


def test_errors_and_post_are_not_cached(client, site_tree):
    assert get(client, "/khong-co-trang-nay/").status_code == 404
    assert state(get(client, "/khong-co-trang-nay/")) is None
    assert state(client.head(site_tree.home.url, **HOST)) is None


def test_hosts_do_not_share_entries(client, site_tree, settings):
    settings.ALLOWED_HOSTS = ["localhost", "other.example"]
    get(client, site_tree.home.url)
    assert state(client.get(site_tree.home.url, HTTP_HOST="other.example")) != "hit"


class BrokenCache:
    """A cache whose server is down: every call raises, as redis-py does."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache server down")

        return fail


def test_cache_down_still_serves(client, site_tree):
    article = make_article(site_tree.category, "Tin khi Redis hỏng")
    with mock.patch.object(page_cache, "_cache", return_value=BrokenCache()):
        for _ in range(2):
            response = get(client, article.url)
            assert response.status_code == 200
            assert "Tin khi Redis hỏng" in response.content.decode()
        page_cache.invalidate_all()  # logs, does not raise


@override_settings(PAGE_CACHE_ENABLED=False)
def test_switch_off(client, site_tree):
    get(client, site_tree.home.url)
    assert state(get(client, site_tree.home.url)) is None


def test_a_lost_generation_never_revives_old_pages(client, site_tree):
    """If the generation key is evicted, the next one is new, not a counter
    restarting at a value old pages were stored under."""
    first = page_cache.current_generation()
    page_cache._cache().delete(page_cache.GENERATION_KEY)
    assert page_cache.current_generation() != first


PURGED = []


class RecordingBackend(BaseBackend):
    """A front cache that records what it is asked to forget."""

    def purge(self, url):
        PURGED.append(url)

    def purge_batch(self, urls):
        PURGED.extend(urls)


def test_publish_purges_the_lists_from_a_front_cache(site_tree, settings):
    settings.WAGTAILFRONTENDCACHE = {"default": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    PURGED.clear()
    make_article(site_tree.category, "Tin gửi CDN")
    paths = {url.split("localhost", 1)[-1] for url in PURGED}
    assert {"/", site_tree.news.url, site_tree.category.url} <= paths


@override_settings(PAGE_CACHE_ENABLED=False)
def test_cached_fragments_follow_changes(client, site_tree):
    """Menu and sidebar fragments are cached too, under the same generation."""
    from home.models import StandardPage

    assert "Liên hệ" not in get(client, site_tree.about.url).content.decode()
    add_page(site_tree.home, StandardPage(title="Liên hệ", show_in_menus=True))
    assert "Liên hệ" in get(client, site_tree.about.url).content.decode()

    photo_url = site_tree.album.url
    assert photo_url in get(client, site_tree.about.url).content.decode()  # random photos link to the album
    make_private(site_tree.album)
    assert photo_url not in get(client, site_tree.about.url).content.decode()


def test_a_hit_carries_the_same_security_headers(client, site_tree):
    first = get(client, site_tree.about.url)
    second = get(client, site_tree.about.url)
    assert state(second) == "hit"
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Content-Type"):
        assert second.get(header) == first.get(header), header
    assert second.get("Content-Security-Policy")


def test_plain_http_still_gets_the_https_redirect(site_tree, settings):
    from django.test import Client

    settings.SECURE_SSL_REDIRECT = True
    client = Client()  # its middleware reads the setting on the first request
    get(client, site_tree.about.url, secure=True)
    assert state(get(client, site_tree.about.url, secure=True)) == "hit"
    response = get(client, site_tree.about.url)
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_real_redis_client_with_the_server_gone_still_serves(client, site_tree):
    """The production cache (django-redis, IGNORE_EXCEPTIONS) pointed at a port
    where nothing listens: pages render, nothing is cached, nothing fails."""
    article = make_article(site_tree.category, "Tin khi mất Redis")
    gone = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    with override_settings(CACHES=gone):
        for _ in range(2):
            response = get(client, article.url)
            assert response.status_code == 200
            assert "Tin khi mất Redis" in response.content.decode()
            assert state(response) == "miss"
        assert client.get("/healthz").json()["cache"] == "unavailable"


class Inner:
    """Stands for Django's WSGI handler: records that it was reached."""

    def __init__(self):
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"from django"]


def wsgi_get(app, path, **extra):
    from django.test import RequestFactory

    environ = RequestFactory().get(path, **{"HTTP_HOST": "localhost", **extra}).environ
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body


def test_wsgi_layer_answers_current_pages_before_django(client, site_tree):
    stored = get(client, site_tree.about.url)
    inner = Inner()
    app = page_cache.PageCacheApplication(inner)

    status, headers, body = wsgi_get(app, site_tree.about.url)
    assert inner.calls == 0
    assert status == "200 OK" and body == stored.content
    assert headers[page_cache.HEADER] == "hit"
    assert headers["Content-Security-Policy"] == stored["Content-Security-Policy"]
    assert headers["Content-Length"] == str(len(stored.content))

    # A session cookie, a bad Host, another query string: on to Django.
    wsgi_get(app, site_tree.about.url, HTTP_COOKIE="sessionid=abc")
    wsgi_get(app, site_tree.about.url, HTTP_HOST="evil.example")
    wsgi_get(app, site_tree.about.url + "?q=1")
    assert inner.calls == 3

    # After a change, the stored page is out of date: on to Django.
    page_cache.invalidate_all()
    wsgi_get(app, site_tree.about.url)
    assert inner.calls == 4
