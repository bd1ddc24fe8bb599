from datetime import datetime

from django.core.management.base import BaseCommand, CommandError

from communes.sites import CommuneSiteError, commune_sites, create_commune_site


def day(value):
    try:
        return datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError as error:
        raise CommandError(f"Not a date (dd/mm/yyyy): {value}") from error


class Command(BaseCommand):
    help = (
        "Create a commune's site: the Wagtail site, its home page and sections, its portal settings, "
        "collection, editor/approver/administrator groups and approval workflow. Idempotent: a second "
        "run creates only what is missing. --archive makes it the read-only archive of a merged commune. "
        "--all runs it again for every commune site (after an upgrade that adds a section or a permission)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", help='The commune, as residents write it: "xã Tam Dân".')
        parser.add_argument("--hostname", help="The site's host name, e.g. tamdan.example.vn.")
        parser.add_argument(
            "--all", action="store_true",
            help="Complete every site whose root is a home page (the default site too), each with its own name.",
        )
        parser.add_argument(
            "--port", type=int, default=80, help="The port residents use (default 80, also behind TLS on 443)."
        )
        parser.add_argument(
            "--region", default="",
            help='Appended to the portal\'s name and address of a new site, e.g. "thành phố Đà Nẵng".',
        )
        parser.add_argument(
            "--archive", action="store_true",
            help="The commune merged into another: read-only for its editors, a notice on every page.",
        )
        parser.add_argument(
            "--successor-name", default="", help='With --archive: the new commune, e.g. "xã Tam Đại".'
        )
        parser.add_argument("--successor-url", default="", help="With --archive: the new commune's portal address.")
        parser.add_argument(
            "--merged-on", type=day, default=None, help="With --archive: the merger's date, dd/mm/yyyy."
        )

    def handle(self, *args, **options):
        if options["all"]:
            if options["name"] or options["hostname"] or options["archive"]:
                raise CommandError("--all goes alone: each site keeps its own name, host name and archive state.")
            calls = [(site.site_name or site.hostname, site.hostname, site.port, {}) for site in commune_sites()]
        elif not (options["name"] and options["hostname"]):
            raise CommandError("Say which commune: --name and --hostname (or --all).")
        else:
            calls = [(options["name"], options["hostname"], options["port"], {
                "region": options["region"], "archive": options["archive"],
                "successor_name": options["successor_name"], "successor_url": options["successor_url"],
                "merged_on": options["merged_on"],
            })]
        for name, hostname, port, extra in calls:
            try:
                report = create_commune_site(name, hostname, port, **extra)
            except CommuneSiteError as error:
                raise CommandError(str(error)) from error
            for line in report.lines:
                self.stdout.write(line)
            shown_port = "" if report.site.port in (80, 443) else f":{report.site.port}"
            self.stdout.write(self.style.SUCCESS(f"Done: http://{report.site.hostname}{shown_port}/"))
