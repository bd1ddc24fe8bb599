from django.apps import AppConfig


class DemoConfig(AppConfig):
    """load_demo_content: the demo tree of DESIGN.md and generated articles."""

    name = "demo"
