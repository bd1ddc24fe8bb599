"""Local development: `make dev` (DEBUG, autoreload). Never used in production.

`make run` uses tamdai_site.settings.local instead (DEBUG off, as residents see it).
"""

import os

from .base import *  # noqa: F403

# Developer tools (translation checks, benchmarks): they need requirements-dev.txt.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

DEBUG = True
# Safe only because this module is never used on a public server.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-tam-dai-portal")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# runserver serves static files itself; WhiteNoise only needs to not complain.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405
# Uploads through the same view as `make run` (ops/local_media.py).
SERVE_MEDIA_FILES = True
