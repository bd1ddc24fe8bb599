"""Photo albums and video clips."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.models import PortalPage
from home.navigation import dated_neighbours
from home.pagination import elided_page_range, paginate
from home.visibility import visible_to_public

DATE_HELP = _("The date of the event; lists are ordered by it. Defaults to today.")


class GalleryIndexPage(PortalPage):
    """"Thư viện ảnh": the list of photo albums."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Optional text shown above the list of albums."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.GalleryPage"]

    class Meta:
        verbose_name = _("photo library")
        verbose_name_plural = _("photo libraries")

    def get_albums(self):
        return visible_to_public(GalleryPage.objects.child_of(self)).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.get_albums(), settings.NEWS_PER_PAGE)
        context["albums"] = page_obj
        context["page_range"] = elided_page_range(page_obj)
        return context


class GalleryPage(PortalPage):
    """A photo album: a date, a description and an ordered list of photos."""

    date = models.DateField(_("date"), default=timezone.localdate, help_text=DATE_HELP)
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the album is about, in a few sentences.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        InlinePanel("gallery_images", label=_("Photos"), heading=_("Photos")),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("photo album")
        verbose_name_plural = _("photo albums")

    def get_summary(self):
        return self.description

    @property
    def meta_image(self):
        first = self.gallery_images.select_related("image").first()
        return first.image if first else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newer"], context["older"] = dated_neighbours(self, GalleryPage)
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

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class VideoIndexPage(PortalPage):
    """"Video clip": the list of videos."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Optional text shown above the list of videos."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.VideoPage"]

    class Meta:
        verbose_name = _("video library")
        verbose_name_plural = _("video libraries")

    def get_videos(self):
        return visible_to_public(VideoPage.objects.child_of(self)).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.get_videos(), settings.NEWS_PER_PAGE)
        context["videos"] = page_obj
        context["page_range"] = elided_page_range(page_obj)
        return context


class VideoPage(PortalPage):
    """A video clip: an uploaded video file or a link to YouTube / Facebook."""

    date = models.DateField(_("date"), default=timezone.localdate, help_text=DATE_HELP)
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

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("embed_url")],
            heading=_("Video"),
            help_text=_("Upload a file or give a link: one of the two is required."),
        ),
        FieldPanel("transcript"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["gallery.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video clip")
        verbose_name_plural = _("video clips")

    def get_summary(self):
        return self.description

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newer"], context["older"] = dated_neighbours(self, VideoPage)
        return context

    def clean(self):
        super().clean()
        if not self.video_id and not self.embed_url:
            raise ValidationError(
                {"embed_url": _("Upload a video file or give a video link.")}
            )
