"""A database outage is not a wall of 500s (issue 12, item 11): what the page
cache holds is served even past its freshness, the rest gets the Vietnamese
503 page with Retry-After and one log line, and a failed connection is tried
once more. `make bench`'s PostgreSQL restart (BENCH_ONLY=restart) measures it
for real."""

import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connections

from home.models import PortalSettings
from ops import cache as page_cache

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]

HOST = {"HTTP_HOST": "localhost"}
STARTING_UP = OperationalError('connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database system is starting up\n')


@pytest.fixture
def tree(site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    PortalSettings.for_site(site_tree.home.get_site())
    return site_tree


def database_down():
    """Every query fails as PostgreSQL does while it restarts."""
    return mock.patch.object(connections["default"], "ensure_connection", side_effect=STARTING_UP)


def test_a_cached_page_is_served_past_its_freshness(client, tree, settings):
    fresh = client.get(tree.about.url, **HOST)
    assert fresh.status_code == 200 and fresh[page_cache.HEADER] == "miss"
    settings.PAGE_CACHE_SECONDS = 0  # every stored page is now past its freshness
    with database_down():
        response = client.get(tree.about.url, **HOST)
    assert response.status_code == 200
    assert response[page_cache.HEADER] == "stale"
    assert response.content == fresh.content
    assert response["Cache-Control"] == "no-cache"
    assert response["Content-Security-Policy"] == fresh["Content-Security-Policy"]
    # With the database back, it is rendered again.
    assert client.get(tree.about.url, **HOST)[page_cache.HEADER] == "miss"


def test_a_page_changed_since_is_not_served_stale(client, tree):
    """A copy from before a change (maybe made private or unpublished since) is never served."""
    client.get(tree.about.url, **HOST)
    page_cache.invalidate_all()
    with database_down():
        response = client.get(tree.about.url, **HOST)
    assert response.status_code == 503


def test_an_uncached_page_gets_the_vietnamese_503_with_retry_after(client, tree, caplog):
    with database_down(), caplog.at_level(logging.INFO):
        response = client.get(tree.news.url + "?utm_source=zalo", **HOST)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Trang thông tin đang tạm gián đoạn" in html
    assert "Xin vui lòng thử lại sau ít phút" in html
    assert "starting up" not in html and "OperationalError" not in html
    # One line in the log, no traceback.
    logged = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(logged) == 1
    assert logged[0].exc_info is None and "\n" not in logged[0].getMessage()
    assert "Database unavailable" in logged[0].getMessage() and "starting up" in logged[0].getMessage()


def test_an_outage_met_in_a_middleware_gets_the_503_too(client, tree, admin_user, caplog):
    """Signed in, the session and the user are read by middleware (two-factor
    check under /admin/), outside any view."""
    client.force_login(admin_user)
    client.raise_request_exception = False
    with database_down(), caplog.at_level(logging.INFO):
        response = client.get("/admin/", **HOST)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Trang thông tin đang tạm gián đoạn" in response.content.decode()
    logged = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(logged) == 1 and logged[0].exc_info is None


def test_other_errors_are_still_500(client, tree, settings):
    settings.ROOT_URLCONF = "tests.urls_raise"
    client.raise_request_exception = False
    assert client.get("/loi-thu/", **HOST).status_code == 500


def test_a_failed_connection_is_tried_once_more(settings):
    """The real PostgreSQL backend (ops.postgresql) against a closed port."""
    pytest.importorskip("psycopg2")
    from ops.postgresql.base import DatabaseWrapper

    settings.DATABASE_CONNECT_RETRY_SECONDS = 0.3
    closed_port = {"ENGINE": "ops.postgresql", "NAME": "tamdai", "USER": "postgres", "HOST": "127.0.0.1", "PORT": "9"}
    configured = connections.configure_settings({"default": closed_port})  # Django's defaults filled in
    wrapper = DatabaseWrapper(configured["default"], alias="outage")
    with mock.patch.object(wrapper.Database, "connect", wraps=wrapper.Database.connect) as connect:
        started = time.monotonic()
        with pytest.raises(OperationalError):
            wrapper.ensure_connection()
    assert connect.call_count == 2
    assert time.monotonic() - started >= 0.3


def test_postgresql_urls_use_the_retrying_backend():
    script = "from django.db import connection; print(connection.settings_dict['ENGINE'], connection.vendor)"
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:9/tamdai"}
    result = subprocess.run([sys.executable, "manage.py", "shell", "-v", "0", "-c", script],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ops.postgresql", "postgresql"]
