"""Per-site versions of a few Wagtail admin URLs (see ``admin_views``),
decorated as Wagtail decorates its own."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

from . import admin_views

urlpatterns = [
    path("choose-page/<int:parent_page_id>/", admin_views.SiteBrowseView.as_view(), name="communes_choose_page_child"),
    path("reports/page-types-usage/", admin_views.SitePageTypesUsageReportView.as_view(),
         name="communes_page_types_usage"),
    path("reports/page-types-usage/results/", admin_views.SitePageTypesUsageReportView.as_view(results_only=True),
         name="communes_page_types_usage_results"),
]
for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
