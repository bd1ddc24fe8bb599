"""News: categories (nested NewsIndexPage) and articles (NewsArticlePage)."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import FOLDED_SEARCH_FIELDS, PAGE_SEARCH_FIELDS, PortalPage, stream_text
from home.navigation import dated_neighbours
from home.pagination import elided_page_range, paginate
from home.text import nfc, slugify_vi

from .feeds import NewsFeed
from home.visibility import visible_to_public


class NewsIndexPage(RoutablePageMixin, PortalPage):
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
    search_fields = PAGE_SEARCH_FIELDS + [index.SearchField("intro"), *FOLDED_SEARCH_FIELDS]

    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]
    subpage_types = ["news.NewsIndexPage", "news.NewsArticlePage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def get_summary(self):
        return strip_tags(self.intro).strip()

    def get_articles(self):
        """Live, public articles anywhere below this index, newest first."""
        articles = NewsArticlePage.objects.descendant_of(self)
        return (
            visible_to_public(articles)
            .order_by("-date", "-pk")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")
        )

    def list_articles(self, request, articles, **extra):
        page_obj = paginate(request, articles, settings.NEWS_PER_PAGE)
        context = {"articles": page_obj, "page_range": elided_page_range(page_obj), **extra}
        if page_obj.number > 1:
            context["canonical_query"] = f"page={page_obj.number}"
        return context

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides=self.list_articles(request, self.get_articles()))

    @path("tu-khoa/<str:tag_slug>/", name="tag")
    def tag_route(self, request, tag_slug):
        """Articles below this index with the tag ``tag_slug``."""
        tag = NewsTag.objects.filter(slug=tag_slug).first()
        if tag is None:
            raise Http404(_("This tag does not exist."))
        articles = self.get_articles().filter(tagged_items__tag=tag)
        return self.render(
            request,
            template="news/news_tag_page.html",
            context_overrides=self.list_articles(request, articles, tag=tag),
        )

    @path("rss/", name="rss")
    def rss_route(self, request):
        return NewsFeed(self)(request)

    def tag_url(self, tag, request=None):
        return self.get_url(request) + self.reverse_subpage("tag", kwargs={"tag_slug": tag.slug})

    def rss_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("rss")


class NewsTag(TagBase):
    """A tag of news articles, with an ASCII slug made from its Vietnamese name."""

    free_tagging = True

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def slugify(self, tag, i=None):
        slug = slugify_vi(tag) or "tu-khoa"
        return f"{slug}-{i}" if i is not None else slug


class _NewsTagManager(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        # A name typed in another case or normal form ("Đường giao thông" for
        # "đường giao thông") reuses the existing tag. Taggit's case-insensitive
        # lookup relies on the database: SQLite folds ASCII letters only.
        names = [nfc(tag) for tag in tags if isinstance(tag, str)]
        if names:
            candidates = NewsTag.objects.filter(slug__in={slugify_vi(name) for name in names})
            by_folded_name = {tag.name.casefold(): tag for tag in candidates}
            tags = [
                by_folded_name.get(nfc(tag).casefold(), nfc(tag)) if isinstance(tag, str) else tag
                for tag in tags
            ]
        return super()._to_tag_model_instances(tags, tag_kwargs)


class NewsTaggableManager(ClusterTaggableManager):
    """``ClusterTaggableManager`` whose manager matches Vietnamese tag names
    case-insensitively on every database."""

    def __get__(self, instance, model):
        return _NewsTagManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


class NewsArticleTag(ItemBase):
    tag = models.ForeignKey(NewsTag, related_name="tagged_articles", on_delete=models.CASCADE)
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
    tags = NewsTaggableManager(
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
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
        *FOLDED_SEARCH_FIELDS,
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    def get_summary(self):
        return self.lead

    def get_admin_display_title(self):
        """Admin listings and the page chooser show the article date too."""
        title = super().get_admin_display_title()
        return f"{title} ({self.date_display})" if self.date else title

    @property
    def date_display(self):
        """The article date as editors type it, for admin listings."""
        return f"{self.date:%d/%m/%Y}" if self.date else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newer"], context["older"] = dated_neighbours(self, NewsArticlePage)
        context["tag_index"] = self.get_tag_index()
        return context

    def get_tag_index(self):
        """The top news index above this article (e.g. "Tin tức hoạt động"):
        its tag URLs list the tag across every category."""
        if not self.path:
            return None
        return NewsIndexPage.objects.ancestor_of(self).order_by("depth").first()

    @property
    def meta_image(self):
        return self.featured_image

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
