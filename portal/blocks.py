"""StreamField blocks for the body of articles and standard pages."""

import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        required=False,
        max_length=500,
        label=_("Caption"),
        help_text=_("Shown under the image, e.g. who is in the photo and where."),
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Alternative text"),
        help_text=_(
            "Describes the image for people who cannot see it. "
            "Leave empty to use the caption or the image's own description."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"), help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False, max_length=255, label=_("Who said it"), help_text=_("e.g. 'Chủ tịch UBND xã'.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"), help_text=_("A PDF, Word or Excel file residents can download.")
    )
    title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document to download")
        template = "blocks/document_link.html"


class UnreadableTable(dict):
    """What an editor's POST held instead of a table (broken JSON, not a table)."""


class PortalTableBlock(TableBlock):
    """Wagtail's table, refusing with a form error (not a 500) what the
    browser's table editor cannot have sent: text that is not JSON, JSON
    that is not a table."""

    def value_from_form(self, value):
        try:
            table = json.loads(value)
        except (TypeError, ValueError):
            return UnreadableTable()
        if not isinstance(table, dict) or not _is_grid(table.get("data", [])):
            return UnreadableTable()
        return table

    def clean(self, value):
        if isinstance(value, UnreadableTable):
            raise ValidationError(_("The table could not be read. Reload the page and enter the table again."))
        return super().clean(value)


def _is_grid(data):
    """A list of rows, each a list of cells (text, numbers or empty)."""
    return isinstance(data, list) and all(
        isinstance(row, list) and all(cell is None or isinstance(cell, (str, int, float)) for cell in row)
        for row in data
    )


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = PortalTableBlock(label=_("Table"), template="blocks/table.html")
    embed = EmbedBlock(
        label=_("Embedded video or post"),
        help_text=_("Paste a YouTube or Facebook link."),
        template="blocks/embed.html",
    )
    document = DocumentLinkBlock()
