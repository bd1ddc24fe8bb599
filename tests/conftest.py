import pytest
from django.core.cache import cache

from tests.factories import build_site


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths; stale ones leak between tests otherwise.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """Home › Tin tức hoạt động › Chính quyền, plus the gallery and video indexes."""
    return build_site()
