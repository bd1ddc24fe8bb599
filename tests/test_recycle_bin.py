"""The recycle bin (ops.recycle_bin, Cài đặt › Trang đã xóa): deleted pages are
recorded with their revisions, restored as drafts, purged after N days."""

import io
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.rich_text import RichText

from ops.editorial import ADMINISTRATORS, EDITORS, setup_editorial
from news.models import NewsIndexPage
from ops.models import DeletedPage
from ops.recycle_bin import RestoreError, restore_deleted_page
from tests.factories import add_page, make_article, make_image, make_user

pytestmark = pytest.mark.django_db

TITLE = "Triển khai thực hiện công tác trẻ em năm 2022"
BODY = "<p>Ủy ban nhân dân xã Tam Đại triển khai công tác trẻ em.</p>"
INDEX_URL = reverse("ops_recycle_bin:index")




@pytest.fixture
def admin(site_tree):
    return make_user("quantri", superuser=True)


def article_with_history(parent, user, title=TITLE):
    """A published article (tags, featured image, body) with a later draft."""
    article = make_article(parent, title, image=make_image("Ảnh hội nghị"), body=[("paragraph", RichText(BODY))])
    article.tags.add("Trẻ em", "Tam Đại")
    article.save_revision(user=user).publish()
    article.lead = "Bản nháp sửa lại"
    article.save_revision(user=user)
    return article


def revision_history(page):
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")
    return [(r.created_at, r.user_id, r.content["title"], r.content["lead"]) for r in revisions]


def delete_in_admin(client, page):
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    assert client.get(url).status_code == 200  # the confirmation page
    assert Page.objects.filter(pk=page.pk).exists()
    assert client.post(url).status_code == 302


# ---------------------------------------------------------------- recording


def test_deleting_in_the_admin_records_the_page_and_its_revisions(client, admin, site_tree):
    article = article_with_history(site_tree.category, admin)
    history = revision_history(article)
    assert len(history) == 3
    client.force_login(admin)

    delete_in_admin(client, article)

    entry = DeletedPage.objects.get()
    assert (entry.title, entry.old_page_id, entry.root) == (TITLE, article.pk, None)
    assert entry.parent_id == site_tree.category.pk
    assert entry.parent_title == "Chính quyền" and entry.url_path == article.url_path
    assert entry.was_live and entry.deleted_by == admin and entry.revision_count == 3
    assert [r["content"]["lead"] for r in entry.revisions] == [h[3] for h in history]
    assert not Revision.objects.filter(object_id=str(article.pk)).exists()  # Wagtail's own rows are gone


def test_a_queryset_deletion_in_the_shell_records_each_page_once(site_tree):
    first = make_article(site_tree.category, "Tin một")
    second = make_article(site_tree.category, "Tin hai")
    Page.objects.filter(pk__in=[first.pk, second.pk]).delete()
    assert sorted(DeletedPage.objects.values_list("title", "root", "deleted_by")) == [
        ("Tin hai", None, None), ("Tin một", None, None)]


# ---------------------------------------------------------------- restoring


def test_restore_brings_back_a_draft_with_content_tags_images_and_history(admin, site_tree):
    article = article_with_history(site_tree.category, admin)
    image_id, history, old_url_path = article.featured_image_id, revision_history(article), article.url_path
    scheduled = article.get_latest_revision()
    scheduled.approved_go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save()
    article.delete(user=admin)

    page = restore_deleted_page(DeletedPage.objects.get(), user=admin).specific

    assert not page.live and page.has_unpublished_changes and page.live_revision is None
    assert (page.title, page.url_path, page.get_parent().pk) == (TITLE, old_url_path, site_tree.category.pk)
    assert page.featured_image_id == image_id and page.body[0].value.source == BODY
    assert sorted(page.tags.names()) == ["Tam Đại", "Trẻ em"]
    assert revision_history(page) == history
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()  # nothing goes live by itself
    draft = page.get_latest_revision_as_object()
    assert draft.lead == "Bản nháp sửa lại" and sorted(draft.tags.names()) == ["Tam Đại", "Trẻ em"]
    assert not DeletedPage.objects.exists()
    assert PageLogEntry.objects.filter(page=page, action="ops.restore", user=admin).exists()

    page.get_latest_revision().publish()  # an approver publishes it through the workflow
    page = Page.objects.get(pk=page.pk).specific
    assert page.live and page.lead == "Bản nháp sửa lại" and sorted(page.tags.names()) == ["Tam Đại", "Trẻ em"]
    assert Page.find_problems() == ([], [], [], [], [])


def test_restore_an_album_keeps_its_photos(site_tree):
    album = site_tree.album
    photos = list(album.gallery_images.values_list("image_id", "caption"))
    album.delete()
    page = restore_deleted_page(DeletedPage.objects.get()).specific
    assert list(page.gallery_images.values_list("image_id", "caption")) == photos
    assert list(page.get_latest_revision_as_object().gallery_images.values_list("image_id", "caption")) == photos


def test_a_deleted_category_comes_back_with_its_articles_in_order(admin, site_tree):
    category = add_page(site_tree.news, NewsIndexPage(title="Kinh tế - Xã hội"))
    titles = ["Tin thứ nhất", "Tin thứ hai", "Tin thứ ba"]
    for number, title in enumerate(titles):
        make_article(category, title, day=date(2022, 4, 1 + number))
    category.delete(user=admin)

    assert DeletedPage.objects.count() == 4
    root = DeletedPage.objects.get(root=None)
    assert root.title == "Kinh tế - Xã hội" and root.descendant_entries.count() == 3
    assert set(root.descendant_entries.values_list("deleted_by", flat=True)) == {admin.pk}

    page = restore_deleted_page(root, user=admin)
    assert [child.title for child in page.get_children()] == titles
    assert not Page.objects.filter(pk__in=[page.pk, *page.get_children().values_list("pk", flat=True)],
                                   live=True).exists()
    assert not DeletedPage.objects.exists()
    assert Page.find_problems() == ([], [], [], [], [])


def test_restore_needs_a_target_parent_when_the_old_one_is_gone(site_tree):
    category = add_page(site_tree.news, NewsIndexPage(title="Mục tạm"))
    article = make_article(category, TITLE)
    article.delete()
    category.delete()
    entry = DeletedPage.objects.get(title=TITLE)
    assert entry.parent is None and entry.parent_title == "Mục tạm"

    with pytest.raises(RestoreError):
        restore_deleted_page(entry)
    with pytest.raises(RestoreError):  # an article cannot live in the photo gallery
        restore_deleted_page(entry, parent=site_tree.gallery)
    page = restore_deleted_page(entry, parent=site_tree.category)
    assert page.get_parent().pk == site_tree.category.pk
    assert DeletedPage.objects.filter(title="Mục tạm").exists()


def test_a_taken_slug_gets_a_suffix(site_tree):
    article = make_article(site_tree.category, TITLE, slug="tre-em")
    article.delete()
    make_article(site_tree.category, "Bài mới cùng địa chỉ", slug="tre-em")
    page = restore_deleted_page(DeletedPage.objects.get())
    assert page.slug == "tre-em-2" and page.url_path.endswith("/tre-em-2/")


# ---------------------------------------------------------------- admin UI and permissions


def test_the_bin_lists_restores_and_redirects_to_the_edit_view(client, admin, site_tree):
    category = add_page(site_tree.news, NewsIndexPage(title="Mục xoá"))
    make_article(category, TITLE)
    client.force_login(admin)
    delete_in_admin(client, category)
    entry = DeletedPage.objects.get(root=None)

    html = client.get(INDEX_URL).content.decode()
    assert "Mục xoá" in html and entry.url_path in html and "quantri" in html
    assert reverse("ops_recycle_bin:restore", args=[entry.pk]) in html

    restore_url = reverse("ops_recycle_bin:restore", args=[entry.pk])
    assert client.get(restore_url).status_code == 200  # the confirmation page
    assert DeletedPage.objects.exists()
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(admin)
    assert csrf_client.post(restore_url, {"parent": site_tree.news.pk}).status_code == 403

    response = client.post(restore_url, {"parent": site_tree.news.pk}, follow=True)
    page = Page.objects.get(title="Mục xoá")
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert response.status_code == 200 and [m.level_tag for m in response.context["messages"]] == ["success"]
    assert page.get_children().count() == 1 and not DeletedPage.objects.exists()


def test_purge_asks_first_then_deletes_the_entries(client, admin, site_tree):
    make_article(site_tree.category, TITLE).delete()
    entry = DeletedPage.objects.get()
    url = reverse("ops_recycle_bin:purge", args=[entry.pk])
    client.force_login(admin)
    assert client.get(url).status_code == 200 and DeletedPage.objects.exists()
    assert client.post(url).url == INDEX_URL
    assert not DeletedPage.objects.exists()


def test_only_holders_of_the_permission_see_the_bin(client, site_tree):
    setup_editorial()
    make_article(site_tree.category, TITLE).delete()
    entry = DeletedPage.objects.get()
    editor, site_admin = make_user("bientap", EDITORS), make_user("quantri", ADMINISTRATORS)

    client.force_login(editor)
    for url in [INDEX_URL, reverse("ops_recycle_bin:restore", args=[entry.pk]),
                reverse("ops_recycle_bin:purge", args=[entry.pk])]:
        assert client.get(url).status_code == 403
        assert client.post(url, {"parent": site_tree.category.pk}).status_code == 403
    assert INDEX_URL not in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(site_admin)
    assert site_admin.has_perm("ops.restore_deletedpage")
    assert INDEX_URL in client.get(reverse("wagtailadmin_home")).content.decode()  # Settings menu item
    assert client.get(INDEX_URL).status_code == 200
    client.post(reverse("ops_recycle_bin:restore", args=[entry.pk]), {"parent": site_tree.category.pk})
    assert Page.objects.filter(title=TITLE, live=False).exists()


def test_restoring_needs_add_permission_on_the_parent(client, site_tree):
    make_article(site_tree.category, TITLE).delete()
    entry = DeletedPage.objects.get()
    user = make_user("chi-xem")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"),
                              Permission.objects.get(codename="restore_deletedpage"))
    client.force_login(user)
    url = reverse("ops_recycle_bin:restore", args=[entry.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"parent": site_tree.category.pk})
    assert response.status_code == 200 and "parent" in response.context["form"].errors
    assert not Page.objects.filter(title=TITLE).exists() and DeletedPage.objects.exists()


# ---------------------------------------------------------------- purge command


def test_purge_command_deletes_entries_older_than_n_days(site_tree):
    old_category = add_page(site_tree.news, NewsIndexPage(title="Mục cũ"))
    make_article(old_category, "Tin cũ")
    old_category.delete()
    make_article(site_tree.category, "Tin mới xoá").delete()
    DeletedPage.objects.filter(title__in=["Mục cũ", "Tin cũ"]).update(
        deleted_at=timezone.now() - timedelta(days=31))

    out = io.StringIO()
    call_command("purge_deleted_pages", "--days", "30", stdout=out)
    assert "Purged 2 deleted page(s)" in out.getvalue()
    assert list(DeletedPage.objects.values_list("title", flat=True)) == ["Tin mới xoá"]
    call_command("purge_deleted_pages", stdout=io.StringIO())  # default 90 days keeps it
    assert DeletedPage.objects.count() == 1
