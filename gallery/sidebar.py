"""The sidebar blocks every page shows: "Video clip" and "Hình ảnh ngẫu nhiên".

Both read only live, public albums and videos of the current site's tree
(``root``, its home page: portal.sites), in a fixed number of queries.
"""

import random

from django.db.models import OuterRef, Subquery
from wagtail.models import Page

from portal.sites import in_site
from portal.visibility import visible_to_public

from .models import GalleryImage, GalleryPage, VideoPage


def latest_video(root):
    """The newest live, public video clip of the site whose home is ``root``, or None."""
    return (
        visible_to_public(in_site(VideoPage.objects.all(), root))
        .select_related("video")
        .order_by("-date", "-pk")
        .first()
    )


def random_photos(root, count=4, rng=random, draws_per_photo=10):
    """Up to ``count`` random photos from the live, public albums of the site
    whose home is ``root``; never a photo of another site or of a hidden album.

    No ``ORDER BY RANDOM()`` (a full scan of the photo table): one query lists
    the site's live albums with the lowest and highest id of their photos
    (index seeks); each draw picks an album, weighted by that id range, and an
    id in it; the drawn ids are looked up by primary key, and those whose album
    is visible and in the site (checked on those few albums only) are kept;
    then the chosen photos are loaded with their images and renditions. Index
    seeks only (``manage.py bench_random_photos`` times it over 100,000
    photos), five queries; only when no draw hits (ids of an album far apart,
    or almost every album private) does a sixth take the newest photos of the
    site's visible albums instead.
    """
    photos = GalleryImage.objects.filter(page=OuterRef("pk")).values("pk")
    albums = [
        (pk, low, high)
        for pk, low, high in in_site(GalleryPage.objects.live(), root)
        .order_by()
        .annotate(low=Subquery(photos.order_by("pk")[:1]), high=Subquery(photos.order_by("-pk")[:1]))
        .values_list("pk", "low", "high")
        if low is not None
    ]
    if not albums:
        return []
    drawn = rng.choices(albums, weights=[high - low + 1 for _, low, high in albums], k=count * draws_per_photo)
    ids = {rng.randint(low, high) for _, low, high in drawn}
    chosen = _visible_photo_ids(GalleryImage.objects.filter(pk__in=ids), root, count, rng)
    if not chosen:
        # Rare: no draw hit a photo of a visible album (most albums private,
        # or ids far apart). The newest photos of the site's visible albums.
        visible_albums = visible_to_public(in_site(Page.objects.type(GalleryPage), root)).values("pk")
        newest = GalleryImage.objects.filter(page__in=visible_albums).order_by("-pk")
        chosen = _visible_photo_ids(newest[: count * draws_per_photo], root, count, rng)
    if not chosen:
        return []
    photos = GalleryImage.objects.filter(pk__in=chosen).select_related("image", "page")
    photos = {photo.pk: photo for photo in photos.prefetch_related("image__renditions")}
    return [photos[pk] for pk in chosen if pk in photos]


def _visible_photo_ids(candidates, root, count, rng):
    """Up to ``count`` ids, in random order, of ``candidates`` in visible albums
    of the site whose home is ``root``."""
    rows = list(candidates.values_list("pk", "page_id"))
    if not rows:
        return []
    albums = in_site(Page.objects.filter(pk__in={page_id for _, page_id in rows}), root)
    visible = set(visible_to_public(albums).values_list("pk", flat=True))
    ids = [pk for pk, page_id in rows if page_id in visible]
    rng.shuffle(ids)
    return ids[:count]
