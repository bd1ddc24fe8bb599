"""Vietnamese text helpers used wherever editors' text is stored or turned into URLs.

- ``nfc``: the one normal form we store. Vietnamese can be typed precomposed
  ("ệ" = U+1EC7) or decomposed ("e" + U+0323 + U+0302); both look the same but
  compare, search and sort differently.
- ``slugify_vi``: an ASCII slug from a Vietnamese title. Django's ``slugify``
  drops "đ" ("Đoàn" -> "oan"); ``anyascii`` maps it to "d" and strips every
  tone and vowel mark.
"""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify

SLUG_MAX_LENGTH = 100


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


def slugify_vi(title, max_length=SLUG_MAX_LENGTH):
    """ASCII slug for a Vietnamese title, cut at a word boundary.

    >>> slugify_vi("Đoàn")
    'doan'
    """
    slug = slugify(anyascii(nfc(title or "")))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def normalise_model_text(instance):
    """Store every text field of a model instance in NFC, StreamFields included.

    Called before pages are validated or saved (``PortalPage``) and from a
    ``pre_save`` signal for the other models editors type into.
    """
    from django.db import models
    from wagtail.fields import StreamField

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
