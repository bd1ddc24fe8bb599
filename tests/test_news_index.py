"""A news index lists the live, public articles below it, newest first, paginated."""

from datetime import date

import pytest
from django.test import override_settings

from news.models import NewsIndexPage
from tests.factories import add_page, make_article, make_private

pytestmark = pytest.mark.django_db


def listed_titles(client, index, **params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    return [article.title for article in response.context["articles"]]


def test_lists_descendants_at_any_depth_newest_first_with_ties_by_id(client, site_tree):
    sub = add_page(site_tree.category, NewsIndexPage(title="Văn bản"))
    make_article(site_tree.category, "Cũ", day=date(2020, 1, 1))
    first_tie = make_article(site_tree.category, "Cùng ngày A", day=date(2022, 4, 12))
    second_tie = make_article(sub, "Cùng ngày B", day=date(2022, 4, 12))
    make_article(site_tree.news, "Mới nhất", day=date(2024, 5, 1))
    assert second_tie.pk > first_tie.pk

    assert listed_titles(client, site_tree.news) == ["Mới nhất", "Cùng ngày B", "Cùng ngày A", "Cũ"]
    assert listed_titles(client, site_tree.category) == ["Cùng ngày B", "Cùng ngày A", "Cũ"]
    assert listed_titles(client, sub) == ["Cùng ngày B"]


def test_drafts_private_pages_and_private_sections_are_not_listed(client, site_tree):
    make_article(site_tree.category, "Công khai")
    make_article(site_tree.category, "Bản nháp", publish=False)
    make_private(make_article(site_tree.category, "Riêng tư"))
    private_section = make_private(add_page(site_tree.news, NewsIndexPage(title="Nội bộ")))
    make_article(private_section, "Trong mục nội bộ")
    unpublished = make_article(site_tree.category, "Đã gỡ")
    unpublished.unpublish()

    assert listed_titles(client, site_tree.news) == ["Công khai"]
    html = client.get(site_tree.news.url).content.decode()
    for hidden in ["Bản nháp", "Riêng tư", "Trong mục nội bộ", "Đã gỡ"]:
        assert hidden not in html
    assert [a.title for a in site_tree.home.latest_articles()] == ["Công khai"]


@override_settings(LISTING_PAGE_SIZE=2)
def test_paginates(client, site_tree):
    for day in range(1, 6):
        make_article(site_tree.category, f"Tin ngày {day}", day=date(2023, 1, day))
    assert listed_titles(client, site_tree.category) == ["Tin ngày 5", "Tin ngày 4"]
    assert listed_titles(client, site_tree.category, page=3) == ["Tin ngày 1"]
    html = client.get(site_tree.category.url, {"page": 2}).content.decode()
    assert 'href="?page=3"' in html and 'aria-current="page">2<' in html


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "99999", "1.5", "%00", "\x00", "9" * 40])
def test_bad_page_numbers_give_a_vietnamese_404_never_a_500(client, site_tree, bad):
    make_article(site_tree.category, "Một tin")
    response = client.get(site_tree.category.url, {"page": bad})
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_empty_page_parameter_means_the_first_page(client, site_tree):
    make_article(site_tree.category, "Một tin")
    assert listed_titles(client, site_tree.category, page="") == ["Một tin"]
