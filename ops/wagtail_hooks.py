"""Admin wiring of the recycle bin: URLs, the Settings menu item, the log action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
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
