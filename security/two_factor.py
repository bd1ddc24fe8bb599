"""Two-factor login for the admin (wagtail-2fa, TOTP apps such as Google Authenticator).

wagtail-2fa's own middleware either requires 2FA of every admin user
(WAGTAIL_2FA_REQUIRED = True) or checks nobody, not even the users who set up a
device. This one keeps the first mode and makes the second one opt-in: with
WAGTAIL_2FA_REQUIRED = False, a user who has added a device (account menu,
"Manage your 2FA devices") must give a code at every sign-in; the others sign
in with their password alone.
"""

import django_otp
import wagtail_2fa.forms
import wagtail_2fa.views
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import resolve
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa.middleware import VerifyUserMiddleware


class TwoFactorMiddleware(VerifyUserMiddleware):
    def _require_verified_user(self, request):
        """Whether this request needs a user verified by a code."""
        if settings.WAGTAIL_2FA_REQUIRED:
            try:
                return super()._require_verified_user(request)
            except Http404:  # a URL no pattern matches (left to the redirects app): verify first
                return True
        user = request.user
        if not user.is_authenticated or not django_otp.user_has_device(user, confirmed=True):
            return False
        try:
            url_name = resolve(request.path_info).url_name
        except Http404:
            url_name = None
        return url_name not in self._allowed_url_names


class TokenForm(wagtail_2fa.forms.TokenForm):
    """wagtail-2fa's code form, naming the device as django-otp 1.7.1+ requires.

    wagtail-2fa 1.8.0 sends no ``otp_device``; django-otp no longer tries every
    device itself and answers "Please select a device." to every code
    (labd/wagtail-2fa#284). Each of the user's confirmed TOTP devices (the only
    kind wagtail-2fa makes; usually one) is tried in turn.
    """

    def clean(self):
        error = ValidationError(self.otp_error_messages["device_required"], code="device_required")
        for device in TOTPDevice.objects.devices_for_user(self.user, confirmed=True):
            self.cleaned_data["otp_device"] = device.persistent_id
            try:
                self.clean_otp(self.user)
            except ValidationError as failure:
                error = failure
            else:
                return self.cleaned_data
        raise error


class VerifyView(wagtail_2fa.views.LoginView):
    """wagtail-2fa's "enter your code" page, with the form above
    (registered in security/wagtail_hooks.py under wagtail-2fa's own URL name)."""

    form_class = TokenForm
