from django.core.management.base import BaseCommand
from tqdm import tqdm

from demo.demo_content.loader import add_generated_articles, home_is_loaded, load_demo_content


class Command(BaseCommand):
    help = (
        "Build the demo page tree (DESIGN.md) in Vietnamese. Idempotent: only missing "
        "pages are created, existing ones are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated articles (for load tests), with a progress bar.",
        )
        parser.add_argument(
            "--skip-if-loaded",
            action="store_true",
            help="Do nothing when the site already has its home page (used by `make run`).",
        )

    def handle(self, *args, articles=0, skip_if_loaded=False, **options):
        if skip_if_loaded and home_is_loaded():
            self.stdout.write("Demo content already loaded; nothing to do.")
        else:
            stats = load_demo_content()
            self.stdout.write(self.style.SUCCESS(f"Demo content: {stats['created']} page(s) created."))
        if articles > 0:
            with tqdm(total=articles, desc="Generated articles", unit="article", file=self.stderr._out) as bar:
                add_generated_articles(articles, progress=bar.update)
            self.stdout.write(self.style.SUCCESS(f"Added {articles} generated article(s)."))
