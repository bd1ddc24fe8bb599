from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Operations: health check, page cache, backup and restore, recycle bin."""

    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from . import recycle_bin, signals

        signals.connect()
        recycle_bin.connect()
