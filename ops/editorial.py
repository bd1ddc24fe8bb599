"""Editorial roles and the approval workflow, set up idempotently.

- "Biên tập viên" (editors): write and edit pages, albums and videos, upload
  images, documents and media, submit for approval; cannot publish.
- "Lãnh đạo duyệt tin" (approvers): everything editors do, plus approve or
  reject in the workflow, publish and unpublish.
- "Quản trị trang" (site administrators): everything, users and settings too.
- Workflow "Duyệt tin bài": one group approval task for the approvers, on the
  home page, so it covers the whole tree.

Run by ``manage.py setup_editorial`` (``make run`` and every deployment).
Running it again changes nothing; groups' extra permissions added by hand are
kept.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Biên tập viên"
APPROVERS = "Lãnh đạo duyệt tin"
ADMINISTRATORS = "Quản trị trang"
WORKFLOW_NAME = "Duyệt tin bài"
TASK_NAME = "Lãnh đạo duyệt"

# Wagtail's migrations create these; they would confuse editors next to ours.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    APPROVERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
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
MODEL_PERMISSIONS = {
    EDITORS: [("wagtailadmin", "access_admin")],
    APPROVERS: [("wagtailadmin", "access_admin")],
    ADMINISTRATORS: [
        ("wagtailadmin", "access_admin"),
        ("auth", "add_user"), ("auth", "change_user"), ("auth", "delete_user"), ("auth", "view_user"),
        ("auth", "add_group"), ("auth", "change_group"), ("auth", "delete_group"), ("auth", "view_group"),
        ("home", "change_portalsettings"),
        ("home", "add_linkbanner"), ("home", "change_linkbanner"), ("home", "delete_linkbanner"),
        ("wagtailcore", "add_site"), ("wagtailcore", "change_site"), ("wagtailcore", "delete_site"),
        ("wagtailcore", "add_workflow"), ("wagtailcore", "change_workflow"), ("wagtailcore", "delete_workflow"),
        ("wagtailcore", "add_task"), ("wagtailcore", "change_task"), ("wagtailcore", "delete_task"),
        ("wagtailredirects", "add_redirect"), ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("ops", "restore_deletedpage"),  # Cài đặt › Trang đã xóa (ops.recycle_bin)
    ],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _home_page():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page if site else Page.get_first_root_node()


@transaction.atomic
def setup_editorial():
    """Create or complete the three groups and the workflow; return them."""
    home = _home_page()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in (EDITORS, APPROVERS, ADMINISTRATORS):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*[_permission(app, code) for app, code in MODEL_PERMISSIONS[name]])
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=_permission("wagtailcore", codename)
            )
        for app, codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(app, codename)
            )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[APPROVERS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    for name in WAGTAIL_DEFAULT_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    WorkflowPage.objects.filter(workflow__name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    return groups, workflow
