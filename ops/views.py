"""/healthz for monitors and load balancers."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


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


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers; 503 when it does not. The cache is
    reported but not required: without it the site still serves, uncached."""
    database = database_ok()
    cache_state = cache_ok()
    status = "ok" if database and cache_state else ("degraded" if database else "down")
    return JsonResponse(
        {
            "status": status,
            "database": "ok" if database else "unavailable",
            "cache": "ok" if cache_state else "unavailable",
        },
        status=200 if database else 503,
    )
