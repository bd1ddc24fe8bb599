from django.apps import AppConfig


class CommunesConfig(AppConfig):
    """Many communes on one install: create_commune_site, the sections every
    commune's tree has, archives of merged communes, and the admin's per-site
    isolation (choosers and reports)."""

    name = "communes"
