"""Admin wiring of the recycle bin: URLs, the Settings menu item, the log action,
its permission on the group screen."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import recycle_bin_views as views
from .recycle_bin import RESTORE_ACTION

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/restore/", views.restore, name="restore"),
    path("<int:pk>/purge/", views.purge, name="purge"),
]


@hooks.register("register_admin_urls")
def register_recycle_bin_urls():
    return [path("deleted-pages/", include((urlpatterns, "ops_recycle_bin"), namespace="ops_recycle_bin"))]


class RecycleBinMenuItem(MenuItem):
    def is_shown(self, request):
        return views.user_can_use_bin(request.user)


@hooks.register("register_settings_menu_item")
def register_recycle_bin_menu_item():
    return RecycleBinMenuItem(
        _("Deleted pages"), reverse("ops_recycle_bin:index"), name="deleted-pages", icon_name="bin", order=950,
    )


@hooks.register("register_log_actions")
def register_restore_log_action(actions):
    actions.register_action(RESTORE_ACTION, _("Restore"), _("Restored from the deleted pages"))


@hooks.register("register_permissions")
def register_recycle_bin_permission():
    """Offer "restore and purge deleted pages" on the group screen (Cài đặt › Nhóm),
    so an administrator can give it to a group there."""
    return Permission.objects.filter(content_type__app_label="ops", codename="restore_deletedpage")


@hooks.register("register_log_actions", order=1)  # after Wagtail's own registration
def give_the_created_log_action_its_own_msgid(actions):
    """Wagtail labels the "created" log action and the creation-date column of its
    image, document and token lists with one msgid, "Created": Vietnamese needs
    "Đã tạo" (an event, in page and object histories) and "Ngày tạo" (a date)
    there. The column keeps the bare msgid ("Ngày tạo"); the log action gets one
    with a context. (Admin wording rather than the recycle bin: it sits here beside
    the bin's own log action.)"""
    formatter = actions.formatters.get("wagtail.create")
    if formatter is not None:
        formatter.message = pgettext_lazy("log action", "Created")
