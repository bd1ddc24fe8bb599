"""Hostile requests: each gets a 4xx (never a 500) and gives nothing away.

Bad Host headers, oversized bodies, path traversal in media/static/document URLs,
POSTs without a CSRF token, XSS through search and rich text, private and draft
pages, admin URLs and admin JSON endpoints as an anonymous visitor; and the
security headers every response carries.
"""

import json
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import include, re_path
from django.views.static import serve
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import StandardPage
from security.headers import media_origins
from news.models import NewsArticlePage
from tests.factories import add_page, make_article, make_private

pytestmark = pytest.mark.django_db

SECRET = "Quokka"  # in the title and text of every page a visitor must not see
SEARCH = "Zebulon"  # in them too: searched for, so echoed by the search page
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'

# Dev-mode media serving (DEBUG's static() URLs), mounted here to try traversal on it too.
urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    re_path(r"^", include("tamdai_site.urls")),
]


@dataclass
class World:
    tree: object
    article: object
    private: object
    login_only: object
    in_private_section: object
    draft: object
    document: object
    admin: object


@pytest.fixture
def world(site_tree):
    t = site_tree
    article = make_article(t.category, f"Tin công khai {IMG} {SCRIPT}", lead="Tin có script và onerror alert")
    private = make_private(make_article(t.category, f"{SEARCH} {SECRET} tin riêng", lead=f"{SECRET} tóm tắt mật"))
    login_only = make_article(t.category, f"{SEARCH} {SECRET} tin cần đăng nhập", lead=f"{SECRET} tóm tắt")
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)
    section = make_private(add_page(t.home, StandardPage(title=f"{SEARCH} {SECRET} mục riêng",
                                                         intro=f"<p>{SECRET}</p>")))
    in_private_section = add_page(section, StandardPage(title=f"{SEARCH} {SECRET} trang con",
                                                        intro=f"<p>{SEARCH} {SECRET} mật</p>"))
    draft = make_article(t.category, f"{SEARCH} {SECRET} tin nháp", lead=f"{SECRET} nháp", publish=False)
    document = Document(title="Quyết định")
    document.file.save("quyet-dinh.pdf", ContentFile(b"%PDF-1.4\n% test\n"), save=False)
    document.save()
    admin = get_user_model().objects.create_superuser("quantri", "q@example.com", "mat-khau-thu")
    return World(t, article, private, login_only, in_private_section, draft, document, admin)


def assert_refused(response, *statuses, where=""):
    """A 4xx (one of ``statuses`` when given) that shows no secret, code or settings."""
    assert 400 <= response.status_code < 500, (where, response.status_code)
    if statuses:
        assert response.status_code in statuses, (where, response.status_code)
    assert_leaks_nothing(response, where)


def assert_leaks_nothing(response, where=""):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    for leak in (SECRET, "Traceback", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "root:x:0:0", "import os"):
        assert leak not in text, (where, leak)


def assert_redirects_to_login(response, where=""):
    assert response.status_code == 302, (where, response.status_code)
    assert response["Location"].startswith("/admin/login/"), (where, response["Location"])
    assert_leaks_nothing(response, where)


class ScriptScanner(HTMLParser):
    """Everything in a page that could run: <script> elements (other than our
    external files and JSON-LD data), on* attributes and javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.runnable = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src") and attrs.get("type") != "application/ld+json":
            self.runnable.append(f"inline <script> {attrs}")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.runnable.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.runnable.append(f"<{tag} {name}={value}>")


def runnable_code(html):
    scanner = ScriptScanner()
    scanner.feed(html)
    return scanner.runnable


# --- Host, size --------------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "testserver.evil.example", "localhost:80@evil.example", "[::1"])
def test_a_bad_host_header_is_a_400(client, world, host):
    assert_refused(client.get("/", HTTP_HOST=host), 400, where=host)
    assert_refused(client.post("/admin/login/", {"username": "a"}, HTTP_HOST=host), 400, where=host)


def test_a_body_too_large_for_a_form_is_a_400(client, world):
    big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/admin/login/", {"username": "quantri", "password": big})
    assert_refused(response, 400)


def test_too_many_fields_is_a_400(client, world):
    fields = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.post("/admin/login/", fields, content_type="application/x-www-form-urlencoded")
    assert_refused(response, 400)


@override_settings(REQUEST_BODY_MAX_SIZE=10_000)
def test_a_body_larger_than_any_upload_is_a_413_before_it_is_read(client, world):
    response = client.post("/admin/login/", "x" * 10_001, content_type="application/octet-stream")
    assert_refused(response, 413)
    assert response["Content-Type"].startswith("text/plain")


# --- Path traversal ----------------------------------------------------------------


def traversal_urls(document):
    prefix = f"/documents/{document.pk}/"
    return [
        "/media/../manage.py",
        "/media/%2e%2e/manage.py",
        "/media/..%2fmanage.py",
        "/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/media/....//manage.py",
        "/media//etc/passwd",
        "/media/\\..\\manage.py",
        "/static/../manage.py",
        "/static/%2e%2e/tamdai_site/settings/base.py",
        "/static/..%2f..%2fmanage.py",
        "/static//etc/passwd",
        f"{prefix}../../etc/passwd",
        f"{prefix}..%2f..%2fetc%2fpasswd",
        f"{prefix}%2e%2e/%2e%2e/manage.py",
        f"{prefix}/etc/passwd",
        "/documents/../manage.py",
        "/anh/../../manage.py",
        "/anh/x/1/..%2f..%2fmanage.py/a.jpg",
        "/..%2f..%2fetc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
    ]


@pytest.mark.urls("tests.test_security")
def test_path_traversal_in_media_static_and_document_urls_is_refused(client, world):
    for url in traversal_urls(world.document):
        response = client.get(url)
        assert_refused(response, 400, 404, where=url)
    # The real document is still served, under its own name only.
    assert client.get(world.document.url).status_code == 200


# --- CSRF --------------------------------------------------------------------------


def test_posts_without_a_csrf_token_are_refused(world):
    client = Client(enforce_csrf_checks=True)
    targets = ["/admin/login/", "/", world.article.url, world.private.url, "/tim-kiem/",
               f"/_util/authenticate_with_password/{world.private.get_view_restrictions().first().pk}/{world.private.pk}/"]
    for url in targets:
        assert_refused(client.post(url, {"username": "quantri", "password": "mat-khau-thu", "password_": "x"}),
                       403, where=url)
    # With the cookie but without the token in the form: still refused.
    client.get("/admin/login/")
    assert "csrftoken" in client.cookies
    assert_refused(client.post("/admin/login/", {"username": "quantri", "password": "mat-khau-thu"}), 403)
    assert "_auth_user_id" not in client.session


def test_an_admin_post_without_a_token_changes_nothing(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.admin)
    url = f"/admin/pages/{world.article.pk}/delete/"
    assert_refused(client.post(url), 403)
    assert NewsArticlePage.objects.filter(pk=world.article.pk).exists()


# --- XSS ---------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [SCRIPT, IMG, "javascript:alert(1)", "</script><script>alert(1)</script>"])
def test_search_escapes_the_query_the_titles_and_the_excerpts(client, world, payload):
    for query in (payload, f"alert {payload}", "onerror alert script"):
        response = client.get("/tim-kiem/", {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert not runnable_code(html), (query, runnable_code(html))
        assert "<img src=x" not in html and "<script>alert" not in html
    # The article with the payload in its title was found, and shown escaped.
    html = client.get("/tim-kiem/", {"q": "onerror alert script"}).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>" in html


def test_search_suggestions_are_json_never_html(client, world):
    response = client.get("/tim-kiem/goi-y/", {"q": f"tin {SCRIPT}"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    titles = [s["title"] for s in response.json()["suggestions"]]
    assert world.article.title in titles  # data, shown by site.js as an <option> value, not markup
    for query in (SCRIPT, IMG, "x" * 10_000, "\x00\x1f"):
        assert client.get("/tim-kiem/goi-y/", {"q": query}).status_code == 200


def test_pages_with_a_hostile_title_escape_it_everywhere(client, world):
    for url in ("/", world.article.url, world.tree.category.url, "/so-do-trang/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not runnable_code(response.content.decode()), (url, runnable_code(response.content.decode()))


def rich_text_with(text, url):
    """Draftail's content as the editor's browser posts it: a block of text and a link."""
    return json.dumps({
        "blocks": [{"key": "a1", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}], "data": {}}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
    })


def test_rich_text_saved_by_an_editor_cannot_run_script(client, world):
    client.force_login(world.admin)
    article = world.article
    form = nested_form_data({
        "title": "Tin có nội dung độc",
        "slug": article.slug,
        "date": "12/04/2022",
        "lead": "Tóm tắt",
        "body": streamfield([
            ("paragraph", rich_text_with(f"Xem {SCRIPT} {IMG}", "javascript:alert(1)")),
            ("paragraph", rich_text_with("Link dữ liệu", "data:text/html,<script>alert(1)</script>")),
            ("table", json.dumps({"data": [[SCRIPT, IMG], ["a", "b"]], "table_header_choice": "row",
                                  "table_caption": SCRIPT})),
        ]),
        "author": "",
        "tags": "",
        "action-publish": "publish",
    })
    response = client.post(f"/admin/pages/{article.pk}/edit/", form)
    assert response.status_code == 302
    client.logout()
    html = client.get(NewsArticlePage.objects.get(pk=article.pk).url).content.decode()
    assert "</a>&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the text is shown, as text
    assert "<a>Xem </a>" in html and "<a>Link</a>" in html  # the links lost their javascript:/data: URLs
    assert not runnable_code(html), runnable_code(html)
    assert "javascript:" not in html and "data:text/html" not in html


# --- Private pages, drafts ------------------------------------------------------------


def test_private_pages_show_only_the_password_or_login_form(client, world):
    response = client.get(world.private.url)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert_leaks_nothing(response, "password-protected page")
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]

    response = client.get(world.in_private_section.url)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert_leaks_nothing(response, "page in a private section")

    response = client.get(world.login_only.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert_leaks_nothing(response, "login-only page")


def test_a_wrong_password_shows_nothing(client, world):
    restriction = world.private.get_view_restrictions().first()
    url = f"/_util/authenticate_with_password/{restriction.pk}/{world.private.pk}/"
    response = client.post(url, {"password": "sai", "return_url": world.private.url})
    assert response.status_code in (200, 400, 403)
    assert_leaks_nothing(response)


def test_drafts_are_404_and_private_pages_are_never_found(client, world):
    assert_refused(client.get(world.draft.url or f"{world.tree.category.url}{world.draft.slug}/"), 404)
    for query in (SEARCH, SEARCH.lower(), f"{SEARCH} tin"):
        assert_leaks_nothing(client.get("/tim-kiem/", {"q": query}), "search")
        assert_leaks_nothing(client.get("/tim-kiem/goi-y/", {"q": query}), "suggestions")
    assert_leaks_nothing(client.get("/sitemap.xml"), "sitemap")


# --- The admin as an anonymous visitor ------------------------------------------------


def admin_urls(world):
    page, draft, user = world.private.pk, world.draft.pk, world.admin.pk
    return [
        "/admin/", "/admin/pages/", f"/admin/pages/{world.tree.category.pk}/", f"/admin/pages/{page}/edit/",
        f"/admin/pages/{page}/edit/preview/", f"/admin/pages/{draft}/view_draft/",
        f"/admin/pages/{page}/history/", f"/admin/pages/{page}/revisions/", f"/admin/pages/search/?q={SEARCH}",
        f"/admin/api/main/pages/?search={SEARCH}", f"/admin/api/main/pages/{page}/", "/admin/api/main/images/",
        "/admin/api/main/documents/", f"/admin/choose-page/search/?q={SEARCH}", "/admin/images/",
        "/admin/images/chooser/", "/admin/documents/", "/admin/documents/chooser/", "/admin/media/",
        "/admin/users/", f"/admin/users/edit/{user}/", "/admin/groups/", "/admin/snippets/", "/admin/reports/",
        "/admin/reports/site-history/", "/admin/account/", "/admin/workflows/list/", "/admin/redirects/",
        f"/admin/2fa/devices/{user}", "/admin/2fa/devices/new", "/admin/2fa/devices/qr-code", "/admin/2fa/auth",
        f"/admin/pages/{page}/delete/", "/admin/tag-autocomplete/?term=a",
    ]


def test_admin_urls_send_anonymous_visitors_to_the_login_page(client, world):
    for url in admin_urls(world):
        assert_redirects_to_login(client.get(url), url)
    for url in ("/admin/", f"/admin/pages/{world.private.pk}/edit/", f"/admin/pages/{world.private.pk}/delete/"):
        assert_redirects_to_login(client.post(url, {"title": "x"}), f"POST {url}")
    assert NewsArticlePage.objects.filter(pk=world.private.pk).exists()


def test_admin_json_endpoints_ignore_ajax_headers_from_anonymous_visitors(client, world):
    for url in admin_urls(world):
        response = client.get(url, HTTP_ACCEPT="application/json", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        assert response.status_code in (302, 401, 403), (url, response.status_code)
        assert_leaks_nothing(response, url)


# --- Headers ---------------------------------------------------------------------------


def csp(response):
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in (d.strip() for d in response["Content-Security-Policy"].split(";"))
    )


def test_every_response_carries_the_security_headers(client, world):
    public = client.get(world.article.url)
    policy = csp(public)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"  # nothing inline on the public site
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'self'"
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "unsafe-eval" not in public["Content-Security-Policy"]
    assert public["Permissions-Policy"].startswith("camera=()")
    assert public["X-Content-Type-Options"] == "nosniff"
    assert public["Referrer-Policy"]
    assert public["Cross-Origin-Opener-Policy"] == "same-origin"
    assert public["X-Frame-Options"] in ("DENY", "SAMEORIGIN")

    client.force_login(world.admin)
    admin = csp(client.get("/admin/"))
    assert "'unsafe-inline'" in admin["script-src"] and "'unsafe-inline'" in admin["style-src"]
    assert "unsafe-eval" not in " ".join(admin.values())
    # 4xx pages carry them too.
    assert client.get("/khong-co/")["Content-Security-Policy"]


def test_documents_are_served_so_that_nothing_in_them_can_run(client, world):
    response = client.get(world.document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    text = Document(title="Ghi chú")
    text.file.save("ghi-chu.txt", ContentFile(b"<script>alert(1)</script>"), save=False)
    text.save()
    response = client.get(text.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("text/plain")
    assert set(settings.WAGTAILDOCS_EXTENSIONS).isdisjoint({"svg", "html", "htm", "xhtml", "xml", "js", "mjs", "swf"})
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]


def test_media_origins_for_the_policy():
    assert media_origins("/media/") == []
    assert media_origins("https://cdn.example.vn/media/") == ["https://cdn.example.vn"]
    assert media_origins("/media/", bucket="tamdai") == ["https://tamdai.s3.amazonaws.com"]
    assert media_origins("/media/", bucket="tamdai", endpoint_url="https://s3.example.vn:9000") == [
        "https://s3.example.vn:9000", "https://tamdai.s3.example.vn:9000"]
