from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
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
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", ops_views.healthz, name="healthz"),
    # Signed, on-demand renditions (the lightbox's large photos): made on first
    # request, then a redirect to the stored file.
    re_path(
        r"^anh/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        ServeView.as_view(action="redirect"),
        name="wagtailimages_serve",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving comes last: it catches every other URL.
    path("", include(wagtail_urls)),
]
