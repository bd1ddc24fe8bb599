"""The admin's Vietnamese where a review found it misleading (issue 12, item 9),
read from the rendered admin; and the catalogues that make it so."""

import glob
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.log_actions import log

from ops.models import DeletedPage
from tests.factories import make_article, make_image

ROOT = Path(__file__).resolve().parents[1]
OWN_PO = ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def admin_client(client, site_tree):
    user = get_user_model().objects.create_superuser("quantri", "quantri@example.com", "pw")
    client.force_login(user)
    client.user = user
    return client


def text(html):
    """Visible text, tags removed and spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- catalogues ---------------------------------------------------------------------


def test_vendor_parts_agree_so_the_merge_order_decides_nothing():
    """Django merges every catalogue into one: a msgid translated two ways by two
    parts shows whichever `msgcat --use-first` met first, wherever it is used."""
    texts = defaultdict(dict)
    for path in sorted(glob.glob(str(ROOT / "locale" / "vendor" / "parts" / "*.po"))):
        if path.endswith("djangojs.po"):
            continue  # the JavaScript catalogue is a catalogue of its own
        for entry in polib.pofile(path):
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                texts[(entry.msgctxt, entry.msgid)][Path(path).name] = entry.msgstr
    conflicts = {key: parts for key, parts in texts.items() if len(set(parts.values())) > 1}
    assert not conflicts


def test_our_catalogue_writes_tone_marks_as_wagtails_parts_do():
    strings = " ".join(
        unicodedata.normalize("NFC", entry.msgstr or " ".join(entry.msgstr_plural.values()))
        for entry in polib.pofile(str(OWN_PO))
    )
    assert "xóa" in strings
    assert not re.findall(r"(?i)\b(xoá|khoá)\b", strings)


# --- the rendered admin -------------------------------------------------------------


def test_image_and_document_lists_head_the_date_column_ngay_tao(admin_client):
    make_image("Ảnh hội nghị")
    Document.objects.create(title="Kế hoạch 2189", file=ContentFile(b"%PDF-1.4", name="ke-hoach.pdf"))
    for url in [reverse("wagtailimages:index") + "?layout=list", reverse("wagtaildocs:index")]:
        html = admin_client.get(url).content.decode()
        assert "Ngày tạo" in html, url
        assert "Đã tạo" not in html, url


def test_a_pages_history_says_da_tao_for_its_creation(admin_client, site_tree):
    page = make_article(site_tree.category, "Bài có lịch sử")
    log(instance=page, action="wagtail.create", user=admin_client.user)
    html = text(admin_client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode())
    assert "Đã tạo" in html
    assert "Ngày tạo" not in html


def test_the_page_editor_names_its_tabs_and_search_fields_plainly(admin_client, site_tree):
    html = text(admin_client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.about.pk])).content.decode())
    assert "Đường dẫn, tìm kiếm và menu" in html
    assert "Tiêu đề trên kết quả tìm kiếm" in html
    assert "Mô tả ngắn trên kết quả tìm kiếm" in html
    for jargon in ["Quảng bá", "Thẻ tiêu đề", "Mô tả meta"]:
        assert jargon not in html


def test_the_page_explorer_is_cay_trang(admin_client):
    catalogue = admin_client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert '"Page explorer": "C\\u00e2y trang"' in catalogue


def test_a_deleted_page_that_was_published_is_tung_xuat_ban(admin_client, site_tree):
    make_article(site_tree.category, "Tin đã đăng rồi bị xóa").delete()
    assert DeletedPage.objects.get().was_live
    html = text(admin_client.get(reverse("ops_recycle_bin:index")).content.decode())
    assert "Tin đã đăng rồi bị xóa từng xuất bản" in html
    assert "Trang đã xóa" in html


def test_the_dashboard_dates_a_task_with_a_noun(admin_client, site_tree):
    page = make_article(site_tree.category, "Tin chờ duyệt")
    page.save_revision(user=admin_client.user)
    page.get_workflow().start(page, admin_client.user)
    html = text(admin_client.get(reverse("wagtailadmin_home")).content.decode())
    assert "Tin chờ duyệt" in html
    assert "Ngày bắt đầu bước duyệt" in html


def test_the_group_screen_offers_the_recycle_bin_permission_in_vietnamese(admin_client):
    html = text(admin_client.get(reverse("wagtailusers_groups:add")).content.decode())
    assert "Có thể khôi phục và xóa vĩnh viễn trang đã xóa" in html
    assert "Can restore and purge deleted pages" not in html


def test_the_operations_app_and_its_permission_follow_the_language():
    with translation.override("en"):
        assert str(apps.get_app_config("ops").verbose_name) == "Operations"
    with translation.override("vi"):
        assert str(apps.get_app_config("ops").verbose_name) == "Vận hành"


@pytest.mark.django_db
def test_the_permission_name_is_stored_in_english_and_shown_in_vietnamese():
    permission = Permission.objects.get(content_type__app_label="ops", codename="restore_deletedpage")
    assert permission.name == "Can restore and purge deleted pages"  # migrate stores the msgid
    with translation.override("vi"):
        assert str(permission) == "Vận hành | trang đã xóa | Can restore and purge deleted pages"
        assert translation.gettext(permission.name) == "Có thể khôi phục và xóa vĩnh viễn trang đã xóa"
