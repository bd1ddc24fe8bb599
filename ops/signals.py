"""What invalidates the page cache (ops.cache) and the front cache / CDN.

Every change a visitor could see starts a new page-cache generation. With a
front cache configured (WAGTAILFRONTENDCACHE, see docs/deployment.md), Wagtail
purges a published or unpublished page's own URLs; the lists that show it
(its section indexes and the home page) are purged here too.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import invalidate_all

DISPATCH = "ops.page_cache"


def _page_changed(sender, instance, **kwargs):
    invalidate_all()
    purge_ancestors_from_front_cache(instance)


def _page_saved(sender, instance, **kwargs):
    """A live page saved outside publishing (created live by code, a draft of
    a live page saved): renew too; over-invalidating is cheap, stale is not."""
    if isinstance(instance, Page) and instance.live:
        invalidate_all()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_all()


def _model_changed(sender, **kwargs):
    invalidate_all()


def purge_ancestors_from_front_cache(page):
    """Purge the section indexes and home page that list ``page``."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(page.get_ancestors().filter(depth__gt=1).live().specific())
    batch.purge()


def visible_models():
    """Models whose rows show on public pages, outside the page tree: Wagtail's
    (restrictions, sites, redirects, images, documents, media) and ours, named
    in settings.PAGE_CACHE_MODELS."""
    from django.apps import apps
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    models = [PageViewRestriction, Site, Redirect, get_image_model(), get_document_model()]
    models += [apps.get_model(label) for label in settings.PAGE_CACHE_MODELS]
    if apps.is_installed("wagtailmedia"):
        from wagtailmedia.models import get_media_model

        models.append(get_media_model())
    return models


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed, dispatch_uid=f"{DISPATCH}.{id(signal)}")
    post_page_move.connect(_page_changed, dispatch_uid=f"{DISPATCH}.move")
    post_delete.connect(_page_deleted, dispatch_uid=f"{DISPATCH}.page_deleted")
    post_save.connect(_page_saved, dispatch_uid=f"{DISPATCH}.page_saved")
    for model in visible_models():
        post_save.connect(_model_changed, sender=model, dispatch_uid=f"{DISPATCH}.save.{model._meta.label}")
        post_delete.connect(_model_changed, sender=model, dispatch_uid=f"{DISPATCH}.delete.{model._meta.label}")
