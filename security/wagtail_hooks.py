from django.urls import path
from wagtail import hooks

from .two_factor import VerifyView


@hooks.register("register_admin_urls")
def two_factor_verify_url():
    """wagtail-2fa's code page with our form (security/two_factor.py). This app
    comes before wagtail_2fa in INSTALLED_APPS, so this pattern is matched first."""
    return [path("2fa/auth", VerifyView.as_view(), name="wagtail_2fa_auth")]
