"""Machine-readable and navigation pages that are views, not Wagtail pages."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from portal.navigation import site_map_tree
from portal.sites import current_root, in_site
from portal.visibility import visible_to_public


class SiteSitemap(Sitemap):
    """The live, public pages of the current site, by the one visibility rule.

    Wagtail's own falls back to the default site for a host without a site
    of its own (another commune's pages); this one lists nothing then.
    """

    def items(self):
        pages = in_site(Page.objects.all(), current_root(self.request))
        return visible_to_public(pages).order_by("path").defer_streamfields().specific()


def sitemap_xml(request):
    return sitemap_views.sitemap(request, sitemaps={"wagtail": SiteSitemap})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Disallow: {reverse('search')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def site_map(request):
    """The HTML site map: every live, public section and page (articles,
    albums and videos are reached from their sections)."""
    root = current_root(request)
    tree = site_map_tree(root) if root is not None else []
    return TemplateResponse(request, "home/site_map.html", {"tree": tree})
