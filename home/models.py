"""The roof of the site: the home page, standard pages (Giới thiệu, Liên hệ…),
the site's settings, link banners, and the image model."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, Site
from wagtail.search import index

from gallery.models import GalleryPage, VideoPage
from news.models import NewsArticlePage, NewsIndexPage
from portal.blocks import BodyBlock
from portal.models import IntroPage, PortalPage, SearchType, TolerantRenditionsMixin, stream_text
from portal.visibility import visible_to_public

from .forms import LinkBannerForm


class CustomImage(TolerantRenditionsMixin, AbstractImage):
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


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(IntroPage):
    """The root of the site: latest news, albums and videos (see the template)."""

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
        articles = visible_to_public(NewsArticlePage.objects.descendant_of(self))
        return (
            articles.order_by("-date", "-pk")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")[:limit]
        )

    def category_blocks(self, per_category=4):
        """Each news category (a news index two levels below home) with its
        newest articles: one query per category."""
        categories = visible_to_public(NewsIndexPage.objects.descendant_of(self).filter(depth=self.depth + 2))
        blocks = []
        for category in categories.order_by("path"):
            articles = list(category.get_listing()[:per_category])
            if articles:
                blocks.append({"category": category, "articles": articles})
        return blocks

    def latest_media(self):
        """The newest live, public album (with its cover photo) and video."""
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
    search_fields = PortalPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_type = SearchType("trang", _("Pages"), order=2)

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
    description = models.TextField(
        _("portal description"),
        blank=True,
        default="Trang thông tin điện tử của xã Tam Đại, huyện Phú Ninh, tỉnh Quảng Nam: tin tức hoạt động, "
        "văn bản của chính quyền, thư viện ảnh và video của xã.",
        help_text=_(
            "One or two sentences search engines and social networks show for pages that have no "
            "introduction or description of their own."
        ),
    )
    phone = models.CharField(
        _("phone"), max_length=64, blank=True, help_text=_("Shown in the footer, e.g. 0235 3xxx xxx.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Shown in the footer."))
    # A commune that merged into another keeps its portal online as an archive
    # (docs/deployment.md, "Many communes"): these fields make the notice every
    # page of the site shows; create_commune_site --archive sets them.
    archived = models.BooleanField(
        _("merged (archive)"),
        default=False,
        help_text=_(
            "Tick when this commune has merged into another: every page then shows a notice naming the "
            "new commune. Editing is stopped by the operator (create_commune_site --archive)."
        ),
    )
    successor_name = models.CharField(
        _("new commune"),
        max_length=255,
        blank=True,
        help_text=_("The commune it merged into, e.g. 'xã Tam Đại'."),
    )
    successor_url = models.URLField(
        _("new commune's portal"),
        blank=True,
        help_text=_("Where residents find current information, e.g. https://tamdai.danang.gov.vn/"),
    )
    merged_on = models.DateField(
        _("merged on"), null=True, blank=True, help_text=_("The date the merger took effect, e.g. 01/07/2025.")
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("description"),
        FieldPanel("emblem"),
        FieldPanel("unit_name"),
        FieldPanel("responsible_person"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        MultiFieldPanel(
            [FieldPanel("archived"), FieldPanel("successor_name"), FieldPanel("successor_url"), FieldPanel("merged_on")],
            heading=_("Merged commune"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    @property
    def successor_host(self):
        """The new commune's portal address as residents read it: "tamdai.danang.gov.vn"."""
        parts = urlsplit(self.successor_url)
        return (parts.netloc + parts.path.rstrip("/")) or self.successor_url


def default_site_id():
    """The default site's id (new rows of per-site models belong to it unless told otherwise)."""
    return Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()


class LinkBanner(models.Model):
    """A "Banner liên kết" in the sidebar of one site: an image linking to another site."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
        default=default_site_id,
        help_text=_("The commune site whose sidebar shows the banner."),
    )
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

    panels = [FieldPanel("site"), FieldPanel("title"), FieldPanel("image"), FieldPanel("url"), FieldPanel("active")]
    base_form_class = LinkBannerForm  # the site field offers the user's sites only

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("link banner")
        verbose_name_plural = _("link banners")

    def __str__(self):
        return self.title
