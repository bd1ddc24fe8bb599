"""News: categories (nested NewsIndexPage) and articles (NewsArticlePage)."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import DatedPage, IndexPage, SearchType
from portal.text import nfc, same_words, slugify_vi
from portal.visibility import visible_to_public

from .feeds import NewsFeed


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """A news section or category ("Tin tức hoạt động", "Chính quyền", …).

    Categories are news indexes nested in the page tree; each lists every live,
    public article below it, at any depth, newest first.
    """

    listing_name = "articles"

    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]
    subpage_types = ["news.NewsIndexPage", "news.NewsArticlePage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def get_listing(self):
        """Live, public articles anywhere below this index, newest first."""
        articles = NewsArticlePage.objects.descendant_of(self)
        return (
            visible_to_public(articles)
            .order_by("-date", "-pk")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")
        )

    @path("tu-khoa/<str:tag_slug>/", name="tag")
    def tag_route(self, request, tag_slug):
        """Articles below this index with the tag ``tag_slug``.

        Tags are shared by every site of the install: a tag that no live,
        public article below this index carries (one of another commune's, or
        of drafts only) does not exist here. Same query as a plain lookup.
        """
        listing = self.get_listing()
        tagged_here = Exists(listing.filter(tagged_items__tag=OuterRef("pk")))
        tag = NewsTag.objects.filter(tagged_here, slug=tag_slug).first()
        if tag is None:
            raise Http404(_("This tag does not exist."))
        return self.render(
            request,
            template="news/news_tag_page.html",
            listing=listing.filter(tagged_items__tag=tag),
            context_overrides={"tag": tag},
        )

    @path("rss/", name="rss")
    def rss_route(self, request):
        return NewsFeed(self)(request)

    def tag_url(self, tag, request=None):
        return self.get_url(request) + self.reverse_subpage("tag", kwargs={"tag_slug": tag.slug})

    def rss_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("rss")


class NewsTagQuerySet(models.QuerySet):
    """A tag typed in another case or normal form ("Đường giao thông",
    "ĐƯỜNG giao thông" in NFD) is the existing tag "đường giao thông".

    Taggit finds existing tags with ``name__iexact`` (TAGGIT_CASE_INSENSITIVE),
    which SQLite applies to ASCII letters only and no database applies across
    normal forms; it then asks the tag model's default manager (``.using(db)``,
    so this queryset) to ``get_or_create`` what it did not find, and that is
    where the name is matched here, on every database. (tests/test_menu_tags_feeds.py checks the
    behaviour through taggit, so an upgrade that stops calling
    ``get_or_create`` fails there.)
    """

    def get_or_create(self, defaults=None, **kwargs):
        name = kwargs.get("name__iexact", kwargs.get("name"))
        if isinstance(name, str):
            base = slugify_vi(name)
            for tag in self.filter(slug__startswith=base) if base else ():
                if same_words(tag.name, name):
                    return tag, False
            kwargs = {"name": nfc(name)}
            defaults = {**(defaults or {}), "name": nfc(name)}
        return super().get_or_create(defaults=defaults, **kwargs)


class NewsTag(TagBase):
    """A tag of news articles, with an ASCII slug made from its Vietnamese name."""

    free_tagging = True

    objects = NewsTagQuerySet.as_manager()

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def slugify(self, tag, i=None):
        slug = slugify_vi(tag) or "tu-khoa"
        return f"{slug}-{i}" if i is not None else slug


class NewsArticleTag(ItemBase):
    tag = models.ForeignKey(NewsTag, related_name="tagged_articles", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(DatedPage):
    """One news article."""

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

    content_panels = DatedPage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
        FieldPanel("author"),
        FieldPanel("tags"),
    ]
    search_fields = DatedPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    search_type = SearchType("tin-bai", _("News articles"), order=1)

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
