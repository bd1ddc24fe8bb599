from datetime import datetime

from django.core.management.base import BaseCommand, CommandError

from communes.sites import CommuneSiteError, create_commune_site


def day(value):
    try:
        return datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError as error:
        raise CommandError(f"Not a date (dd/mm/yyyy): {value}") from error


class Command(BaseCommand):
    help = (
        "Create a commune's site: the Wagtail site, its home page and sections, its portal settings, "
        "collection, editor/approver/administrator groups and approval workflow. Idempotent: a second "
        "run creates only what is missing. --archive makes it the read-only archive of a merged commune."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help='The commune, as residents write it: "xã Tam Dân".')
        parser.add_argument("--hostname", required=True, help="The site's host name, e.g. tamdan.example.vn.")
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
        try:
            report = create_commune_site(
                options["name"], options["hostname"], options["port"], region=options["region"],
                archive=options["archive"], successor_name=options["successor_name"],
                successor_url=options["successor_url"], merged_on=options["merged_on"],
            )
        except CommuneSiteError as error:
            raise CommandError(str(error)) from error
        for line in report.lines:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Done: http://{report.site.hostname}"
                                             f"{'' if report.site.port in (80, 443) else f':{report.site.port}'}/"))
