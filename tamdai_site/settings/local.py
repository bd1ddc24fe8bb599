"""`make run`: the portal as residents see it, served from this machine.

Production-like on the embedded defaults (SQLite, local-memory cache, uploads in
MEDIA_ROOT, no Redis): DEBUG is off, so a missing page is the Vietnamese 404 with
the site's layout and an error is the 500 page, never Django's debug pages.
Static files come from WhiteNoise straight from the source folders (no
collectstatic step); uploaded pictures, video and audio from ops.local_media
(never documents/, never a path outside MEDIA_ROOT). It is plain HTTP, so there
is no HTTPS redirect, HSTS or secure-only cookie; the other response headers are
production's.

Hosts: localhost, 127.0.0.1 and [::1], plus SITE_HOST (`make run HOST=…` sets it)
and any in ALLOWED_HOSTS (comma separated).
Secret key: SECRET_KEY from the environment, else var/secret-key, made on the
first start and readable by its owner only.
Developers use `make dev` (tamdai_site.settings.dev: DEBUG, autoreload).
"""

import os

from security.secret_key import read_or_create_secret_key

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or read_or_create_secret_key(
    BASE_DIR / "var" / "secret-key"  # noqa: F405
)

_WILDCARDS = {"", "0.0.0.0", "::", "[::]"}
_SITE_HOST = os.environ.get("SITE_HOST", "").strip()
ALLOWED_HOSTS = [
    "localhost",
    "127.0.0.1",
    "[::1]",
    *([_SITE_HOST] if _SITE_HOST not in _WILDCARDS else []),
    *(host.strip() for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()),
]

# Mail is printed in the terminal of `make run` (there is no mail server here).
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Static files from the source folders, read once at start-up: no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405  (WhiteNoise also looks there)

# Uploads served by the app itself (ops/local_media.py), as nginx does in production.
SERVE_MEDIA_FILES = True

# Production's headers, except those that need HTTPS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's live preview is an iframe of the admin

# Warnings and errors (with their traceback) go to the terminal, never to the visitor.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
