from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LinkBanner


class LinkBannerViewSet(SnippetViewSet):
    model = LinkBanner
    icon = "link"
    menu_label = _("Link banners")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["title", "url", "active"]
    list_filter = ["active"]
    sort_order_field = "sort_order"


register_snippet(LinkBannerViewSet)
