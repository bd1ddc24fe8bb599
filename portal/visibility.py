"""The one rule for what residents see.

Every list a resident can see (listings, menus, breadcrumbs, newer/older,
sidebar blocks, random photos, search, feeds, sitemap) goes through
``visible_to_public``: live pages that are neither private nor inside a
private section.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def under_restriction():
    """True for a page that is, or is below, a page with a view restriction.

    A correlated subquery (a restricted page's path is a prefix of the page's
    path), so the rule costs no extra query, unlike Wagtail's ``.public()``,
    which first loads every restriction.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def visible_to_public(queryset):
    """Restrict a page queryset to live, public pages."""
    return queryset.live().exclude(under_restriction())


def searchable_public(queryset):
    """The same rule for querysets passed to the search backend, which cannot
    filter on a subquery: Wagtail's ``.public()`` (one extra query)."""
    return queryset.live().public()
