"""The slug the admin fills in from a Vietnamese title, in the browser, is the server's."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from portal.text import slugify_vi
from tests.factories import build_site

pytestmark = pytest.mark.django_db(transaction=True)

TITLES = [
    "Đoàn thanh niên ra quân tình nguyện hè",
    "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2022",
    "Kỷ niệm ngày Quốc khánh 2/9: đường làng rực rỡ cờ hoa",
    "Ủy ban xã tiếp nhận hồ sơ trực tuyến, hỗ trợ người dân ở xa",
    "Ưu tiên nguồn lực cho đê điều, thủy lợi; cứu hộ cứu nạn",
]


def login(page, live_server):
    get_user_model().objects.create_superuser("admin", "a@example.com", "mat-khau-thu")
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def test_admin_fills_the_same_ascii_slug_as_the_server(live_server, desktop):
    tree = build_site()
    login(desktop, live_server)
    for title in TITLES:
        desktop.goto(f"{live_server.url}/admin/pages/add/news/newsarticlepage/{tree.category.pk}/")
        desktop.fill("#id_title", title)
        desktop.locator("#id_title").blur()
        desktop.locator("a[href='#tab-promote'], [role=tab]", has_text="Đường dẫn, tìm kiếm và menu").first.click()
        # The slug is filled asynchronously after the title loses focus.
        expect(desktop.locator("#id_slug")).to_have_value(slugify_vi(title))
