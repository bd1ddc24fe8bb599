"""Site search: live, public pages found with or without Vietnamese diacritics.

The backend (Wagtail's database search, on SQLite or PostgreSQL) finds the
pages whose folded text holds every folded word of the query; the first
``RERANK_WINDOW`` hits are then ordered the same way on both databases:
exact (accented) match in the title, folded match in the title, exact match in
the text, then the backend's relevance.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from gallery.models import GalleryPage, VideoPage
from home.models import StandardPage
from home.visibility import searchable_public
from news.models import NewsArticlePage

from .normalise import query_terms, search_words

RERANK_WINDOW = 50

# ?loai= value → (label, page type)
PAGE_TYPES = {
    "tin-bai": (_("News articles"), NewsArticlePage),
    "trang": (_("Pages"), StandardPage),
    "album": (_("Photo albums"), GalleryPage),
    "video": (_("Video clips"), VideoPage),
}


def _has_words(haystack, needle):
    """``needle`` occurs in ``haystack`` as whole words (both lower case)."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def rank_key(query, position, page):
    """Smaller sorts first: accented phrase in the title, folded phrase in the
    title, accented phrase in the text, folded phrase in the text, then the
    backend's order."""
    exact = unicodedata.normalize("NFC", query).lower()
    folded = " ".join(query_terms(query))
    title = unicodedata.normalize("NFC", page.title).lower()
    text = unicodedata.normalize("NFC", page.get_search_text()).lower()
    return (
        not _has_words(title, exact),
        not _has_words(search_words(title), folded),
        not _has_words(text, exact),
        not _has_words(search_words(text), folded),
        position,
    )


class RankedResults:
    """Search results with the first window re-ranked, sliceable for Paginator."""

    def __init__(self, query, results):
        self.results = results
        self._count = None
        head = list(results[:RERANK_WINDOW])
        order = sorted(range(len(head)), key=lambda i: rank_key(query, i, head[i]))
        self.head = [head[i] for i in order]

    def count(self):
        if self._count is None:
            self._count = len(self.head) if len(self.head) < RERANK_WINDOW else self.results.count()
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, item.stop if item.stop is not None else self.count()
        items = self.head[start:stop]
        if stop > RERANK_WINDOW:
            items += list(self.results[max(start, RERANK_WINDOW) : stop])
        return items


def search_pages(query, page_type=None, category=None, exclude_ids=()):
    """Ranked live, public pages matching ``query`` (already cleaned)."""
    terms = query_terms(query)
    if not terms:
        return []
    models = [PAGE_TYPES[page_type][1]] if page_type in PAGE_TYPES else [m for _, m in PAGE_TYPES.values()]
    pages = searchable_public(Page.objects.all()).type(*models)
    if category is not None:
        pages = pages.descendant_of(category)
    if exclude_ids:
        pages = pages.exclude(pk__in=list(exclude_ids))
    results = pages.specific().search(" ".join(terms), operator="and")
    return RankedResults(query, results)


def sections_for(pages):
    """{page id: parent page} for a page of results, in one query."""
    parent_paths = {page.path[: -page.steplen]: page.pk for page in pages}
    parents = Page.objects.filter(path__in=parent_paths).only("id", "title", "path", "url_path", "depth")
    by_path = {parent.path: parent for parent in parents}
    return {page.pk: by_path.get(page.path[: -page.steplen]) for page in pages}
