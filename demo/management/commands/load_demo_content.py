from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm
from wagtail.models import Site

from demo.demo_content.loader import add_generated_articles, home_is_loaded, load_demo_content


def site_for(hostname):
    """The site called ``hostname`` (``host`` or ``host:port``)."""
    host, _, port = hostname.partition(":")
    sites = Site.objects.filter(hostname=host.strip().lower())
    if port:
        if not port.isdigit():
            raise CommandError(f"Not a port number: {port}")
        sites = sites.filter(port=int(port))
    found = list(sites[:2])
    if not found:
        raise CommandError(f"No site with the host name {hostname} (create it with create_commune_site).")
    if len(found) > 1:
        raise CommandError(f"Several sites are called {host}: say which port, e.g. {host}:{found[0].port}.")
    return found[0]


class Command(BaseCommand):
    help = (
        "Build the demo page tree (DESIGN.md) in Vietnamese on the default site, or on the commune "
        "site given by --site. Idempotent: only missing pages are created, existing ones are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            metavar="HOSTNAME",
            help="Fill this site's tree (host or host:port, made by create_commune_site) instead of the default site's.",
        )
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

    def handle(self, *args, site=None, articles=0, skip_if_loaded=False, **options):
        site = site_for(site) if site else None
        if skip_if_loaded and home_is_loaded(site):
            self.stdout.write("Demo content already loaded; nothing to do.")
        else:
            try:
                stats = load_demo_content(site)
            except ValueError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(self.style.SUCCESS(f"Demo content: {stats['created']} page(s) created."))
        if articles > 0:
            with tqdm(total=articles, desc="Generated articles", unit="article", file=self.stderr._out) as bar:
                add_generated_articles(articles, progress=bar.update, site=site)
            self.stdout.write(self.style.SUCCESS(f"Added {articles} generated article(s)."))
