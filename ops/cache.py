"""Whole-page cache for anonymous visitors, and the Cache-Control each answer gets.

Anonymous GET requests for public pages are answered from Django's cache (local
memory by default, Redis in production) without touching the database. Every
cached page is stored under the current *generation*; any change a visitor
could see (a page published, unpublished, moved or deleted, privacy changed, a
banner, a setting, an image or document edited) starts a new generation, so
every page made before it is ignored from then on and expires by itself.
A commune portal changes a few times a day: dropping the whole page cache on
each change is simple and can never show a stale list or menu.

Never cached: logged-in users and anyone with a session (a private page's
password entered), the admin and previews (under /admin/), search and
suggestions, documents, private pages, responses that set a cookie, query
strings other than ``?page=`` (so random query strings cannot fill the cache),
and anything but a 200.

If the cache server is down, every request is a miss and is served normally.
"""

import logging
import uuid
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Page-Cache"
# Headers never stored with a cached page (the rest, security headers included,
# are sent again on a hit: the middleware sits above the ones that add them).
_UNKEPT_HEADERS = {"set-cookie", "date", HEADER.lower(), "cache-control", "content-length"}


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _browser_seconds():
    return getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)


def current_generation(create=True):
    """The generation pages are cached under now. A new random token when the
    cache has none (first request, eviction, restart): never a counter that
    could come back to an old value and revive stale pages."""
    try:
        generation = _cache().get(GENERATION_KEY)
        if generation is None and create:
            generation = uuid.uuid4().hex
            _cache().set(GENERATION_KEY, generation, None)
        return generation
    except Exception:  # the cache server is down: behave as a miss
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def invalidate_all(**kwargs):
    """Start a new generation: every cached page is out of date from now on."""
    try:
        _cache().set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.warning("Page cache unavailable: could not invalidate", exc_info=True)


def request_is_cacheable(request):
    """Could this request be answered from (or stored in) the page cache?"""
    if request.method != "GET":
        return False
    if any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_SKIP_PATHS):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    return all(key == "page" for key in request.GET)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def cache_key(request):
    """Per scheme (a plain-HTTP request must reach the HTTPS redirect), host and
    path. The generation is stored inside the entry, so a hit is one round trip
    (``get_many`` of the entry and the current generation)."""
    scheme = "https" if request.is_secure() else "http"
    return f"pagecache:{scheme}:{request.get_host()}:{request.get_full_path()}"


def lookup(key):
    """``(stored page or None, current generation or None)`` in one round trip;
    a page stored under an older generation is not returned. Never raises."""
    try:
        found = _cache().get_many([GENERATION_KEY, key])
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None, None
    generation = found.get(GENERATION_KEY)
    stored = found.get(key)
    if stored is not None and generation is not None and stored["generation"] == generation:
        return stored, generation
    return None, generation


def _hit_cache_control():
    return f"public, max-age={_browser_seconds()}"


class PageCacheApplication:
    """WSGI layer around Django (tamdai_site/wsgi.py): a current cached page is
    answered before Django's handler, middleware and signals run at all — the
    same rules and keys as the middleware below (which stores the pages and
    answers hits under servers that do not use this layer, such as runserver
    and tests). Anything unusual (a bad Host, the cache down) goes on to Django."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        stored = None
        if getattr(settings, "PAGE_CACHE_ENABLED", True):
            try:
                request = WSGIRequest(environ)
                if request_is_cacheable(request):
                    stored, _ = lookup(cache_key(request))
            except Exception:
                stored = None
        if stored is None:
            return self.application(environ, start_response)
        content = stored["content"]
        headers = [
            *stored["headers"],
            ("Cache-Control", _hit_cache_control()),
            (HEADER, "hit"),
            ("Content-Length", str(len(content))),
        ]
        status = HTTPStatus(stored["status"])
        start_response(f"{status.value} {status.phrase}", headers)
        return [content]


class PageCacheMiddleware:
    """Serve anonymous page views from the cache; set Cache-Control on every
    answer. First in MIDDLEWARE: a hit skips every other middleware (the
    headers they added are stored with the page), sessions, auth and the
    database altogether."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not request_is_cacheable(request):
            response = self.get_response(request)
            self._headers_for_uncached(request, response)
            return response

        key = cache_key(request)
        stored, generation = lookup(key)
        if stored is not None:
            return self._from_stored(stored)
        if generation is None:
            generation = current_generation()

        response = self.get_response(request)
        if response_is_cacheable(response):
            patch_cache_control(response, public=True, max_age=_browser_seconds())
            response[HEADER] = "miss"
            if key and generation:
                self._store(key, generation, response)
        else:
            self._headers_for_uncached(request, response)
        return response

    def _store(self, key, generation, response):
        stored = {
            "generation": generation,
            "status": response.status_code,
            "content": response.content,
            "headers": [(name, value) for name, value in response.items() if name.lower() not in _UNKEPT_HEADERS],
        }
        try:
            _cache().set(key, stored, _seconds())
        except Exception:
            logger.warning("Page cache unavailable: page not stored", exc_info=True)

    def _from_stored(self, stored):
        response = HttpResponse(stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        response["Cache-Control"] = _hit_cache_control()
        response[HEADER] = "hit"
        return response

    def _headers_for_uncached(self, request, response):
        """Personal or unrepeatable answers must not be kept by browsers'
        shared caches or proxies either."""
        if response.has_header("Cache-Control"):
            return
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        elif response.status_code == 200 and request.method in ("GET", "HEAD"):
            # Anonymous but not cached here (search, a session cookie, HEAD…).
            patch_cache_control(response, private=True, max_age=0)
