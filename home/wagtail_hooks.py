"""Link banners in the admin (Banner liên kết), each site's seen only by those
who work on that site (``ops.editorial.user_sites``): the listing, the
chooser, every view of one banner by its URL (404 for another site's), and
the form's site field. Who may manage banners at all is a per-site
permission (``GroupSitePermission``, given by ``setup_editorial`` to each
site's administrators), so nobody's rights on one site reach another's,
Wagtail's bulk delete and its history report included."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import ReorderView, SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from ops.editorial import user_sites

from .models import LinkBanner

# Before the viewset is registered (Wagtail would register a model-wide policy).
register_permission_policy(LinkBanner, SitePermissionPolicy(LinkBanner), exact_class=True)


def banners_for(user):
    return LinkBanner.objects.filter(site__in=user_sites(user))


def own_banner_only(view):
    """A 404 for a banner of a site the user does not work on (any view with a ``pk``)."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not banners_for(request.user).filter(pk=unquote(str(pk))).exists():
            raise Http404
        return view(request, *args, **kwargs)
    return wrapped


class OwnBannersMixin:
    def get_object_list(self):
        return super().get_object_list().filter(site__in=user_sites(self.request.user))


class LinkBannerChooseView(OwnBannersMixin, ChooseView):
    pass


class LinkBannerChooseResultsView(OwnBannersMixin, ChooseResultsView):
    pass


class LinkBannerChosenView(SnippetChosenView):
    def get_object(self, pk):
        return banners_for(self.request.user).get(pk=pk)


class LinkBannerChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return banners_for(self.request.user).filter(pk__in=pks)


class LinkBannerChooserCreateView(SnippetCreateView):
    """The chooser has no creation form (banners are made in their own view):
    Wagtail's view would fail on a POST without one."""

    def dispatch(self, request, *args, **kwargs):
        raise Http404


class LinkBannerChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LinkBannerChooseView
    choose_results_view_class = LinkBannerChooseResultsView
    chosen_view_class = LinkBannerChosenView
    chosen_multiple_view_class = LinkBannerChosenMultipleView
    create_view_class = LinkBannerChooserCreateView


class LinkBannerReorderView(ReorderView):
    """Drag-and-drop positions count in the list the user sees (their sites' banners)."""

    def get_queryset(self):
        return banners_for(self.request.user).order_by(self.sort_order_field)


class LinkBannerViewSet(SnippetViewSet):
    model = LinkBanner
    icon = "link"
    menu_label = _("Link banners")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["title", "site", "url", "active"]
    list_filter = ["active"]
    sort_order_field = "sort_order"
    chooser_viewset_class = LinkBannerChooserViewSet
    reorder_view_class = LinkBannerReorderView

    def get_queryset(self, request):
        return banners_for(request.user)

    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), own_banner_only)


register_snippet(LinkBannerViewSet)
