import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tamdai_site.settings.production")

django_application = get_wsgi_application()

# Current cached pages are answered before Django's handler runs (ops/cache.py).
from ops.cache import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)
