from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .cache import current_generation


def cache_generation(request):
    """``cache_generation`` for ``{% wagtailcache %}`` fragments: shared blocks
    (menu, sidebar, the home page's lists) are cached under the page cache's
    generation, so any change a visitor could see renews them too."""
    return {
        "cache_generation": SimpleLazyObject(lambda: current_generation() or "none"),
        "fragment_cache_seconds": settings.FRAGMENT_CACHE_SECONDS,
    }
