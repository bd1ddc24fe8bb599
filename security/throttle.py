"""Limits on guessing, per client: private-page passwords and sign-in.

django-axes (security/login.py) locks one username from one address after a few
failures. It cannot stop guesses spread over many usernames (each sign-in costs
a password hash, 0.25-0.4 s of CPU), nor guesses at a private page's password,
which is not a user's. Two more limits, kept in the application so they hold
behind any proxy or none:

- ``page_password``: wrong passwords for one page restriction from one client
  (``THROTTLE_PAGE_PASSWORD_FAILURES`` per ``THROTTLE_WINDOW``);
- ``login``: failed sign-ins from one client, whatever the usernames, on the
  admin and the front-end sign-in forms (``THROTTLE_LOGIN_FAILURES`` per
  ``THROTTLE_WINDOW``).

The client is ``security.clients.client_key`` (an IPv6 client counts as its /64).
The window opens at the first failure; once the limit is reached every attempt,
the right password too, gets a Vietnamese 429 page (with Retry-After) until the
window closes. Refused attempts are not counted and do not extend it.

Counters live in the ``default`` cache, which every process shares (a
per-process cache would give each worker its own count). Increments are atomic
on Redis and local memory; on the database and file caches two simultaneous
failures may count as one, which lets a client through a little past the limit
at worst.
"""

import hashlib
import math
import time

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse

from .clients import client_key

PAGE_PASSWORD = "page_password"
LOGIN = "login"
# URL names of the views each limit guards (Wagtail's front-end and admin sign-in,
# Wagtail's private-page password form).
LOGIN_VIEWS = frozenset({"wagtailcore_login", "wagtailadmin_login"})
PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"


def failure_limit(scope):
    return {PAGE_PASSWORD: settings.THROTTLE_PAGE_PASSWORD_FAILURES, LOGIN: settings.THROTTLE_LOGIN_FAILURES}[scope]


def window_seconds():
    return max(1, int(settings.THROTTLE_WINDOW.total_seconds()))


def _keys(scope, subject):
    digest = hashlib.sha256(subject.encode("utf-8")).hexdigest()[:32]
    base = f"throttle:{scope}:{digest}"
    return f"{base}:count", f"{base}:until"


def seconds_blocked(scope, subject):
    """Seconds until ``subject`` may try again in ``scope``; 0 when it may now."""
    count_key, until_key = _keys(scope, subject)
    values = cache.get_many([count_key, until_key])
    count, until = values.get(count_key), values.get(until_key)
    if count is None or until is None or count < failure_limit(scope):
        return 0
    remaining = until - time.time()
    return math.ceil(remaining) if remaining > 0 else 0


def record_failure(scope, subject):
    """Count one failure of ``subject`` in ``scope``; the first one opens the window."""
    count_key, until_key = _keys(scope, subject)
    now = time.time()
    until = cache.get(until_key)
    if until is None or until <= now:
        until = now + window_seconds()
        cache.set_many({count_key: 1, until_key: until}, timeout=window_seconds())
        return
    remaining = max(1, math.ceil(until - now))
    try:
        cache.incr(count_key)
    except ValueError:  # expired in between
        cache.set(count_key, 1, timeout=remaining)
        return
    # Some backends' incr() (database, file) rewrites the entry with the default timeout.
    cache.touch(count_key, timeout=remaining)


def page_password_subject(request, restriction_id):
    return f"{restriction_id}|{client_key(request)}"


def throttled_response(request, seconds):
    """The Vietnamese 429 page: the admin's look under /admin/, the site's elsewhere."""
    minutes = max(1, math.ceil(seconds / 60))
    if request.path_info.startswith(reverse("wagtailadmin_home")):
        template = "security/lockout.html"
    else:
        template = "security/throttled.html"
    response = render(request, template, {"minutes": minutes}, status=429)
    response["Retry-After"] = str(max(1, seconds))
    response["Cache-Control"] = "no-store"
    return response


def _on_login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:  # the test client's login() and scripts pass none
        record_failure(LOGIN, client_key(request))


def connect():
    user_login_failed.connect(_on_login_failed, dispatch_uid="security.throttle.login_failed")


class ThrottleMiddleware:
    """Refuses sign-in and private-page password POSTs from a client over its
    limit (before the view hashes anything), and counts wrong page passwords
    (failed sign-ins are counted from Django's ``user_login_failed`` signal)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if (
            request.method == "POST"
            and match is not None
            and match.url_name == PAGE_PASSWORD_VIEW
            and response.status_code == 200  # the form again, with its error (a success redirects)
        ):
            record_failure(PAGE_PASSWORD, page_password_subject(request, match.kwargs["page_view_restriction_id"]))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        url_name = request.resolver_match.url_name
        if url_name in LOGIN_VIEWS:
            seconds = seconds_blocked(LOGIN, client_key(request))
        elif url_name == PAGE_PASSWORD_VIEW:
            seconds = seconds_blocked(PAGE_PASSWORD, page_password_subject(request, view_kwargs["page_view_restriction_id"]))
        else:
            return None
        return throttled_response(request, seconds) if seconds else None
