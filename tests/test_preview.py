"""Previews show the page as residents will see it, even before its first save."""

from datetime import date

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import NewsArticlePage
from tests.factories import make_article

pytestmark = pytest.mark.django_db




def test_preview_of_an_unsaved_article_has_layout_breadcrumbs_and_neighbours(admin_client, site_tree):
    make_article(site_tree.category, "Tin cũ hơn nó", day=date(2024, 3, 1))
    make_article(site_tree.category, "Tin mới hơn nó", day=date(2024, 3, 9))
    make_article(site_tree.category, "Bản nháp bên cạnh", day=date(2024, 3, 8), publish=False)
    url = reverse("wagtailadmin_pages:preview_on_add", args=("news", "newsarticlepage", site_tree.category.pk))
    data = nested_form_data(
        {
            "title": "Bài đang viết",
            "slug": "",
            "date": "05/03/2024",
            "lead": "Tóm tắt bài đang viết",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
            "author": "",
            "tags": "",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"] is True

    html = admin_client.get(url).content.decode()
    assert "Bài đang viết" in html
    assert 'class="main-menu"' in html and "<aside" in html
    assert 'aria-current="page">Bài đang viết' in html
    assert "Chính quyền</a>" in html  # breadcrumb to the live category
    newer = html.split('class="newer"')[1].split("</section>")[0]
    older = html.split('class="older"')[1].split("</section>")[0]
    assert "Tin mới hơn nó" in newer and "Tin cũ hơn nó" in older
    assert "Bản nháp bên cạnh" not in html
    assert not NewsArticlePage.objects.filter(title="Bài đang viết").exists()


def test_every_page_type_previews_with_the_full_layout(site_tree):
    article = make_article(site_tree.category, "Tin xem trước", day=date(2024, 3, 5))
    pages = [site_tree.home, site_tree.about, site_tree.news, site_tree.category, article,
             site_tree.gallery, site_tree.album, site_tree.videos, site_tree.video]
    for page in pages:
        page = page.specific
        response = page.make_preview_request(preview_mode=page.default_preview_mode)
        assert response.status_code == 200, page
        html = response.content.decode() if hasattr(response, "content") else response.rendered_content
        assert 'class="main-menu"' in html and "<aside" in html and 'class="site-footer"' in html, page
        if page.depth > 2:
            assert 'class="breadcrumb"' in html, page


def test_preview_sizes_include_phone_and_desktop(site_tree):
    sizes = {size["name"]: size for size in site_tree.home.preview_sizes}
    assert {"mobile", "desktop"} <= set(sizes)
    assert sizes["mobile"]["device_width"] <= 400 < sizes["desktop"]["device_width"]
