"""Two-factor login for the admin (wagtail-2fa, TOTP apps such as Google Authenticator).

wagtail-2fa's own middleware either requires 2FA of every admin user
(WAGTAIL_2FA_REQUIRED = True) or checks nobody, not even the users who set up a
device. This one keeps the first mode and makes the second one opt-in: with
WAGTAIL_2FA_REQUIRED = False, a user who has added a device ("Quản lý thiết bị
2FA" in the account menu) must give a code at every sign-in; the others sign in
with their password alone.
"""

import django_otp
from django.conf import settings
from django.http import Http404
from django.urls import resolve
from wagtail_2fa.middleware import VerifyUserMiddleware


class TwoFactorMiddleware(VerifyUserMiddleware):
    def _require_verified_user(self, request):
        """Whether this request needs a user verified by a code."""
        if settings.WAGTAIL_2FA_REQUIRED:
            return super()._require_verified_user(request)
        user = request.user
        if not user.is_authenticated or not django_otp.user_has_device(user, confirmed=True):
            return False
        try:
            url_name = resolve(request.path_info).url_name
        except Http404:
            url_name = None
        return url_name not in self._allowed_url_names
