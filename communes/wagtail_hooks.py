"""The admin shows each user the pages of their own sites only, where Wagtail
would not by itself (see ``admin_views`` for the views replaced outright)."""

from wagtail import hooks

from ops.editorial import pages_of_sites, sees_every_site, user_sites


@hooks.register("construct_page_chooser_queryset")
def pages_of_the_users_sites(pages, request):
    """Wagtail's page chooser (browse and search) lists every page of every
    site; keep the user's sites' pages."""
    if sees_every_site(request.user):
        return pages
    return pages.filter(pages_of_sites(user_sites(request.user)))


@hooks.register("construct_reports_menu")
def hide_reports_across_sites(request, menu_items):
    if not sees_every_site(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
