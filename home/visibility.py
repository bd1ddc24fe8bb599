"""The one rule for what residents see.

Every list a resident can see (listings, menus, breadcrumbs, newer/older,
sidebar blocks, random photos, search, feeds, sitemap) goes through
``visible_to_public``: live pages that are neither private nor inside a
private section.
"""


def visible_to_public(queryset):
    """Restrict a page queryset to live, public pages."""
    return queryset.live().public()
