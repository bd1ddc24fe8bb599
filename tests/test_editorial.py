"""Roles, the approval workflow "Duyệt tin bài", previews, scheduling and audit."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import GroupPagePermission, PageLogEntry, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from ops.editorial import ADMINISTRATORS, APPROVERS, EDITORS, WORKFLOW_NAME, setup_editorial
from news.models import NewsArticlePage
from tests.factories import make_user

pytestmark = pytest.mark.django_db




@pytest.fixture
def people(site_tree):
    setup_editorial()
    return {
        "editor": make_user("bientap", EDITORS),
        "approver": make_user("lanhdao", APPROVERS),
        "admin": make_user("quantri", ADMINISTRATORS),
    }


def article_form(title="Tin chờ duyệt", **extra):
    data = {
        "title": title,
        "slug": "",
        "date": "12/04/2022",
        "lead": "Tóm tắt",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
        "author": "",
        "tags": "",
    }
    data.update(extra)
    return nested_form_data(data)


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", parent.pk))


def test_setup_is_idempotent_and_replaces_wagtails_defaults(site_tree):
    setup_editorial()
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    call_command("setup_editorial", stdout=None)
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count()) == counts
    assert set(Group.objects.values_list("name", flat=True)) == {EDITORS, APPROVERS, ADMINISTRATORS}
    assert WorkflowPage.objects.get(page=site_tree.home).workflow.name == WORKFLOW_NAME
    assert not Workflow.objects.get(name="Moderators approval").active


def test_editor_cannot_publish_but_can_submit_and_residents_see_nothing_until_approved(client, people, site_tree):
    editor, approver = people["editor"], people["approver"]
    client.force_login(editor)
    response = client.post(add_url(site_tree.category), article_form(**{"action-publish": "publish"}))
    article = NewsArticlePage.objects.get(title="Tin chờ duyệt")
    assert not article.live, "an editor's publish must not publish"
    assert not article.permissions_for_user(editor).can_publish()

    mail.outbox.clear()
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    response = client.post(edit_url, article_form(**{"action-submit": "submit"}))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert approver.email in {address for message in mail.outbox for address in message.to}

    client.logout()
    article.refresh_from_db()
    assert not article.live
    assert client.get("/tin-tuc-hoat-dong/chinh-quyen/").content.decode().count("Tin chờ duyệt") == 0
    assert client.get("/tin-tuc-hoat-dong/chinh-quyen/tin-cho-duyet/").status_code == 404

    # The approver previews the submitted revision, then approves it.
    client.force_login(approver)
    task_state = state.current_task_state
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=(article.pk, task_state.task_id)))
    assert preview.status_code == 200
    assert "Tin chờ duyệt" in preview.content.decode() and 'class="main-menu"' in preview.content.decode()
    mail.outbox.clear()
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk)),
        {"comment": "Đồng ý đăng."},
    )
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert editor.email in {address for message in mail.outbox for address in message.to}

    client.logout()
    assert client.get(article.url).status_code == 200
    actions = list(PageLogEntry.objects.filter(page=article).values_list("action", "user__username"))
    assert ("wagtail.workflow.start", "bientap") in actions
    assert ("wagtail.workflow.approve", "lanhdao") in actions
    assert ("wagtail.publish", "lanhdao") in actions


def test_rejection_returns_the_page_with_the_comment(client, people, site_tree):
    editor, approver = people["editor"], people["approver"]
    client.force_login(editor)
    client.post(add_url(site_tree.category), article_form("Tin bị trả lại", **{"action-submit": "submit"}))
    article = NewsArticlePage.objects.get(title="Tin bị trả lại")
    state = article.current_workflow_state
    assert state is not None

    client.force_login(approver)
    mail.outbox.clear()
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "reject", state.current_task_state.pk)),
        {"comment": "Cần bổ sung số liệu."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Cần bổ sung số liệu."
    article.refresh_from_db()
    assert not article.live
    to_editor = [m for m in mail.outbox if editor.email in m.to]
    assert to_editor and any("Cần bổ sung số liệu." in m.body for m in to_editor)
    assert PageLogEntry.objects.filter(page=article, action="wagtail.workflow.reject", user=approver).exists()


def test_approver_can_publish_directly_and_unpublish(client, people, site_tree):
    approver = people["approver"]
    client.force_login(approver)
    client.post(add_url(site_tree.category), article_form("Tin khẩn", **{"action-publish": "publish"}))
    article = NewsArticlePage.objects.get(title="Tin khẩn")
    assert article.live
    client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    article.refresh_from_db()
    assert not article.live


def test_scheduled_page_goes_live_only_at_its_time(client, people, site_tree):
    approver = people["approver"]
    client.force_login(approver)
    go_live = timezone.localtime() + timedelta(days=2)
    client.post(
        add_url(site_tree.category),
        article_form("Tin hẹn giờ", go_live_at=go_live.strftime("%d/%m/%Y %H:%M"), **{"action-publish": "publish"}),
    )
    article = NewsArticlePage.objects.get(title="Tin hẹn giờ")
    assert not article.live
    assert article.scheduled_revision is not None
    client.logout()

    with freeze_time(go_live - timedelta(hours=1)):
        call_command("publish_scheduled", stdout=None)
    article.refresh_from_db()
    assert not article.live
    with freeze_time(go_live + timedelta(minutes=1)):
        call_command("publish_scheduled", stdout=None)
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_a_resident_never_sees_a_submitted_revision_of_a_live_page(client, people, site_tree):
    from tests.factories import make_article

    article = make_article(site_tree.category, "Tin đang hiển thị", day=date(2024, 1, 1))
    editor = people["editor"]
    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=(article.pk,)),
        article_form("Tin đang hiển thị (sửa chờ duyệt)", slug=article.slug, **{"action-submit": "submit"}),
    )
    client.logout()
    html = client.get(article.url).content.decode()
    assert "Tin đang hiển thị" in html and "sửa chờ duyệt" not in html


def test_admin_article_listing_shows_the_article_date(client, people, site_tree):
    from tests.factories import make_article

    make_article(site_tree.category, "Tin có ngày", day=date(2022, 4, 12))
    client.force_login(people["editor"])
    response = client.get("/admin/tin-bai/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tin có ngày" in html and "12/04/2022" in html
    assert "Ngày đăng tin" in html


def test_page_chooser_shows_the_article_date(client, people, site_tree):
    from tests.factories import make_article

    make_article(site_tree.category, "Tin để chọn", day=date(2023, 5, 17))
    client.force_login(people["editor"])
    response = client.get(reverse("wagtailadmin_choose_page_child", args=(site_tree.category.pk,)))
    assert response.status_code == 200
    assert "Tin để chọn (17/05/2023)" in response.json()["html"]
