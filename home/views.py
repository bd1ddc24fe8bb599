"""Machine-readable and navigation pages that are views, not Wagtail pages."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from portal.navigation import site_map_tree


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
    site = Site.find_for_request(request)
    tree = site_map_tree(site.root_page) if site else []
    return TemplateResponse(request, "home/site_map.html", {"tree": tree})
