"""Two communes on one install, for the tests of many communes: the default
site of ``build_site`` (Tam Đại, at localhost) and "xã Tam Dân" made by
``create_commune_site``, each with an article, an image, a document, a video
file and a link banner of its own, and a user per editorial group."""

import io
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Site
from wagtailmedia.models import Media

from communes.sites import create_commune_site
from home.models import LinkBanner
from news.models import NewsIndexPage
from ops.editorial import ADMINISTRATORS, APPROVERS, EDITORS, ROLES, role_name, setup_editorial, site_collection
from tests.factories import build_site, make_article, make_image

TAM_DAN_HOST = "tamdan.example.vn"


@dataclass
class Commune:
    key: str
    site: Site
    home: object
    category: NewsIndexPage
    article: object
    image: object
    document: Document
    media: Media
    banner: LinkBanner
    users: dict = field(default_factory=dict)


def make_document(title, collection):
    document = Document(title=title, collection=collection)
    document.file.save(f"{title[:20]}.pdf", ContentFile(b"%PDF-1.4\n% test\n"), save=False)
    document.save()
    return document


def make_media(title, collection):
    media = Media(title=title, type="video", width=320, height=180, duration=4, collection=collection)
    media.file.save("clip.mp4", io.BytesIO(b"\x00\x00\x00\x18ftypmp42"), save=False)
    media.save()
    return media


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def fill(key, site, label):
    """The content of one commune, every title carrying ``label``."""
    home = site.root_page.specific
    category = NewsIndexPage.objects.descendant_of(home).get(slug="chinh-quyen")
    collection = site_collection(site)
    image = make_image(f"Ảnh {label}")
    image.collection = collection
    image.save()
    commune = Commune(
        key=key, site=site, home=home, category=category,
        article=make_article(category, f"Tin {label}", day=date(2024, 3, 1), image=image),
        image=image,
        document=make_document(f"Tài liệu {label}", collection),
        media=make_media(f"Video {label}", collection),
        banner=LinkBanner.objects.create(site=site, title=f"Banner {label}", url="https://example.vn/"),
    )
    for role, prefix in ((EDITORS, "bientap"), (APPROVERS, "lanhdao"), (ADMINISTRATORS, "quantri")):
        commune.users[role] = make_user(f"{prefix}-{key}", role_name(role, site))
    return commune


def two_communes():
    """``{"a": Tam Đại (default site), "b": Tam Dân}``, set up as an operator would."""
    build_site()
    setup_editorial()
    report = create_commune_site("xã Tam Dân", TAM_DAN_HOST)
    default = Site.objects.get(is_default_site=True)
    return {"a": fill("a", default, "Tam Đại riêng"), "b": fill("b", report.site, "Tam Dân riêng")}


__all__ = ["ROLES", "TAM_DAN_HOST", "Commune", "make_user", "two_communes"]
