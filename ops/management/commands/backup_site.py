from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_backup, default_backup_dir, prune_backups


class Command(BaseCommand):
    help = (
        "Write one archive tamdai-YYYYmmdd-HHMMSS.tar.gz with the database (pg_dump or the "
        "SQLite backup API), every file of MEDIA_ROOT and a manifest with checksums. "
        "Prints the archive's path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=None,
            help="Folder for the archive (default: $BACKUP_DIR, else var/backups).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            metavar="N",
            help="Afterwards keep only the N newest archives in that folder.",
        )
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, output_dir, keep, database, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1.")
        output_dir = output_dir or default_backup_dir()
        try:
            path = create_backup(output_dir, using=database)
            removed = prune_backups(output_dir, keep) if keep else []
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
        for old in removed:
            self.stdout.write(f"Removed old backup {old}", style_func=self.style.WARNING)
