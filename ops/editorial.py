"""Editorial roles and the approval workflow of each site, set up idempotently.

Per site (a commune's portal):

- "Biên tập viên" (editors): write and edit pages, albums and videos, upload
  images, documents and media, submit for approval; cannot publish.
- "Lãnh đạo duyệt tin" (approvers): everything editors do, plus approve or
  reject in the workflow, publish and unpublish.
- "Quản trị trang" (site administrators): everything on the site's pages and
  files, the site's settings and link banners.
- Workflow "Duyệt tin bài": one group approval task for the approvers, on the
  site's home page, so it covers the whole tree.

Page permissions sit on the site's home page and file permissions on the
site's own collection, so a group sees nothing of another site. The default
(first) site's groups and workflow keep the plain names above; every other
site's carry the commune's name: "Biên tập viên – xã Tam Dân".

A one-site install is what ``make run`` builds: its files sit in the root
collection and its administrators also manage users, groups, sites,
workflows, redirects and deleted pages. As soon as the install has a second
site, those install-wide rights would reach into every commune, so they move
to the "Quản trị cấp tỉnh" group (province administrators, who see every
site), and the default site's files move from the root collection into a
collection of their own.

A read-only site (the archive of a commune that merged into another) keeps
its groups, but they can no longer add, edit or publish pages or files; see
``setup_editorial(read_only=True)``.

Run by ``manage.py setup_editorial`` (the default site; ``make run`` and every
deployment) and by ``manage.py create_commune_site`` (any site). Running it
again changes nothing; groups' extra permissions added by hand are kept,
except those this module used to grant and now grants differently.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtailmedia.models import get_media_model

EDITORS = "Biên tập viên"
APPROVERS = "Lãnh đạo duyệt tin"
ADMINISTRATORS = "Quản trị trang"
PROVINCE_ADMINISTRATORS = "Quản trị cấp tỉnh"
WORKFLOW_NAME = "Duyệt tin bài"
TASK_NAME = "Lãnh đạo duyệt"
ROLES = (EDITORS, APPROVERS, ADMINISTRATORS)
NAME_SEPARATOR = " – "  # "Biên tập viên – xã Tam Dân" (an en dash)

# Wagtail's migrations create these; they would confuse editors next to ours.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

ALL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    APPROVERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: ALL_PAGE_PERMISSIONS,
}
# Wagtail has no "view page" permission. "lock" is the least one that keeps a
# read-only site's tree in the page explorer and the page chooser (Wagtail
# shows a group the pages it holds any permission on): it lets a user lock a
# page, which changes no content, and nothing more.
READ_ONLY_PAGE_PERMISSIONS = ["lock_page"]

COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
        ("wagtailmedia", "add_media"), ("wagtailmedia", "change_media"),
    ],
}
COLLECTION_PERMISSIONS[APPROVERS] = COLLECTION_PERMISSIONS[EDITORS]
COLLECTION_PERMISSIONS[ADMINISTRATORS] = COLLECTION_PERMISSIONS[EDITORS] + [
    ("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document"), ("wagtailmedia", "delete_media"),
    ("wagtailcore", "add_collection"), ("wagtailcore", "change_collection"), ("wagtailcore", "delete_collection"),
]
# A read-only site's images and documents can still be seen in choosers
# (wagtailmedia has no "choose" permission: its files drop out of the admin).
READ_ONLY_COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]

# Granted per site (wagtail.models.GroupSitePermission): the site settings
# (Cài đặt › Thông tin cổng thông tin) and link banners of that site only.
SITE_PERMISSIONS = {
    EDITORS: [],
    APPROVERS: [],
    ADMINISTRATORS: [
        ("home", "change_portalsettings"),
        ("home", "add_linkbanner"), ("home", "change_linkbanner"), ("home", "delete_linkbanner"),
    ],
}
MODEL_PERMISSIONS = {role: [("wagtailadmin", "access_admin")] for role in ROLES}

# Rights over the whole install: in a one-site install its administrators
# hold them; with more sites, only the province administrators do.
INSTALL_PERMISSIONS = [
    ("auth", "add_user"), ("auth", "change_user"), ("auth", "delete_user"), ("auth", "view_user"),
    ("auth", "add_group"), ("auth", "change_group"), ("auth", "delete_group"), ("auth", "view_group"),
    ("wagtailcore", "add_site"), ("wagtailcore", "change_site"), ("wagtailcore", "delete_site"),
    ("wagtailcore", "add_workflow"), ("wagtailcore", "change_workflow"), ("wagtailcore", "delete_workflow"),
    ("wagtailcore", "add_task"), ("wagtailcore", "change_task"), ("wagtailcore", "delete_task"),
    ("wagtailredirects", "add_redirect"), ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
    ("ops", "restore_deletedpage"),  # Cài đặt › Trang đã xóa (ops.recycle_bin)
]
PROVINCE_MODEL_PERMISSIONS = (
    [("wagtailadmin", "access_admin")] + INSTALL_PERMISSIONS + SITE_PERMISSIONS[ADMINISTRATORS]
)


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _permissions(pairs):
    return [_permission(app, code) for app, code in pairs]


def default_site():
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def is_shared_install():
    """More than one site: every commune's groups are scoped to their own files."""
    return Site.objects.count() > 1


def commune_name(site):
    """What a site's groups, workflow and collection are named after."""
    return site.site_name or site.hostname


def role_name(role, site):
    """The group (or workflow, task) name of ``role`` for ``site``."""
    if site is None or site.is_default_site:
        return role
    return f"{role}{NAME_SEPARATOR}{commune_name(site)}"


def site_groups(site):
    """The existing editorial groups of ``site``, by role (missing ones left out)."""
    names = {role_name(role, site): role for role in ROLES}
    return {names[group.name]: group for group in Group.objects.filter(name__in=names)}


def site_collection(site, create=True):
    """The collection holding ``site``'s images, documents and media.

    The root collection for the only site of a one-site install; otherwise a
    collection under the root named after the commune (found again through the
    permissions of the site's groups, so renaming it is safe). When the default
    site gets its collection, the files in the root collection (all of them
    its own, from the one-site days) move into it.
    """
    root = Collection.get_first_root_node()
    if site is None or (site.is_default_site and not is_shared_install()):
        return root
    groups = site_groups(site).values()
    held = (
        Collection.objects.filter(depth=2, group_permissions__group__in=groups).order_by("path").first()
        if groups else None
    )
    if held is not None:
        return held
    named = root.get_children().filter(name=commune_name(site)).first()
    if named is not None or not create:
        return named
    collection = root.add_child(instance=Collection(name=commune_name(site)))
    if site.is_default_site:
        for model in (get_image_model(), get_document_model(), get_media_model()):
            model.objects.filter(collection=root).update(collection=collection)
    return collection


def _grant(group, *, page, page_codenames, collection, collection_pairs, site, site_pairs, model_pairs):
    group.permissions.add(*_permissions(model_pairs))
    for codename in page_codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )
    for app, codename in collection_pairs:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app, codename)
        )
    if site is not None:
        for app, codename in site_pairs:
            GroupSitePermission.objects.get_or_create(group=group, site=site, permission=_permission(app, codename))


def _revoke(group, *, page, page_codenames, collection, collection_pairs):
    GroupPagePermission.objects.filter(
        group=group, page=page, permission__in=_permissions(("wagtailcore", code) for code in page_codenames)
    ).delete()
    GroupCollectionPermission.objects.filter(
        group=group, collection=collection, permission__in=_permissions(collection_pairs)
    ).delete()


@transaction.atomic
def setup_editorial(site=None, *, read_only=False):
    """Create or complete ``site``'s three groups and workflow; return them.

    ``site`` defaults to the default site. ``read_only`` (an archived
    commune): the groups keep seeing the site's pages, images and documents
    but lose the rights to add, edit, publish or delete them.
    """
    site = site or default_site()
    home = site.root_page if site else Page.get_first_root_node()
    shared = is_shared_install()
    collection = site_collection(site)
    root_collection = Collection.get_first_root_node()
    single_site_administrators = site is None or (site.is_default_site and not shared)

    groups = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role_name(role, site))
        groups[role] = group
        page_codenames = READ_ONLY_PAGE_PERMISSIONS if read_only else PAGE_PERMISSIONS[role]
        collection_pairs = READ_ONLY_COLLECTION_PERMISSIONS if read_only else COLLECTION_PERMISSIONS[role]
        model_pairs = MODEL_PERMISSIONS[role]
        if role == ADMINISTRATORS and single_site_administrators:
            model_pairs = model_pairs + INSTALL_PERMISSIONS
        _grant(
            group, page=home, page_codenames=page_codenames, collection=collection,
            collection_pairs=collection_pairs, site=site, site_pairs=SITE_PERMISSIONS[role], model_pairs=model_pairs,
        )
        if read_only:
            _revoke(
                group, page=home, page_codenames=set(PAGE_PERMISSIONS[role]) - set(READ_ONLY_PAGE_PERMISSIONS),
                collection=collection,
                collection_pairs=set(COLLECTION_PERMISSIONS[role]) - set(READ_ONLY_COLLECTION_PERMISSIONS),
            )
        # Granted model-wide by earlier versions: per site now.
        group.permissions.remove(*_permissions(SITE_PERMISSIONS[ADMINISTRATORS]))
        if shared:
            # The root collection's permissions would reach every commune's files.
            GroupCollectionPermission.objects.filter(group=group, collection=root_collection).delete()
            if role == ADMINISTRATORS:
                group.permissions.remove(*_permissions(INSTALL_PERMISSIONS))

    task_name, workflow_name = role_name(TASK_NAME, site), role_name(WORKFLOW_NAME, site)
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.add(groups[APPROVERS])
    workflow, _ = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    for name in WAGTAIL_DEFAULT_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    WorkflowPage.objects.filter(workflow__name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    if shared:
        setup_province_administrators()
    return groups, workflow


@transaction.atomic
def setup_province_administrators():
    """The group that sees and manages every site of a shared install."""
    group, _ = Group.objects.get_or_create(name=PROVINCE_ADMINISTRATORS)
    _grant(
        group, page=Page.get_first_root_node(), page_codenames=ALL_PAGE_PERMISSIONS,
        collection=Collection.get_first_root_node(), collection_pairs=COLLECTION_PERMISSIONS[ADMINISTRATORS],
        site=None, site_pairs=[], model_pairs=PROVINCE_MODEL_PERMISSIONS,
    )
    return group


# --- Whose sites ---------------------------------------------------------------------


def user_sites(user):
    """The sites ``user`` works on in the admin: every site for a superuser,
    otherwise the sites one of the user's groups holds a page permission in:
    on the home page, below it (a section's editors), or above it (the
    province administrators hold the tree root)."""
    if not (user.is_authenticated and user.is_active):
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    held = set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))
    ids = [
        pk for pk, root in Site.objects.values_list("pk", "root_page__path")
        if any(root.startswith(path) or path.startswith(root) for path in held)
    ]
    return Site.objects.filter(pk__in=ids)


def sees_every_site(user):
    """A superuser, a province administrator, or anyone on a one-site install."""
    return not Site.objects.exclude(pk__in=user_sites(user).values("pk")).exists()


def pages_of_sites(sites):
    """A filter for the pages of ``sites`` (their home pages and everything below)."""
    held = Q(pk__in=[])
    for path in sites.values_list("root_page__path", flat=True):
        held |= Q(path__startswith=path)
    return held
