"""Template tags of the layout every page shares: dates, main menu, breadcrumbs.
Thin wrappers over tested functions (portal.navigation, portal.text)."""

import json

from django import template
from django.utils.safestring import mark_safe

from portal.navigation import breadcrumb_ancestors, is_in_section, main_menu_items
from portal.sites import current_root
from portal.text import long_date

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def vi_date(value):
    """{{ page.date|vi_date }} -> 'Thứ Ba, 12/04/2022'."""
    return long_date(value)


@register.simple_tag(takes_context=True)
def menu_cache_key(context):
    """What the main menu depends on besides the site: which section is
    current, and whether the page is the section itself (aria-current)."""
    page = context.get("page")
    if page is None or not getattr(page, "path", None) or page.depth < 3:
        return "none"
    return f"{page.path[: page.steplen * 3]}:{'page' if page.depth == 3 else 'section'}"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    root = current_root(request)
    items = [{"page": item, "current": is_in_section(page, item)} for item in main_menu_items(root)]
    return {"items": items, "request": request, "root": root, "page": page}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, last_label=None):
    """Ancestors (live ones as links), then the page; ``last_label`` adds an
    item after the page (a tag listing, for example)."""
    request = context.get("request")
    page = context.get("page")
    ancestors = breadcrumb_ancestors(page, current_root(request)) if page else []
    items = [{"title": a.title, "page": a, "link": a.live} for a in ancestors]
    if page is not None:
        items.append({"title": page.title, "page": page, "link": bool(last_label) and page.live})
    if last_label:
        items.append({"title": last_label, "page": None, "link": False})
    if items:
        items[0]["home"] = True
    return {"items": items, "request": request, "json_ld": _breadcrumb_json_ld(items, request)}


def _breadcrumb_json_ld(items, request):
    elements = []
    for position, item in enumerate(items, start=1):
        element = {"@type": "ListItem", "position": position, "name": item["title"]}
        if item["page"] is not None and item["page"].pk and item["page"].live:
            element["item"] = item["page"].get_full_url(request)
        elements.append(element)
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))
