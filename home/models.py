"""Site-wide models: the image model, the base class of every page, the home page
and standard pages (Giới thiệu, Liên hệ, …)."""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from PIL import UnidentifiedImageError
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BodyBlock
from search.normalise import search_words

from .forms import PortalPageForm
from .text import normalise_model_text, slugify_vi
from .visibility import visible_to_public

logger = logging.getLogger(__name__)


class CustomImage(AbstractImage):
    """Wagtail's image with a credit line (photographer or source)."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source of the photo, e.g. 'Ảnh: Đoàn xã'."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    # A broken, truncated or unreadable original never breaks a page: Wagtail's
    # template tags render a "not found" image for SourceImageIOError, so every
    # decoding error is reported as one (and logged).
    def get_rendition(self, filter):
        with _unreadable_source_as_io_error(self):
            return super().get_rendition(filter)

    def get_renditions(self, *filters):
        with _unreadable_source_as_io_error(self):
            return super().get_renditions(*filters)


@contextmanager
def _unreadable_source_as_io_error(image):
    try:
        yield
    except SourceImageIOError:
        raise
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError) as error:
        logger.warning("Cannot make a rendition of image %s (%s): %s", image.pk, image.file.name, error)
        raise SourceImageIOError(str(error)) from error


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class TitleSearchField(index.SearchField):
    """The title followed by its folded words, so the search index's title
    column matches "tre em" as well as "trẻ em" (search.queries ranks title
    matches first from that small column alone)."""

    def get_value(self, obj):
        return f"{obj.title} {search_words(obj.title)}"


# Wagtail's page search fields, plus the title with its folded words (above).
PAGE_SEARCH_FIELDS = Page.search_fields + [TitleSearchField("title", boost=2)]

FOLDED_SEARCH_FIELDS = [
    index.SearchField("search_folded_title", boost=2),
    index.SearchField("search_folded_text"),
    index.AutocompleteField("search_folded_title"),
]


def stream_text(stream):
    """Plain text of a body StreamField: paragraphs, captions, quotes, tables."""
    parts = []
    for block in stream or []:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(strip_tags(value.source))
        elif block.block_type == "image":
            parts.append(value.get("caption") or "")
        elif block.block_type == "quote":
            parts.extend([value.get("text") or "", value.get("attribution") or ""])
        elif block.block_type == "table":
            rows = (value or {}).get("data") or []
            parts.extend(str(cell) for row in rows for cell in row if cell)
        elif block.block_type == "document":
            parts.append(value.get("title") or "")
    return " ".join(part for part in parts if part)


class PortalPage(Page):
    """Base of every page type of the portal.

    Before a page is validated or saved (Wagtail calls
    ``_set_core_field_defaults`` from ``full_clean``, ``minimal_clean`` and so
    from ``save`` and ``save_revision``), its text is stored in NFC and a
    missing slug is made ASCII from the Vietnamese title.
    """

    base_form_class = PortalPageForm

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        """Text for <meta name="description"> and Open Graph: the editor's
        search description, else the page's own summary."""
        return self.search_description or self.get_summary()

    def get_summary(self):
        return ""

    def serve_password_required_response(self, request, form, action_url):
        """A private page's password form: never kept by any cache."""
        response = super().serve_password_required_response(request, form, action_url)
        add_never_cache_headers(response)
        return response

    @property
    def meta_image(self):
        """Image for Open Graph, or None."""
        return None

    def get_search_text(self):
        """Plain text of the page's own content, for search and excerpts."""
        return self.get_summary()

    # Folded copies (search.normalise.fold) indexed next to the original text,
    # so "tre em" finds "trẻ em" on both databases.
    def search_folded_title(self):
        return search_words(self.title)

    def search_folded_text(self):
        return search_words(self.get_search_text())

    def _set_core_field_defaults(self):
        normalise_model_text(self)
        for relation in get_all_child_relations(self):
            for child in getattr(self, relation.get_accessor_name()).all():
                normalise_model_text(child)
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if not self.slug and parent_is_known:
            base_slug = slugify_vi(self.title)
            if base_slug:
                self.slug = self._get_autogenerated_slug(base_slug)
        super()._set_core_field_defaults()


class HomePage(PortalPage):
    """The root of the site: latest news, albums and videos (see the template)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short welcome shown at the top of the home page. May be left empty."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "gallery.GalleryIndexPage",
        "gallery.VideoIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def latest_articles(self, limit=6):
        """The newest live, public articles anywhere on this site."""
        from news.models import NewsArticlePage

        articles = visible_to_public(NewsArticlePage.objects.descendant_of(self))
        return (
            articles.order_by("-date", "-pk")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")[:limit]
        )

    def category_blocks(self, per_category=4):
        """Each news category (a news index two levels below home) with its
        newest articles: one query per category."""
        from news.models import NewsIndexPage

        categories = visible_to_public(NewsIndexPage.objects.descendant_of(self).filter(depth=self.depth + 2))
        blocks = []
        for category in categories.order_by("path"):
            articles = list(category.get_articles()[:per_category])
            if articles:
                blocks.append({"category": category, "articles": articles})
        return blocks

    def latest_media(self):
        """The newest live, public album (with its cover photo) and video."""
        from gallery.models import GalleryPage, VideoPage

        album = visible_to_public(GalleryPage.objects.descendant_of(self)).order_by("-date", "-pk").first()
        cover = album.gallery_images.select_related("image").first() if album else None
        video = (
            visible_to_public(VideoPage.objects.descendant_of(self))
            .select_related("video")
            .order_by("-date", "-pk")
            .first()
        )
        return {"album": album, "album_cover": cover, "video": video}

    def get_context(self, request, *args, **kwargs):
        # Lazy: the template caches these lists ({% wagtailpagecache %}), and
        # a cached fragment must not cost their queries.
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = self.latest_articles(limit=5)
        context["category_blocks"] = SimpleLazyObject(self.category_blocks)
        media = SimpleLazyObject(self.latest_media)
        context["album"] = SimpleLazyObject(lambda: media["album"])
        context["album_cover"] = SimpleLazyObject(lambda: media["album_cover"])
        context["video"] = SimpleLazyObject(lambda: media["video"])
        context["news_index"] = self.news_index()
        return context

    def news_index(self):
        from news.models import NewsIndexPage

        return visible_to_public(NewsIndexPage.objects.child_of(self)).order_by("path").first()


class StandardPage(PortalPage):
    """A plain page of text: Giới thiệu, Liên hệ, Sơ đồ tổ chức…"""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in bold under the title."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *FOLDED_SEARCH_FIELDS,
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def get_summary(self):
        return self.intro

    def get_search_text(self):
        return " ".join(filter(None, [self.intro, stream_text(self.body)]))

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the header and footer show: editable because communes merge and rename."""

    site_name = models.CharField(
        _("portal name"),
        max_length=255,
        default="Trang thông tin điện tử xã Tam Đại - huyện Phú Ninh - tỉnh Quảng Nam",
        help_text=_("The full name shown in bold capitals in the header."),
    )
    emblem = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("emblem or logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the left of the header. A square image works best."),
    )
    unit_name = models.CharField(
        _("unit in charge"),
        max_length=255,
        default="Ủy ban nhân dân xã Tam Đại",
        help_text=_("The body that runs the portal, shown in the footer."),
    )
    responsible_person = models.CharField(
        _("person responsible"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Chịu trách nhiệm chính: Chủ tịch UBND xã'."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        default="xã Tam Đại, huyện Phú Ninh, tỉnh Quảng Nam",
        help_text=_("Shown in the footer."),
    )
    phone = models.CharField(
        _("phone"), max_length=64, blank=True, help_text=_("Shown in the footer, e.g. 0235 3xxx xxx.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Shown in the footer."))

    panels = [
        FieldPanel("site_name"),
        FieldPanel("emblem"),
        FieldPanel("unit_name"),
        FieldPanel("responsible_person"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta:
        verbose_name = _("portal settings")


class LinkBanner(models.Model):
    """A "Banner liên kết" in the sidebar: an image linking to another site."""

    title = models.CharField(
        _("title"), max_length=255, help_text=_("Shown under the banner image.")
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide image (about 3 times wider than high). Optional."),
    )
    url = models.URLField(_("link"), help_text=_("The address the banner opens, e.g. https://quangnam.gov.vn"))
    active = models.BooleanField(
        _("shown"), default=True, help_text=_("Untick to hide the banner without deleting it.")
    )
    sort_order = models.IntegerField(null=True, blank=True, editable=False)

    panels = [FieldPanel("title"), FieldPanel("image"), FieldPanel("url"), FieldPanel("active")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("link banner")
        verbose_name_plural = _("link banners")

    def __str__(self):
        return self.title
