"""The recycle bin keeps privacy: a page deleted with view restrictions (login,
password, groups), or under a private section, is restored just as private."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage
from news.models import NewsIndexPage
from ops.models import DeletedPage
from ops.recycle_bin import restore_deleted_page
from tests.factories import add_page, make_article

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-muc-rieng"
SECRET = "Nội dung chỉ cán bộ xã được xem"


def restrict(page, kind, password="", groups=()):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    restriction.groups.set(groups)
    return restriction


def restrictions_of(page):
    return sorted(
        (r.restriction_type, r.password, sorted(g.name for g in r.groups.all()))
        for r in PageViewRestriction.objects.filter(page=page)
    )


def publish_restored(page):
    """What happens next in real life: an approver publishes the restored draft."""
    page.get_latest_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def anonymous_sees_secret(page):
    response = Client().get(page.url)
    return response.status_code == 200 and SECRET in response.content.decode()


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS])
def test_a_restricted_page_comes_back_restricted(site_tree, kind):
    officials = Group.objects.create(name="Cán bộ xã")
    article = make_article(site_tree.category, "Biên bản họp", lead=SECRET)
    restrict(article, kind, password=PASSWORD if kind == PageViewRestriction.PASSWORD else "",
             groups=[officials] if kind == PageViewRestriction.GROUPS else [])
    before = restrictions_of(article)
    article.delete()

    page = publish_restored(restore_deleted_page(DeletedPage.objects.get()))

    assert restrictions_of(page) == before
    assert not anonymous_sees_secret(page)
    assert page.get_view_restrictions().exists()
    assert not Page.objects.live().public().filter(pk=page.pk).exists()


def test_a_section_comes_back_with_the_restrictions_of_its_descendants(site_tree):
    officials = Group.objects.create(name="Cán bộ xã")
    leaders = Group.objects.create(name="Lãnh đạo")
    section = add_page(site_tree.home, StandardPage(title="Nội bộ"))
    open_page = add_page(section, StandardPage(title="Thông báo chung", intro="<p>Công khai</p>"))
    by_password = add_page(section, StandardPage(title="Biên bản", intro=f"<p>{SECRET}</p>"))
    by_group = add_page(by_password, StandardPage(title="Lương", intro=f"<p>{SECRET}</p>"))
    by_login = add_page(section, StandardPage(title="Danh bạ", intro=f"<p>{SECRET}</p>"))
    restrict(by_password, PageViewRestriction.PASSWORD, password=PASSWORD)
    restrict(by_group, PageViewRestriction.GROUPS, groups=[officials, leaders])
    restrict(by_login, PageViewRestriction.LOGIN)
    expected = {page.title: restrictions_of(page) for page in (section, open_page, by_password, by_group, by_login)}
    section.delete()

    root = restore_deleted_page(DeletedPage.objects.get(root=None))

    restored = {page.title: page for page in root.get_descendants(inclusive=True).specific()}
    assert {title: restrictions_of(page) for title, page in restored.items()} == expected
    for page in restored.values():
        publish_restored(page)
    for title in ("Biên bản", "Lương", "Danh bạ"):
        assert not anonymous_sees_secret(restored[title]), title
    assert Client().get(restored["Thông báo chung"].url).status_code == 200


def test_the_password_still_opens_the_restored_page(site_tree):
    article = make_article(site_tree.category, "Biên bản họp", lead=SECRET)
    restrict(article, PageViewRestriction.PASSWORD, password=PASSWORD)
    article.delete()
    page = publish_restored(restore_deleted_page(DeletedPage.objects.get()))

    restriction = page.get_view_restrictions().get()
    client = Client()
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert client.post(url, {"password": PASSWORD, "return_url": page.url}).status_code == 302
    assert SECRET in client.get(page.url).content.decode()


def test_a_group_deleted_since_is_left_out_and_the_page_stays_closed(site_tree):
    gone = Group.objects.create(name="Tổ công tác cũ")
    article = make_article(site_tree.category, "Biên bản họp", lead=SECRET)
    restrict(article, PageViewRestriction.GROUPS, groups=[gone])
    article.delete()
    gone.delete()

    page = publish_restored(restore_deleted_page(DeletedPage.objects.get()))

    assert restrictions_of(page) == [(PageViewRestriction.GROUPS, "", [])]  # superusers only
    member = get_user_model().objects.create_user("canbo", "c@example.com", "pw")
    client = Client()
    client.force_login(member)
    assert SECRET not in client.get(page.url).content.decode()


def test_a_page_from_a_private_section_restored_elsewhere_stays_private(site_tree):
    private_section = add_page(site_tree.news, NewsIndexPage(title="Tin nội bộ"))
    restrict(private_section, PageViewRestriction.LOGIN)
    article = make_article(private_section, "Biên bản họp", lead=SECRET)
    article.delete()
    private_section.delete()
    entry = DeletedPage.objects.get(title="Biên bản họp")

    page = publish_restored(restore_deleted_page(entry, parent=site_tree.category))

    assert restrictions_of(page) == [(PageViewRestriction.LOGIN, "", [])]
    assert not anonymous_sees_secret(page)


def test_restored_under_its_old_private_parent_it_just_inherits_again(site_tree):
    private_section = add_page(site_tree.news, NewsIndexPage(title="Tin nội bộ"))
    restrict(private_section, PageViewRestriction.LOGIN)
    article = make_article(private_section, "Biên bản họp", lead=SECRET)
    article.delete()

    page = publish_restored(restore_deleted_page(DeletedPage.objects.get()))

    assert restrictions_of(page) == []  # no copy: the section's own restriction covers it
    assert [r.page_id for r in page.get_view_restrictions()] == [private_section.pk]
    assert not anonymous_sees_secret(page)


def test_the_documented_recipe_from_a_backup_keeps_privacy_too(site_tree):
    """docs/recovery.md, "Way B": the export and import snippets, for a private page."""
    from tests.test_backup import recovery_recipe

    export, import_ = recovery_recipe()
    officials = Group.objects.create(name="Cán bộ xã")
    article = make_article(site_tree.category, "Biên bản họp", lead=SECRET)
    restrict(article, PageViewRestriction.GROUPS, groups=[officials])
    before = restrictions_of(article)
    exec(export.replace("PAGE_ID = 123", f"PAGE_ID = {article.pk}"), {})
    Page.objects.get(pk=article.pk).delete()
    try:
        exec(import_.replace("PAGE_ID = 123", f"PAGE_ID = {article.pk}"), {})
    finally:
        Path(f"/tmp/page-{article.pk}.json").unlink(missing_ok=True)

    page = publish_restored(Page.objects.get(title="Biên bản họp").specific)
    assert restrictions_of(page) == before
    assert not anonymous_sees_secret(page)
