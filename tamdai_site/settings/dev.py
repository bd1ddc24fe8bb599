"""Local development: `make run`. Never used in production."""

import os

from .base import *  # noqa: F403

DEBUG = True
# Safe only because this module is never used on a public server.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-tam-dai-portal")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
