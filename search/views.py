"""Site search at /tim-kiem/?q=… and suggestions at /tim-kiem/goi-y/?q=…"""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from news.models import NewsIndexPage
from portal.pagination import elided_page_range, paginate
from portal.sites import current_root, in_site
from portal.text import fold
from portal.visibility import searchable_public, visible_to_public

from .normalise import clean_query, highlight, query_terms
from .queries import page_types, search_pages, sections_for

SUGGESTIONS = 8


def promoted_pages(query, root):
    """Editors' promoted results for the query, typed with or without marks:
    "tiem chung" shows what editors promoted for "tiêm chủng". Promotions are
    shared by every site of the install: only those of pages in the current
    site's tree (``root``) are shown."""
    folded = " ".join(fold(query).split())
    promoted_queries = Query.objects.filter(editors_picks__isnull=False).distinct()
    matching = [q.pk for q in promoted_queries if " ".join(fold(q.query_string).split()) == folded]
    picks = []
    seen = set()
    for pick in SearchPromotion.objects.filter(query__in=matching).select_related("page").order_by("sort_order"):
        if pick.page_id not in seen:
            seen.add(pick.page_id)
            picks.append(pick)
    here = in_site(Page.objects.filter(pk__in=seen), root)
    visible = set(visible_to_public(here).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id in visible]


def search_categories(root):
    """The news sections and categories of the current site (``root``), for the filter."""
    return visible_to_public(in_site(NewsIndexPage.objects.all(), root)).order_by("path")


@require_GET
def search(request):
    query, was_cut = clean_query(request.GET.get("q", ""))
    root = current_root(request)
    types = page_types()
    page_type = request.GET.get("loai") if request.GET.get("loai") in types else ""
    categories = list(search_categories(root))
    category = next((c for c in categories if str(c.pk) == request.GET.get("chuyen-muc")), None)
    context = {
        "search_query": query,
        "query_was_cut": was_cut,
        "page_types": [(key, label) for key, (label, _) in types.items()],
        "selected_type": page_type,
        "categories": categories,
        "selected_category": category,
    }
    if query_terms(query):
        promotions = promoted_pages(query, root)
        results = search_pages(
            query,
            root,
            page_type=page_type or None,
            category=category,
            exclude_ids=[p.page_id for p in promotions],
        )
        try:
            page_obj = paginate(request, results, settings.LISTING_PAGE_SIZE)
        except Http404 as error:
            context["error"] = str(error)
            return _not_kept(TemplateResponse(request, "search/search.html", context, status=400))
        if page_obj.number == 1:
            # Popular-search statistics count each search once, not each page.
            Query.get(query).add_hit()
            context["promotions"] = promotions
        items = list(page_obj.object_list)
        sections = sections_for(items)
        context["results"] = [
            {
                "page": page,
                "section": sections.get(page.pk),
                "type_label": page.specific_class._meta.verbose_name,
                "excerpt": highlight(page.search_description or page.get_search_text(), query),
            }
            for page in items
        ]
        context["search_results"] = page_obj
        params = request.GET.copy()
        params.pop("page", None)
        context["page_query"] = params.urlencode()
        context["page_range"] = elided_page_range(page_obj)
        return _not_kept(TemplateResponse(request, "search/search.html", context))
    return TemplateResponse(request, "search/search.html", context)


def _not_kept(response):
    """Search results with a query are never cached, by us or by anyone."""
    add_never_cache_headers(response)
    return response


@require_GET
def suggest(request):
    """Up to 8 titles for the words typed so far (JSON), with or without marks."""
    query, _ = clean_query(request.GET.get("q", ""))
    terms = query_terms(query)
    if not terms or len(" ".join(terms)) < 2:
        return JsonResponse({"suggestions": []})
    pages = in_site(searchable_public(Page.objects.all()), current_root(request)).specific()
    found = pages.autocomplete(" ".join(terms))[:SUGGESTIONS]
    response = JsonResponse(
        {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in found]},
        json_dumps_params={"ensure_ascii": False},
    )
    # Typed letter by letter on slow phones: the browser may keep them a while.
    patch_cache_control(response, private=True, max_age=300)
    return response
