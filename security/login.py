"""Admin login limits (django-axes): what a locked-out client sees.

Who the client is (AXES_CLIENT_IP_CALLABLE) is security.clients.client_key."""

from django.conf import settings
from django.shortcuts import render

from axes.helpers import get_cool_off


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the admin login after too many failures (429)."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    # Rendered now: a response made in a middleware is not rendered later.
    return render(request, "security/lockout.html", {"minutes": minutes}, status=settings.AXES_HTTP_RESPONSE_CODE)
