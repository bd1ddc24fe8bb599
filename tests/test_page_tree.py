"""Tree rules of every page type (DESIGN.md, 'The page tree')."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from gallery.models import GalleryIndexPage, GalleryPage, VideoIndexPage, VideoPage
from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage

ALL = {HomePage, StandardPage, NewsIndexPage, NewsArticlePage, GalleryIndexPage, GalleryPage, VideoIndexPage, VideoPage}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, NewsIndexPage, GalleryIndexPage, VideoIndexPage}
        )
        self.assertCanCreateAt(Page, HomePage)
        for page_type in ALL:
            self.assertCanNotCreateAt(page_type, HomePage)

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_news_index_nests_for_categories(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsIndexPage, NewsArticlePage})
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(NewsIndexPage, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(GalleryIndexPage, NewsIndexPage)

    def test_news_article_only_under_a_news_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())
        self.assertCanCreateAt(NewsIndexPage, NewsArticlePage)
        for parent in ALL - {NewsIndexPage}:
            self.assertCanNotCreateAt(parent, NewsArticlePage)

    def test_gallery(self):
        self.assertAllowedParentPageTypes(GalleryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GalleryIndexPage, {GalleryPage})
        self.assertAllowedParentPageTypes(GalleryPage, {GalleryIndexPage})
        self.assertAllowedSubpageTypes(GalleryPage, set())
        self.assertCanCreateAt(GalleryIndexPage, GalleryPage)
        self.assertCanNotCreateAt(NewsIndexPage, GalleryPage)

    def test_videos(self):
        self.assertAllowedParentPageTypes(VideoIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(VideoIndexPage, {VideoPage})
        self.assertAllowedParentPageTypes(VideoPage, {VideoIndexPage})
        self.assertAllowedSubpageTypes(VideoPage, set())
        self.assertCanCreateAt(VideoIndexPage, VideoPage)
        self.assertCanNotCreateAt(GalleryIndexPage, VideoPage)
