"""Vietnamese text, in one place: how it is stored, turned into URLs, folded
for search and written as dates.

- ``nfc``: the one normal form we store. Vietnamese can be typed precomposed
  ("ệ" = U+1EC7) or decomposed ("e" + U+0323 + U+0302); both look the same but
  compare, search and sort differently.
- ``slugify_vi``: an ASCII slug from a Vietnamese title. Django's ``slugify``
  drops "đ" ("Đoàn" -> "oan"); ``anyascii`` maps it to "d" and strips every
  tone and vowel mark. ``VIETNAMESE_SLUG_FORMATTERS`` makes the admin's
  browser-side slug the same; ``unique_child_slug`` finds a free one.
- ``fold`` / ``search_words``: lower case, "đ" -> "d", marks removed, so
  "tre em" finds "trẻ em" (search indexes a folded copy of every page).
- ``long_date``: "Thứ Ba, 12/04/2022", as Vietnamese readers expect.
"""

import re
import unicodedata

from anyascii import anyascii
from django.db import models
from django.utils.text import slugify
from django.utils.translation import pgettext

SLUG_MAX_LENGTH = 100
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


# --- Normal form -----------------------------------------------------------


def nfc(value):
    """Return ``value`` in Unicode NFC if it is a string, unchanged otherwise."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def nfc_deep(value):
    """NFC-normalise every string inside nested lists/dicts (StreamField JSON)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, tuple):
        return tuple(nfc_deep(item) for item in value)
    if isinstance(value, dict):
        return {key: nfc_deep(item) for key, item in value.items()}
    return value


def normalise_model_text(instance):
    """Store every text field of a model instance in NFC, StreamFields included.

    Called before pages are validated or saved (``portal.models.PortalPage``)
    and from a ``pre_save`` signal for the other models editors type into.
    """
    from wagtail.fields import StreamField  # wagtail.fields needs the app registry

    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            stream = getattr(instance, field.attname)
            raw = list(stream.raw_data) if stream is not None else None
            if raw and nfc_deep(raw) != raw:
                setattr(instance, field.attname, nfc_deep(raw))
        elif isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                normalised = nfc(value)
                if normalised != value:
                    setattr(instance, field.attname, normalised)


# --- Slugs -------------------------------------------------------------------


def slugify_vi(title, max_length=SLUG_MAX_LENGTH):
    """ASCII slug for a Vietnamese title, cut at a word boundary.

    >>> slugify_vi("Đoàn")
    'doan'
    """
    slug = slugify(anyascii(nfc(title or "")))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def free_slug(base, taken):
    """``base``, else ``base-2``, ``base-3``… : the first not in ``taken``."""
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def unique_child_slug(parent, base, page=None):
    """A slug made from ``base`` that no other child of ``parent`` uses (one query)."""
    if parent is None:
        return base
    siblings = parent.get_children().filter(slug__startswith=base)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    return free_slug(base, set(siblings.values_list("slug", flat=True)))


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


# --- Folding for search ------------------------------------------------------


def _fold_char(char):
    if char in "đĐ":
        return "d"
    return unicodedata.normalize("NFD", char)[0].lower()


def fold(text):
    """NFC, lower case, đ→d, tone and vowel marks removed.

    Character by character, so the folded text has the length of the NFC
    text and positions in one are positions in the other (search highlights
    matches in the original text that way).
    """
    return "".join(_fold_char(char) for char in nfc(text or ""))


def search_words(text):
    """What the search index stores for a text: its folded words separated by
    single spaces, so both databases split "2189/KH-UBND" into the same tokens."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).replace("_", " ").split())


def same_words(a, b):
    """True when two names differ only in case or normal form ("Đường" = "đường")."""
    return nfc(a or "").casefold() == nfc(b or "").casefold()


# --- Dates -------------------------------------------------------------------


def weekday_name(value):
    return (
        pgettext("weekday", "Monday"),
        pgettext("weekday", "Tuesday"),
        pgettext("weekday", "Wednesday"),
        pgettext("weekday", "Thursday"),
        pgettext("weekday", "Friday"),
        pgettext("weekday", "Saturday"),
        pgettext("weekday", "Sunday"),
    )[value.weekday()]


def long_date(value):
    """'Thứ Ba, 12/04/2022' for a date (or datetime) ``value``; '' for None."""
    if not value:
        return ""
    return f"{weekday_name(value)}, {value:%d/%m/%Y}"
