"""The recycle bin: deleted pages are recorded before Wagtail removes them (and
their revisions), and can be restored as drafts or purged.

- ``connect()`` (from OpsConfig.ready) listens to ``pre_delete`` for the base
  ``Page`` model. Every page deletion, from the admin, a bulk action or the shell,
  goes through treebeard's ``Page.objects.filter(...).delete()``; Django sends
  ``pre_delete`` for each base ``Page`` row before anything is deleted, with that
  queryset as ``origin``. The first signal records the whole deletion (the page,
  its descendants and all their revisions); the others return at once.
- ``restore_deleted_page()`` recreates a recorded page and its descendants, in
  tree order, as drafts with their revisions and their view restrictions (login,
  password, groups); nothing is published. A section restored under another
  parent also keeps the restrictions it inherited from its old ancestors.
- ``purge_deleted_pages()`` deletes old entries (``manage.py purge_deleted_pages``).

``flush`` and test rollbacks send no signals, so they record nothing.
"""

import copy
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import pre_delete
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageLogEntry, PageViewRestriction, Revision

from .models import DeletedPage

RESTORE_ACTION = "ops.restore"
DEFAULT_PURGE_DAYS = 90  # manage.py purge_deleted_pages, run daily by deploy/systemd


class RestoreError(Exception):
    """A restore that cannot be done; the message is for the editor."""


def connect():
    pre_delete.connect(_record_on_pre_delete, sender=Page, dispatch_uid="ops.recycle_bin.record")


def _record_on_pre_delete(sender, instance, origin=None, **kwargs):
    if isinstance(origin, Page):
        pages = Page.objects.filter(pk=origin.pk)
    elif isinstance(origin, QuerySet) and issubclass(origin.model, Page):
        pages = origin
    else:
        return  # a cascade from another model (e.g. a removed content type): not a page deletion
    if not getattr(origin, "_recycle_bin_recorded", False):
        origin._recycle_bin_recorded = True
        record_deleted_pages(pages)


def record_deleted_pages(pages):
    """Store every page of ``pages`` (a queryset about to be deleted) in the bin.

    A page whose parent is deleted with it is recorded under its batch root."""
    pages = list(pages.order_by("path").specific())
    by_path = {page.path: page for page in pages}
    revisions = _revisions_by_page(pages)
    restrictions = _restrictions_by_page(pages)
    outside = {_parent_path(page) for page in pages} - set(by_path)
    outside_parents = {parent.path: parent for parent in Page.objects.filter(path__in=outside)}
    entries = {}
    for page in pages:
        parent_path = _parent_path(page)
        deleted_parent = entries.get(parent_path)
        parent = by_path.get(parent_path) or outside_parents.get(parent_path)
        root = (deleted_parent.root or deleted_parent) if deleted_parent else None
        page_revisions = revisions.get(str(page.pk), [])
        page_restrictions = restrictions.get(page.pk, [])
        if not deleted_parent and parent is not None:
            page_restrictions = page_restrictions + _inherited_restrictions(parent)
        entries[page.path] = DeletedPage.objects.create(
            title=page.draft_title or page.title,
            old_page_id=page.pk,
            content_type_id=page.content_type_id,
            url_path=page.url_path,
            path=page.path,
            parent=None if deleted_parent else parent,
            parent_title=parent.title if parent else "",
            parent_url_path=parent.url_path if parent else "",
            content=page.serializable_data(),
            revisions=page_revisions,
            revision_count=len(page_revisions),
            view_restrictions=page_restrictions,
            was_live=page.live,
            deleted_by_id=root.deleted_by_id if root else _deleting_user_id(page),
            root=root,
        )


def _parent_path(page):
    return page.path[: -Page.steplen]


def _revisions_by_page(pages):
    revisions = {}
    rows = (
        Revision.page_revisions.filter(object_id__in=[str(page.pk) for page in pages])
        .order_by("created_at", "pk")
        .values("object_id", "content", "created_at", "user_id", "approved_go_live_at", "object_str")
    )
    for row in rows:
        row["created_at"] = row["created_at"].isoformat()  # DjangoJSONEncoder would drop the microseconds
        revisions.setdefault(row.pop("object_id"), []).append(row)
    return revisions


def _restriction_record(restriction, inherited=False):
    return {
        "type": restriction.restriction_type,
        "password": restriction.password,
        "groups": sorted(group.pk for group in restriction.groups.all()),
        "inherited": inherited,
    }


def _restrictions_by_page(pages):
    """{page id: [restriction records]} for the pages' own view restrictions."""
    found = {}
    rows = PageViewRestriction.objects.filter(page__in=[page.pk for page in pages]).prefetch_related("groups")
    for restriction in rows.order_by("pk"):
        found.setdefault(restriction.page_id, []).append(_restriction_record(restriction))
    return found


def _inherited_restrictions(parent):
    """The restrictions a page under ``parent`` inherits (on ``parent`` or its ancestors)."""
    rows = PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(parent.path)).prefetch_related("groups")
    return [_restriction_record(restriction, inherited=True) for restriction in rows.order_by("page__path", "pk")]


def _ancestor_paths(path):
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def _deleting_user_id(page):
    """Who deleted ``page``: Wagtail logs the deletion just before it happens."""
    user_id = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.delete")
        .order_by("-timestamp", "-pk").values_list("user_id", flat=True).first()
    )
    user = get_active_log_context().user
    return user_id or getattr(user, "pk", None)


# ---------------------------------------------------------------- restore


@transaction.atomic
def restore_deleted_page(entry, parent=None, user=None):
    """Recreate ``entry`` (a batch root) and its recorded descendants as drafts
    under ``parent`` (default: the original parent), with their revisions, then
    delete the entries. Return the restored page. Permissions are the caller's job."""
    if entry.root_id:
        raise RestoreError(_("Restore the section this page was deleted with."))
    parent = parent or entry.parent
    if parent is None:
        raise RestoreError(_("The original parent page no longer exists: choose where to restore the page."))
    batch = list(entry.batch())
    if any(item.page_model is None for item in batch):
        raise RestoreError(_("This page type no longer exists on the site."))
    if not entry.page_model.can_exist_under(parent):
        raise RestoreError(
            _("A page of type “%(type)s” cannot be placed under “%(parent)s”.")
            % {"type": entry.page_model.get_verbose_name(), "parent": parent.get_admin_display_title()}
        )
    restored = {}
    for item in batch:
        target = parent if item.pk == entry.pk else restored[item.path[: -Page.steplen]]
        restored[item.path] = _recreate_page(item, target, user)
        # Under its old parent the page inherits that parent's restrictions again;
        # anywhere else it takes copies of them.
        inherited = item.pk == entry.pk and parent.pk != entry.parent_id
        _recreate_restrictions(restored[item.path], item.view_restrictions, user, inherited=inherited)
    entry.delete()  # cascades to the descendants' entries
    return restored[entry.path]


def _recreate_restrictions(page, records, user, inherited):
    """The page's recorded view restrictions again (groups deleted since are left
    out; a group restriction left with no group admits superusers only)."""
    known_groups = set(Group.objects.filter(pk__in={g for r in records for g in r["groups"]}).values_list("pk", flat=True))
    for record in records:
        if record.get("inherited") and not inherited:
            continue
        restriction = PageViewRestriction(page=page, restriction_type=record["type"], password=record["password"])
        restriction.save(user=user)
        restriction.groups.set([group for group in record["groups"] if group in known_groups])


def _recreate_page(item, parent, user):
    model = item.page_model
    page = model.from_serializable_data(_rebind(model, item.content, None))
    page.live, page.has_unpublished_changes, page.numchild = False, True, 0
    page.latest_revision = page.live_revision = page.alias_of = page.locked_by = None
    page.locked, page.locked_at = False, None
    page.slug = _free_slug(parent, page.slug)
    parent.add_child(instance=page)

    revisions = _recreate_revisions(page, item.revisions)
    if revisions:
        latest = revisions[-1]
        page.latest_revision, page.latest_revision_created_at = latest, latest.created_at
        page.draft_title = latest.content.get("title") or page.title
        page.save(update_fields=["latest_revision", "latest_revision_created_at", "draft_title"], clean=False)
    else:
        page.save_revision(user=user)
    log(instance=page, action=RESTORE_ACTION, user=user)
    return page


def _recreate_revisions(page, recorded):
    """Revisions of ``page`` with the recorded contents, dates and authors.
    Never scheduled: a restored page goes live only through the workflow."""
    model = type(page)
    known_users = set(
        get_user_model().objects.filter(pk__in={r["user_id"] for r in recorded if r["user_id"]})
        .values_list("pk", flat=True)
    )
    return [
        Revision.objects.create(
            content_type=ContentType.objects.get_for_model(model),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(page.pk),
            created_at=parse_datetime(r["created_at"]),
            user_id=r["user_id"] if r["user_id"] in known_users else None,
            object_str=r["object_str"],
            content=_rebind(model, r["content"], page.pk),
            approved_go_live_at=None,
        )
        for r in recorded
    ]


def _rebind(model, content, page_id):
    """``content`` pointed at the new page id: child objects (album photos,
    tags) lose their old ids; comments were deleted with the page."""
    data = copy.deepcopy(content)
    data["pk"] = page_id
    for relation in get_all_child_relations(model):
        name = relation.get_accessor_name()
        if name == COMMENTS_RELATION_NAME:
            data[name] = []
        for child in data.get(name) or []:
            child["pk"] = None
            child[relation.field.name] = page_id
    return data


def _free_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


# ---------------------------------------------------------------- purge


def purge_deleted_pages(days):
    """Delete the bin's entries deleted more than ``days`` days ago; return how many pages."""
    cutoff = timezone.now() - timedelta(days=days)
    roots = DeletedPage.objects.filter(root=None, deleted_at__lt=cutoff)
    count = DeletedPage.objects.filter(root__in=roots).count() + roots.count()
    roots.delete()
    return count
