"""Template tags of the home app: the sidebar's "Banner liên kết"."""

from django import template

from home.models import LinkBanner

register = template.Library()


@register.inclusion_tag("includes/link_banners.html", takes_context=True)
def link_banners(context):
    banners = LinkBanner.objects.filter(active=True).select_related("image").prefetch_related("image__renditions")
    return {"banners": list(banners), "request": context.get("request")}
