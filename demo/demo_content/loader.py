"""Build the demo tree of DESIGN.md, idempotently, on the default site or
on a commune site made by ``create_commune_site``.

Every page is looked up by its slug under its parent and created only when
missing; nothing that exists is changed, so a second run changes nothing and
an editor's edits to demo pages survive. The sections come from
``communes.sections`` (the list every commune's tree is built from); this
module adds the demo's texts, articles, albums, videos and banners. On
another commune's site the texts name that commune instead of Tam Đại, and
photos and videos go into the site's own collection.
"""

import io
import random
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText
from wagtailmedia.models import Media

from communes.sections import child_by_slug, ensure_child, ensure_sections
from gallery.models import GalleryImage, GalleryPage, VideoPage
from home.models import CustomImage, HomePage, LinkBanner, PortalSettings, StandardPage
from news.models import NewsArticlePage, NewsIndexPage
from ops.editorial import commune_name, site_collection
from portal.text import slugify_vi

from . import texts
from .images import scene_jpeg

FILES_DIR = Path(__file__).resolve().parent / "files"
HOME_TITLE = "Trang chủ"
NEWS_SLUG = "tin-tuc-hoat-dong"
GALLERY_SLUG = "thu-vien-anh"
VIDEOS_SLUG = "video-clip"
DEMO_COMMUNE = "Tam Đại"
UNIT_PREFIXES = ("xã ", "phường ", "thị trấn ", "đặc khu ")


class DemoSite:
    """Where one run of the loader puts things: the site, its collection, and
    the commune name the texts use."""

    def __init__(self, site):
        self.site = site
        self.collection = site_collection(site, create=False) or Collection.get_first_root_node()
        name = commune_name(site)
        for prefix in UNIT_PREFIXES:
            if name.lower().startswith(prefix):
                name = name[len(prefix):]
                break
        self.commune = DEMO_COMMUNE if site.is_default_site else name

    def text(self, value):
        """The demo's data with the commune's name in place of Tam Đại."""
        if self.commune == DEMO_COMMUNE:
            return value
        if isinstance(value, str):
            return value.replace(DEMO_COMMUNE, self.commune)
        if isinstance(value, dict):
            return {key: self.text(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.text(item) for item in value)
        return value


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def demo_image(title, seed, description="", collection=None):
    """The demo photo called ``title`` (in ``collection``), drawn once with Pillow."""
    collection = collection or Collection.get_first_root_node()
    image = CustomImage.objects.filter(title=title, collection=collection).first()
    if image is None:
        name = f"{slugify_vi(title)[:60] or 'anh'}.jpg"
        image = CustomImage(title=title, description=description[:255], credit="Ảnh minh họa", collection=collection)
        image.file = ImageFile(_bytes_file(scene_jpeg(seed)), name=name)
        image.save()
    return image


def _bytes_file(data):
    return io.BytesIO(data)


def ensure_home(stats):
    """The site's root is a HomePage; Wagtail's 'Welcome' placeholder is replaced."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        home = HomePage(
            title=HOME_TITLE,
            slug="trang-chu",
            intro="<p>Chào mừng bạn đến với Trang thông tin điện tử xã Tam Đại, huyện Phú Ninh, tỉnh Quảng Nam.</p>",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        stats["created"] += 1
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    old_root = site.root_page if site.pk else None
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    # Wagtail's own placeholder page ("Welcome to your new Wagtail site!") is a
    # bare Page with no children: remove it so the tree matches DESIGN.md.
    if old_root is not None and type(old_root.specific) is Page and not old_root.get_children().exists():
        old_root.delete()
    return home


def standard_page(data):
    """A section of the tree filled with the demo's text (Giới thiệu, Liên hệ)."""
    def make(section):
        return StandardPage(
            title=data["title"],
            intro=data["intro"],
            body=[("paragraph", RichText(paragraphs_html(data["paragraphs"])))],
            show_in_menus=section.show_in_menus,
        )
    return make


def load_sections(home, demo, stats):
    """The sections of every commune's tree, Giới thiệu and Liên hệ with demo text."""
    texts_by_slug = {slug: demo.text(data) for slug, data in texts.PAGES.items()}
    content = {slug: standard_page(data) for slug, data in texts_by_slug.items()}
    return ensure_sections(home, stats=stats, content=content)


def load_news(sections, demo, stats):
    for number, data in enumerate(texts.ARTICLES):
        data = demo.text(data)
        parent = sections[f"{NEWS_SLUG}/{data['category']}"]
        ensure_child(
            parent, slugify_vi(data["title"]),
            lambda data=data, number=number: demo_article(data, number, demo.collection), stats=stats,
        )


def demo_article(data, number, collection=None):
    image = demo_image(data["title"], seed=1000 + number, description=data["title"], collection=collection)
    body = [("paragraph", RichText(paragraphs_html(data["paragraphs"])))]
    if number % 4 == 1 and len(data["paragraphs"]) > 2:
        # Some articles carry a photo in the middle of the text.
        photo = demo_image(
            f"{data['title']} (ảnh 2)", seed=5000 + number, description=data["lead"][:200], collection=collection
        )
        half = len(data["paragraphs"]) // 2
        body = [
            ("paragraph", RichText(paragraphs_html(data["paragraphs"][:half]))),
            ("image", {"image": photo, "caption": data["title"], "alt_text": ""}),
            ("paragraph", RichText(paragraphs_html(data["paragraphs"][half:]))),
        ]
    article = NewsArticlePage(
        title=data["title"],
        date=data["date"],
        lead=data["lead"],
        featured_image=image,
        featured_image_caption=data["title"],
        body=body,
        author=data["author"],
    )
    article.tags.add(*data["tags"])
    return article


def load_albums(sections, demo, stats):
    gallery = sections[GALLERY_SLUG]
    for number, data in enumerate(texts.ALBUMS):
        data = demo.text(data)

        def make_album(data=data, number=number):
            album = GalleryPage(title=data["title"], date=data["date"], description=data["description"])
            album.gallery_images = [
                GalleryImage(
                    image=demo_image(
                        f"{data['title']} - {index + 1}", seed=2000 + number * 50 + index, description=caption,
                        collection=demo.collection,
                    ),
                    caption=caption,
                )
                for index, caption in enumerate(data["captions"])
            ]
            return album

        ensure_child(gallery, data["slug"], make_album, stats=stats)
    return gallery


def demo_video_file(title, seed, collection=None):
    collection = collection or Collection.get_first_root_node()
    media = Media.objects.filter(title=title, collection=collection).first()
    if media is None:
        media = Media(title=title, type="video", duration=4, width=320, height=180, collection=collection)
        with open(FILES_DIR / "video-demo.mp4", "rb") as handle:
            media.file.save(f"{slugify_vi(title)[:60]}.mp4", File(handle), save=False)
        media.thumbnail.save(f"{slugify_vi(title)[:60]}.jpg", _bytes_file(scene_jpeg(seed, 640, 360)), save=False)
        media.save()
    return media


# The second demo video is a YouTube link (Blender Foundation's "Big Buck Bunny",
# CC BY, a stand-in until the commune has its own channel). Its oEmbed answer is
# stored with the content, so nothing is fetched when the page is shown.
DEMO_EMBED_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
EMBED_MAX_WIDTH = 640  # the width templates ask for (gallery/includes/video_player.html)


def demo_embed(url):
    embed_hash = get_embed_hash(url, EMBED_MAX_WIDTH)
    Embed.objects.get_or_create(
        hash=embed_hash,
        defaults={
            "url": url,
            "max_width": EMBED_MAX_WIDTH,
            "type": "video",
            "html": (
                '<iframe width="640" height="360" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" '
                'title="Video clip" loading="lazy" allow="encrypted-media; picture-in-picture" '
                "allowfullscreen></iframe>"
            ),
            "title": "Big Buck Bunny",
            "author_name": "Blender",
            "provider_name": "YouTube",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "last_updated": timezone.now(),
        },
    )
    return url


def load_videos(sections, demo, stats):
    videos = sections[VIDEOS_SLUG]
    for number, data in enumerate(texts.VIDEOS):
        data = demo.text(data)
        ensure_child(
            videos,
            data["slug"],
            lambda data=data, number=number: VideoPage(
                title=data["title"],
                date=data["date"],
                description=data["description"],
                transcript=data["transcript"],
                video=demo_video_file(data["title"], seed=3000 + number, collection=demo.collection)
                if number == 0 else None,
                embed_url="" if number == 0 else demo_embed(DEMO_EMBED_URL),
            ),
            stats=stats,
        )
    return videos


BANNERS = [
    ("Trang thông tin pháp luật", "https://phapluat.quangnam.gov.vn/"),
    ("Nông thôn mới", "https://nongthonmoi.quangnam.gov.vn/"),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "https://quangnam.gov.vn/"),
    ("Phòng Giáo dục và Đào tạo huyện Phú Ninh", "https://phuninh.quangnam.gov.vn/"),
]


def load_site_chrome(demo):
    """Footer details and the sidebar's "Banner liên kết" of the site, created once."""
    site = demo.site
    portal = PortalSettings.for_site(site)
    if not portal.responsible_person:
        portal.responsible_person = demo.text("Chịu trách nhiệm chính: Chủ tịch UBND xã Tam Đại")
        portal.phone = portal.phone or "0235 3123 456"
        if site.is_default_site:
            portal.email = portal.email or "ubndxatamdai@quangnam.gov.vn"
        portal.save()
    if not LinkBanner.objects.filter(site=site).exists():
        for number, (title, url) in enumerate(BANNERS):
            image = demo_banner(title, seed=4000 + number, collection=demo.collection)
            LinkBanner.objects.create(site=site, title=title, url=url, image=image, sort_order=number)


def demo_banner(title, seed, collection=None):
    collection = collection or Collection.get_first_root_node()
    image = CustomImage.objects.filter(title=f"Banner: {title}", collection=collection).first()
    if image is None:
        image = CustomImage(title=f"Banner: {title}", description=title, credit="Ảnh minh họa", collection=collection)
        image.file = ImageFile(_bytes_file(scene_jpeg(seed, 600, 200)), name=f"banner-{slugify_vi(title)[:40]}.jpg")
        image.save()
    return image


def home_is_loaded(site=None):
    """Whether the site (default: the default site) has its home page. A commune
    made by ``create_commune_site`` has one from the start, so for it: whether
    its news has any article yet."""
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return bool(site and site.root_page.specific_class is HomePage)
    return NewsArticlePage.objects.descendant_of(site.root_page).exists()


def commune_home(site):
    """The home page of a commune site that is not the default one."""
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise ValueError(f"{site.hostname}: the site's root page is not a home page (run create_commune_site).")
    return home


@transaction.atomic
def load_demo_content(site=None):
    """Create whatever part of the demo tree is missing on ``site`` (default:
    the default site, with its home page); return counts."""
    stats = {"created": 0}
    if site is None or site.is_default_site:
        home = ensure_home(stats)
        site = Site.objects.get(is_default_site=True)
    else:
        home = commune_home(site)
    demo = DemoSite(site)
    load_site_chrome(demo)
    sections = load_sections(home, demo, stats)
    load_news(sections, demo, stats)
    load_albums(sections, demo, stats)
    load_videos(sections, demo, stats)
    return stats


# --- generated articles for load tests -------------------------------------------------

SUBJECTS = [
    "Hội nghị triển khai", "Kiểm tra tiến độ", "Tổng kết công tác", "Ra quân thực hiện",
    "Tập huấn nghiệp vụ", "Sơ kết sáu tháng", "Phát động phong trào", "Hội thi tìm hiểu",
]
TOPICS = [
    "xây dựng nông thôn mới", "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai",
    "an toàn giao thông", "bảo vệ môi trường", "chăm sóc sức khỏe ban đầu", "khuyến học khuyến tài",
    "phát triển sản phẩm OCOP", "bảo vệ trẻ em", "đền ơn đáp nghĩa", "giảm nghèo bền vững",
]
PLACES = ["thôn 1", "thôn 2", "thôn 3", "thôn 4", "thôn 5", "thôn 6", "toàn xã", "trụ sở UBND xã"]


def generated_article(rng, serial, today, commune=DEMO_COMMUNE):
    subject, topic, place = rng.choice(SUBJECTS), rng.choice(TOPICS), rng.choice(PLACES)
    title = f"{subject} {topic} tại {place} (bài {serial})"
    lead = f"Ngày {today:%d/%m/%Y}, xã {commune} tổ chức {subject.lower()} {topic} tại {place}."
    paragraphs = [
        lead,
        f"Công tác {topic} được cấp ủy, chính quyền xã quan tâm chỉ đạo, huy động sự tham gia của các đoàn thể và nhân dân.",
        f"Thời gian tới, xã tiếp tục đẩy mạnh {topic}, phấn đấu hoàn thành các chỉ tiêu đề ra trong năm.",
    ]
    return NewsArticlePage(
        title=title,
        slug=slugify_vi(title),
        date=today,
        lead=lead,
        body=[("paragraph", RichText(paragraphs_html(paragraphs)))],
        author="Văn phòng UBND xã",
    )


def add_generated_articles(count, progress=None, seed=2189, site=None):
    """Add ``count`` generated, published articles spread over the categories
    of ``site`` (default: the default site).

    Fast path for load tests: pages are created live without revisions.
    ``progress`` is called once per article (e.g. a tqdm bar's ``update``).
    """
    if site is None or site.is_default_site:
        home = ensure_home({"created": 0})
        site = Site.objects.get(is_default_site=True)
    else:
        home = commune_home(site)
    demo = DemoSite(site)
    news = child_by_slug(home, NEWS_SLUG)
    if news is None:
        raise RuntimeError("Run load_demo_content without --articles first.")
    categories = list(NewsIndexPage.objects.child_of(news)) or [news]
    # Reuse the demo photos as thumbnails, so listings of generated articles
    # cost what real ones do (renditions included).
    images = list(CustomImage.objects.filter(collection=demo.collection).order_by("pk")[:20]) or [None]
    rng = random.Random(seed + NewsArticlePage.objects.count())
    serial_start = NewsArticlePage.objects.count() + 1
    start = date(2015, 1, 1)
    span = (date.today() - start).days
    now = timezone.now()
    for offset in range(count):
        parent = categories[offset % len(categories)]
        day = start + timedelta(days=rng.randrange(span))
        article = generated_article(rng, serial_start + offset, day, demo.commune)
        article.featured_image = images[offset % len(images)]
        article.live = True
        article.first_published_at = article.last_published_at = now
        with transaction.atomic():
            parent.add_child(instance=article)
        if progress:
            progress(1)
