"""Store what editors type in NFC, for models that are not pages.

Pages normalise themselves (``portal.models.PortalPage``), child rows included;
this covers every model of the project's own apps (those to come too) and the
images, documents, media and tags of the libraries we use.
"""

from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page

from .text import normalise_model_text

LIBRARY_APPS = {"taggit", "wagtailimages", "wagtaildocs", "wagtailmedia"}


@cache
def is_normalised(app_label):
    """The project's own apps (folders at the project's top level) and LIBRARY_APPS."""
    if app_label in LIBRARY_APPS:
        return True
    try:
        return Path(apps.get_app_config(app_label).path).parent == Path(settings.BASE_DIR)
    except LookupError:
        return False


@receiver(pre_save, dispatch_uid="portal.normalise_text")
def normalise_text_before_save(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page):
        return
    if is_normalised(sender._meta.app_label):
        normalise_model_text(instance)
