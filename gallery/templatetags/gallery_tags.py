import random

from django import template
from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from gallery.sidebar import latest_video, random_photos
from ops.cache import current_generation
from portal.sites import current_root, current_site

register = template.Library()

# "Hình ảnh ngẫu nhiên" draws from a pool of random photos, rendered once and
# cached for a few minutes (and renewed with any visible change): a page view
# then costs no query for it, and the pool itself keeps rotating.
PHOTO_POOL_SIZE = 24


@register.inclusion_tag("gallery/includes/sidebar_video.html", takes_context=True)
def sidebar_video(context):
    request = context.get("request")
    return {"video": latest_video(current_root(request)), "request": request}


@register.inclusion_tag("gallery/includes/sidebar_photos.html", takes_context=True)
def sidebar_random_photos(context, count=4):
    request = context.get("request")
    site = current_site(request)
    # The generation the page already looked up (ops.context_processors).
    generation = context.get("cache_generation") or current_generation() or "none"
    # One pool per site: drawn from that site's albums only.
    key = f"sidebar-photos:{generation}:{site.pk if site else 'none'}"
    try:
        pool = cache.get(key)
    except Exception:
        pool = None
    if pool is None:
        pool = [
            render_to_string("gallery/includes/sidebar_photo.html", {"photo": photo, "request": request})
            for photo in random_photos(site.root_page if site else None, PHOTO_POOL_SIZE)
        ]
        try:
            cache.set(key, pool, settings.PHOTO_POOL_SECONDS)
        except Exception:
            pass
    chosen = random.sample(pool, min(count, len(pool)))
    return {"photos": [mark_safe(item) for item in chosen]}
