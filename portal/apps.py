from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The foundation every page app stands on: abstract pages, the visibility
    rule, navigation, pagination, blocks, the admin form, Vietnamese text and
    the template tags of the layout. No tables, no imports of other apps."""

    name = "portal"

    def ready(self):
        from . import signals  # noqa: F401  (connects the NFC pre_save handler)
        from . import sites

        sites.connect()  # the cached list of sites is renewed when a site changes
