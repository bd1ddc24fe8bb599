"""In the admin, each commune's editors, approvers and administrators see,
choose and change their own commune's pages, images, documents, videos, link
banners, settings and reports only; a superuser and the province
administrators see every commune (issue 13, item 2, the admin half).

Two communes: A, the default site (Tam Đại: the groups without a suffix) and
B, Tam Dân made by create_commune_site; every check runs both ways."""

import html
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Revision, Site, Workflow

from home.models import LinkBanner, PortalSettings
from ops.editorial import (
    ADMINISTRATORS,
    APPROVERS,
    EDITORS,
    PROVINCE_ADMINISTRATORS,
    ROLES,
    sees_every_site,
    user_sites,
)
from tests.communes import make_user, two_communes
from tests.factories import make_article

pytestmark = pytest.mark.django_db

PAIRS = [("a", "b"), ("b", "a")]


@pytest.fixture
def communes():
    return two_communes()


def text(response):
    """What the user is shown: the page, or the HTML inside a chooser's JSON."""
    if response.get("Content-Type", "").startswith("application/json"):
        return html.unescape(response.json().get("html", ""))
    return html.unescape(response.content.decode())


def refused(response):
    """Wagtail refuses with a 403, a 404, or a redirect (to the dashboard, or
    the explorer to the user's own pages) with a message."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"].startswith("/admin/")
    )


def as_each_role(client, commune):
    """Log in as each of the commune's groups in turn (editor, approver, administrator)."""
    for role in ROLES:
        client.force_login(commune.users[role])
        yield role


# --- Whose sites -------------------------------------------------------------------------


def test_user_sites_is_the_sites_of_the_users_page_permissions(communes):
    a, b = communes["a"], communes["b"]
    for commune in (a, b):
        for user in commune.users.values():
            assert list(user_sites(user)) == [commune.site]
            assert not sees_every_site(user)

    superuser = get_user_model().objects.create_superuser("sieu", "s@example.com", "pw")
    province = make_user("tinh", PROVINCE_ADMINISTRATORS)
    for user in (superuser, province):
        assert set(user_sites(user)) == {a.site, b.site}
        assert sees_every_site(user)

    assert not user_sites(make_user("khach")).exists()
    assert not user_sites(make_user("nghi", EDITORS, is_active=False)).exists()
    # A group holding a permission on a section only still works on that site.
    section_editors = make_user("chuyenmuc")
    group = section_editors.groups.create(name="Biên tập chuyên mục")
    GroupPagePermission.objects.create(group=group, page=b.category, permission_type="change")
    assert list(user_sites(section_editors)) == [b.site]


# --- Pages -------------------------------------------------------------------------------


def page_urls(page):
    return [
        f"/admin/pages/{page.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/view_draft/",
        f"/admin/pages/{page.pk}/delete/",
        f"/admin/pages/{page.pk}/copy/",
        f"/admin/pages/{page.pk}/move/",
        f"/admin/pages/{page.pk}/unpublish/",
        f"/admin/pages/{page.pk}/usage/",
        f"/admin/pages/{page.pk}/workflow_history/",
        f"/admin/pages/{page.pk}/revisions/{page.latest_revision_id}/view/",
    ]


@pytest.mark.parametrize("own, other", PAIRS)
def test_pages_of_another_commune_cannot_be_opened_edited_published_or_chosen(client, communes, own, other):
    mine, theirs = communes[own], communes[other]
    for role in as_each_role(client, mine):
        check_pages(client, mine, theirs, role)


def check_pages(client, mine, theirs, role):
    assert client.get(f"/admin/pages/{mine.category.pk}/").status_code == 200
    for url in page_urls(theirs.article) + page_urls(theirs.home) + [
        f"/admin/pages/add/news/newsarticlepage/{theirs.category.pk}/",
    ]:
        assert refused(client.get(url)), (role, url)

    # Editing or publishing by a direct POST changes nothing.
    title, revisions = theirs.article.title, Revision.objects.count()
    client.post(f"/admin/pages/{theirs.article.pk}/edit/", {
        "title": "Bị sửa", "slug": theirs.article.slug, "date": "01/03/2024", "lead": "x",
        "body-count": "0", "action-publish": "publish",
    })
    client.post(f"/admin/pages/{theirs.article.pk}/unpublish/")
    theirs.article.refresh_from_db()
    assert theirs.article.title == title and theirs.article.live
    assert Revision.objects.count() == revisions

    # Admin search, the article listing ("Tin bài"), the page chooser (browse and search).
    for url in ["/admin/pages/search/?q=riêng", "/admin/tin-bai/", "/admin/choose-page/search/?q=riêng"]:
        shown = text(client.get(url))
        assert mine.article.title in shown and theirs.article.title not in shown, (role, url)
    browse_root = text(client.get("/admin/choose-page/"))
    assert f"/admin/choose-page/{mine.home.pk}/" in browse_root
    assert f"/admin/choose-page/{theirs.home.pk}/" not in browse_root
    below_home = text(client.get(f"/admin/choose-page/{mine.home.pk}/"))
    assert f"/admin/choose-page/{mine.category.get_parent().pk}/" in below_home
    for page in (theirs.home, theirs.category):
        assert client.get(f"/admin/choose-page/{page.pk}/").status_code == 404
    typed = text(client.get("/admin/choose-page/", {"page_type": "news.newsarticlepage"}))
    assert f"/admin/choose-page/{theirs.home.pk}/" not in typed


# --- Images, documents, videos -----------------------------------------------------------


def file_urls(commune):
    return {
        "images": ("/admin/images/", f"/admin/images/{commune.image.pk}/", "/admin/images/chooser/",
                   f"/admin/images/chooser/chosen/{commune.image.pk}/", commune.image.title),
        "documents": ("/admin/documents/", f"/admin/documents/edit/{commune.document.pk}/",
                      "/admin/documents/chooser/", f"/admin/documents/chooser/chosen/{commune.document.pk}/",
                      commune.document.title),
        "media": ("/admin/media/", f"/admin/media/edit/{commune.media.pk}/", "/admin/media/chooser/",
                  f"/admin/media/chooser/{commune.media.pk}/", commune.media.title),
    }


@pytest.mark.parametrize("own, other", PAIRS)
def test_files_of_another_commune_are_neither_listed_nor_chosen_nor_edited(client, communes, own, other):
    mine, theirs = communes[own], communes[other]
    for role in as_each_role(client, mine):
        check_files(client, mine, theirs, role)


def check_files(client, mine, theirs, role):
    for kind, (index, edit, chooser, chosen, title) in file_urls(theirs).items():
        own_title = file_urls(mine)[kind][4]
        for listing in (index, chooser):
            shown = text(client.get(listing))
            assert own_title in shown and title not in shown, (role, listing)
        for url in (edit, chosen, edit.replace("/edit/", "/delete/") if "edit" in edit else f"{edit}delete/"):
            assert refused(client.get(url)), (role, url)
        # The chooser of one's own file answers (the positive control).
        assert client.get(file_urls(mine)[kind][3]).status_code == 200, (role, kind)


# --- Link banners ------------------------------------------------------------------------


def banner_urls(banner):
    base = "/admin/snippets/home/linkbanner"
    return [f"{base}/edit/{banner.pk}/", f"{base}/delete/{banner.pk}/", f"{base}/copy/{banner.pk}/",
            f"{base}/history/{banner.pk}/", f"{base}/usage/{banner.pk}/",
            f"/admin/snippets/choose/home/linkbanner/chosen/{banner.pk}/"]


@pytest.mark.parametrize("own, other", PAIRS)
def test_administrators_see_and_change_their_communes_banners_only(client, communes, own, other):
    mine, theirs = communes[own], communes[other]
    client.force_login(mine.users[ADMINISTRATORS])
    base = "/admin/snippets/home/linkbanner"
    for listing in (f"{base}/", "/admin/snippets/choose/home/linkbanner/"):
        shown = text(client.get(listing))
        assert mine.banner.title in shown and theirs.banner.title not in shown, listing
    for url in banner_urls(theirs.banner):
        assert client.get(url).status_code == 404, url
    assert client.get(f"{base}/edit/{mine.banner.pk}/").status_code == 200

    form = {"title": "Banner chiếm", "url": "https://example.vn/", "active": "on"}
    assert client.post(f"{base}/edit/{theirs.banner.pk}/", {**form, "site": theirs.site.pk}).status_code == 404
    assert client.post(f"{base}/delete/{theirs.banner.pk}/").status_code == 404
    client.post(f"{base}/reorder/{theirs.banner.pk}/?position=0")
    theirs.banner.refresh_from_db()
    assert theirs.banner.title != "Banner chiếm"

    # The site field offers the user's site only; another's is refused.
    add = client.get(f"{base}/add/")
    assert add.status_code == 200
    assert list(add.context["form"].fields["site"].queryset) == [mine.site]
    assert add.context["form"].initial["site"] == mine.site.pk
    response = client.post(f"{base}/add/", {**form, "site": theirs.site.pk})
    assert response.status_code == 200 and "site" in response.context["form"].errors
    assert not LinkBanner.objects.filter(title="Banner chiếm").exists()
    chooser_create = "/admin/snippets/choose/home/linkbanner/create/"
    assert client.post(chooser_create, {**form, "site": theirs.site.pk}).status_code == 404
    client.post(f"{base}/add/", {**form, "site": mine.site.pk})
    assert LinkBanner.objects.get(title="Banner chiếm").site == mine.site

    # Wagtail's bulk delete leaves another commune's banner alone.
    client.post(f"/admin/bulk/home/linkbanner/delete/?id={theirs.banner.pk}&id={mine.banner.pk}")
    assert LinkBanner.objects.filter(pk=theirs.banner.pk).exists()
    assert not LinkBanner.objects.filter(pk=mine.banner.pk).exists()


def test_editors_and_approvers_manage_neither_banners_nor_settings(client, communes):
    for commune in communes.values():
        for role in as_each_role(client, commune):
            if role == ADMINISTRATORS:
                continue
            assert refused(client.get("/admin/snippets/home/linkbanner/"))
            assert refused(client.get(banner_urls(commune.banner)[0]))
            assert refused(client.get(f"/admin/settings/home/portalsettings/{commune.site.pk}/"))


# --- Site settings -----------------------------------------------------------------------


@pytest.mark.parametrize("own, other", PAIRS)
def test_administrators_edit_their_communes_settings_only(client, communes, own, other):
    mine, theirs = communes[own], communes[other]
    for site in (mine.site, theirs.site):
        PortalSettings.for_site(site)
    client.force_login(mine.users[ADMINISTRATORS])
    url = "/admin/settings/home/portalsettings/{}/"
    response = client.get(url.format(mine.site.pk))
    assert response.status_code == 200
    assert response.context["site_switcher"] is None  # no other site to switch to
    assert client.get("/admin/settings/home/portalsettings/")["Location"] == url.format(mine.site.pk)

    before = PortalSettings.for_site(theirs.site).site_name
    assert refused(client.get(url.format(theirs.site.pk)))
    client.post(url.format(theirs.site.pk), {"site_name": "Chiếm quyền", "unit_name": "x", "address": "x"})
    assert PortalSettings.for_site(theirs.site).site_name == before


# --- Reports and the dashboard -------------------------------------------------------------


@pytest.fixture
def busy_communes(communes):
    """Each commune with a locked page, an old page, a page in its workflow."""
    superuser = get_user_model().objects.create_superuser("sieu", "s@example.com", "pw")
    for commune in communes.values():
        Page.objects.filter(pk=commune.article.pk).update(
            locked=True, locked_by=superuser, locked_at=timezone.now(),
            last_published_at=timezone.now() - timedelta(days=400),
        )
        waiting = make_article(commune.category, f"Tin chờ duyệt {commune.key}-riêng", publish=False)
        workflow = Workflow.objects.get(workflow_pages__page=commune.home)
        workflow.start(waiting, commune.users[EDITORS])
        commune.waiting = waiting
    return communes


REPORTS = ["/admin/reports/locked/", "/admin/reports/workflow/", "/admin/reports/workflow_tasks/",
           "/admin/reports/aging-pages/", "/admin/reports/site-history/", "/admin/"]


@pytest.mark.parametrize("own, other", PAIRS)
def test_reports_and_dashboard_show_no_page_of_another_commune(client, busy_communes, own, other):
    mine, theirs = busy_communes[own], busy_communes[other]
    for role in as_each_role(client, mine):
        check_reports(client, mine, theirs, role)


def check_reports(client, mine, theirs, role):
    for url in REPORTS:
        response = client.get(url)
        if response.status_code == 200:
            shown = text(response)
            assert theirs.article.title not in shown and theirs.waiting.title not in shown, (role, url)
        else:
            assert refused(response), (role, url)
    # Approvers see their own commune in the workflow report and on the dashboard.
    if role == APPROVERS:
        assert mine.waiting.title in text(client.get("/admin/reports/workflow/"))
        assert mine.waiting.title in text(client.get("/admin/"))
    # Page types usage counts and names pages of every site: not for one commune.
    assert refused(client.get("/admin/reports/page-types-usage/"))
    assert refused(client.get("/admin/reports/page-types-usage/results/"))
    assert "/admin/reports/page-types-usage/" not in text(client.get("/admin/"))


# --- Those who see every commune -----------------------------------------------------------


@pytest.mark.parametrize("who", ["superuser", "province"])
def test_superuser_and_province_administrators_see_every_commune(client, busy_communes, who):
    a, b = busy_communes["a"], busy_communes["b"]
    if who == "superuser":
        user = get_user_model().objects.create_superuser("tinh", "t@example.com", "pw")
    else:
        user = make_user("tinh", PROVINCE_ADMINISTRATORS)
    client.force_login(user)
    # Every title of commune A carries "Tam Đại riêng", of B "Tam Dân riêng".
    for url in ["/admin/pages/search/?q=riêng", "/admin/choose-page/search/?q=riêng", "/admin/tin-bai/",
                "/admin/images/", "/admin/images/chooser/", "/admin/documents/", "/admin/documents/chooser/",
                "/admin/media/", "/admin/media/chooser/", "/admin/snippets/home/linkbanner/"]:
        shown = text(client.get(url))
        assert "Tam Đại riêng" in shown and "Tam Dân riêng" in shown, url
    workflows = text(client.get("/admin/reports/workflow/"))
    assert a.waiting.title in workflows and b.waiting.title in workflows
    for commune in (a, b):
        PortalSettings.for_site(commune.site)
        assert client.get(f"/admin/settings/home/portalsettings/{commune.site.pk}/").status_code == 200
        assert client.get(f"/admin/pages/{commune.article.pk}/edit/").status_code == 200
        assert client.get(f"/admin/choose-page/{commune.home.pk}/").status_code == 200
        assert client.get(f"/admin/snippets/home/linkbanner/edit/{commune.banner.pk}/").status_code == 200
    assert client.get("/admin/reports/page-types-usage/").status_code == 200
    assert set(Site.objects.all()) == set(user_sites(user))
