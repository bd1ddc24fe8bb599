"""An editor writes and submits, an approver previews and approves, a resident reads."""

import os
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from ops.editorial import APPROVERS, EDITORS, setup_editorial
from tests.factories import build_site

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", Path(tempfile.gettempdir()) / "tamdai-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)
TITLE = "Đoàn thanh niên xã Tam Đại ra quân dọn vệ sinh đường làng"
SLUG = "doan-thanh-nien-xa-tam-dai-ra-quan-don-ve-sinh-duong-lang"


def user(username, group):
    account = get_user_model().objects.create_user(username, f"{username}@example.com", "mat-khau-thu")
    account.groups.add(Group.objects.get(name=group))
    return account


def login(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def footer_action(page, name):
    """Click a button of the editor's footer, opening "Thao tác khác" if needed."""
    button = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name="Thao tác khác").click()
    button.click()


def test_editor_submits_approver_approves_resident_reads(browser, live_server):
    tree = build_site()
    setup_editorial()
    user("bientap", EDITORS)
    user("lanhdao", APPROVERS)

    editor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    login(editor, live_server, "bientap")
    editor.screenshot(path=str(SCREENSHOTS / "admin-dashboard-editor.png"))
    editor.goto(f"{live_server.url}/admin/pages/add/news/newsarticlepage/{tree.category.pk}/")
    editor.fill("#id_title", TITLE)
    editor.locator("#id_title").blur()
    editor.locator("[role=tab]", has_text="Đường dẫn, tìm kiếm và menu").first.click()
    expect(editor.locator("#id_slug")).to_have_value(SLUG)
    editor.locator("[role=tab]", has_text="Nội dung").first.click()
    editor.fill("#id_date", "12/04/2022")
    editor.fill("#id_lead", "Sáng Chủ nhật, hơn 50 đoàn viên đã ra quân dọn vệ sinh các tuyến đường làng.")
    editor.screenshot(path=str(SCREENSHOTS / "admin-editor-page.png"), full_page=True)
    # An editor's footer offers "Lưu nháp" and, under "Thao tác khác", submission
    # to the workflow; no "Xuất bản".
    footer_action(editor, "Gửi duyệt theo quy trình Duyệt tin bài")
    editor.wait_for_load_state()
    editor.screenshot(path=str(SCREENSHOTS / "admin-after-submit.png"))
    assert editor.locator("footer button[name=action-publish]").count() == 0

    resident = browser.new_context(viewport={"width": 375, "height": 740}).new_page()
    article_url = f"{live_server.url}/tin-tuc-hoat-dong/chinh-quyen/{SLUG}/"
    assert resident.goto(article_url).status == 404

    approver = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    login(approver, live_server, "lanhdao")
    approver.screenshot(path=str(SCREENSHOTS / "admin-dashboard-approver.png"), full_page=True)
    assert approver.get_by_text(TITLE).count() >= 1, "the submitted article is on the approver's dashboard"
    from news.models import NewsArticlePage

    article = NewsArticlePage.objects.get(slug=SLUG)
    task_state = article.current_workflow_state.current_task_state
    preview = approver.goto(f"{live_server.url}/admin/pages/workflow/preview/{article.pk}/{task_state.task_id}/")
    assert preview.status == 200
    assert approver.locator("h1").inner_text() == TITLE
    assert approver.locator("nav.main-menu").count() == 1

    approver.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    approver.screenshot(path=str(SCREENSHOTS / "admin-approver-edit.png"))
    footer_action(approver, "Duyệt và xuất bản")
    approver.wait_for_load_state()

    article.refresh_from_db()
    assert article.live
    response = resident.goto(article_url)
    assert response.status == 200
    assert resident.locator("h1").inner_text() == TITLE
    assert "Thứ Ba, 12/04/2022" in resident.locator(".article__date").inner_text()
