"""Settings for the pytest suite (`make test`).

SQLite unless DATABASE_URL points at PostgreSQL (the CI's second run).
"""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

# Developer tools (translation checks, benchmarks): they need requirements-dev.txt.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tamdai-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests never touch the network: every embed URL is answered by a local stub.
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder.StubEmbedFinder"}]
# WhiteNoise serves from the finders in tests (no collectstatic run).
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="tamdai-test-static-"))
WHITENOISE_USE_FINDERS = True
# The cache every process shares (files, as `make run` has it), in a directory
# of this run's own.
if CACHES["default"]["BACKEND"] == "ops.filecache.SharedFileCache":  # noqa: F405
    CACHES["default"]["LOCATION"] = tempfile.mkdtemp(prefix="tamdai-test-cache-")  # noqa: F405
# Most tests count queries or watch pages change between requests: the page
# cache is switched on only in tests/test_page_cache.py.
PAGE_CACHE_ENABLED = False
