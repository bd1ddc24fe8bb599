"""The sections every commune's page tree has, in menu order: the one list
that ``create_commune_site`` and the demo loader both build from.

A section added here (Văn bản, Lịch công tác, Hỏi đáp…) is added to every
commune by running ``create_commune_site`` again for it (idempotent: missing
pages are created, existing ones never changed).
"""

from dataclasses import dataclass

from django.utils.html import escape
from wagtail.fields import RichTextField

from gallery.models import GalleryIndexPage, VideoIndexPage
from home.models import StandardPage
from news.models import NewsIndexPage


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    page_type: type
    intro: str = ""  # plain text (made a paragraph where the page's intro is rich text)
    show_in_menus: bool = True
    children: tuple = ()

    def new_page(self):
        """An empty page of this section, ready to be added to a tree."""
        page = self.page_type(title=self.title, slug=self.slug, show_in_menus=self.show_in_menus)
        if self.intro:
            rich = isinstance(self.page_type._meta.get_field("intro"), RichTextField)
            page.intro = f"<p>{escape(self.intro)}</p>" if rich else self.intro
        return page


# News categories under "Tin tức hoạt động" (not in the main menu: the section is).
NEWS_CATEGORIES = (
    Section(
        "chinh-quyen", "Chính quyền", NewsIndexPage, show_in_menus=False,
        intro="Thông tin về hoạt động chỉ đạo, điều hành của HĐND, UBND xã và các chủ trương, chính sách liên "
        "quan trực tiếp đến người dân.",
    ),
    Section(
        "dang-doan-the", "Đảng - Đoàn thể", NewsIndexPage, show_in_menus=False,
        intro="Tin tức về công tác xây dựng Đảng và hoạt động của Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ, "
        "Hội Nông dân, Hội Cựu chiến binh xã.",
    ),
    Section(
        "kinh-te-xa-hoi", "Kinh tế - Xã hội", NewsIndexPage, show_in_menus=False,
        intro="Tình hình sản xuất nông nghiệp, xây dựng nông thôn mới, an sinh xã hội và đời sống của người dân "
        "trên địa bàn xã.",
    ),
    Section(
        "van-hoa-giao-duc", "Văn hóa - Giáo dục", NewsIndexPage, show_in_menus=False,
        intro="Hoạt động văn hóa, văn nghệ, thể dục thể thao, lễ hội truyền thống cùng sự nghiệp giáo dục và "
        "phong trào khuyến học của địa phương.",
    ),
    Section(
        "an-ninh-quoc-phong", "An ninh - Quốc phòng", NewsIndexPage, show_in_menus=False,
        intro="Công tác quân sự địa phương, tuyển quân, phòng chống thiên tai và giữ gìn an ninh trật tự, an toàn "
        "giao thông trên địa bàn xã.",
    ),
)

SECTIONS = (
    Section("gioi-thieu", "Giới thiệu", StandardPage),
    Section("lien-he", "Liên hệ", StandardPage),
    Section("tin-tuc-hoat-dong", "Tin tức hoạt động", NewsIndexPage, children=NEWS_CATEGORIES),
    Section("thu-vien-anh", "Thư viện ảnh", GalleryIndexPage),
    Section("video-clip", "Video clip", VideoIndexPage),
)


def child_by_slug(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def ensure_child(parent, slug, make_page, *, stats, publish=True):
    """The child of ``parent`` with ``slug``, created with ``make_page()`` (and
    published) when missing; ``stats["created"]`` counts the creations."""
    existing = child_by_slug(parent, slug)
    if existing is not None:
        return existing
    page = make_page()
    page.slug = slug
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    stats["created"] += 1
    return page


def ensure_sections(home, *, stats, content=None, sections=None):
    """Create the missing sections (and their children) under ``home``.

    ``content`` maps a section's slug to a function of the section returning
    the page to create instead of an empty one (the demo's texts). Returns
    the section pages by slug path ("tin-tuc-hoat-dong/chinh-quyen").
    """
    content = content or {}
    sections = SECTIONS if sections is None else sections
    pages = {}

    def build(parent, section, prefix):
        make = content.get(section.slug)
        page = ensure_child(parent, section.slug, (lambda: make(section)) if make else section.new_page, stats=stats)
        path = f"{prefix}{section.slug}"
        pages[path] = page
        for child in section.children:
            build(page, child, f"{path}/")

    for section in sections:
        build(home, section, "")
    return pages
