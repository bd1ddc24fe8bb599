from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: health check, page cache, backup and restore, recycle bin."""

    name = "ops"
    verbose_name = "Vận hành"

    def ready(self):
        from . import recycle_bin, signals

        signals.connect()
        recycle_bin.connect()
