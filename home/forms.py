"""The admin form of link banners: a banner goes only to a site the user works on."""

from wagtail.admin.forms import WagtailAdminModelForm

from ops.editorial import user_sites


class LinkBannerForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("site")
        if field is None or self.for_user is None:
            return
        sites = user_sites(self.for_user).order_by("-is_default_site", "site_name", "hostname")
        field.queryset = sites
        if self.instance.pk is None and not sites.filter(pk=self.initial.get("site")).exists():
            self.initial["site"] = sites.values_list("pk", flat=True).first()
