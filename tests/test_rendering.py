"""Every page type renders inside base.html, in Vietnamese."""

from datetime import date

import pytest

from tests.factories import make_article, make_image

pytestmark = pytest.mark.django_db


def get_ok(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert html.count("<h1") == 1
    return html


def test_every_page_type_renders(client, site_tree):
    article = make_article(site_tree.category, "Triển khai công tác trẻ em", image=make_image())
    for page in [
        site_tree.home,
        site_tree.about,
        site_tree.news,
        site_tree.category,
        article,
        site_tree.gallery,
        site_tree.album,
        site_tree.videos,
        site_tree.video,
    ]:
        html = get_ok(client, page)
        assert 'class="main-menu"' in html
        if page != site_tree.home:
            assert page.title in html


def test_article_shows_vietnamese_date_lead_author_and_tags(client, site_tree):
    article = make_article(
        site_tree.category,
        "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2022",
        day=date(2022, 4, 12),
        lead="UBND tỉnh vừa ban hành Kế hoạch 2189/KH-UBND",
        author="Nguồn: UBND tỉnh Quảng Nam",
    )
    article.tags.add("trẻ em")
    article.save_revision().publish()
    html = get_ok(client, article)
    assert article.url == "/tin-tuc-hoat-dong/chinh-quyen/trien-khai-thuc-hien-cong-tac-tre-em-tren-dia-ban-tinh-nam-2022/"
    assert "Thứ Ba, 12/04/2022" in html
    assert "2189/KH-UBND" in html
    assert "Nguồn: UBND tỉnh Quảng Nam" in html
    assert "trẻ em" in html


def test_album_lists_photos_in_order_with_captions(client, site_tree):
    html = get_ok(client, site_tree.album)
    assert "Chú thích một" in html


def test_video_page_with_embed_uses_the_stub_finder(client, site_tree):
    html = get_ok(client, site_tree.video)
    assert "<iframe" in html


def test_urls_follow_design(site_tree):
    assert site_tree.home.url == "/"
    assert site_tree.about.url == "/gioi-thieu/"
    assert site_tree.news.url == "/tin-tuc-hoat-dong/"
    assert site_tree.category.url == "/tin-tuc-hoat-dong/chinh-quyen/"
    assert site_tree.gallery.url == "/thu-vien-anh/"
    assert site_tree.videos.url == "/video-clip/"


def test_unknown_url_gives_vietnamese_404(client, site_tree):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_search_view_renders(client, site_tree):
    make_article(site_tree.category, "Tiêm chủng mở rộng")
    response = client.get("/tim-kiem/", {"q": "Tiêm chủng"})
    assert response.status_code == 200
    assert "Tiêm chủng mở rộng" in response.content.decode()
    assert client.get("/tim-kiem/").status_code == 200


def test_search_hides_drafts_and_private_pages(client, site_tree):
    from tests.factories import make_private

    make_article(site_tree.category, "Tiêm chủng công khai")
    make_article(site_tree.category, "Tiêm chủng bản nháp", publish=False)
    make_private(make_article(site_tree.category, "Tiêm chủng riêng tư"))
    html = client.get("/tim-kiem/", {"q": "Tiêm chủng"}).content.decode()
    assert "Tiêm chủng công khai" in html
    assert "bản nháp" not in html and "riêng tư" not in html
