from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """check_translations, bench_search, bench_random_photos (dev and test only)."""

    name = "devtools"
