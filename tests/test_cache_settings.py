"""Which cache each configuration gets: shared by every process always, and
production refuses a per-process cache while the page cache is on (issue 12,
item 2)."""

from tests.test_settings import PRODUCTION_ENV, run_manage

SHOW = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'], settings.PAGE_CACHE_ENABLED)"


def backend(settings_module="tamdai_site.settings.production", **env):
    result = run_manage("shell", "-v", "0", "-c", SHOW,
                        env_extra={**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": settings_module, **env})
    return result


def test_without_redis_every_process_shares_files():
    for module in ("tamdai_site.settings.production", "tamdai_site.settings.dev"):
        result = backend(module)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["ops.filecache.SharedFileCache", "True"], module


def test_with_redis_url_it_is_redis():
    result = backend(REDIS_URL="redis://127.0.0.1:6379/9")
    assert result.stdout.split() == ["django_redis.cache.RedisCache", "True"], result.stderr


def test_production_refuses_a_per_process_cache_with_the_page_cache_on():
    refused = backend(CACHE_DIR="")
    assert refused.returncode != 0
    assert "ImproperlyConfigured" in refused.stderr and "private to each process" in refused.stderr
    # Without the page cache nothing can be served stale: allowed.
    allowed = backend(CACHE_DIR="", PAGE_CACHE_ENABLED="false")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.split() == ["django.core.cache.backends.locmem.LocMemCache", "False"]
