"""Guessing limits (security/throttle.py) and who the client is (security/clients.py):
private-page passwords and sign-in forms are limited per client, the client is
read from X-Forwarded-For only behind a trusted proxy, and IPv6 clients count by
their /64."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from security.clients import client_address, client_key
from tests.factories import make_article

pytestmark = pytest.mark.django_db

PAGE_PASSWORD = "mat-khau-trang-2024"
USER_PASSWORD = "mat-khau-nguoi-dung-2024"
PROXY_SETTINGS = {"TRUSTED_PROXY_COUNT": 1, "TRUSTED_PROXIES": ["127.0.0.1/32", "::1/128", "10.0.0.2"]}


@pytest.fixture
def private_article(site_tree):
    article = make_article(site_tree.category, "Biên bản họp nội bộ")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return article, restriction


@pytest.fixture
def resident(site_tree):
    return get_user_model().objects.create_user("cudan", "cudan@example.com", USER_PASSWORD)


def password_url(article, restriction):
    return f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"


def try_password(client, article, restriction, password, **extra):
    return client.post(password_url(article, restriction), {"password": password, "return_url": article.url}, **extra)


def front_login(client, username, password, **extra):
    return client.post("/_util/login/", {"username": username, "password": password}, **extra)


def assert_vietnamese_429(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Quá nhiều lần thử" in html
    assert "Vui lòng thử lại sau 15 phút" in html
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    assert "no-store" in response["Cache-Control"]
    assert PAGE_PASSWORD not in html and USER_PASSWORD not in html


# --- Private-page passwords ---------------------------------------------------------------


def test_forty_wrong_page_passwords_are_cut_off_and_then_even_the_right_one_waits(client, private_article):
    article, restriction = private_article
    statuses = [try_password(client, article, restriction, f"doan-{n}").status_code for n in range(40)]
    assert statuses[:10] == [200] * 10  # the form again, with its error
    assert statuses[10:] == [429] * 30
    response = try_password(client, article, restriction, PAGE_PASSWORD)
    assert_vietnamese_429(response)
    assert client.get(article.url).content.decode().count('name="password"') == 1  # still not let in

    with freeze_time(timedelta(minutes=16), tick=True):
        response = try_password(client, article, restriction, PAGE_PASSWORD)
        assert response.status_code == 302
        page = client.get(article.url)
        assert page.status_code == 200 and 'name="password"' not in page.content.decode()


def test_the_page_password_limit_is_per_client_and_per_restriction(client, private_article, site_tree):
    article, restriction = private_article
    other = make_article(site_tree.category, "Tài liệu mật khác")
    other_restriction = PageViewRestriction.objects.create(
        page=other, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    for n in range(10):
        try_password(client, article, restriction, f"sai-{n}")
    assert try_password(client, article, restriction, PAGE_PASSWORD).status_code == 429
    # Another restriction, and another resident on another address, are not affected.
    assert try_password(client, other, other_restriction, PAGE_PASSWORD).status_code == 302
    assert try_password(client, article, restriction, PAGE_PASSWORD, REMOTE_ADDR="198.51.100.20").status_code == 302


def test_the_right_password_before_the_limit_still_gets_in(client, private_article):
    article, restriction = private_article
    for n in range(9):
        try_password(client, article, restriction, f"sai-{n}")
    assert try_password(client, article, restriction, PAGE_PASSWORD).status_code == 302


# --- Sign-in -------------------------------------------------------------------------------


def test_front_end_sign_in_with_rotating_usernames_is_cut_off(client, resident):
    statuses = [front_login(client, f"nguoi-{n}", "sai").status_code for n in range(25)]
    assert statuses[:20] == [200] * 20
    assert statuses[20:] == [429] * 5
    response = front_login(client, "cudan", USER_PASSWORD)
    assert_vietnamese_429(response)
    assert "_auth_user_id" not in client.session
    # Someone else, elsewhere, signs in.
    assert front_login(client, "cudan", USER_PASSWORD, REMOTE_ADDR="198.51.100.30").status_code == 302


def test_failures_on_the_admin_sign_in_count_too(client, resident):
    for n in range(20):
        assert client.post("/admin/login/", {"username": f"ai-{n}", "password": "sai"}).status_code == 200
    response = client.post("/admin/login/", {"username": "cudan", "password": USER_PASSWORD})
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()  # the admin's own look
    assert front_login(client, "cudan", USER_PASSWORD).status_code == 429


def test_showing_the_forms_is_never_limited(client, resident, private_article):
    article, _ = private_article
    for n in range(25):
        front_login(client, f"nguoi-{n}", "sai")
    assert client.get("/_util/login/").status_code == 200
    assert client.get(article.url).status_code == 200


# --- Who the client is ---------------------------------------------------------------------


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@override_settings(**PROXY_SETTINGS)
def test_x_forwarded_for_from_a_sender_that_is_not_a_proxy_is_ignored():
    assert client_address(request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"
    assert client_address(request("2001:db8::5", "198.51.100.1")) == "2001:db8::5"


@override_settings(**PROXY_SETTINGS)
def test_x_forwarded_for_from_a_trusted_proxy_is_used():
    assert client_address(request("127.0.0.1", "198.51.100.1")) == "198.51.100.1"
    assert client_address(request("10.0.0.2", "6.6.6.6, 198.51.100.1")) == "198.51.100.1"  # 6.6.6.6: the client's own
    assert client_address(request("::1", "2001:db8::7")) == "2001:db8::7"
    assert client_address(request("::ffff:127.0.0.1", "198.51.100.1")) == "198.51.100.1"  # IPv4 on an [::] socket
    assert client_address(request("127.0.0.1", "[2001:db8::7]:443")) == "2001:db8::7"
    assert client_address(request("127.0.0.1", "<script>")) == "127.0.0.1"
    assert client_address(request("127.0.0.1")) == "127.0.0.1"


@override_settings(**PROXY_SETTINGS)
def test_a_unix_socket_connection_is_a_proxy_only_when_unix_is_trusted():
    assert client_address(request("", "198.51.100.1")) == ""
    assert client_key(request("", "198.51.100.1")) == ""
    with override_settings(TRUSTED_PROXIES=["127.0.0.1", "unix"]):
        assert client_address(request("", "198.51.100.1")) == "198.51.100.1"


def test_without_proxies_x_forwarded_for_is_never_read():
    assert client_address(request("127.0.0.1", "198.51.100.1")) == "127.0.0.1"


def test_a_chain_of_proxies_is_followed_only_through_trusted_hops():
    chain = request("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2")
    with override_settings(TRUSTED_PROXY_COUNT=3, TRUSTED_PROXIES=["127.0.0.1", "10.0.0.0/24"]):
        # 198.51.100.1 connected to our balancer 10.0.0.2: it is the client, whatever it wrote.
        assert client_address(chain) == "198.51.100.1"
    with override_settings(TRUSTED_PROXY_COUNT=3, TRUSTED_PROXIES=["127.0.0.1", "10.0.0.0/24", "198.51.100.1"]):
        assert client_address(chain) == "6.6.6.6"
    with override_settings(TRUSTED_PROXY_COUNT=4, TRUSTED_PROXIES=["127.0.0.1", "10.0.0.0/24", "198.51.100.1"]):
        assert client_address(chain) == "127.0.0.1"  # fewer entries than proxies: not through them all


def test_ipv6_clients_are_keyed_by_their_64():
    assert client_key(request("2001:db8:1:2:aaaa::1")) == "2001:db8:1:2::"
    assert client_key(request("2001:db8:1:2:ffff:ffff:ffff:ffff")) == "2001:db8:1:2::"
    assert client_key(request("2001:db8:1:3::1")) == "2001:db8:1:3::"
    assert client_key(request("203.0.113.5")) == "203.0.113.5"
    assert client_key(request("::ffff:203.0.113.5")) == "203.0.113.5"


def test_two_ipv6_addresses_in_one_64_share_a_page_password_bucket(client, private_article):
    article, restriction = private_article
    for n in range(10):
        try_password(client, article, restriction, "sai", REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}")
    assert try_password(client, article, restriction, PAGE_PASSWORD, REMOTE_ADDR="2001:db8:1:2:abcd::9").status_code == 429
    assert try_password(client, article, restriction, PAGE_PASSWORD, REMOTE_ADDR="2001:db8:1:3::1").status_code == 302


def test_two_ipv6_addresses_in_one_64_share_the_sign_in_bucket(client, resident):
    for n in range(20):
        front_login(client, f"nguoi-{n}", "sai", REMOTE_ADDR=f"2001:db8:5:6:{n + 1:x}::1")
    assert front_login(client, "cudan", USER_PASSWORD, REMOTE_ADDR="2001:db8:5:6::99").status_code == 429


def test_the_admin_account_lock_counts_an_ipv6_64_as_one_client(client, resident):
    for n in range(5):
        client.post("/admin/login/", {"username": "cudan", "password": f"sai-{n}"}, REMOTE_ADDR=f"2001:db8:9:9::{n + 1}")
    response = client.post("/admin/login/", {"username": "cudan", "password": USER_PASSWORD}, REMOTE_ADDR="2001:db8:9:9::77")
    assert response.status_code == 429


@override_settings(**PROXY_SETTINGS)
def test_spoofed_x_forwarded_for_does_not_dodge_the_limit(client, private_article):
    article, restriction = private_article
    for n in range(10):
        try_password(client, article, restriction, "sai", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = try_password(
        client, article, restriction, PAGE_PASSWORD, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.99"
    )
    assert response.status_code == 429


@override_settings(**PROXY_SETTINGS)
def test_behind_a_trusted_proxy_each_resident_has_their_own_bucket(client, private_article):
    article, restriction = private_article
    for n in range(10):
        try_password(client, article, restriction, "sai", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1")
    behind = {"REMOTE_ADDR": "127.0.0.1"}
    assert try_password(client, article, restriction, PAGE_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1", **behind).status_code == 429
    assert try_password(client, article, restriction, PAGE_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2", **behind).status_code == 302


# --- Production settings --------------------------------------------------------------------

PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-test-only",
    "ALLOWED_HOSTS": "tamdai.example.vn",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/tamdai",
}
PRINT_PROXIES = "from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT, settings.TRUSTED_PROXIES)"


def test_production_reads_the_trusted_proxies_from_the_environment():
    from tests.test_settings import run_manage

    default = run_manage("shell", "-c", PRINT_PROXIES, env_extra=PRODUCTION_ENV)
    assert default.returncode == 0, default.stderr
    assert default.stdout.strip().endswith("1 ['127.0.0.1/32', '::1/128', 'unix']")
    balancer = run_manage("shell", "-c", PRINT_PROXIES,
                          env_extra={**PRODUCTION_ENV, "TRUSTED_PROXIES": "10.0.0.2, 10.0.1.0/24"})
    assert balancer.returncode == 0, balancer.stderr
    assert balancer.stdout.strip().endswith("1 ['10.0.0.2', '10.0.1.0/24']")
    wrong = run_manage("shell", "-c", PRINT_PROXIES, env_extra={**PRODUCTION_ENV, "TRUSTED_PROXIES": "nginx"})
    assert wrong.returncode != 0
    assert "TRUSTED_PROXIES: 'nginx' is not an IP address or network" in wrong.stderr
