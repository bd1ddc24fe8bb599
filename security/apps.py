from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from .compat import provide_user_listing_button

# Before any app's ready() can trigger Wagtail's hook discovery (security/compat.py).
provide_user_listing_button()


class SecurityConfig(AppConfig):
    """Login and password limits, two-factor login, security headers, upload limits."""

    name = "security"
    verbose_name = _("Security")

    def ready(self):
        from . import throttle
        from .checks import refuse_debug_in_production

        refuse_debug_in_production()
        throttle.connect()
