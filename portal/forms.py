"""The admin form every page type of the portal uses."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput

from .text import VIETNAMESE_SLUG_FORMATTERS, slugify_vi, unique_child_slug


class PortalPageForm(WagtailAdminPageForm):
    """An editor may leave the slug empty: it is made from the Vietnamese title
    on the server (ASCII, "Đoàn" -> "doan"), with "-2", "-3"… if a sibling
    already uses it. In the browser the slug field fills in the same way."""

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
        return unique_child_slug(self.parent_page, base, self.instance)
