from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import NewsArticlePage


class NewsArticleListingViewSet(PageListingViewSet):
    """"Tin bài" in the admin menu: every article, whatever its category, with
    its article date; filter by status, sort by date."""

    model = NewsArticlePage
    icon = "doc-full"
    menu_label = _("News articles")
    add_to_admin_menu = True
    menu_order = 150
    name = "tin-bai"
    columns = PageListingViewSet.columns + [
        Column("date_display", label=_("Article date"), sort_key="date", width="14%"),
    ]


@hooks.register("register_admin_viewset")
def register_news_article_listing():
    return NewsArticleListingViewSet()
