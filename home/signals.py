"""Store what editors type in NFC, for models that are not pages.

Pages normalise themselves (``home.models.PortalPage``), children included;
this covers images, documents, media, tags and our own snippets.
"""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page

from .text import normalise_model_text

NORMALISED_APPS = {"home", "news", "gallery", "search", "taggit", "wagtailimages", "wagtaildocs", "wagtailmedia"}


@receiver(pre_save, dispatch_uid="home.normalise_text")
def normalise_text_before_save(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page):
        return
    if sender._meta.app_label in NORMALISED_APPS:
        normalise_model_text(instance)
