import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from communes import admin_urls as communes_admin_urls
from home import views as home_views
from ops import views as ops_views
from search import views as search_views

urlpatterns = [
    # A few admin views made per site (communes/admin_views.py): before Wagtail's, at the same addresses.
    path("admin/", include(communes_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggest, name="search_suggest"),
    path("so-do-trang/", home_views.site_map, name="site_map"),
    path("sitemap.xml", home_views.sitemap_xml, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", ops_views.healthz, name="healthz"),
    # Browsers and feed readers ask for /favicon.ico whatever the page links to.
    path("favicon.ico", RedirectView.as_view(url=f"{settings.STATIC_URL}img/favicon.ico", permanent=True)),
    # Signed, on-demand renditions (the lightbox's large photos): made on first
    # request, then a redirect to the stored file.
    re_path(
        r"^anh/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        ServeView.as_view(action="redirect"),
        name="wagtailimages_serve",
    ),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA_FILES:
    # `make run` and `make dev`: uploads served by the app, with nginx's rules.
    from ops import local_media

    urlpatterns += [
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", local_media.serve),
    ]

# A database outage raised outside a view gets the 503 page too (ops/outage.py).
handler500 = "ops.outage.server_error"

urlpatterns += [
    # Wagtail's page serving comes last: it catches every other URL.
    path("", include(wagtail_urls)),
]
