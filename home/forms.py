"""Admin forms shared by every page type of the portal."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import Page

from .text import slugify_vi


# Applied in the browser (Wagtail's w-slug controller "formatters") before its
# own transliteration, which knows no Vietnamese: it would turn "đ" into "dj"
# and drop letters such as "ể" or "ự". With these, the slug the admin fills in
# from a title is the one ``slugify_vi`` makes on the server.
VIETNAMESE_SLUG_FORMATTERS = [
    ("[\u0300-\u036f]", ""),  # combining marks of decomposed (NFD) input
    ("[đĐ]", "d"),
    ("[àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ]", "a"),
    ("[èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ]", "e"),
    ("[ìíịỉĩÌÍỊỈĨ]", "i"),
    ("[òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ]", "o"),
    ("[ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ]", "u"),
    ("[ỳýỵỷỹỲÝỴỶỸ]", "y"),
]


class PortalPageForm(WagtailAdminPageForm):
    """An editor may leave the slug empty: it is made from the Vietnamese title
    on the server (ASCII, "Đoàn" -> "doan"), with "-2", "-3"… if a sibling
    already uses it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].widget = SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS)

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug:
            return slug
        base = slugify_vi(self.cleaned_data.get("title", ""))
        if not base:
            raise forms.ValidationError(
                _("Enter a slug: the title has no letters or digits to make one from.")
            )
        candidate, suffix = base, 1
        while not Page._slug_is_available(candidate, self.parent_page, self.instance):
            suffix += 1
            candidate = f"{base}-{suffix}"
        return candidate
