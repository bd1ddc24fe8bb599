"""Only canonical URLs are page-cached (issue 12, item 7): no query string, or
``?page=N`` (plain digits, N > 1) on a listing that has that page. Junk query
strings render as usual, uncached: they cannot fill the cache or push real
pages out of it."""

import pytest
from django.test import RequestFactory

from home.models import PortalSettings
from ops import cache as page_cache
from tests.factories import bulk_articles, make_article

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def tree(site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    PortalSettings.for_site(site_tree.home.get_site())
    bulk_articles(site_tree.category, 11)  # two pages of 10
    return site_tree


def stored(url):
    """The page cache's entry for ``url``, if any."""
    request = RequestFactory().get(url, **HOST)
    entry, _ = page_cache.lookup(page_cache.cache_key(request))
    return entry


def twice(client, url):
    client.get(url, **HOST)
    return client.get(url, **HOST)


@pytest.mark.parametrize("query", ["?&", "?&&&&", "?page=d8f5938d", "?page=01", "?page=x&page=y",
                                   "?page=1", "?page=2&page=2", "?page=%32", "?page=2&", "?utm_source=zalo"])
@pytest.mark.parametrize("where", ["home", "news"])
def test_junk_query_strings_render_uncached(client, tree, where, query):
    url = getattr(tree, where).url + query
    response = twice(client, url)
    assert response.status_code in (200, 404)
    assert response.get(page_cache.HEADER) is None
    assert stored(url) is None
    if response.status_code == 200:
        assert response["Cache-Control"] == "private, max-age=0"


def test_the_canonical_urls_are_cached(client, tree):
    for url in (tree.home.url, tree.news.url, tree.news.url + "?page=2"):
        assert twice(client, url).get(page_cache.HEADER) == "hit", url
        assert stored(url) is not None


def test_a_page_number_past_the_end_is_not_cached(client, tree):
    response = twice(client, tree.news.url + "?page=3")
    assert response.status_code == 404 and stored(tree.news.url + "?page=3") is None


def test_page_numbers_on_a_page_without_a_listing_are_not_cached(client, tree):
    """An article ignores ?page=: every number would otherwise be a new entry."""
    article = make_article(tree.category, "Tin không phân trang")
    for number in (2, 3, 999999):
        url = f"{article.url}?page={number}"
        response = twice(client, url)
        assert response.status_code == 200 and response.get(page_cache.HEADER) is None
        assert stored(url) is None
