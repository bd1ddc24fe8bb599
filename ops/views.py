"""/healthz for monitors and load balancers."""

import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import cache as page_cache


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def cache_ok():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", 10)
        ok = cache.get(key) == "1"
        cache.delete(key)
        return ok
    except Exception:
        return False


def lost_invalidation(cache_state):
    """A page-cache invalidation lost earlier (ops/cache.py) and not made good
    since, as ``"lost at …: reason"``, or None. With the cache answering again,
    the invalidation is made now: the report stays only while it cannot be."""
    try:
        lost = page_cache.lost_invalidation()
    except DatabaseError:
        return None
    if lost is None or (cache_state and page_cache.invalidate_all()):
        return None
    when, reason = lost
    return f"invalidation lost at {when.isoformat(timespec='seconds')}: {reason}"


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers; 503 when it does not. The cache is
    reported but not required: without it the site still serves, uncached.
    ``degraded`` also when a page-cache invalidation was lost (pages from
    before a change may still be served), with the reason in ``page_cache``."""
    database = database_ok()
    cache_state = cache_ok()
    lost = lost_invalidation(cache_state) if database else None
    status = "ok" if database and cache_state and not lost else ("degraded" if database else "down")
    body = {
        "status": status,
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cache_state else "unavailable",
    }
    if lost:
        body["page_cache"] = lost
    return JsonResponse(body, status=200 if database else 503)
