from django.core.management.base import BaseCommand, CommandError

from ops.recycle_bin import DEFAULT_PURGE_DAYS, purge_deleted_pages


class Command(BaseCommand):
    help = (
        "Permanently delete the pages in the recycle bin (Settings › Deleted pages) "
        "that were deleted more than N days ago, with their recorded revisions."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=DEFAULT_PURGE_DAYS, metavar="N",
            help=f"Keep deleted pages this many days (default: {DEFAULT_PURGE_DAYS}).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        count = purge_deleted_pages(days)
        self.stdout.write(f"Purged {count} deleted page(s) older than {days} days.")
