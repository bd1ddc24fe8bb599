"""Pagination of listings with strict handling of ``?page=``."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, object_list, per_page):
    """Return the requested page of ``object_list``.

    ``?page=`` missing or empty means page 1. A value that is not a positive whole
    number, or past the last page, raises ``Http404`` with a Vietnamese
    message, so it gets a 404 page and never a 500.
    """
    paginator = Paginator(object_list, per_page)
    raw = request.GET.get("page") or "1"
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(_("This page of the list does not exist.")) from error


def elided_page_range(page_obj):
    """Page numbers to show around the current one, with '…' for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
