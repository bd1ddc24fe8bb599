"""The portal's icon: linked from every page, and /favicon.ico (which browsers
and feed readers ask for anyway) answers instead of logging a 404."""

import io
import re

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db


def test_every_page_links_the_icon_and_it_is_served(client, site_tree):
    for url in ["/", site_tree.news.url, "/khong-co-trang-nay/"]:
        html = client.get(url).content.decode()
        hrefs = re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', html)
        assert len(hrefs) == 3 and any(href.endswith(".svg") for href in hrefs), url
        for href in hrefs:
            response = client.get(href)
            assert response.status_code == 200, href
            assert response["Content-Type"].startswith("image/"), href


def test_favicon_ico_redirects_to_the_static_icon(client, site_tree):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.ico"
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    with Image.open(io.BytesIO(b"".join(icon.streaming_content))) as image:
        assert image.format == "ICO" and (16, 16) in image.info["sizes"] and (32, 32) in image.info["sizes"]


def test_the_500_page_links_the_icon_too():
    from django.template.loader import render_to_string

    assert 'href="/static/img/favicon.svg"' in render_to_string("500.html")
