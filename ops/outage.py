"""While the database is unreachable: cached copies, else a Vietnamese 503.

A PostgreSQL restart, failover or overload used to turn every request that
needed the database into a 500 with a traceback in the log. Now:

- a new connection that fails is tried once more (ops/postgresql);
- a page the page cache still holds is answered from it, even past its
  freshness, as long as nothing has changed since it was stored
  (``X-Page-Cache: stale``; ops/cache.py);
- anything else gets templates/503.html (no database needed to render it)
  with ``Retry-After``;
- the log gets one line per such request, no traceback.

``DatabaseOutageMiddleware`` catches the error where views and templates
raise it; ``server_error`` (``handler500``) where middleware does (a session
read, for instance).
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

from . import cache as page_cache

logger = logging.getLogger(__name__)

# What a lost or refused connection raises ("the database system is starting
# up", "server closed the connection unexpectedly", "connection already closed").
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def unavailable_response(request, error):
    """A stale copy of the page if the cache has a current one, else the 503 page."""
    response = page_cache.stale_response(request)
    answer = "a cached copy"
    if response is None:
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        answer = "503"
    logger.warning(
        "Database unavailable: %s %s answered with %s (%s)",
        request.method, request.get_full_path(), answer, page_cache.one_line(error),
    )
    # Our line above is the log of this request: not Django's traceback.
    response._has_been_logged = True
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            return unavailable_response(request, exception)
        return None


def server_error(request):
    """``handler500``: a database outage raised outside a view still gets the
    503 answer; any other error Django's 500 page (templates/500.html)."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNAVAILABLE):
        return unavailable_response(request, error)
    return defaults.server_error(request)
