"""What an editor's browser sends is checked, and bad input is a form error in
Vietnamese, never a 500."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import NewsArticlePage
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("bientap", "b@example.vn", "x"))
    return client


@pytest.mark.parametrize("table", [
    "{not json",  # broken JSON
    "[1, 2, 3]",  # JSON, not a table
    '{"data": "abc", "table_header_choice": "row"}',  # rows that are not rows
    '{"data": [[{"x": 1}]], "table_header_choice": "row"}',  # a cell that is not text
])
def test_an_unreadable_table_is_a_form_error_not_a_500(editor_client, site_tree, table):
    article = make_article(site_tree.category, "Bài có bảng")
    form = nested_form_data({
        "title": "Bài có bảng",
        "slug": article.slug,
        "date": "12/04/2022",
        "lead": "Tóm tắt",
        "body": streamfield([("table", table)]),
        "author": "",
        "tags": "",
        "action-publish": "publish",
    })
    response = editor_client.post(f"/admin/pages/{article.pk}/edit/", form)
    assert response.status_code == 200
    error = response.context["form"].errors["body"].as_data()[0]
    assert "Không đọc được bảng" in str(error.block_errors[0].messages)
    assert NewsArticlePage.objects.get(pk=article.pk).revisions.count() == 1  # nothing saved


def test_a_well_formed_table_is_saved(editor_client, site_tree):
    article = make_article(site_tree.category, "Bài có bảng")
    form = nested_form_data({
        "title": "Bài có bảng", "slug": article.slug, "date": "12/04/2022", "lead": "Tóm tắt",
        "body": streamfield([("table", '{"data": [["Thôn", "Số hộ"], ["Thôn 1", 120]], "table_header_choice": "row"}')]),
        "author": "", "tags": "", "action-publish": "publish",
    })
    assert editor_client.post(f"/admin/pages/{article.pk}/edit/", form).status_code == 302
    body = NewsArticlePage.objects.get(pk=article.pk).body
    assert body[0].block_type == "table" and body[0].value["data"][1] == ["Thôn 1", 120]
