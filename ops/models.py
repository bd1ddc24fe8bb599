"""The recycle bin ("Trang đã xóa"): what a deleted page was, kept until purged.

Wagtail deletes a page's revisions with the page. ``ops.recycle_bin`` records
every page of a deletion here first (content and revisions as JSON), so it can be
brought back as a draft; see docs/recovery.md.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DeletedPage(models.Model):
    """One deleted page. A deleted section is one entry per page: the section's
    own entry is the batch root, its descendants point at it with ``root``."""

    title = models.CharField(max_length=255)
    old_page_id = models.PositiveIntegerField(db_index=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    url_path = models.TextField()
    path = models.CharField(max_length=255)
    parent = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    parent_title = models.CharField(max_length=255, blank=True)
    parent_url_path = models.TextField(blank=True)
    content = models.JSONField(encoder=DjangoJSONEncoder)
    revisions = models.JSONField(encoder=DjangoJSONEncoder, default=list)
    # Who may see the page: its own view restrictions ({"type", "password",
    # "groups": [ids]}), and for a batch root also those it inherited from the
    # ancestors that were not deleted ("inherited": true), re-applied when it is
    # restored somewhere else. A restored page is never more public than it was.
    view_restrictions = models.JSONField(encoder=DjangoJSONEncoder, default=list)
    revision_count = models.PositiveIntegerField(default=0)
    was_live = models.BooleanField(default=False)
    deleted_at = models.DateTimeField(default=timezone.now, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="descendant_entries",
    )

    class Meta:
        verbose_name = _("deleted page")
        verbose_name_plural = _("deleted pages")
        ordering = ["-deleted_at", "path"]
        default_permissions = ()
        # gettext_lazy: the name is stored in English (migrate runs untranslated) and
        # translated where Wagtail shows it (the group screen: ops/wagtail_hooks.py).
        permissions = [("restore_deletedpage", _("Can restore and purge deleted pages"))]

    def __str__(self):
        return self.title

    @property
    def page_model(self):
        """The page's specific class, or None if its app is gone."""
        return self.content_type.model_class()

    def batch(self):
        """This root entry and its descendants' entries, parents first."""
        return DeletedPage.objects.filter(models.Q(pk=self.pk) | models.Q(root=self)).order_by("path")


class PageCacheState(models.Model):
    """One row: a page-cache invalidation that could not be made (the cache
    server down or timing out) and was not made good since (ops/cache.py).
    Kept in the database, which every process and server shares, so that
    /healthz reports it wherever it happened; cleared by the next invalidation
    that succeeds."""

    SINGLETON = 1

    lost_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        verbose_name = _("page cache state")
        verbose_name_plural = _("page cache state")
        default_permissions = ()

    def __str__(self):
        return f"lost at {self.lost_at}: {self.reason}" if self.lost_at else "ok"
