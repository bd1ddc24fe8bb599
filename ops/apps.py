from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: health check, page cache, backup and restore."""

    name = "ops"
    verbose_name = "Vận hành"

    def ready(self):
        from . import signals

        signals.connect()
