"""oEmbed finder for tests: answers every URL locally, never touches the network."""

from django.utils.html import escape
from wagtail.embeds.finders.base import EmbedFinder


class StubEmbedFinder(EmbedFinder):
    def __init__(self, **options):
        self.options = options

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Video thử",
            "author_name": "Tam Đại",
            "provider_name": "Stub",
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": f'<iframe title="Video thử" src="{escape(url)}" width="640" height="360"></iframe>',
        }
