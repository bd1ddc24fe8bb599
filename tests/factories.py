"""Small helpers to build pages in tests (plain functions, no magic)."""

import io
from dataclasses import dataclass
from datetime import date

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

from gallery.models import GalleryImage, GalleryIndexPage, GalleryPage, VideoIndexPage, VideoPage
from home.models import CustomImage, HomePage, PortalSettings, StandardPage
from news.models import NewsArticlePage, NewsIndexPage
from portal.text import slugify_vi


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


def build_site(hostname="localhost", name="Tam Đại", port=80):
    """A commune site: its home page under the tree root, with Giới thiệu, Tin
    tức hoạt động › Chính quyền, Thư viện ảnh (one album) and Video clip (one video).

    The first commune (hostname "localhost") is the default site, with the
    titles most tests expect. Any other commune is a site of its own whose
    titles, photos and settings all carry its ``name`` ("Giới thiệu Tam Dân"),
    so a test can tell that nothing of it shows on another commune's pages.
    """
    root = ensure_tree_roots()
    default = hostname == "localhost"
    label = "" if default else f" {name}"
    home = HomePage(title=f"Trang chủ{label}", slug=slugify_vi(f"Trang chủ{label}"))
    root.add_child(instance=home)
    home.save_revision().publish()
    if default:
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": hostname, "port": port, "root_page": home, "site_name": name},
        )
    else:
        site, _ = Site.objects.update_or_create(
            hostname=hostname, port=port, defaults={"root_page": home, "site_name": name, "is_default_site": False}
        )
        PortalSettings.objects.update_or_create(site=site, defaults={
            "site_name": f"Trang thông tin điện tử xã {name}",
            "unit_name": f"Ủy ban nhân dân xã {name}",
            "address": f"xã {name}",
            "description": f"Tin tức của xã {name}.",
        })
    about = add_page(home, StandardPage(title=f"Giới thiệu{label}", intro=f"Xã {name}", show_in_menus=True))
    news = add_page(home, NewsIndexPage(title=f"Tin tức hoạt động{label}", show_in_menus=True))
    category = add_page(news, NewsIndexPage(title=f"Chính quyền{label}"))
    gallery = add_page(home, GalleryIndexPage(title=f"Thư viện ảnh{label}", show_in_menus=True))
    album = GalleryPage(title=f"Lễ hội{label}", date=date(2023, 2, 1), description=f"Ảnh lễ hội{label}")
    album.gallery_images = [GalleryImage(image=make_image(f"Ảnh 1{label}"), caption=f"Chú thích một{label}")]
    add_page(gallery, album)
    videos = add_page(home, VideoIndexPage(title=f"Video clip{label}", show_in_menus=True))
    video = add_page(videos, VideoPage(title=f"89 năm ngày thành lập Đoàn{label}", date=date(2020, 3, 26),
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
