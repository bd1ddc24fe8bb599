from django import template

from home.dates import long_date
from home.navigation import breadcrumb_ancestors, is_in_section, main_menu_items, site_root

register = template.Library()


@register.filter
def vi_date(value):
    """{{ page.date|vi_date }} -> 'Thứ Ba, 12/04/2022'."""
    return long_date(value)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    items = [
        {"page": item, "current": is_in_section(page, item)}
        for item in main_menu_items(site_root(request))
    ]
    return {"items": items, "request": request, "root": site_root(request), "page": page}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    return {
        "ancestors": breadcrumb_ancestors(page) if page else [],
        "page": page,
        "request": context.get("request"),
    }
