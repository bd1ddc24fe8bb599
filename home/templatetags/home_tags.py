"""Template tags of the home app: the sidebar's "Banner liên kết"."""

from django import template

from home.models import LinkBanner
from portal.sites import current_site

register = template.Library()


@register.inclusion_tag("includes/link_banners.html", takes_context=True)
def link_banners(context):
    """The current site's active banners, in their order."""
    request = context.get("request")
    site = current_site(request)
    banners = LinkBanner.objects.filter(site=site, active=True)
    banners = banners.select_related("image").prefetch_related("image__renditions")
    return {"banners": list(banners), "request": context.get("request")}
