"""Photo albums and video clips."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import DatedPage, IndexPage, SearchType
from portal.visibility import visible_to_public


def default_alt_text(caption, image):
    """Alternative text when the editor gave none: the caption, else the
    image's description or title."""
    if caption and caption.strip():
        return caption.strip()[:255]
    return (image.default_alt_text if image is not None else "")[:255]


class GalleryIndexPage(IndexPage):
    """"Thư viện ảnh": the list of photo albums."""

    listing_name = "albums"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.GalleryPage"]

    class Meta:
        verbose_name = _("photo library")
        verbose_name_plural = _("photo libraries")

    def get_listing(self):
        """Live, public albums, newest first, each annotated with its cover
        (first photo) id and photo count."""
        first_photo = GalleryImage.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
        return (
            visible_to_public(GalleryPage.objects.child_of(self))
            .annotate(
                cover_image_id=Subquery(first_photo.values("image_id")[:1]),
                photo_count=Count("gallery_images"),
            )
            .order_by("-date", "-pk")
        )

    def prepare_items(self, items):
        return attach_covers(items)


def attach_covers(albums):
    """Set ``album.cover`` (an image with its renditions) on each album, in one
    query for all of them."""
    albums = list(albums)
    ids = {album.cover_image_id for album in albums if album.cover_image_id}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_related("renditions")
    by_id = {image.pk: image for image in images} if ids else {}
    for album in albums:
        album.cover = by_id.get(album.cover_image_id)
    return albums


class GalleryPage(DatedPage):
    """A photo album: a date, a description and an ordered list of photos."""

    description = models.TextField(
        _("description"), blank=True, help_text=_("What the album is about, in a few sentences.")
    )

    content_panels = DatedPage.content_panels + [
        FieldPanel("description"),
        MultipleChooserPanel(
            "gallery_images",
            chooser_field_name="image",
            label=_("Photos"),
            heading=_("Photos"),
            help_text=_("Choose or upload several photos at once, then drag them into order."),
        ),
    ]
    search_fields = DatedPage.search_fields + [index.SearchField("description")]

    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []
    search_type = SearchType("album", _("Photo albums"), order=3)

    class Meta:
        verbose_name = _("photo album")
        verbose_name_plural = _("photo albums")

    def get_summary(self):
        return self.description

    def get_search_text(self):
        captions = " ".join(caption for caption in self.gallery_images.values_list("caption", flat=True) if caption)
        return " ".join(filter(None, [self.description, captions]))

    @property
    def meta_image(self):
        first = self.gallery_images.select_related("image").first()
        return first.image if first else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = list(self.get_photos())
        return context

    def get_photos(self):
        return self.gallery_images.select_related("image").prefetch_related("image__renditions")


class GalleryImage(Orderable):
    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose a photo or upload new ones (several at once)."),
    )
    caption = models.CharField(
        _("caption"), max_length=500, blank=True, help_text=_("Shown under the photo.")
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describes the photo for people who cannot see it. Left empty, the caption "
            "is used, else the image's own description or title."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text")]

    def save(self, *args, **kwargs):
        # Every photo has alternative text: the editor's, else a sensible default.
        if not self.alt_text.strip():
            self.alt_text = default_alt_text(self.caption, self.image if self.image_id else None)
        super().save(*args, **kwargs)

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        # The first and last photo id of each album in one index seek (the
        # sidebar's random photos: gallery.sidebar).
        indexes = [models.Index(fields=["page", "id"], name="gallery_photo_album_id")]


class VideoIndexPage(IndexPage):
    """"Video clip": the list of videos."""

    listing_name = "videos"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.VideoPage"]

    class Meta:
        verbose_name = _("video library")
        verbose_name_plural = _("video libraries")

    def get_listing(self):
        return (
            visible_to_public(VideoPage.objects.child_of(self))
            .select_related("video")
            .order_by("-date", "-pk")
        )


class VideoPage(DatedPage):
    """A video clip: an uploaded video file or a link to YouTube / Facebook."""

    description = models.TextField(
        _("description"), blank=True, help_text=_("What the video shows, in a few sentences.")
    )
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An uploaded video (MP4). Leave empty if you give a link below."),
    )
    embed_url = models.URLField(
        _("video link"),
        blank=True,
        help_text=_("A YouTube or Facebook video address, used when no file is uploaded."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("What is said in the video, for people who cannot hear it."),
    )

    content_panels = DatedPage.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("embed_url")],
            heading=_("Video"),
            help_text=_("Upload a file or give a link: one of the two is required."),
        ),
        FieldPanel("transcript"),
    ]
    search_fields = DatedPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["gallery.VideoIndexPage"]
    subpage_types = []
    search_type = SearchType("video", _("Video clips"), order=4)

    class Meta:
        verbose_name = _("video clip")
        verbose_name_plural = _("video clips")

    def get_summary(self):
        return self.description

    def get_search_text(self):
        return " ".join(filter(None, [self.description, self.transcript]))

    def clean(self):
        super().clean()
        if not self.video_id and not self.embed_url:
            raise ValidationError(
                {"embed_url": _("Upload a video file or give a video link.")}
            )
