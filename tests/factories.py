"""Small helpers to build pages in tests (plain functions, no magic)."""

import io
from dataclasses import dataclass
from datetime import date

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

from gallery.models import GalleryImage, GalleryIndexPage, GalleryPage, VideoIndexPage, VideoPage
from home.models import CustomImage, HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage


def add_page(parent, page, publish=True):
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save(update_fields=["live"])
    return page


def make_image(title="Ảnh thử", colour="green", size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    image = CustomImage(title=title)
    image.file = ImageFile(buffer, name="test.jpg")
    image.save()
    return image


def make_article(parent, title, day=date(2022, 4, 12), publish=True, image=None, **fields):
    article = NewsArticlePage(title=title, date=day, lead=fields.pop("lead", f"Tóm tắt: {title}"),
                              featured_image=image, **fields)
    return add_page(parent, article, publish=publish)


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return page


@dataclass
class SiteTree:
    home: HomePage
    about: StandardPage
    news: NewsIndexPage
    category: NewsIndexPage
    gallery: GalleryIndexPage
    album: GalleryPage
    videos: VideoIndexPage
    video: VideoPage


def ensure_tree_roots():
    """The locale, root page and root collection that Wagtail's migrations
    create; transactional tests flush them, so recreate them when missing."""
    Locale.objects.get_or_create(language_code="vi")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def build_site():
    root = ensure_tree_roots()
    home = HomePage(title="Trang chủ", slug="trang-chu")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tam Đại"},
    )
    about = add_page(home, StandardPage(title="Giới thiệu", intro="Xã Tam Đại", show_in_menus=True))
    news = add_page(home, NewsIndexPage(title="Tin tức hoạt động", show_in_menus=True))
    category = add_page(news, NewsIndexPage(title="Chính quyền"))
    gallery = add_page(home, GalleryIndexPage(title="Thư viện ảnh", show_in_menus=True))
    album = GalleryPage(title="Lễ hội", date=date(2023, 2, 1), description="Ảnh lễ hội")
    album.gallery_images = [GalleryImage(image=make_image("Ảnh 1"), caption="Chú thích một")]
    add_page(gallery, album)
    videos = add_page(home, VideoIndexPage(title="Video clip", show_in_menus=True))
    video = add_page(videos, VideoPage(title="89 năm ngày thành lập Đoàn", date=date(2020, 3, 26),
                                       embed_url="https://www.youtube.com/watch?v=test"))
    return SiteTree(home, about, news, category, gallery, album, videos, video)


def bulk_articles(parent, count, start=date(2020, 1, 1), with_images=False, tags=()):
    """``count`` live articles under ``parent`` (fast: no revisions), one per day."""
    from datetime import timedelta

    image = make_image("Ảnh chung") if with_images else None
    for number in range(count):
        article = NewsArticlePage(
            title=f"Tin số {number}", date=start + timedelta(days=number), lead="Tóm tắt",
            featured_image=image, live=True,
        )
        if tags:
            article.tags.add(*tags)
        parent.add_child(instance=article)


def warm_sidebar_renditions():
    """Create the sidebar's random-photo renditions for every album photo, so a
    query count does not depend on which photos the draw picked."""
    from gallery.models import GalleryImage

    for photo in GalleryImage.objects.select_related("image"):
        photo.image.get_rendition("fill-240x180|format-webp")


# --- Requests and users: what several test files need ------------------------------


def get_html(client, url, status=200):
    """The body of a GET of ``url``, after checking its status."""
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def make_user(username, group_name=None, superuser=False):
    """A user (password "pw"), in the group ``group_name`` or a superuser."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.com", "pw")
    user = User.objects.create_user(username, f"{username}@example.com", "pw")
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def form_errors(response, field=None):
    """The admin form's error messages (of one field, or all) as one string."""
    errors = response.context["form"].errors
    fields = [field] if field else list(errors)
    return " ".join(str(message) for name in fields for message in errors.get(name, []))
