"""DEBUG is never on in production, whatever the environment or a later override says."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEBUG_IN_PRODUCTION = (
    "DEBUG is on under the production settings: error pages would show code, settings and "
    "data to anyone. Remove the override that turns DEBUG on."
)


def debug_in_production():
    """True when settings that declare themselves production (``PRODUCTION = True``,
    set by tamdai_site.settings.production) also have DEBUG on."""
    return bool(getattr(settings, "PRODUCTION", False) and settings.DEBUG)


def refuse_debug_in_production():
    """Stop start-up when DEBUG is on in production: it runs in every process
    (gunicorn through wsgi.py, manage.py, shells), where system checks do not."""
    if debug_in_production():
        raise ImproperlyConfigured(DEBUG_IN_PRODUCTION)
