"""Settings shared by every environment (dev, test, production).

Environment-specific modules import * from here and override what differs.
Values that depend on the environment are read from environment variables.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# Our apps, foundation first (see README "Layout"): portal is the ground floor,
# news and gallery stand on it, search uses them, home is the roof, demo fills
# it. ops and security are the machinery. devtools is added by dev and test only.
INSTALLED_APPS = [
    "portal",
    "news",
    "gallery",
    "search",
    "home",
    "communes",
    "demo",
    "ops",
    "security",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    # Admin login rate limit, optional two-factor login, CSP (see security/).
    "axes",
    "wagtail_2fa",  # needs security/compat.py on Wagtail 8
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Anonymous page views from the cache (ops/cache.py), first: a hit skips
    # everything below (the security headers they add are stored with the page).
    "ops.cache.PageCacheMiddleware",
    # Database unreachable: a cached copy or the Vietnamese 503 page, not a 500 (ops/outage.py).
    "ops.outage.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Bodies larger than any allowed upload are refused (413) before anything reads them.
    "security.uploads.RequestBodyLimitMiddleware",
    # Content-Security-Policy (django-csp) and Permissions-Policy.
    "security.headers.SecurityHeadersMiddleware",
    # Static files straight from the app, compressed, with far-future headers on hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # With several communes (Wagtail sites), a host that names none of them is
    # a Vietnamese 400, not the default site's pages (portal/sites.py).
    "portal.sites.UnknownHostMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Sign-in and private-page password POSTs from a client over its limit get a
    # Vietnamese 429 before any password is checked (security/throttle.py).
    "security.throttle.ThrottleMiddleware",
    # Two-factor login (wagtail-2fa): opt-in per user, or required (WAGTAIL_2FA_REQUIRED).
    "security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a login refused by django-axes into the lockout page; last, as axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tamdai_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "ops.context_processors.cache_generation",
            ],
        },
    },
]

WSGI_APPLICATION = "tamdai_site.wsgi.application"

# Database: SQLite in the project folder unless DATABASE_URL says otherwise
# (postgres://user:pass@host:5432/name in production and in the PostgreSQL CI run).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's PostgreSQL backend, trying a failed connection once more (ops/postgresql).
    DATABASES["default"]["ENGINE"] = "ops.postgresql"
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Admin login against brute force (django-axes) --------------------------
# axes first: it refuses a locked-out client before any password is checked.
# Django's test client's login() passes no request and is refused by axes; tests
# use force_login() or post to the login form.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 failures for one username from one address lock that pair for 15 minutes
# (each further try restarts the 15 minutes). Counting the pair, not the address
# alone, keeps an attacker from locking the real admin out everywhere, and
# colleagues behind the commune office's one address from locking each other
# out; strong passwords (validators above) make 5 tries per pair per
# 15 minutes hopeless. A successful login clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "security.login.lockout_response"  # a Vietnamese page
# Failures are counted per client key: the address, or for IPv6 its /64
# (security/clients.py, the one place that says who the client is).
AXES_CLIENT_IP_CALLABLE = "security.clients.client_key"
# The client address is REMOTE_ADDR, or X-Forwarded-For read from the right past
# at most TRUSTED_PROXY_COUNT reverse proxies, and only while each hop comes from
# an address in TRUSTED_PROXIES (addresses or CIDR networks; "unix": connections
# over a Unix socket). Production reads both from the environment
# (TRUSTED_PROXY_COUNT default 1 there).
TRUSTED_PROXY_COUNT = 0
TRUSTED_PROXIES = ["127.0.0.1/32", "::1/128", "unix"]

# --- Guessing limits per client (security/throttle.py) -----------------------
# Counted per client key (an address, or an IPv6 /64) in the default cache, on
# top of axes: wrong passwords for one private page's restriction, and failed
# sign-ins whatever the username (admin and front-end forms). The window opens at
# the first failure; over the limit, every try is a 429 until it closes.
THROTTLE_PAGE_PASSWORD_FAILURES = 10
THROTTLE_LOGIN_FAILURES = 20
THROTTLE_WINDOW = timedelta(minutes=15)

# --- Two-factor login (wagtail-2fa) -------------------------------------------
# Off by default: each admin user may add a device (account menu) and is then
# asked for a code at every sign-in. Production can require it of every admin
# user (WAGTAIL_2FA_REQUIRED=true); security/two_factor.py explains.
WAGTAIL_2FA_REQUIRED = False

# Vietnamese everywhere.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own strings first; then Vietnamese for the Wagtail apps and wagtailmedia
# (locale/vendor, built from locale/vendor/parts: see locale/README.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "vendor"]
# Django's `vi` locale has no input formats, so "12/04/2022" would be read in US
# order; our format module puts day/month/year first.
FORMAT_MODULE_PATH = ["tamdai_site.formats"]

# The admin's date pickers show and read day/month/year.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Whether the app serves MEDIA_URL itself (ops/local_media.py): on for `make run`
# and `make dev`; in production nginx (or the S3 bucket) serves uploads.
SERVE_MEDIA_FILES = False

# Paths that answer on any host ALLOWED_HOSTS accepts, even when it names no
# site (portal.sites.UnknownHostMiddleware): the admin (one admin hostname may
# serve every commune), the health check, static and media files.
UNKNOWN_HOST_OPEN_PATHS = ["/admin/", "/healthz", STATIC_URL, MEDIA_URL]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Trang thông tin điện tử xã Tam Đại"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
# Uploads are bounded: Wagtail answers larger files with a Vietnamese message.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # 10 MB per image
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000  # 50 megapixels (large phone photos pass)
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "heic"]
# Slugs are plain ASCII, made from Vietnamese titles by portal.text.slugify_vi.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False
# "Trẻ em" and "trẻ em" are one tag.
TAGGIT_CASE_INSENSITIVE = True
# Never SVG, HTML, XML or scripts: nothing an upload could run from the site's origin.
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024  # 20 MB per document
# Documents go through Wagtail's view (privacy checked, `Content-Security-Policy:
# default-src 'none'`, nosniff), as attachments except PDF.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    # Size limits for video/audio files and their thumbnails (security/uploads.py).
    "MEDIA_FORM_BASE": "security.uploads.MediaForm",
}
MEDIA_MAX_UPLOAD_SIZE = 200 * 1024 * 1024  # 200 MB per video or audio clip
# Larger request bodies are refused before they are read (the largest upload plus the form).
REQUEST_BODY_MAX_SIZE = MEDIA_MAX_UPLOAD_SIZE + 10 * 1024 * 1024

# No Gravatar: nothing is fetched from third parties, and no offline broken avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor Wagtail's release check from the admin dashboard (upgrades follow requirements.txt).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Content-Security-Policy (django-csp; security/headers.py) ----------------
# The public site has no inline script or style (its JSON-LD is a data block, not
# run, so script-src does not apply to it); video embeds come from YouTube or
# Facebook. Kept nonce-free so cached pages stay valid.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://www.facebook.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Added under /admin/ only (and its previews): Wagtail 8's older form widgets (date
# pickers, image and page choosers) still render inline <script> and its modals
# insert more; wagtail-2fa writes style attributes. No 'unsafe-eval' anywhere.
CONTENT_SECURITY_POLICY_ADMIN_EXTRA = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],
}
# Browser features the portal never uses, refused for it and for embedded frames.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL: no stemming and no English stop words. The cluster's
        # default ("english") drops Vietnamese words such as "do", "to", "an"
        # (đo, tổ, ăn folded) and stems others. SQLite's FTS5 does neither.
        # After changing it, rebuild the index: manage.py update_index.
        "SEARCH_CONFIG": "simple",
    },
}

# The cache is shared by every process, so a change made in one (an editor's
# request, another gunicorn worker, cron's publish_scheduled, a manage.py
# command) is seen by all the others at once:
# - Redis when REDIS_URL is set (production; required with several app servers).
#   django-redis's IGNORE_EXCEPTIONS turns a Redis outage into cache misses: the
#   site keeps serving, uncached, instead of failing (ops/cache.py notices a
#   lost invalidation and /healthz reports it).
# - Otherwise files in CACHE_DIR (default var/cache), shared by the processes of
#   this one machine (ops/filecache.py).
# - CACHE_DIR set empty: memory of each process. One process only (tests, a
#   single runserver); production refuses it while the page cache is on.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHE_DIR = os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")).strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "tamdai"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
elif CACHE_DIR:
    CACHES = {
        "default": {
            "BACKEND": "ops.filecache.SharedFileCache",
            "LOCATION": CACHE_DIR,
            # Wagtail keeps site root paths and image renditions here too; room
            # for them and for every page of a commune portal (stale copies included).
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tamdai",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Whole-page cache for anonymous visitors (ops/cache.py): invalidated on every
# publish/unpublish/move/delete, privacy, banner, setting, image or document change.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() == "true"
# The cache (alias of CACHES) that holds pages and the generation.
PAGE_CACHE_ALIAS = "default"
# A stored page is answered as is for this long; then it is rendered again.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# ... but kept this much longer, to answer while the database is unreachable
# (stale-if-error; only pages of the current generation: nothing has changed since).
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", str(24 * 3600)))
# Browsers and shared caches may keep an anonymous page this long (Cache-Control max-age).
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
# Shared fragments (menu, sidebar, home page lists) live this long at most;
# a new generation renews them sooner.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"))
# The sidebar's "Hình ảnh ngẫu nhiên" draws from a pool of rendered photos
# renewed this often (and with every visible change).
PHOTO_POOL_SECONDS = int(os.environ.get("PHOTO_POOL_SECONDS", "300"))
# Our models (besides pages) whose changes residents see: a change renews the cache.
PAGE_CACHE_MODELS = ["home.LinkBanner", "home.PortalSettings", "news.NewsTag"]
# A front cache / CDN to purge on publish (production sets it from the environment).
WAGTAILFRONTENDCACHE = {}
PAGE_CACHE_SKIP_PATHS = ["/admin/", "/documents/", "/tim-kiem/", "/healthz", "/anh/", "/static/", "/media/"]

# Backups (ops/backup.py): encrypt every archive to these age recipients (comma
# separated: public keys "age1…" or paths of recipients files). Empty: archives are
# not encrypted unless backup_site is given --encrypt-to. See docs/recovery.md.
BACKUP_ENCRYPT_TO = [item.strip() for item in os.environ.get("BACKUP_ENCRYPT_TO", "").split(",") if item.strip()]

# Database outages (ops/outage.py): a failed connection is tried once more after
# this pause; what still fails is answered with the Vietnamese 503 page, which
# asks browsers and crawlers to come back after DATABASE_RETRY_AFTER seconds.
DATABASE_CONNECT_RETRY_SECONDS = float(os.environ.get("DATABASE_CONNECT_RETRY_SECONDS", "0.5"))
DATABASE_RETRY_AFTER = 30

# Items per page of every listing residents see: articles of a category, albums,
# videos, tag pages and search results.
LISTING_PAGE_SIZE = 10
