"""Wagtail admin views that would show one commune another's pages, made per
site. Mounted before Wagtail's own admin URLs (``communes/admin_urls.py``,
included first in ``tamdai_site/urls.py``), at the same addresses.

- The page chooser opened on a page (``choose-page/<id>/``): Wagtail lists
  that page's children whoever asks; here a page outside the user's sites is
  a 404 (the pages above them, like the tree root, stay browsable: their
  children are filtered by the ``construct_page_chooser_queryset`` hook).
- The "page types usage" report counts and names the newest page of each type
  across every site: refused (Wagtail's redirect to the dashboard with its
  message) to anyone who does not see every site.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from ops.editorial import sees_every_site, user_sites


def on_or_above_user_sites(page, user):
    """``page`` belongs to one of the user's sites, or is above them (the tree root)."""
    roots = user_sites(user).values_list("root_page__path", flat=True)
    return any(page.path.startswith(root) or root.startswith(page.path) for root in roots)


class SiteBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and not sees_every_site(request.user):
            if not on_or_above_user_sites(get_object_or_404(Page, pk=parent_page_id), request.user):
                raise Http404
        return super().get(request, parent_page_id)


class SitePageTypesUsageReportView(PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not sees_every_site(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
