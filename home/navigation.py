"""Navigation derived from the page tree: main menu and breadcrumbs."""

from wagtail.models import Site

from .visibility import visible_to_public


def site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


def main_menu_items(root):
    """The root's children that are live, public and "show in menus"."""
    if root is None:
        return []
    return list(visible_to_public(root.get_children()).in_menu().only("id", "title", "url_path", "path", "depth"))


def breadcrumb_ancestors(page):
    """The page's ancestors below the tree root, top first, in one query.

    Each carries ``.live``; templates link only live ones. A page being
    previewed before its first save has no path: its parent stands in.
    """
    if page.path:
        ancestors = page.get_ancestors()
    else:
        parent = getattr(page, "_cached_parent_obj", None) or (page.get_parent() if page.pk else None)
        if parent is None:
            return []
        ancestors = parent.get_ancestors(inclusive=True)
    return list(ancestors.filter(depth__gt=1).only("id", "title", "url_path", "path", "depth", "live"))


def is_in_section(page, section):
    """True when ``page`` is ``section`` or below it (to mark the current menu item)."""
    if not page or not getattr(page, "path", None):
        return False
    return page.path.startswith(section.path)


