"""Whole-page cache for anonymous visitors, and the Cache-Control each answer gets.

Anonymous GET requests for public pages are answered from Django's cache
without touching the database. The cache is shared by every process (Redis, or
files in CACHE_DIR: tamdai_site/settings/base.py), and so is the *generation*
every page is stored under: any change a visitor could see (a page published,
unpublished, moved or deleted, privacy changed, a banner, a setting, an image
or document edited), made by any process, starts a new generation, so every
page made before it is ignored from then on by every process. A commune portal
changes a few times a day: dropping the whole page cache on each change is
simple and can never show a stale list or menu.

A change made inside a transaction starts a new generation at once and again
when the transaction commits: a request that read the database in between
(and stored the old content under the new generation) is forgotten too. An
invalidation that cannot be written (the cache server down or timing out) is
tried again, logged, recorded in the database and reported by /healthz until a
later one succeeds.

Only canonical URLs are cached: no query string, or ``?page=N`` (plain digits,
N > 1) on a page whose listing has that page. Any other query string
(``?&``, ``?page=01``, ``?page=x&page=y``, ``?utm_source=…``) is rendered
uncached, as is: junk URLs cannot fill the cache or push real pages out.

Never cached either: logged-in users and anyone with a session (a private
page's password entered), the admin and previews (under /admin/), search and
suggestions, documents, private pages, responses that set a cookie, and
anything but a 200.

A stored page is answered for PAGE_CACHE_SECONDS, then rendered again; it is
kept PAGE_CACHE_STALE_SECONDS longer for ops/outage.py, which answers with it
while the database is unreachable (stale-if-error) if no change has been made
since (same generation).

If the cache server is down, every request is a miss and is served normally.
"""

import logging
import re
import time
import uuid
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.core.paginator import Page as PaginatorPage
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Page-Cache"
# Headers never stored with a cached page (the rest, security headers included,
# are sent again on a hit: the middleware sits above the ones that add them).
_UNKEPT_HEADERS = {"set-cookie", "date", HEADER.lower(), "cache-control", "content-length"}


# Tries of one invalidation before it is recorded as lost, and the pause between.
INVALIDATION_ATTEMPTS = 2
INVALIDATION_RETRY_PAUSE = 0.1


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def one_line(error):
    """An exception as one log line (psycopg's messages span several)."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


def generation_key(site_id=None):
    """Where the generation is kept. One generation for the whole install
    today; with many communes on one install each site can have its own
    (``generation_key(site.pk)``), so publishing in one does not empty the
    others' pages."""
    return GENERATION_KEY if site_id is None else f"{GENERATION_KEY}:{site_id}"


def current_generation(create=True):
    """The generation pages are cached under now. A new random token when the
    cache has none (first request, eviction, restart): never a counter that
    could come back to an old value and revive stale pages."""
    try:
        generation = _cache().get(generation_key())
        if generation is None and create:
            generation = uuid.uuid4().hex
            _cache().set(generation_key(), generation, None)
        return generation
    except Exception:  # the cache server is down: behave as a miss
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def invalidate_all(**kwargs):
    """Start a new generation: every cached page is out of date from now on.

    Inside a transaction, once more when it commits: until then other
    processes read the old rows, and a page they render meanwhile would be
    stored under the new generation. Returns whether the new generation was
    written (a failure is logged and recorded for /healthz, never raised)."""
    renewed = _renew_generation()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not _renewal_pending(connection):
        transaction.on_commit(_renew_generation, robust=True)
    return renewed


def _renewal_pending(connection):
    """Is a renewal already waiting for this transaction's commit? (Callbacks
    of a rolled-back savepoint are dropped from the list, so it says no then.)"""
    return any(entry[1] is _renew_generation for entry in connection.run_on_commit)


def _renew_generation():
    """Write a new generation and read it back: django-redis with
    IGNORE_EXCEPTIONS turns a failed write into silence, not an error."""
    reason = ""
    for attempt in range(1, INVALIDATION_ATTEMPTS + 1):
        token = uuid.uuid4().hex
        try:
            _cache().set(generation_key(), token, None)
            if _cache().get(generation_key()) == token:
                _forget_lost_invalidation()
                return True
            reason = "the new generation could not be written (cache server unreachable?)"
        except Exception as error:
            reason = one_line(error)
        if attempt < INVALIDATION_ATTEMPTS:
            logger.warning("Page cache invalidation failed, trying again: %s", reason)
            time.sleep(INVALIDATION_RETRY_PAUSE)
    logger.error("Page cache invalidation lost (pages from before the change may be served): %s", reason)
    _record_lost_invalidation(reason)
    return False


def _record_lost_invalidation(reason):
    from .models import PageCacheState

    try:
        with transaction.atomic():  # a savepoint: never spoil the caller's transaction
            PageCacheState.objects.update_or_create(
                pk=PageCacheState.SINGLETON, defaults={"lost_at": timezone.now(), "reason": reason}
            )
    except DatabaseError as error:
        logger.error("Could not record the lost page cache invalidation: %s", one_line(error))


def _forget_lost_invalidation():
    """A later invalidation succeeded: nothing stale is left to report. Only
    outside transactions (inside one, the renewal at commit does it: no query
    added to every save), and a read first, so that the usual case (nothing
    recorded) writes nothing."""
    from .models import PageCacheState

    if transaction.get_connection().in_atomic_block:
        return
    try:
        with transaction.atomic():
            if PageCacheState.objects.filter(pk=PageCacheState.SINGLETON, lost_at__isnull=False).exists():
                PageCacheState.objects.filter(pk=PageCacheState.SINGLETON).update(lost_at=None, reason="")
    except DatabaseError as error:
        logger.warning("Could not read the page cache state: %s", one_line(error))


def lost_invalidation():
    """``(when, reason)`` of an invalidation lost and not made good since, or None."""
    from .models import PageCacheState

    state = PageCacheState.objects.filter(pk=PageCacheState.SINGLETON, lost_at__isnull=False).first()
    return (state.lost_at, state.reason) if state else None


_PAGE_QUERY = re.compile(r"page=([1-9][0-9]*)")


def canonical_page(request):
    """1 for a URL without a query string, N for exactly ``?page=N`` (plain
    digits, no leading zero, N > 1), None for any other query string."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return 1
    match = _PAGE_QUERY.fullmatch(query)
    if match and int(match.group(1)) > 1:
        return int(match.group(1))
    return None


def request_is_cacheable(request):
    """Could this request be answered from (or stored in) the page cache?"""
    if request.method != "GET":
        return False
    if any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_SKIP_PATHS):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    return canonical_page(request) is not None


def _lists_page(response, number):
    """Did the view paginate a listing and show page ``number`` of it? (A
    page without a listing ignores ``?page=`` and must not be stored under
    every number.)"""
    context = getattr(response, "context_data", None) or {}
    return any(isinstance(value, PaginatorPage) and value.number == number for value in context.values())


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
    """``(stored page or None, current generation or None)`` in one round trip,
    whatever the page's generation and age (see ``is_fresh``). Never raises."""
    try:
        found = _cache().get_many([generation_key(), key])
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None, None
    return found.get(key), found.get(generation_key())


def is_current(stored, generation):
    """Stored under the current generation: nothing a visitor could see has
    changed since it was rendered."""
    return stored is not None and generation is not None and stored["generation"] == generation


def is_fresh(stored, generation):
    """Current, and stored less than PAGE_CACHE_SECONDS ago: answered as is."""
    return is_current(stored, generation) and time.time() - stored.get("stored_at", 0) < settings.PAGE_CACHE_SECONDS


def stale_response(request):
    """The stored copy of this page when it is still current but past its
    freshness, for answering while the database is unreachable; else None."""
    if not settings.PAGE_CACHE_ENABLED or not request_is_cacheable(request):
        return None
    stored, generation = lookup(cache_key(request))
    if not is_current(stored, generation):
        return None
    response = response_from_stored(stored, "stale")
    # Browsers and shared caches must ask again, not keep this copy.
    response["Cache-Control"] = "no-cache"
    return response


def response_from_stored(stored, state="hit"):
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    response["Cache-Control"] = _hit_cache_control()
    response[HEADER] = state
    return response


def _hit_cache_control():
    return f"public, max-age={settings.PAGE_CACHE_BROWSER_SECONDS}"


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
        if settings.PAGE_CACHE_ENABLED:
            try:
                request = WSGIRequest(environ)
                if request_is_cacheable(request):
                    stored, generation = lookup(cache_key(request))
                    if not is_fresh(stored, generation):
                        stored = None
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
        if not settings.PAGE_CACHE_ENABLED or not request_is_cacheable(request):
            response = self.get_response(request)
            self._headers_for_uncached(request, response)
            return response

        key = cache_key(request)
        stored, generation = lookup(key)
        if is_fresh(stored, generation):
            return response_from_stored(stored)
        if generation is None:
            generation = current_generation()

        response = self.get_response(request)
        page = canonical_page(request)
        if response_is_cacheable(response) and (page == 1 or _lists_page(response, page)):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            response[HEADER] = "miss"
            if key and generation:
                self._store(key, generation, response)
        else:
            self._headers_for_uncached(request, response)
        return response

    def _store(self, key, generation, response):
        stored = {
            "generation": generation,
            "stored_at": time.time(),
            "status": response.status_code,
            "content": response.content,
            "headers": [(name, value) for name, value in response.items() if name.lower() not in _UNKEPT_HEADERS],
        }
        try:
            _cache().set(key, stored, settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_STALE_SECONDS)
        except Exception:
            logger.warning("Page cache unavailable: page not stored", exc_info=True)

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
