"""The sidebar blocks every page shows: "Video clip" and "Hình ảnh ngẫu nhiên".

Both read only live, public albums and videos, in a fixed number of queries.
"""

import random

from django.db.models import Max

from home.visibility import visible_to_public

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
    below the largest id and fetch, by primary key, those that exist and belong
    to a visible album: index seeks, fast at 100,000 photos, in a fixed number
    of queries (largest id, photos, their renditions). Only when no draw hits
    (ids with large gaps, or almost every album hidden) does one more query
    take the visible photos that follow a random id.
    """
    top = GalleryImage.objects.aggregate(top=Max("pk"))["top"]
    if not top:
        return []
    visible = GalleryImage.objects.filter(
        page__in=visible_to_public(GalleryPage.objects.all()).values("pk")
    ).select_related("image", "page").prefetch_related("image__renditions")
    ids = {rng.randint(1, top) for _ in range(count * draws_per_photo)}
    photos = list(visible.filter(pk__in=ids)[:count])
    if not photos:
        start = rng.randint(1, top)
        photos = list(visible.filter(pk__gte=start).order_by("pk")[:count]) or list(
            visible.order_by("pk")[:count]
        )
    rng.shuffle(photos)
    return photos
