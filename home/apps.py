from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The roof: the home page, standard pages, the site's settings, link
    banners, the image model, the HTML site map and robots.txt. It may use
    every page app; only URLs and the demo import it."""

    name = "home"
    verbose_name = _("Portal")
