"""The sidebar blocks every page shows: "Video clip" and "Hình ảnh ngẫu nhiên".

Both read only live, public albums and videos, in a fixed number of queries.
"""

import random

from django.db.models import Max
from wagtail.models import Page

from portal.visibility import visible_to_public

from .models import GalleryImage, GalleryPage, VideoPage


def latest_video():
    """The newest live, public video clip, or None."""
    return (
        visible_to_public(VideoPage.objects.all())
        .select_related("video")
        .order_by("-date", "-pk")
        .first()
    )


def random_photos(count=4, rng=random, draws_per_photo=10):
    """Up to ``count`` random photos from live, public albums.

    No ``ORDER BY RANDOM()`` (a full scan of the photo table): draw random ids
    below the largest id, look those rows up by primary key, keep the ones whose
    album is visible (checked on those few albums only), then load the chosen
    photos with their images and renditions. Index seeks only, so it stays fast
    at 100,000 photos (``manage.py bench_random_photos``), in a fixed number of
    queries. Only when no draw hits (ids with large gaps, or almost every album
    hidden) do two more queries draw among the newest visible photos.
    """
    top = GalleryImage.objects.aggregate(top=Max("pk"))["top"]
    if not top:
        return []
    ids = {rng.randint(1, top) for _ in range(count * draws_per_photo)}
    chosen = _visible_photo_ids(GalleryImage.objects.filter(pk__in=ids), count, rng)
    if not chosen:
        # Rare: most photos are hidden or the ids are sparse. Draw among the
        # newest photos of visible albums instead.
        visible_albums = visible_to_public(Page.objects.type(GalleryPage)).values("pk")
        newest = GalleryImage.objects.filter(page__in=visible_albums).order_by("-pk")
        chosen = _visible_photo_ids(newest[: count * draws_per_photo], count, rng)
    if not chosen:
        return []
    photos = GalleryImage.objects.filter(pk__in=chosen).select_related("image", "page")
    photos = {photo.pk: photo for photo in photos.prefetch_related("image__renditions")}
    return [photos[pk] for pk in chosen if pk in photos]


def _visible_photo_ids(candidates, count, rng):
    """Up to ``count`` ids, in random order, of ``candidates`` in visible albums."""
    rows = list(candidates.values_list("pk", "page_id"))
    if not rows:
        return []
    albums = {page_id for _, page_id in rows}
    visible = set(visible_to_public(Page.objects.filter(pk__in=albums)).values_list("pk", flat=True))
    ids = [pk for pk, page_id in rows if page_id in visible]
    rng.shuffle(ids)
    return ids[:count]
