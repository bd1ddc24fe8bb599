"""Benchmark of the sidebar's random photos at scale (`make bench-gallery`).

Fills the configured database with N photo rows (default 100,000) in albums of
200, some of them draft or private, times ``random_photos()`` and rolls
everything back. Use a throwaway database: see the Makefile.
"""

import random
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from gallery.models import GalleryImage, GalleryIndexPage, GalleryPage
from gallery.sidebar import random_photos


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the random-photo query of the sidebar on a large photo table (rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--photos", type=int, default=100_000)
        parser.add_argument("--per-album", type=int, default=200)
        parser.add_argument("--runs", type=int, default=300)

    def handle(self, *args, photos, per_album, runs, **options):
        try:
            with transaction.atomic():
                self._fill(photos, per_album)
                self._measure(photos, runs)
                raise Rollback
        except Rollback:
            self.stdout.write("(all benchmark rows rolled back)")

    def _fill(self, photos, per_album):
        started = time.perf_counter()
        root = Page.get_first_root_node()
        index = GalleryIndexPage(title="Thư viện ảnh (benchmark)", slug="bench-thu-vien-anh")
        root.add_child(instance=index)
        index.save_revision().publish()
        albums = []
        for number in range(max(1, photos // per_album)):
            album = GalleryPage(title=f"Album {number}", slug=f"album-{number}", live=number % 10 != 0)
            index.add_child(instance=album)
            albums.append(album)
        for album in albums[1::10]:  # one album in ten is private
            PageViewRestriction.objects.create(page=album, restriction_type="password", password="x")
        Image = get_image_model()
        images = Image.objects.bulk_create(
            Image(title=f"Ảnh {n}", file=f"original_images/bench-{n}.jpg", width=960, height=600)
            for n in range(photos)
        )
        GalleryImage.objects.bulk_create(
            GalleryImage(page=albums[n // per_album % len(albums)], image=image, sort_order=n % per_album,
                         caption=f"Ảnh {n}", alt_text=f"Ảnh {n}")
            for n, image in enumerate(images)
        )
        hidden = sum(1 for a in albums if not a.live) + len(albums[1::10])
        self.stdout.write(
            f"{connection.vendor}: {photos:,} photos in {len(albums)} albums "
            f"({hidden} draft or private) made in {time.perf_counter() - started:.1f} s"
        )

    def _measure(self, photos, runs):
        rng = random.Random(2189)
        root = Page.get_first_root_node()  # the benchmark's albums hang below the tree root
        hidden_albums = set(GalleryPage.objects.filter(live=False).values_list("pk", flat=True)) | set(
            PageViewRestriction.objects.values_list("page_id", flat=True)
        )
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            chosen = random_photos(root, 4, rng=rng)
            timings.append((time.perf_counter() - started) * 1000)
            assert len(chosen) == 4 and not {p.page_id for p in chosen} & hidden_albums
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        self.stdout.write(
            f"random_photos(4) over {photos:,} photo rows, {runs} runs: "
            f"p50 {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms"
        )
