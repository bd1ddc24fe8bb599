"""create_commune_site: a commune's site in one command, idempotent; the
archive of a merged commune; load_demo_content --site (issue 13, items 1 and 4)."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtailmedia.models import Media

from communes import sections
from communes.sections import NEWS_CATEGORIES, SECTIONS, Section
from home.models import CustomImage, HomePage, LinkBanner, PortalSettings, StandardPage
from news.models import NewsArticlePage, NewsIndexPage
from ops.editorial import (
    ADMINISTRATORS,
    APPROVERS,
    EDITORS,
    PROVINCE_ADMINISTRATORS,
    WORKFLOW_NAME,
    setup_editorial,
)
from tests.communes import make_user
from tests.factories import make_article, make_image

pytestmark = pytest.mark.django_db

TAM_DAN = ["--name", "xã Tam Dân", "--hostname", "tamdan.example.vn"]
TAM_LANH = ["--name", "xã Tam Lãnh", "--hostname", "tamlanh.example.vn"]
ARCHIVE = ["--archive", "--successor-name", "xã Tam Đại", "--successor-url", "https://tamdai.example.vn/",
           "--merged-on", "01/07/2025"]


def run(*args):
    out = StringIO()
    call_command("create_commune_site", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Every row the command may write, and the pages' state."""
    tables = [Site, Page, Revision, PortalSettings, Collection, Group, Group.permissions.through, GroupPagePermission,
              GroupCollectionPermission, GroupSitePermission, Workflow, WorkflowTask, WorkflowPage, Task,
              GroupApprovalTask.groups.through, CustomImage, Document, Media, LinkBanner]
    return {
        "counts": {model.__name__: model.objects.count() for model in tables},
        "pages": sorted(Page.objects.values_list("path", "title", "slug", "live", "latest_revision_id")),
        "settings": sorted(PortalSettings.objects.values_list("site_id", "site_name", "archived", "successor_url")),
        "group permissions": sorted(Group.permissions.through.objects.values_list("group_id", "permission_id")),
    }


def perms(group):
    return {
        "pages": set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")),
        "collections": set(GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", "permission__codename")),
        "sites": set(GroupSitePermission.objects.filter(group=group).values_list("site_id", "permission__codename")),
        "model": set(group.permissions.values_list("codename", flat=True)),
    }


def section_tree(home):
    """(slug path, page type) of every section page below ``home``."""
    found = set()
    for page in home.get_children().specific():
        found.add((page.slug, type(page)))
        if isinstance(page, NewsIndexPage):
            found |= {(f"{page.slug}/{child.slug}", type(child))
                      for child in NewsIndexPage.objects.child_of(page)}
    return found


EXPECTED_SECTIONS = {(s.slug, s.page_type) for s in SECTIONS} | {
    (f"tin-tuc-hoat-dong/{c.slug}", NewsIndexPage) for c in NEWS_CATEGORIES}


def test_a_commune_site_in_one_command_and_a_second_run_changes_nothing(site_tree):
    setup_editorial()
    output = run(*TAM_DAN)
    assert "Site tamdan.example.vn:80 (xã Tam Dân): created" in output
    assert "Pages: 11 created" in output

    site = Site.objects.get(hostname="tamdan.example.vn")
    assert (site.port, site.site_name, site.is_default_site) == (80, "xã Tam Dân", False)
    home = site.root_page.specific
    assert isinstance(home, HomePage) and home.live and home.depth == 2
    assert section_tree(home) == EXPECTED_SECTIONS
    assert all(page.live for page in Page.objects.descendant_of(home))
    assert [p.title for p in home.get_children().in_menu()] == [
        "Giới thiệu", "Liên hệ", "Tin tức hoạt động", "Thư viện ảnh", "Video clip"]
    assert StandardPage.objects.child_of(home).get(slug="gioi-thieu").title == "Giới thiệu"

    portal = PortalSettings.objects.get(site=site)
    assert portal.site_name == "Trang thông tin điện tử xã Tam Dân"
    assert portal.unit_name == "Ủy ban nhân dân xã Tam Dân"
    assert portal.address == "xã Tam Dân" and not portal.archived

    collection = Collection.objects.get(name="xã Tam Dân")
    assert collection.depth == 2
    groups = {role: Group.objects.get(name=f"{role} – xã Tam Dân") for role in (EDITORS, APPROVERS, ADMINISTRATORS)}
    editors, approvers, administrators = groups[EDITORS], groups[APPROVERS], groups[ADMINISTRATORS]
    assert perms(editors) == {
        "pages": {(home.pk, "add_page"), (home.pk, "change_page")},
        "collections": {(collection.pk, code) for code in [
            "add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document",
            "add_media", "change_media"]},
        "sites": set(),
        "model": {"access_admin"},
    }
    assert {code for _, code in perms(approvers)["pages"]} == {
        "add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    admin_perms = perms(administrators)
    assert {page for page, _ in admin_perms["pages"]} == {home.pk}
    assert {c for c, _ in admin_perms["collections"]} == {collection.pk}
    assert admin_perms["sites"] == {(site.pk, code) for code in [
        "change_portalsettings", "add_linkbanner", "change_linkbanner", "delete_linkbanner"]}
    assert admin_perms["model"] == {"access_admin"}, "no users, groups or sites of the whole install"

    workflow = Workflow.objects.get(name=f"{WORKFLOW_NAME} – xã Tam Dân")
    assert WorkflowPage.objects.get(page=home).workflow == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [approvers]

    # The first site keeps its names, and moves off the root collection.
    default = Site.objects.get(is_default_site=True)
    assert WorkflowPage.objects.get(page=default.root_page).workflow.name == WORKFLOW_NAME
    root = Collection.get_first_root_node()
    for role in (EDITORS, APPROVERS, ADMINISTRATORS):
        first = perms(Group.objects.get(name=role))
        assert {page for page, _ in first["pages"]} == {default.root_page_id}
        assert {c for c, _ in first["collections"]} == {Collection.objects.get(name=default.site_name).pk}
        assert root.pk not in {c for c, _ in first["collections"]}
    province = perms(Group.objects.get(name=PROVINCE_ADMINISTRATORS))
    assert (Page.get_first_root_node().pk, "publish_page") in province["pages"]

    before = snapshot()
    again = run(*TAM_DAN)
    assert snapshot() == before
    assert "Pages: 0 created" in again and "created" not in again.replace("0 created", "")
    setup_editorial()  # every deployment runs it for the first site: changes nothing either
    assert snapshot() == before


def test_the_first_site_becomes_one_commune_among_others(site_tree):
    """A one-site install keeps today's setup; the second site scopes the first."""
    setup_editorial()
    root = Collection.get_first_root_node()
    photo = make_image("Ảnh của Tam Đại")
    administrators = Group.objects.get(name=ADMINISTRATORS)
    assert {c for c, _ in perms(administrators)["collections"]} == {root.pk}
    assert {"add_user", "change_group", "change_site", "restore_deletedpage"} <= perms(administrators)["model"]
    assert not Group.objects.filter(name=PROVINCE_ADMINISTRATORS).exists()

    run(*TAM_DAN)
    photo.refresh_from_db()
    assert photo.collection.name == "Tam Đại" and photo.collection.depth == 2
    assert {c for c, _ in perms(administrators)["collections"]} == {photo.collection_id}
    assert perms(administrators)["model"] == {"access_admin"}
    province = perms(Group.objects.get(name=PROVINCE_ADMINISTRATORS))
    assert {"add_user", "change_group", "change_site", "restore_deletedpage",
            "change_portalsettings"} <= province["model"]
    assert {c for c, _ in province["collections"]} == {root.pk}


def test_sections_are_one_list_for_the_demo_and_every_commune(site_tree, monkeypatch):
    setup_editorial()
    run(*TAM_DAN)
    home = Site.objects.get(hostname="tamdan.example.vn").root_page.specific
    about = StandardPage.objects.child_of(home).get(slug="gioi-thieu")
    about.title = "Giới thiệu chung"
    about.save_revision().publish()

    # A section added to the list reaches an existing commune on the next run...
    monkeypatch.setattr(sections, "SECTIONS", SECTIONS + (Section("hoi-dap", "Hỏi đáp", StandardPage),))
    assert "Pages: 1 created" in run(*TAM_DAN)
    assert StandardPage.objects.child_of(home).get(slug="hoi-dap").live
    assert StandardPage.objects.child_of(home).get(slug="gioi-thieu").title == "Giới thiệu chung"
    # ...and every commune, the first one too, with --all.
    monkeypatch.setattr(sections, "SECTIONS", sections.SECTIONS + (Section("van-ban", "Văn bản", StandardPage),))
    output = run("--all")
    assert output.count("Done:") == 2 and "Pages: 1 created" in output.split("Done:")[1]
    for commune_home in (site_tree.home, home):
        assert StandardPage.objects.child_of(commune_home).get(slug="van-ban").live
    before = snapshot()
    run("--all")
    assert snapshot() == before
    for wrong in (["--all", *TAM_DAN], []):
        with pytest.raises(CommandError):
            run(*wrong)


def test_the_demo_loader_builds_the_same_sections(db):
    """The demo tree (make run) has exactly the sections of the shared list."""
    call_command("load_demo_content", stdout=StringIO(), stderr=StringIO())
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert section_tree(home) == EXPECTED_SECTIONS
    assert [p.title for p in home.get_children()] == [s.title for s in SECTIONS]


def notice(client, url, host):
    html = client.get(url, HTTP_HOST=host).content.decode()
    start = html.find('<p class="archive-notice" role="note">')
    return " ".join(html[start:html.find("</p>", start)].split()) if start >= 0 else None


def test_archive_shows_where_the_commune_went_and_stops_editing(client, site_tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "tamlanh.example.vn"]
    setup_editorial()
    run(*TAM_LANH)
    site = Site.objects.get(hostname="tamlanh.example.vn")
    category = NewsIndexPage.objects.descendant_of(site.root_page).get(slug="chinh-quyen")
    article = make_article(category, "Tin của Tam Lãnh", day=date(2025, 6, 1))
    editor = make_user("bientap-tl", f"{EDITORS} – xã Tam Lãnh")
    approver = make_user("lanhdao-tl", f"{APPROVERS} – xã Tam Lãnh")
    administrator = make_user("quantri-tl", f"{ADMINISTRATORS} – xã Tam Lãnh")
    photo = make_image("Ảnh Tam Lãnh")
    photo.collection = Collection.objects.get(name="xã Tam Lãnh")
    photo.save()
    assert article.permissions_for_user(editor).can_edit()
    assert notice(client, "/", "tamlanh.example.vn") is None

    output = run(*TAM_LANH, *ARCHIVE)
    assert "Archive: read-only" in output
    expected = ('Xã Tam Lãnh đã sáp nhập vào xã Tam Đại từ 01/07/2025; thông tin mới xem tại '
                '<a href="https://tamdai.example.vn/">tamdai.example.vn</a>.')
    for url in ["/", article.url_path.removeprefix(site.root_page.url_path[:-1]), "/tim-kiem/?q=tin",
                "/trang-khong-co/"]:
        assert notice(client, url, "tamlanh.example.vn") == f'<p class="archive-notice" role="note"> {expected}', url
    assert notice(client, "/", "localhost") is None

    # Read-only: no add, edit, publish or delete for any of its groups, in the model and by URL.
    for user in (editor, approver, administrator):
        user = type(user).objects.get(pk=user.pk)  # Wagtail caches permissions on the user object
        page_perms = article.permissions_for_user(user)
        assert not (page_perms.can_edit() or page_perms.can_publish() or page_perms.can_delete()
                    or page_perms.can_unpublish() or page_perms.can_add_subpage())
        assert not category.permissions_for_user(user).can_add_subpage()
        client.force_login(user)
        assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 302
        assert client.get(f"/admin/pages/add/news/newsarticlepage/{category.pk}/").status_code == 302
        client.post(f"/admin/pages/{article.pk}/edit/", {"title": "Sửa", "slug": article.slug, "date": "01/06/2025",
                                                          "lead": "x", "body-count": "0", "action-publish": "1"})
        article.refresh_from_db()
        assert article.title == "Tin của Tam Lãnh"
        # ...but they still see the tree and choose its photos.
        assert client.get(f"/admin/pages/{category.pk}/").status_code == 200
        assert "Ảnh Tam Lãnh" in client.get("/admin/images/chooser/").json()["html"]
        assert client.get(f"/admin/images/{photo.pk}/").status_code == 302
    # Its administrators may still correct the notice (site settings stay theirs).
    assert client.get(f"/admin/settings/home/portalsettings/{site.pk}/").status_code == 200

    # A later run without --archive keeps it archived and read-only.
    before = snapshot()
    run(*TAM_LANH)
    assert snapshot() == before
    assert not article.permissions_for_user(type(editor).objects.get(pk=editor.pk)).can_edit()


@pytest.mark.parametrize("args, message", [
    (["--name", "xã Tam Dân", "--hostname", "http://tamdan.example.vn"], "Not a host name"),
    (["--name", " ", "--hostname", "tamdan.example.vn"], "needs a name"),
    ([*TAM_DAN, "--archive"], "--successor-name"),
    ([*TAM_DAN, "--archive", "--successor-name", "xã Tam Đại", "--successor-url", "tamdai"], "Not a web address"),
    ([*TAM_DAN, *ARCHIVE[:-1], "31/02/2025"], "Not a date"),
    (["--name", "xã Tam Đại", "--hostname", "localhost", *ARCHIVE], "default site cannot be archived"),
])
def test_bad_requests_are_refused_with_a_reason(site_tree, args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        run(*args)
    assert snapshot() == before


def test_load_demo_content_fills_another_commune_and_only_it(site_tree):
    from demo.demo_content import texts

    setup_editorial()
    run(*TAM_DAN)
    site = Site.objects.get(hostname="tamdan.example.vn")
    default_pages = sorted(Page.objects.descendant_of(site_tree.home, inclusive=True).values_list(
        "path", "title", "latest_revision_id"))
    out = StringIO()
    call_command("load_demo_content", "--site", "tamdan.example.vn", stdout=out, stderr=StringIO())
    assert f"{len(texts.ARTICLES) + len(texts.ALBUMS) + len(texts.VIDEOS)} page(s) created" in out.getvalue()

    articles = NewsArticlePage.objects.descendant_of(site.root_page)
    assert articles.count() == len(texts.ARTICLES)
    titles = " ".join(articles.values_list("title", flat=True))
    assert "Tam Dân" in titles and "Tam Đại" not in titles
    collection = Collection.objects.get(name="xã Tam Dân")
    used = CustomImage.objects.filter(pk__in=articles.values("featured_image"))
    assert used.exists() and set(used.values_list("collection", flat=True)) == {collection.pk}
    assert set(Media.objects.filter(title__contains="Tam Dân").values_list("collection", flat=True)) <= {collection.pk}
    assert LinkBanner.objects.filter(site=site).count() == 4
    assert not LinkBanner.objects.filter(site=site_tree.home.get_site()).exists()
    assert sorted(Page.objects.descendant_of(site_tree.home, inclusive=True).values_list(
        "path", "title", "latest_revision_id")) == default_pages

    before = snapshot()
    again = StringIO()
    call_command("load_demo_content", "--site", "tamdan.example.vn", stdout=again, stderr=StringIO())
    assert "0 page(s) created" in again.getvalue() and snapshot() == before
    with pytest.raises(CommandError, match="No site"):
        call_command("load_demo_content", "--site", "khong-co.example.vn", stdout=StringIO())


def test_permissions_are_those_wagtail_knows():
    """Every codename granted exists (a typo would only fail at run time)."""
    from ops import editorial

    pairs = set(editorial.INSTALL_PERMISSIONS) | set(editorial.PROVINCE_MODEL_PERMISSIONS) | set(
        editorial.READ_ONLY_COLLECTION_PERMISSIONS)
    for role in (EDITORS, APPROVERS, ADMINISTRATORS):
        pairs |= set(editorial.COLLECTION_PERMISSIONS[role]) | set(editorial.SITE_PERMISSIONS[role])
        pairs |= set(editorial.MODEL_PERMISSIONS[role])
        pairs |= {("wagtailcore", code) for code in editorial.PAGE_PERMISSIONS[role]}
    for app, codename in pairs:
        assert Permission.objects.filter(content_type__app_label=app, codename=codename).exists(), (app, codename)
