"""ops.filecache.SharedFileCache: the cache every process of one server shares
when there is no Redis (the embedded default). Two instances on one directory
stand for two processes."""

import time

import pytest

from ops.filecache import SharedFileCache


def make(directory, **options):
    return SharedFileCache(str(directory), {"OPTIONS": options})


def test_what_one_process_writes_the_other_reads_at_once(tmp_path):
    first, second = make(tmp_path), make(tmp_path)
    first.set("pagecache:generation", "a", None)
    assert second.get("pagecache:generation") == "a"
    second.set("pagecache:generation", "b", None)
    assert first.get("pagecache:generation") == "b"
    assert first.get_many(["pagecache:generation", "missing"]) == {"pagecache:generation": "b"}


def test_the_cache_contract(tmp_path):
    cache = make(tmp_path)
    page = {"content": "Trang chủ xã Tam Đại".encode() * 1000, "headers": [("Content-Type", "text/html")]}
    cache.set("page", page, 600)
    assert cache.get("page") == page
    assert cache.has_key("page")
    assert cache.add("page", "other") is False and cache.get("page") == page
    assert cache.add("new", 1) is True and cache.incr("new") == 2
    assert cache.touch("page", 600) is True and cache.get("page") == page
    assert cache.delete("page") is True and cache.get("page", "gone") == "gone"
    assert cache.touch("page") is False
    cache.clear()
    assert cache.get("new") is None


def test_entries_expire(tmp_path):
    cache = make(tmp_path)
    cache.set("short", "x", 1)
    cache.set("forever", "y", None)
    time.sleep(1.1)
    assert cache.get("short") is None
    assert cache.get("forever") == "y"
    assert cache.touch("short") is False


def test_values_are_stored_uncompressed(tmp_path):
    """Read on every page hit: no zlib to inflate (Django's file cache compresses)."""
    cache = make(tmp_path)
    cache.set("page", {"content": b"Tin tuc " * 2000}, 600)
    (stored,) = tmp_path.glob("*.djcache")
    assert b"Tin tuc Tin tuc" in stored.read_bytes()


@pytest.mark.parametrize("cull_every", [1, 10])
def test_the_directory_is_kept_near_max_entries(tmp_path, cull_every):
    cache = make(tmp_path, MAX_ENTRIES=20, CULL_FREQUENCY=2, CULL_EVERY=cull_every)
    for number in range(100):
        cache.set(f"key{number}", number, 600)
    assert len(list(tmp_path.glob("*.djcache"))) <= 20 + cull_every
