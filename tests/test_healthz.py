"""/healthz: what monitors and load balancers ask."""

from unittest import mock

import pytest

from ops import views

pytestmark = pytest.mark.django_db


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_database_down_is_503(client):
    with mock.patch.object(views, "database_ok", return_value=False):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_cache_down_is_degraded_but_serving(client):
    with mock.patch("ops.views.cache.set", side_effect=ConnectionError("redis down")):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


def test_database_check_really_queries(django_assert_num_queries):
    with django_assert_num_queries(1):
        assert views.database_ok() is True


def test_post_is_refused(client):
    assert client.post("/healthz").status_code in (403, 405)
