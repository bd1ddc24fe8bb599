"""Production: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma separated), DATABASE_URL.
Optional: CSRF_TRUSTED_ORIGINS, MEDIA_ROOT, STATIC_ROOT, EMAIL_URL-style
settings (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD),
DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL, DB_CONN_MAX_AGE.
Cache: REDIS_URL (Redis, shared by every app server), else CACHE_DIR (files,
shared by the processes of one server; default var/cache). A cache private to
each process (CACHE_DIR set empty) stops start-up while the page cache is on.
Security: TRUSTED_PROXY_COUNT (reverse proxies in front of the app, default 1),
TRUSTED_PROXIES (their addresses or networks, default loopback and unix),
WAGTAIL_2FA_REQUIRED (true: every admin user must use two-factor login),
CSP_MEDIA_ORIGINS (origins serving media when not the site itself; guessed
from the S3 settings otherwise).
DEBUG is never read from the environment; turning it on by any override stops
start-up (security/checks.py).
"""

import ipaddress
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Environment variable {name} is required in production "
            f"(see README, 'Production')."
        )
    return value


def _list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
# Marks these settings as production: DEBUG on with it stops start-up (security/checks.py).
PRODUCTION = True
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = _list("ALLOWED_HOSTS") or _required("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")
_required("DATABASE_URL")

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405

# Every process (gunicorn workers, cron's publish_scheduled, manage.py
# commands) must see a change at once: the page cache needs a cache they all
# share (base.py: Redis with REDIS_URL, else files in CACHE_DIR).
_PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
if PAGE_CACHE_ENABLED and CACHES[PAGE_CACHE_ALIAS]["BACKEND"] in _PROCESS_LOCAL_CACHES:  # noqa: F405
    raise ImproperlyConfigured(
        "The page cache is on but its cache is private to each process: pages changed by one "
        "process (a worker, publish_scheduled, a command) would stay stale in the others. Set "
        "REDIS_URL (required with several app servers), or leave CACHE_DIR unset (files in "
        "var/cache, shared on one server), or set PAGE_CACHE_ENABLED=false."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise for every subdomain: opt in once they all serve HTTPS.
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "false").lower() == "true"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The client address for the login and password limits comes from X-Forwarded-For,
# read from the right past this many proxies (the usual one: nginx; 0 without a
# proxy), and only when the connection comes from one of TRUSTED_PROXIES
# (comma separated addresses or CIDR networks, "unix" for a Unix socket; default
# loopback and Unix sockets, i.e. nginx on the same server). Behind a load
# balancer: its private address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
TRUSTED_PROXIES = _list("TRUSTED_PROXIES", "127.0.0.1/32,::1/128,unix")
for _proxy in TRUSTED_PROXIES:
    try:
        if _proxy != "unix":
            ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network (e.g. 10.0.0.2 or "
            "10.0.0.0/24), nor unix."
        ) from None
WAGTAIL_2FA_REQUIRED = os.environ.get("WAGTAIL_2FA_REQUIRED", "false").lower() == "true"
# Wagtail's live preview shows the page in an iframe of the admin (same origin).
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = [
    "security.W019",  # X_FRAME_OPTIONS is SAMEORIGIN on purpose (see above)
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),  # preload is opt-in (see above)
]

# Load balancers and monitors ask /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Front cache / CDN purge on publish (wagtail.contrib.frontend_cache; see
# docs/deployment.md, "CDN"). Unset: no front cache, nothing to purge.
_FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
# FRONTEND_CACHE_BACKEND value -> (Wagtail backend class, {option: environment variable}).
_FRONTEND_CACHE_BACKENDS = {
    "http": ("HTTPBackend", {"LOCATION": "FRONTEND_CACHE_LOCATION"}),
    "cloudflare": ("CloudflareBackend", {"BEARER_TOKEN": "CLOUDFLARE_BEARER_TOKEN", "ZONEID": "CLOUDFLARE_ZONEID"}),
    "cloudfront": ("CloudfrontBackend", {"DISTRIBUTION_ID": "CLOUDFRONT_DISTRIBUTION_ID"}),
}
if _FRONTEND_CACHE:
    if _FRONTEND_CACHE not in _FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND={_FRONTEND_CACHE!r}: use http, cloudflare or cloudfront "
            "(or leave it unset without a front cache)."
        )
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")  # noqa: F405
    _backend, _options = _FRONTEND_CACHE_BACKENDS[_FRONTEND_CACHE]
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": f"wagtail.contrib.frontend_cache.backends.{_backend}",
            **{option: _required(variable) for option, variable in _options.items()},
        }
    }

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Hashed, compressed (gzip and Brotli when available) static files, served by WhiteNoise.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Media on S3-compatible storage (issue 7; see docs/deployment.md) ---------
# Several app servers cannot share MEDIA_ROOT: with AWS_STORAGE_BUCKET_NAME set,
# uploads (images, renditions, documents, video clips) go to an S3-compatible
# bucket through django-storages instead. Unset, nothing here is imported and
# files stay in MEDIA_ROOT. Credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read from the environment by django-storages itself.
_MEDIA_BUCKET = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if _MEDIA_BUCKET:
    import importlib.util

    if not all(importlib.util.find_spec(name) for name in ("storages", "boto3")):
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is set, so media files go to S3-compatible storage, "
            "but django-storages with boto3 is not installed. Install it on every app "
            "server: .venv/bin/pip install 'django-storages[s3]==1.14.6' "
            "(or unset AWS_STORAGE_BUCKET_NAME to keep files in MEDIA_ROOT)."
        )
    _MEDIA_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip()
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _MEDIA_BUCKET,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "").strip() or None,
            "custom_domain": _MEDIA_DOMAIN or None,
            # Plain public URLs: cached pages outlive a signed URL's expiry.
            "querystring_auth": False,
            # Two uploads called "anh.jpg" are two objects; never overwrite.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    if _MEDIA_DOMAIN:
        MEDIA_URL = f"https://{_MEDIA_DOMAIN}/"
    # Documents can be in private collections: always serve them through
    # Wagtail's view (privacy checked), never by a redirect to the bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
# --- end of media on S3-compatible storage -----------------------------------

# --- Content-Security-Policy: media served from another origin ------------------
# Images and video clips load from MEDIA_URL: when that is a bucket or a CDN, the
# policy must allow its origin. CSP_MEDIA_ORIGINS (comma separated) overrides the guess.
from security.headers import media_origins  # noqa: E402

_MEDIA_ORIGINS = _list("CSP_MEDIA_ORIGINS") or media_origins(
    MEDIA_URL,  # noqa: F405
    bucket=os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip(),
    endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL", "").strip(),
    region=os.environ.get("AWS_S3_REGION_NAME", "").strip(),
)
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "img-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], *_MEDIA_ORIGINS],  # noqa: F405
        "media-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"], *_MEDIA_ORIGINS],  # noqa: F405
    },
}
