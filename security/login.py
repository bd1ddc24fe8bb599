"""Admin login limits (django-axes): who the client is, and what a locked-out client sees."""

import ipaddress

from django.conf import settings
from django.shortcuts import render

from axes.helpers import get_cool_off


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address, as django-axes counts failures (AXES_CLIENT_IP_CALLABLE).

    REMOTE_ADDR, unless the site runs behind ``TRUSTED_PROXY_COUNT`` reverse proxies:
    then the address the outermost of them saw, i.e. the ``TRUSTED_PROXY_COUNT``-th
    entry of X-Forwarded-For from the right. Entries further left are written by the
    client and never trusted; so is the whole header when no proxy is configured.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count:
        forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return _valid_ip(forwarded[-count]) or _valid_ip(remote) or remote
    return _valid_ip(remote) or remote


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the admin login after too many failures (429)."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    # Rendered now: a response made in a middleware is not rendered later.
    return render(request, "security/lockout.html", {"minutes": minutes}, status=settings.AXES_HTTP_RESPONSE_CODE)
