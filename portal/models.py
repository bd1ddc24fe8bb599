"""The abstract pages every page type of the portal is built from.

- ``PortalPage``: text stored in NFC, ASCII slugs from Vietnamese titles,
  search fields with folded words, meta description and image, a password form
  no cache keeps.
- ``IntroPage``: a page with a short rich-text introduction (home, indexes).
- ``IndexPage``: an introduction and a paginated listing of what is below it
  (news categories, albums, videos, and the indexes to come).
- ``DatedPage``: a page with its own date, with "newer" / "older" siblings of
  its type (articles, albums, videos).

No tables here: concrete page models live in their own apps (news, gallery,
home…) and keep their app labels.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from PIL import UnidentifiedImageError
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES
from .forms import PortalPageForm
from .navigation import dated_neighbours
from .pagination import elided_page_range, paginate
from .text import normalise_model_text, search_words, slugify_vi, unique_child_slug

logger = logging.getLogger(__name__)


class TitleSearchField(index.SearchField):
    """The title followed by its folded words, so the search index's title
    column matches "tre em" as well as "trẻ em" (search.queries ranks title
    matches first from that small column alone)."""

    def get_value(self, obj):
        return f"{obj.title} {search_words(obj.title)}"


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


@dataclass(frozen=True)
class SearchType:
    """How a page type appears in the search page's type filter (``?loai=key``)."""

    key: str
    label: str
    order: int = 100


class PortalPage(Page):
    """Base of every page type of the portal.

    Before a page is validated or saved (``full_clean`` on save and on
    ``save_revision``, ``minimal_clean`` on preview), its text is stored in
    NFC and a missing slug is made ASCII from the Vietnamese title.
    """

    base_form_class = PortalPageForm

    # Folded copies (portal.text.search_words) indexed next to the original
    # text, so "tre em" finds "trẻ em" on both databases. Subclasses add their
    # own fields: ``search_fields = Parent.search_fields + [...]``.
    search_fields = Page.search_fields + [
        TitleSearchField("title", boost=2),
        index.SearchField("search_folded_title", boost=2),
        index.SearchField("search_folded_text"),
        index.AutocompleteField("search_folded_title"),
    ]

    # Pages reached from their section rather than listed in the HTML site map
    # (articles, albums, videos: see DatedPage).
    in_site_map = True
    # A SearchType makes the page type a result of site search, with a filter.
    search_type = None

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        """Text for <meta name="description"> and Open Graph: the editor's
        search description, else the page's own summary."""
        return self.search_description or self.get_summary()

    def get_summary(self):
        return ""

    @property
    def meta_image(self):
        """Image for Open Graph, or None."""
        return None

    def get_search_text(self):
        """Plain text of the page's own content, for search and excerpts."""
        return self.get_summary()

    def search_folded_title(self):
        return search_words(self.title)

    def search_folded_text(self):
        return search_words(self.get_search_text())

    def serve_password_required_response(self, request, form, action_url):
        """A private page's password form: never kept by any cache."""
        response = super().serve_password_required_response(request, form, action_url)
        add_never_cache_headers(response)
        return response

    def full_clean(self, *args, **kwargs):
        self.normalise_before_save()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.normalise_before_save()
        super().minimal_clean()

    def normalise_before_save(self):
        """NFC for the page and its child rows; an ASCII slug from the title
        when none was given (once the page has its place in the tree)."""
        normalise_model_text(self)
        for relation in get_all_child_relations(self):
            for child in getattr(self, relation.get_accessor_name()).all():
                normalise_model_text(child)
        if not self.slug and self.path:
            base = slugify_vi(self.title)
            if base:
                self.slug = unique_child_slug(self.get_parent(), base, self)


class IntroPage(PortalPage):
    """A page that opens with a short introduction (rich text)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Optional text shown at the top of the page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_summary(self):
        return strip_tags(self.intro).strip()


class IndexPage(IntroPage):
    """An introduction, then a paginated list of what is below it.

    Subclasses say what they list (``get_listing``, live and public only) and
    under which name the template finds it (``listing_name``); they may
    prepare a page of items in one go (``prepare_items``). A route can render
    another list in the same layout: ``self.render(request, listing=...)``.
    """

    listing_name = "items"

    class Meta:
        abstract = True

    def get_listing(self):
        raise NotImplementedError

    def prepare_items(self, items):
        """Attach what a page of items needs (covers…), in a fixed number of queries."""
        return items

    def get_context(self, request, *args, listing=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.get_listing() if listing is None else listing,
                            settings.LISTING_PAGE_SIZE)
        self.prepare_items(page_obj.object_list)
        context[self.listing_name] = context["listing"] = page_obj
        context["page_range"] = elided_page_range(page_obj)
        if page_obj.number > 1:
            context["canonical_query"] = f"page={page_obj.number}"
        return context


class DatedPage(PortalPage):
    """A page with its own date: lists are ordered by it, and the page links
    to its newer and older siblings of the same type ("Tin mới hơn / Tin cũ hơn")."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date shown on the page; lists are ordered by it. Defaults to today."),
    )

    content_panels = Page.content_panels + [FieldPanel("date")]
    search_fields = PortalPage.search_fields + [index.FilterField("date")]
    in_site_map = False

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newer"], context["older"] = dated_neighbours(self, type(self))
        return context


class TolerantRenditionsMixin:
    """For the image model: a broken, truncated or unreadable original never
    breaks a page. Wagtail's template tags render a "not found" image for
    ``SourceImageIOError``, so every decoding error is reported as one (and logged)."""

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
