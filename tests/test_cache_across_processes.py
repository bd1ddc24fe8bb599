"""A change made in one process is seen by every other at once (issue 12, items
2 and 3), with real processes on the embedded defaults (SQLite file, no Redis:
the cache is files in CACHE_DIR): a gunicorn server with two workers, and
`manage.py shell -c` commands changing content beside it, as cron's
publish_scheduled or an operator would.

The database and the cache directory live in a temporary directory; nothing
else differs from `make run`'s settings.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Built by the fixture: the site of tests/factories.py and one article per test.
BUILD = """
import json
from datetime import date
from home.models import PortalSettings
from tests.factories import build_site, make_article
tree = build_site()
PortalSettings.for_site(tree.home.get_site())  # made by the first page view otherwise (a change)
urls = {"home": tree.home.url, "about": tree.about.url, "category": tree.category.url, "album": tree.album.url}
for number, slug in enumerate(("unpublished", "deleted", "kept")):
    article = make_article(tree.category, f"Tin thử {slug}", day=date(2026, 1, 10 + number))
    urls[slug] = article.url
print(json.dumps(urls))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Portal:
    def __init__(self, directory):
        self.directory = directory
        skip = {"DATABASE_URL", "REDIS_URL", "CACHE_DIR", "MEDIA_ROOT", "PAGE_CACHE_ENABLED",
                "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        self.env = {name: value for name, value in os.environ.items() if name not in skip}
        self.env.update(
            DJANGO_SETTINGS_MODULE="tamdai_site.settings.dev",
            DATABASE_URL=f"sqlite:///{directory / 'db.sqlite3'}",
            CACHE_DIR=str(directory / "cache"),
            MEDIA_ROOT=str(directory / "media"),
        )
        self.base = f"http://127.0.0.1:{free_port()}"

    def manage(self, *args):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def shell(self, script):
        return self.manage("shell", "-c", script)

    def start(self):
        self.log = open(self.directory / "server.log", "w")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", self.base.removeprefix("http://"),
             "tamdai_site.wsgi:application"],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/robots.txt", timeout=5)
                return
            except OSError:
                assert self.server.poll() is None, (self.directory / "server.log").read_text()
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def stop(self):
        os.killpg(self.server.pid, signal.SIGTERM)
        self.server.wait(timeout=30)
        self.log.close()

    def get(self, path):
        """``(status, X-Page-Cache, body)``."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.status, response.headers.get("X-Page-Cache"), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("X-Page-Cache"), error.read().decode()


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    portal = Portal(tmp_path_factory.mktemp("portal"))
    portal.manage("migrate", "-v0")
    portal.urls = json.loads(portal.shell(BUILD).strip().splitlines()[-1])
    portal.start()
    yield portal
    portal.stop()


def warm(portal, path):
    """Render ``path`` once, then check the server answers it from the cache."""
    portal.get(path)
    status, state, body = portal.get(path)
    assert (status, state) == (200, "hit"), path
    return body


def test_unpublishing_from_a_command_is_seen_by_the_server_at_once(portal):
    article, home, category = portal.urls["unpublished"], portal.urls["home"], portal.urls["category"]
    warm(portal, article)
    assert "Tin thử unpublished" in warm(portal, home)
    assert "Tin thử unpublished" in warm(portal, category)

    portal.shell(f"from wagtail.models import Page; Page.objects.get(url_path__endswith='{article}').unpublish()")

    assert portal.get(article)[0] == 404
    for path in (home, category):
        status, state, body = portal.get(path)
        assert status == 200 and state == "miss", path
        assert "Tin thử unpublished" not in body
        assert "Tin thử kept" in body


def test_shared_fragments_follow_a_change_from_a_command(portal):
    """The menu and the sidebar's random photos are cached fragments of their
    own, on every page, cached or not (this URL's query string is not)."""
    page = portal.urls["about"] + "?utm_source=zalo"
    body = portal.get(page)[2]
    assert ">Video clip</a>" in body  # the main menu
    assert portal.urls["album"] in body  # a random photo links to its album
    assert portal.get(page)[1] is None  # never page-cached

    portal.shell(
        "from wagtail.models import Page\n"
        "videos = Page.objects.get(title='Video clip').specific\n"
        "videos.show_in_menus = False\n"
        "videos.save_revision().publish()\n"
        f"Page.objects.get(url_path__endswith='{portal.urls['album']}').unpublish()\n"
    )

    body = portal.get(page)[2]
    assert ">Video clip</a>" not in body
    assert portal.urls["album"] not in body


HOLD = """
import sys
from django.db import transaction
from wagtail.models import Page
with transaction.atomic():
    Page.objects.get(url_path__endswith='{path}').delete()
    print("deleted, not committed", flush=True)
    sys.stdin.readline()
print("committed", flush=True)
"""


def wait_for(process, line):
    """Read the process's output up to ``line``; fail (never hang) if it ends first."""
    timer = threading.Timer(120, process.kill)
    timer.start()
    try:
        for seen in process.stdout:
            if seen.strip() == line:
                return
    finally:
        timer.cancel()
    process.wait()
    pytest.fail(f"{line!r} never came: {process.stderr.read()}")


def test_a_page_rendered_before_the_commit_is_not_kept_after_it(portal):
    """A page deleted in a transaction: a request between the deletion (new
    generation) and the commit still reads the page and stores it under the
    new generation; the commit must start another one."""
    article = portal.urls["deleted"]
    warm(portal, article)
    writer = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", HOLD.format(path=article)],
        cwd=ROOT, env=portal.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for(writer, "deleted, not committed")
        # The transaction is open: other processes still read the page.
        assert portal.get(article)[:2] == (200, "miss")
        assert portal.get(article)[:2] == (200, "hit")
        writer.stdin.write("\n")
        writer.stdin.flush()
        wait_for(writer, "committed")
    finally:
        writer.stdin.close()  # lets it commit and end, whatever happened above
        writer.wait(timeout=60)
    assert writer.returncode == 0

    assert portal.get(article)[0] == 404
