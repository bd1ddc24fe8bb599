"""`make run`: the portal as residents see it (tamdai_site.settings.local).

DEBUG off, the Vietnamese 404 inside the layout, static files from WhiteNoise,
uploads from ops.local_media (never outside MEDIA_ROOT, never documents/), the
production headers except the HTTPS ones. The last tests start the real server
(`make serve`, the command `make run` ends with) on a free port against a
throwaway SQLite database, and fetch from it over HTTP.
"""

import io
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.test import RequestFactory
from PIL import Image

from ops import local_media
from security.secret_key import read_or_create_secret_key

ROOT = Path(__file__).resolve().parents[1]
DEBUG_MARKERS = ["Traceback", "DEBUG = True", "URLconf", "SECRET_KEY", "Django settings", "technical_404", "root:x:0:0"]


def jpeg_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (27, 107, 58)).save(buffer, "JPEG")
    return buffer.getvalue()


# --- the secret key kept in var/ ----------------------------------------------------


def test_secret_key_is_made_once_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "var" / "secret-key"
    key = read_or_create_secret_key(path)
    assert len(key) >= 50
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_or_create_secret_key(path) == key  # the next start reads it back
    assert [p.name for p in path.parent.iterdir()] == ["secret-key"]  # no temporary file left


def test_an_unusable_secret_key_file_stops_start_up(tmp_path):
    path = tmp_path / "secret-key"
    path.write_text("short\n")
    with pytest.raises(ImproperlyConfigured, match="no usable secret key"):
        read_or_create_secret_key(path)


# --- uploads served by the app (ops.local_media) -----------------------------------


@pytest.fixture
def media_root(tmp_path, settings):
    root = tmp_path / "media"
    (root / "original_images").mkdir(parents=True)
    (root / "original_images" / "anh.jpg").write_bytes(jpeg_bytes())
    (root / "original_images" / "trang.html").write_text("<script>alert(1)</script>")
    (root / "original_images" / ".an").write_text("hidden")
    (root / "documents").mkdir()
    (root / "documents" / "mat.pdf").write_bytes(b"%PDF-1.4 private")
    (tmp_path / "outside.txt").write_text("outside MEDIA_ROOT")
    settings.MEDIA_ROOT = root
    return root


def serve(path, method="get", **headers):
    request = getattr(RequestFactory(), method)("/media/" + path, **headers)
    return local_media.serve(request, path)


def test_a_picture_is_served_inline_with_its_type_and_sandboxed(media_root):
    response = serve("original_images/anh.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == (media_root / "original_images" / "anh.jpg").read_bytes()
    assert response["Content-Disposition"].startswith("inline")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    again = serve("original_images/anh.jpg", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_other_types_are_downloads_never_pages(media_root):
    response = serve("original_images/trang.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    "path",
    [
        "../outside.txt",
        "original_images/../../outside.txt",
        "../../../../etc/passwd",
        "/etc/passwd",
        "original_images/.an",
        "original_images/",
        "original_images",
        "",
        "documents/mat.pdf",  # documents go through Wagtail's view (privacy)
        "original_images/khong-co.jpg",
        "original_images/a\x00.jpg",
        "link-out/outside.txt",
        "link-docs/mat.pdf",
    ],
)
def test_nothing_outside_media_root_nor_private_is_served(media_root, path):
    (media_root / "link-out").symlink_to(media_root.parent)
    (media_root / "link-docs").symlink_to(media_root / "documents")
    assert local_media.media_file(path) is None
    with pytest.raises(Http404):
        serve(path)


def test_only_reading_methods(media_root):
    assert serve("original_images/anh.jpg", method="post").status_code == 405
    assert serve("original_images/anh.jpg", method="head").status_code == 200


# --- the settings `make run` uses ------------------------------------------------------


def subprocess_env(tmp_path, **extra):
    """The environment of a `make run` process: not this test process's settings."""
    skip = {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        SECRET_KEY="local-run-test-" + "k" * 50,
        **extra,
    )
    return env


def test_local_settings_turn_debug_off_and_allow_the_operators_host(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.SERVE_MEDIA_FILES, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.WHITENOISE_USE_FINDERS, s.ALLOWED_HOSTS, s.CACHES['default']['BACKEND'])"
    )
    env = subprocess_env(tmp_path, DJANGO_SETTINGS_MODULE="tamdai_site.settings.local", SITE_HOST="192.168.1.10")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:5] == ["False", "True", "False", "False", "True"]
    assert "'192.168.1.10'" in result.stdout and "'localhost'" in result.stdout
    assert "SharedFileCache" in result.stdout  # embedded defaults: no Redis, one cache every process shares


# --- the Makefile: what `make run` and `make dev` do ---------------------------------


def make_dry_run(target, tmp_path):
    """The commands `make <target>` would run (`-n`), with this virtualenv."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than the requirements: nothing to install
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", target, f"VENV={sys.prefix}", f"STAMP={stamp}"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_sets_up_then_serves_as_residents_see_it(tmp_path):
    commands = make_dry_run("run", tmp_path)
    steps = ["manage.py migrate", "load_demo_content --skip-if-loaded", "setup_editorial", "ensure_admin", "gunicorn"]
    positions = [commands.index(step) for step in steps]
    assert positions == sorted(positions), commands
    assert "DJANGO_SETTINGS_MODULE=tamdai_site.settings.local" in commands
    assert "runserver" not in commands


def test_make_dev_is_the_debug_server(tmp_path):
    commands = make_dry_run("dev", tmp_path)
    assert "manage.py runserver" in commands and "ensure_admin" in commands
    assert "gunicorn" not in commands


# --- the real server, as `make run` starts it ---------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, host=None):
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`make serve` (the last step of `make run`) on a free port, on a fresh SQLite
    database with one uploaded picture and one document file."""
    if shutil.which("make") is None:
        if os.environ.get("CI"):
            pytest.fail("make is not installed")
        pytest.skip("make is not installed")
    tmp_path = tmp_path_factory.mktemp("make-run")
    env = subprocess_env(tmp_path)
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "tamdai_site.settings.local"},
        capture_output=True, text=True,
    )
    assert migrate.returncode == 0, migrate.stderr
    media = Path(env["MEDIA_ROOT"])
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "anh.jpg").write_bytes(jpeg_bytes())
    (media / "documents").mkdir()
    (media / "documents" / "mat.pdf").write_bytes(b"%PDF-1.4 private")

    port = free_port()
    log = open(tmp_path / "server.log", "w+")
    process = subprocess.Popen(
        # The virtualenv running these tests is the one `make run` made.
        ["make", "--no-print-directory", "serve", f"VENV={sys.prefix}", "HOST=127.0.0.1", f"PORT={port}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"the server did not start:\n{log.read()}")
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def assert_resident_404(status, body):
    html = body.decode()
    assert status == 404
    assert "<h1>Không tìm thấy trang</h1>" in html
    assert '<header class="site-header">' in html and '<nav class="main-menu"' in html  # the site's layout
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    for marker in DEBUG_MARKERS:
        assert marker not in html, marker


def test_server_answers_a_missing_url_with_the_vietnamese_404(server):
    status, headers, body = fetch(server + "/khong-co-trang-nay/")
    assert_resident_404(status, body)
    # Production's headers, but nothing that needs HTTPS.
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in headers


def test_server_never_shows_settings_for_a_path_traversal(server):
    for path in ["/media/%2e%2e/%2e%2e/etc/passwd", "/media/..%2f..%2f..%2fetc/passwd", "/static/..%2f..%2fmanage.py"]:
        status, _, body = fetch(server + path)
        assert_resident_404(status, body)


def test_server_serves_static_files_and_uploaded_pictures_not_documents(server):
    status, headers, body = fetch(server + "/static/css/site.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b".main-menu" in body
    status, headers, _ = fetch(server + "/static/wagtailadmin/css/core.css")  # the admin's, from its app
    assert status == 200 and headers["Content-Type"].startswith("text/css")
    status, headers, body = fetch(server + "/media/original_images/anh.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg" and body == jpeg_bytes()
    status, _, body = fetch(server + "/media/documents/mat.pdf")
    assert_resident_404(status, body)
    # Browsers ask for /favicon.ico whatever the page links: not a 404 (urllib follows the redirect).
    status, headers, body = fetch(server + "/favicon.ico")
    assert status == 200 and headers["Content-Type"].startswith("image/") and body[:4] == b"\x00\x00\x01\x00"


def test_server_refuses_unknown_hosts(server):
    status, _, body = fetch(server + "/khong-co/", host="evil.example")
    assert status == 400
    assert b"Traceback" not in body and b"ALLOWED_HOSTS" not in body
