"""Site search: live, public pages found with or without Vietnamese diacritics.

Hits are the live, public pages whose folded text holds every folded word of
the query (the index holds a folded copy of each page's title and text, see
``search.normalise``), the same set on SQLite and PostgreSQL.

Order:
- PostgreSQL (production): one SQL query ranks every hit by tiers, using the
  GIN indexes of Wagtail's search index table: accented words in the title,
  folded words in the title, accented words in the text, then newest first
  (see ``PostgresHits``).
  Wagtail's own query matches ``title || body`` and ranks with ``ts_rank``
  over every hit, which reads every hit's whole vector (200+ ms at 10,000
  articles); this one reads the small title vectors only.
- SQLite (development, tests): the backend's FTS5 relevance.
Then, on both, the first ``RERANK_WINDOW`` hits are re-ranked in Python by
the same rule applied to whole phrases (``rank_key``).
"""

import re
import unicodedata
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page, get_page_models
from wagtail.search.models import IndexEntry

from portal.sites import in_site
from portal.text import search_words
from portal.visibility import searchable_public

from .normalise import query_terms

RERANK_WINDOW = 50


@cache
def page_types():
    """``{?loai= value: (label, page model)}`` of the page types residents
    search, in the order of the type filter: every page model that declares a
    ``search_type`` (portal.models.SearchType)."""
    models = sorted(
        (model for model in get_page_models() if getattr(model, "search_type", None)),
        key=lambda model: model.search_type.order,
    )
    return {model.search_type.key: (model.search_type.label, model) for model in models}


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


class PostgresHits:
    """Hits of a query on PostgreSQL, ranked in SQL; sliceable and countable
    like Wagtail's search results.

    The folded words are looked up in the GIN index of the index table's
    ``body`` column (which holds the folded title and text), never by reading
    the (large, TOASTed) body vectors: at 10,000 articles a word found in all
    of them costs ~40 ms this way and ~1 s by a scan. Tiers then read only the
    small ``title`` vectors (title words, accented and folded, see
    ``portal.models.TitleSearchField``), plus a second GIN lookup for accented
    words in the text. Newest pages (highest id) first within a tier.
    """

    def __init__(self, pages, query, terms):
        self.query = query
        visible_sql, visible_params = pages.order_by().values("pk").query.sql_with_params()
        folded = " ".join(terms)
        exact = " ".join(unicodedata.normalize("NFC", query).lower().split())
        entries = IndexEntry._meta.db_table
        content_types = [ContentType.objects.get_for_model(model).pk for _, model in page_types().values()]
        # Tiers are computed inside the lookup so only narrow rows (ids and
        # booleans) are joined, counted (count(*) OVER ()) and sorted.
        self._sql = f"""
            WITH hits AS MATERIALIZED (
                SELECT id, content_type_id, object_id,
                       title @@ plainto_tsquery('simple', %s) AS exact_title,
                       title @@ plainto_tsquery('simple', %s) AS folded_title
                FROM {entries}
                WHERE body @@ plainto_tsquery('simple', %s)
            )
            SELECT object_id::bigint, count(*) OVER ()
            FROM hits
            WHERE content_type_id = ANY(%s)
              AND object_id IN (SELECT pk::text FROM ({visible_sql}) AS visible)
            ORDER BY
              exact_title DESC,
              folded_title DESC,
              id IN (SELECT id FROM {entries} WHERE body @@ plainto_tsquery('simple', %s)) DESC,
              object_id::bigint DESC
        """
        self._params = [exact, folded, folded, content_types, *visible_params, exact]
        self._count = None

    def _rows(self, sql):
        with transaction.atomic(), connection.cursor() as cursor:
            # The planner's default cost of @@ is far too low for TOASTed
            # vectors: it would scan them all rather than ask the GIN index.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, self._params)
            return cursor.fetchall()

    def _fetch(self, start, stop):
        limit = "" if stop is None else f" LIMIT {int(stop) - int(start)}"
        rows = self._rows(self._sql + limit + f" OFFSET {int(start)}")
        if rows:
            self._count = rows[0][1]
        elif start == 0:
            self._count = 0
        return [row[0] for row in rows]

    def count(self):
        if self._count is None:
            self._count = self._rows(f"SELECT count(*) FROM ({self._sql}) AS counted")[0][0]
        return self._count

    def __getitem__(self, item):
        start, stop = item.start or 0, item.stop
        if stop is not None and stop <= start:
            return []
        ids = self._fetch(start, stop)
        by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        return [by_id[pk] for pk in ids if pk in by_id]


def search_pages(query, root, page_type=None, category=None, exclude_ids=()):
    """Ranked live, public pages of the site whose home is ``root`` matching
    ``query`` (already cleaned)."""
    terms = query_terms(query)
    if not terms:
        return []
    types = page_types()
    models = [types[page_type][1]] if page_type in types else [model for _, model in types.values()]
    pages = in_site(searchable_public(Page.objects.all()).type(*models), root)
    if category is not None:
        pages = pages.descendant_of(category)
    if exclude_ids:
        pages = pages.exclude(pk__in=list(exclude_ids))
    if connection.vendor == "postgresql":
        results = PostgresHits(pages, query, terms)
    else:
        results = pages.specific().search(" ".join(terms), operator="and")
    return RankedResults(query, results)


def sections_for(pages):
    """{page id: parent page} for a page of results, in one query."""
    parent_paths = {page.path[: -page.steplen]: page.pk for page in pages}
    parents = Page.objects.filter(path__in=parent_paths).only("id", "title", "path", "url_path", "depth")
    by_path = {parent.path: parent for parent in parents}
    return {page.pk: by_path.get(page.path[: -page.steplen]) for page in pages}
