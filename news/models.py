"""News: categories (nested NewsIndexPage) and articles (NewsArticlePage)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import PortalPage
from home.pagination import elided_page_range, paginate
from home.visibility import visible_to_public


class NewsIndexPage(PortalPage):
    """A news section or category ("Tin tức hoạt động", "Chính quyền", …).

    Categories are news indexes nested in the page tree; each lists every live,
    public article below it, at any depth, newest first.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Optional text shown above the list of articles."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]
    subpage_types = ["news.NewsIndexPage", "news.NewsArticlePage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def get_articles(self):
        """Live, public articles anywhere below this index, newest first."""
        articles = NewsArticlePage.objects.descendant_of(self)
        return (
            visible_to_public(articles)
            .order_by("-date", "-pk")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.get_articles(), settings.NEWS_PER_PAGE)
        context["articles"] = page_obj
        context["page_range"] = elided_page_range(page_obj)
        return context


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(PortalPage):
    """One news article."""

    date = models.DateField(
        _("article date"),
        default=timezone.localdate,
        help_text=_("The date shown on the article; lists are ordered by it. Defaults to today."),
    )
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("The summary (sapo) shown in bold under the title and in lists: one or two sentences."),
    )
    featured_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the article and as its thumbnail in lists."),
    )
    featured_image_caption = models.CharField(
        _("featured image caption"),
        max_length=500,
        blank=True,
        help_text=_("Shown under the featured image."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))
    author = models.CharField(
        _("author / source"),
        max_length=255,
        blank=True,
        help_text=_("Shown at the end of the article, e.g. 'Văn phòng UBND xã' or 'Nguồn: Báo Quảng Nam'."),
    )
    tags = ClusterTaggableManager(
        through=NewsArticleTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Keywords that link related articles across categories, e.g. 'trẻ em'."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
        FieldPanel("author"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
