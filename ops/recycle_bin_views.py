"""Admin views of the recycle bin (Cài đặt › Trang đã xóa): list, restore, purge.

Open to superusers and holders of ``ops.restore_deletedpage``; restoring also
needs the right to add pages under the chosen parent.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from .models import DeletedPage
from .recycle_bin import DEFAULT_PURGE_DAYS, RestoreError, restore_deleted_page

PERMISSION = "ops.restore_deletedpage"


def user_can_use_bin(user):
    return user.has_perm(PERMISSION)


def bin_access_required(view):
    """A 403 page (not Wagtail's redirect to the dashboard) for everyone else."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not user_can_use_bin(request.user):
            return TemplateResponse(request, "ops/recycle_bin/forbidden.html", {
                "page_title": _("Deleted pages"), "header_icon": "bin",
            }, status=403)
        return view(request, *args, **kwargs)
    return wrapped


def _root_entry(pk):
    return get_object_or_404(DeletedPage.objects.select_related("deleted_by", "parent"), pk=pk, root=None)


@bin_access_required
def index(request):
    entries = (
        DeletedPage.objects.filter(root=None)
        .select_related("deleted_by")
        .defer("content", "revisions")
        .annotate(child_count=Count("descendant_entries"))
    )
    return TemplateResponse(request, "ops/recycle_bin/index.html", {
        "page_title": _("Deleted pages"), "header_icon": "bin", "entries": entries,
        "purge_days": DEFAULT_PURGE_DAYS,
    })


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        return f"{page.get_admin_display_title()} ({page.url_path})"


class RestoreForm(forms.Form):
    parent = ParentChoiceField(queryset=Page.objects.none(), label=gettext_lazy("Restore under"))

    def __init__(self, *args, entry, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = allowed_parents(entry, user)
        if entry.parent_id and self.fields["parent"].queryset.filter(pk=entry.parent_id).exists():
            self.fields["parent"].initial = entry.parent_id


def allowed_parents(entry, user):
    """Pages that may hold ``entry``'s page type and where ``user`` may add pages."""
    model = entry.page_model
    if model is None:
        return Page.objects.none()
    candidates = Page.objects.type(*model.allowed_parent_page_models()).order_by("path")
    ids = [
        page.pk for page in candidates
        if model.can_exist_under(page) and page.permissions_for_user(user).can_add_subpage()
    ]
    return Page.objects.filter(pk__in=ids).order_by("path")


@bin_access_required
@require_http_methods(["GET", "POST"])
def restore(request, pk):
    entry = _root_entry(pk)
    form = RestoreForm(request.POST or None, entry=entry, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            page = restore_deleted_page(entry, parent=form.cleaned_data["parent"], user=request.user)
        except RestoreError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("“%(title)s” was restored as a draft. Check it and submit it for approval.")
                             % {"title": page.get_admin_display_title()})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(request, "ops/recycle_bin/restore.html", {
        "page_title": _("Restore “%(title)s”") % {"title": entry.title}, "header_icon": "bin",
        "entry": entry, "form": form, "child_count": entry.descendant_entries.count(),
        "original_parent_gone": entry.parent_id is None,
    })


@bin_access_required
@require_http_methods(["GET", "POST"])
def purge(request, pk):
    entry = _root_entry(pk)
    if request.method == "POST":
        entry.delete()
        messages.success(request, _("“%(title)s” was deleted permanently.") % {"title": entry.title})
        return redirect("ops_recycle_bin:index")
    return TemplateResponse(request, "ops/recycle_bin/purge.html", {
        "page_title": _("Delete “%(title)s” permanently") % {"title": entry.title}, "header_icon": "bin",
        "entry": entry, "child_count": entry.descendant_entries.count(),
        "index_url": reverse("ops_recycle_bin:index"),
    })
