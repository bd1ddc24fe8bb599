"""Navigation derived from the page tree: main menu, breadcrumbs, newer/older
siblings and the HTML site map. Every list goes through the one visibility
rule and stays inside the current site's tree (portal.sites)."""

from django.db.models import Q
from wagtail.models import get_page_models

from .visibility import visible_to_public


def main_menu_items(root):
    """The root's children that are live, public and "show in menus"."""
    if root is None:
        return []
    return list(visible_to_public(root.get_children()).in_menu().only("id", "title", "url_path", "path", "depth"))


def breadcrumb_ancestors(page, root=None):
    """The page's ancestors below the tree root, top first, in one query;
    with ``root`` (the current site's home page) and the page in its tree,
    none above ``root``: a site whose home is deeper in the tree never shows
    the pages above it.

    Each carries ``.live``; templates link only live ones. A page previewed
    before its first save has the path Wagtail's preview gives it.
    """
    if not page.path:
        return []
    top = root.depth if root is not None and page.path.startswith(root.path) else 2
    ancestors = page.get_ancestors().filter(depth__gte=top)
    return list(ancestors.only("id", "title", "url_path", "path", "depth", "live"))


def is_in_section(page, section):
    """True when ``page`` is ``section`` or below it (to mark the current menu item)."""
    if not page or not getattr(page, "path", None):
        return False
    return page.path.startswith(section.path)


def dated_neighbours(page, model, limit=5):
    """The ``limit`` nearest newer and older siblings of ``page`` of type ``model``.

    Ordered by the page's own ``date``, ties broken by id; only live, public
    pages. Returns ``(newer, older)``, each newest first, so ``newer[-1]`` and
    ``older[0]`` are the nearest. A page previewed before its first save has
    no id: it counts as the newest of its date.
    """
    day = getattr(page, "date", None)
    if not page.path or day is None:
        return [], []
    siblings = visible_to_public(model.objects.sibling_of(page, inclusive=False))
    if page.pk:
        newer_q = Q(date__gt=day) | Q(date=day, pk__gt=page.pk)
        older_q = Q(date__lt=day) | Q(date=day, pk__lt=page.pk)
    else:
        newer_q, older_q = Q(date__gt=day), Q(date__lte=day)
    fields = ("id", "title", "date", "url_path", "path", "depth")
    newer = list(siblings.filter(newer_q).order_by("date", "pk").only(*fields)[:limit])
    older = list(siblings.filter(older_q).order_by("-date", "-pk").only(*fields)[:limit])
    return newer[::-1], older


def site_map_tree(root):
    """Nested ``[{"page": p, "children": [...]}, …]`` of the live, public
    pages below ``root`` (inclusive), in one query, without the page types
    reached from their sections (``in_site_map = False``: articles, albums,
    videos…)."""
    leaves = [model for model in get_page_models() if not getattr(model, "in_site_map", True)]
    pages = visible_to_public(root.get_descendants(inclusive=True))
    if leaves:
        pages = pages.not_type(*leaves)
    nodes = {}
    tree = []
    for page in pages.order_by("path").only("id", "title", "path", "depth", "url_path"):
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.path[: -page.steplen])
        (parent["children"] if parent else tree).append(node)
    return tree
