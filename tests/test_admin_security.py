"""Admin security: the login limit (django-axes), two-factor login (wagtail-2fa),
upload limits, and DEBUG never on in production."""

import io
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia.models import Media

from security.clients import client_address as client_ip
from tests.test_settings import ROOT, run_manage
from tests.factories import form_errors

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-2024"
LOGIN = "/admin/login/"


@pytest.fixture
def admin(site_tree):
    return get_user_model().objects.create_superuser("quantri", "q@example.com", PASSWORD)


def sign_in(client, password, username="quantri", **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def signed_in(client):
    return client.get("/admin/").status_code == 200


# --- Login limit ------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_login_and_the_right_one_is_then_refused(client, admin):
    for attempt in range(4):
        assert sign_in(client, f"sai-{attempt}").status_code == 200  # the form again, with its error
    response = sign_in(client, "sai-4")
    assert response.status_code == 429
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Tạm khóa đăng nhập" in html
    assert "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút." in html
    assert PASSWORD not in html and "sai-4" not in html


def test_the_lock_is_for_that_username_from_that_address_only(client, admin):
    for attempt in range(5):
        sign_in(client, f"sai-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 429
    # The real administrator, elsewhere, still gets in: an attacker cannot lock them out.
    assert sign_in(client, PASSWORD, REMOTE_ADDR="203.0.113.7").status_code == 302
    assert signed_in(client)


def test_a_forged_x_forwarded_for_does_not_reset_the_count_without_a_trusted_proxy(client, admin):
    for attempt in range(5):
        sign_in(client, "sai", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")
    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


def test_a_successful_login_clears_the_count(client, admin):
    for attempt in range(4):
        sign_in(client, "sai")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for attempt in range(4):
        assert sign_in(client, "sai").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_client_address_reads_x_forwarded_for_only_past_trusted_proxies():
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_ip(request) == "127.0.0.1"
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client_ip(request) == "203.0.113.9"  # what the proxy saw; the client wrote 6.6.6.6
    with override_settings(TRUSTED_PROXY_COUNT=2):
        assert client_ip(request) == "203.0.113.9"  # it reached our proxy, which is all we know
    with override_settings(TRUSTED_PROXY_COUNT=2, TRUSTED_PROXIES=["127.0.0.1", "203.0.113.9"]):
        assert client_ip(request) == "6.6.6.6"
    with override_settings(TRUSTED_PROXY_COUNT=3):
        assert client_ip(request) == "127.0.0.1"  # fewer hops than proxies: not trusted
    garbage = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="<script>")
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client_ip(garbage) == "127.0.0.1"


def test_force_login_still_works_for_tests(client, admin):
    client.force_login(admin)
    assert signed_in(client)


# --- Two-factor login -------------------------------------------------------------------


def add_device(user, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="Điện thoại", confirmed=confirmed)


def code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def test_two_factor_is_optional_by_default(client, admin):
    assert settings.WAGTAIL_2FA_REQUIRED is False
    client.force_login(admin)
    assert signed_in(client)
    account = client.get("/admin/account/").content.decode()
    assert f"/admin/2fa/devices/{admin.pk}" in account  # where an admin turns it on
    for url in (f"/admin/2fa/devices/{admin.pk}", "/admin/2fa/devices/new", "/admin/2fa/devices/qr-code"):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/2fa/devices/qr-code")["Content-Type"].startswith("image/svg+xml")


def test_an_admin_who_added_a_device_must_give_a_code_at_sign_in(client, admin):
    device = add_device(admin)
    assert sign_in(client, PASSWORD).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/auth")
    assert client.get("/admin/pages/").status_code == 302
    assert client.get("/admin/2fa/auth").status_code == 200
    assert client.post("/admin/2fa/auth", {"otp_token": "000000"}).status_code == 200  # wrong code: asked again
    assert not signed_in(client)
    # A wrong code makes the device wait (1 s, doubling) before it accepts any code.
    assert client.post("/admin/2fa/auth", {"otp_token": code(device)}).status_code == 200
    assert not signed_in(client)
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()
    response = client.post("/admin/2fa/auth?next=/admin/", {"otp_token": code(device), "next": "/admin/"})
    assert response.status_code == 302
    assert signed_in(client)


def test_setting_up_a_device_needs_the_password_and_a_code(client, admin):
    client.force_login(admin)
    assert client.get("/admin/2fa/devices/new").status_code == 200
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    response = client.post("/admin/2fa/devices/new", {"name": "Điện thoại", "otp_token": code(device),
                                                      "password": PASSWORD})
    assert response.status_code == 302
    assert TOTPDevice.objects.get(pk=device.pk).confirmed


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_when_required_an_admin_without_a_device_is_sent_to_set_one_up(client, admin):
    client.force_login(admin)
    for url in ("/admin/", "/admin/pages/", f"/admin/pages/{admin.pk}/edit/", "/admin/users/", "/index.php"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/2fa/devices/new"), url
    assert client.get("/admin/2fa/devices/new").status_code == 200


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_when_required_an_admin_with_a_device_is_asked_for_the_code(client, admin):
    device = add_device(admin)
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/auth")
    client.post("/admin/2fa/auth", {"otp_token": code(device)})
    assert signed_in(client)


# --- Uploads ----------------------------------------------------------------------------


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<html><script>alert(1)</script></html>"


def upload_document(client, name, content):
    return client.post(reverse("wagtaildocs:add"), {
        "title": "Tài liệu", "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk,
    })



@pytest.mark.parametrize("name, content", [("bieu-tuong.svg", SVG), ("trang.html", HTML), ("trang.htm", HTML),
                                           ("du-lieu.xml", b"<x/>"), ("ma.js", b"alert(1)")])
def test_documents_of_unsafe_types_are_refused_in_vietnamese(client, admin, name, content):
    client.force_login(admin)
    response = upload_document(client, name, content)
    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert f"Không được tải lên tệp có phần mở rộng “{extension}”" in form_errors(response)
    assert not Document.objects.exists()


def test_documents_uploaded_many_at_once_are_checked_too(client, admin):
    client.force_login(admin)
    response = client.post(reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("a.svg", SVG)})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "Không được tải lên tệp có phần mở rộng" in response.json()["error_message"]
    assert not Document.objects.exists()


def test_a_safe_document_is_accepted(client, admin):
    client.force_login(admin)
    assert upload_document(client, "quyet-dinh.pdf", b"%PDF-1.4\n").status_code == 302
    assert Document.objects.count() == 1


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_document_is_refused_in_vietnamese(client, admin):
    client.force_login(admin)
    response = upload_document(client, "lon.pdf", b"%PDF" + b"x" * 1000)
    assert response.status_code == 200
    assert "Tệp này quá lớn" in form_errors(response)
    assert not Document.objects.exists()


def test_upload_limits_are_set():
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.MEDIA_MAX_UPLOAD_SIZE == 200 * 1024 * 1024
    assert settings.REQUEST_BODY_MAX_SIZE > settings.MEDIA_MAX_UPLOAD_SIZE


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), "green").save(buffer, "JPEG")
    return buffer.getvalue()


def upload_video(client, file, thumbnail=None):
    data = {"title": "Clip", "file": file, "collection": Collection.get_first_root_node().pk,
            "duration": "4", "width": "320", "height": "180", "tags": ""}
    if thumbnail:
        data["thumbnail"] = thumbnail
    return client.post(reverse("wagtailmedia:add", args=("video",)), data)


@override_settings(MEDIA_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_video_is_refused_in_vietnamese(client, admin):
    client.force_login(admin)
    response = upload_video(client, SimpleUploadedFile("clip.mp4", b"x" * 1001, "video/mp4"))
    assert response.status_code == 200
    assert "Tệp này quá lớn" in form_errors(response)
    assert upload_video(client, SimpleUploadedFile("clip.mp4", b"x" * 1000, "video/mp4")).status_code == 302
    assert Media.objects.count() == 1


def test_a_video_thumbnail_must_be_a_small_image(client, admin):
    client.force_login(admin)
    response = upload_video(client, SimpleUploadedFile("clip.mp4", b"x", "video/mp4"),
                            SimpleUploadedFile("poster.svg", SVG, "image/svg+xml"))
    assert response.status_code == 200
    assert "Không được tải lên tệp có phần mở rộng “svg”" in form_errors(response)
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100):
        response = upload_video(client, SimpleUploadedFile("clip.mp4", b"x", "video/mp4"),
                                SimpleUploadedFile("poster.jpg", jpeg(), "image/jpeg"))
    assert "Tệp này quá lớn" in form_errors(response)
    assert not Media.objects.exists()


def test_an_svg_image_is_refused(client, admin):
    client.force_login(admin)
    response = client.post(reverse("wagtailimages:add"), {
        "title": "Ảnh", "file": SimpleUploadedFile("anh.svg", SVG, "image/svg+xml"),
        "collection": Collection.get_first_root_node().pk,
    })
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Ảnh").exists()


@override_settings(REQUEST_BODY_MAX_SIZE=10_000)
def test_an_upload_larger_than_any_limit_is_refused_before_it_is_read(client, admin):
    client.force_login(admin)
    response = upload_document(client, "rat-lon.pdf", b"%PDF" + b"x" * 20_000)
    assert response.status_code == 413
    assert "Tệp tải lên quá lớn" in response.content.decode()
    assert not Document.objects.exists()


# --- DEBUG in production -------------------------------------------------------------------

PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check-only",
    "ALLOWED_HOSTS": "tamdai.example.vn",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/tamdai",
}


def test_debug_from_the_environment_is_ignored_in_production():
    result = run_manage("shell", "-c", "from django.conf import settings; print('DEBUG', settings.DEBUG)",
                        env_extra={**PRODUCTION_ENV, "DEBUG": "true", "DJANGO_DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout


def test_debug_turned_on_by_a_later_override_stops_start_up(tmp_path):
    (tmp_path / "local_override.py").write_text(textwrap.dedent("""
        from tamdai_site.settings.production import *  # noqa
        DEBUG = True
    """))
    env = {**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "local_override", "PYTHONPATH": str(tmp_path)}
    result = run_manage("check", env_extra=env)
    assert result.returncode != 0
    assert "DEBUG is on under the production settings" in result.stderr, result.stderr[-2000:]
    # gunicorn loads wsgi.py, where no system check runs: start-up stops there too.
    wsgi = subprocess.run([sys.executable, "-c", "import tamdai_site.wsgi"], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **env})
    assert wsgi.returncode != 0
    assert "DEBUG is on under the production settings" in wsgi.stderr, wsgi.stderr[-2000:]


def test_production_allows_media_from_another_origin_in_the_policy():
    result = run_manage(
        "shell", "-c",
        "from django.conf import settings; d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES'];"
        " print(d['img-src'], d['media-src'], d['script-src'])",
        env_extra={**PRODUCTION_ENV, "CSP_MEDIA_ORIGINS": "https://media.tamdai.example.vn"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("https://media.tamdai.example.vn") == 2
    assert "[\"'self'\"]" in result.stdout  # scripts still from the site only
