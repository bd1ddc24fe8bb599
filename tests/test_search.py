"""Vietnamese search: with or without diacritics, ranked, filtered, safe. Runs on
SQLite and on PostgreSQL (CI runs the suite on both)."""

import unicodedata
from datetime import date

import pytest
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from gallery.models import GalleryImage, GalleryPage, VideoPage
from home.models import StandardPage
from news.models import NewsArticlePage, NewsIndexPage
from portal.text import fold
from search.normalise import clean_query, highlight
from tests.factories import add_page, make_article, make_image, make_private

pytestmark = pytest.mark.django_db


def titles(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200, response.status_code
    return [result["page"].title for result in response.context.get("results", [])]


def test_fold_and_clean_query():
    assert fold("Đoàn Thanh Niên TRẺ EM ưởng") == "doan thanh nien tre em uong"
    assert len(fold("Triển khai")) == len("Triển khai")
    assert fold(unicodedata.normalize("NFD", "trẻ em")) == "tre em"
    assert clean_query('  "trẻ   em" AND (x*) -y \x00 ') == ("trẻ em AND x y", False)
    long_query, cut = clean_query("trẻ em " * 300)
    assert cut and len(long_query) <= 100
    assert str(highlight("Công tác <b>trẻ em</b> năm 2022", "tre em")) == (
        "Công tác &lt;b&gt;<mark>trẻ</mark> <mark>em</mark>&lt;/b&gt; năm 2022"
    )


@pytest.fixture
def corpus(site_tree):
    make_article(site_tree.category, "Triển khai công tác trẻ em năm 2022", day=date(2022, 4, 12),
                 lead="Kế hoạch 2189/KH-UBND bảo vệ trẻ em.")
    make_article(site_tree.category, "Đoàn thanh niên ra quân", day=date(2023, 3, 26), lead="Tuổi trẻ tình nguyện.")
    make_article(site_tree.category, "Hội nghị tổng kết", day=date(2023, 1, 1), lead="Không liên quan.")
    return site_tree


@pytest.mark.parametrize(
    "query",
    ["tre em", "trẻ em", "TRẺ EM", "Tre Em", unicodedata.normalize("NFD", "trẻ em"), "  trẻ    em  "],
)
def test_with_or_without_diacritics_case_nfd_and_spaces(client, corpus, query):
    assert titles(client, q=query) == ["Triển khai công tác trẻ em năm 2022"]


def test_d_with_stroke(client, corpus):
    assert titles(client, q="doan thanh nien") == ["Đoàn thanh niên ra quân"]
    assert titles(client, q="đoàn thanh niên") == ["Đoàn thanh niên ra quân"]


def test_exact_accented_match_ranks_above_folded(client, site_tree):
    make_article(site_tree.category, "Chuyện mà ai cũng biết", day=date(2024, 1, 2))
    make_article(site_tree.category, "Chuyện của má", day=date(2024, 1, 1))
    assert titles(client, q="má") == ["Chuyện của má", "Chuyện mà ai cũng biết"]
    assert titles(client, q="mà") == ["Chuyện mà ai cũng biết", "Chuyện của má"]


def test_title_match_ranks_above_body_match(client, site_tree):
    make_article(site_tree.category, "Tin chung", day=date(2024, 5, 1), lead="Nói về lúa nước vụ đông xuân.")
    make_article(site_tree.category, "Lúa nước được mùa", day=date(2020, 1, 1), lead="Năm nay.")
    assert titles(client, q="lua nuoc") == ["Lúa nước được mùa", "Tin chung"]


def test_results_show_type_section_date_and_highlighted_excerpt(client, corpus):
    html = client.get("/tim-kiem/", {"q": "tre em"}).content.decode()
    assert "<mark>trẻ</mark> <mark>em</mark>" in html
    assert "Tin bài" in html and "Chính quyền" in html and "12/04/2022" in html


def test_filters_by_type_and_category(client, corpus):
    other = add_page(corpus.news, NewsIndexPage(title="Kinh tế"))
    make_article(other, "Nông dân trẻ làm giàu", day=date(2024, 1, 1))
    add_page(corpus.home, StandardPage(title="Giới thiệu tuổi trẻ xã"))
    album = GalleryPage(title="Album tuổi trẻ", date=date(2024, 1, 1))
    album.gallery_images = [GalleryImage(image=make_image(), caption="Thanh niên")]
    add_page(corpus.gallery, album)
    add_page(corpus.videos, VideoPage(title="Video tuổi trẻ", date=date(2024, 1, 1), embed_url="https://x.test/v"))

    assert set(titles(client, q="tre")) >= {"Nông dân trẻ làm giàu", "Giới thiệu tuổi trẻ xã", "Album tuổi trẻ",
                                          "Video tuổi trẻ"}
    assert titles(client, q="tre", loai="album") == ["Album tuổi trẻ"]
    assert titles(client, q="tre", loai="video") == ["Video tuổi trẻ"]
    assert titles(client, q="tre", loai="trang") == ["Giới thiệu tuổi trẻ xã"]
    assert "Album tuổi trẻ" not in titles(client, q="tre", loai="tin-bai")
    assert titles(client, q="tre", **{"chuyen-muc": str(other.pk)}) == ["Nông dân trẻ làm giàu"]


def test_drafts_and_private_pages_never_appear(client, site_tree):
    make_article(site_tree.category, "Tiêm chủng công khai")
    make_article(site_tree.category, "Tiêm chủng bản nháp", publish=False)
    make_private(make_article(site_tree.category, "Tiêm chủng riêng tư"))
    private_section = make_private(add_page(site_tree.news, NewsIndexPage(title="Nội bộ")))
    make_article(private_section, "Tiêm chủng nội bộ")
    assert titles(client, q="tiem chung") == ["Tiêm chủng công khai"]
    suggestions = client.get("/tim-kiem/goi-y/", {"q": "tiem"}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == ["Tiêm chủng công khai"]


def test_promoted_results_come_first_and_are_not_repeated(client, corpus):
    pinned = NewsArticlePage.objects.get(title="Hội nghị tổng kết")
    other = NewsArticlePage.objects.get(title="Triển khai công tác trẻ em năm 2022")
    SearchPromotion.objects.create(query=Query.get("trẻ em"), page=pinned, sort_order=0, description="Xem trước")
    SearchPromotion.objects.create(query=Query.get("trẻ em"), page=other, sort_order=1)
    for query in ("trẻ em", "tre em"):
        response = client.get("/tim-kiem/", {"q": query})
        assert [p.page.title for p in response.context["promotions"]] == ["Hội nghị tổng kết",
                                                                          "Triển khai công tác trẻ em năm 2022"]
        assert other.title not in [r["page"].title for r in response.context["results"]]
        html = response.content.decode()
        assert html.index("Hội nghị tổng kết") < html.index('class="search-results"') if 'class="search-results"' in html else True


def test_a_query_is_logged_once_on_the_first_page_only(client, site_tree):
    for n in range(12):
        make_article(site_tree.category, f"Bản tin nông thôn mới số {n}", day=date(2024, 1, n + 1))
    client.get("/tim-kiem/", {"q": "nông thôn mới"})
    client.get("/tim-kiem/", {"q": "nông thôn mới", "page": 2})
    assert Query.get("nông thôn mới").hits == 1


def test_index_follows_publish_unpublish_move_and_privacy(client, site_tree):
    article = make_article(site_tree.category, "Phòng chống lụt bão", publish=False, lead="Bản tin.")
    assert titles(client, q="lut bao") == []
    article.save_revision().publish()
    assert titles(client, q="lut bao") == ["Phòng chống lụt bão"]

    article.title = "Phòng chống thiên tai"
    article.save_revision().publish()
    assert titles(client, q="thien tai") == ["Phòng chống thiên tai"]
    assert titles(client, q="lut bao") == []

    other = add_page(site_tree.news, NewsIndexPage(title="An ninh"))
    article.move(other, pos="last-child")
    response = client.get("/tim-kiem/", {"q": "thien tai"})
    assert [r["page"].url for r in response.context["results"]] == [
        "/tin-tuc-hoat-dong/an-ninh/phong-chong-lut-bao/"
    ]

    restriction = make_private(other)
    assert titles(client, q="thien tai") == []
    restriction.view_restrictions.all().delete()
    assert titles(client, q="thien tai") == ["Phòng chống thiên tai"]

    article.refresh_from_db()
    article.unpublish()
    assert titles(client, q="thien tai") == []


def test_rebuild_command(client, site_tree):
    make_article(site_tree.category, "Xây dựng nông thôn mới")
    call_command("update_index", stdout=None, stderr=None)
    assert titles(client, q="nong thon moi") == ["Xây dựng nông thôn mới"]


@pytest.mark.parametrize(
    "query",
    [
        "x" * 1500,
        "trẻ em\x00\x01\x1f",
        "%00",
        '"trẻ em"',
        "trẻ*",
        "trẻ AND em",
        "trẻ NEAR em",
        "-trẻ",
        "(trẻ em",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "OR",
        "\u202e\u200b",
    ],
)
def test_bad_input_never_gives_a_500(client, corpus, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert client.get("/tim-kiem/goi-y/", {"q": query}).status_code == 200


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "%00"])
def test_bad_result_page_numbers_give_a_vietnamese_400(client, corpus, page):
    response = client.get("/tim-kiem/", {"q": "tre em", "page": page})
    assert response.status_code == 400
    assert "không tồn tại" in response.content.decode()


def test_empty_query_shows_a_helpful_page(client, site_tree):
    html = client.get("/tim-kiem/").content.decode()
    assert "ví dụ" in html and "trẻ em" in html
    assert client.get("/tim-kiem/", {"q": "   "}).status_code == 200


def test_same_hits_on_every_database_for_folded_and_accented_queries(client, corpus):
    """The suite runs on SQLite and PostgreSQL: these hit lists are the contract."""
    expected = {
        "tre em": ["Triển khai công tác trẻ em năm 2022"],
        "tuoi tre": ["Đoàn thanh niên ra quân"],
        "tổng kết": ["Hội nghị tổng kết"],
        "2189": ["Triển khai công tác trẻ em năm 2022"],
        "khong co tu nay": [],
    }
    for query, hits in expected.items():
        assert titles(client, q=query) == hits, query
