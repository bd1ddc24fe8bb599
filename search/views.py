"""Site search at /tim-kiem/?q=… (live, public pages only)."""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.models import Page

from home.pagination import elided_page_range, paginate
from home.visibility import searchable_public

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    context = {"search_query": query}
    if query:
        results = searchable_public(Page.objects.all()).specific().search(query)
        page_obj = paginate(request, results, settings.NEWS_PER_PAGE)
        context["search_results"] = page_obj
        context["page_range"] = elided_page_range(page_obj)
    return TemplateResponse(request, "search/search.html", context)
