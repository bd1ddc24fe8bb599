"""wagtail-2fa 1.8.0 on Wagtail 8.

wagtail-2fa's wagtail_hooks.py imports ``wagtail.users.widgets.UserListingButton``,
a module Wagtail 8 removed (its buttons are ``wagtail.admin.widgets.button.ListingButton``).
That one import fails Wagtail's hook discovery, and with it every admin page.
Everything else of wagtail-2fa works on Wagtail 8.0.1 (tests/test_admin_security.py).
Remove this module when a wagtail-2fa release imports ListingButton itself.
"""

import importlib.util
import sys
import types

MISSING_MODULE = "wagtail.users.widgets"


def _lazy_listing_button(name):
    if name == "UserListingButton":
        from wagtail.admin.widgets.button import ListingButton

        return ListingButton
    raise AttributeError(f"module {MISSING_MODULE!r} has no attribute {name!r}")


def provide_user_listing_button():
    """Stand in for the removed ``wagtail.users.widgets`` (only when Wagtail lacks it),
    answering ``UserListingButton`` with Wagtail 8's ListingButton, imported lazily
    because this runs while apps load."""
    if MISSING_MODULE in sys.modules or importlib.util.find_spec(MISSING_MODULE) is not None:
        return
    module = types.ModuleType(MISSING_MODULE, "Stand-in for wagtail-2fa (security/compat.py).")
    module.__getattr__ = _lazy_listing_button
    sys.modules[MISSING_MODULE] = module
