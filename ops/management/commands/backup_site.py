from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_backup, default_backup_dir, prune_backups


class Command(BaseCommand):
    help = (
        "Write one archive tamdai-YYYYmmdd-HHMMSS.tar.gz with the database (pg_dump or the "
        "SQLite backup API; sessions left out), every file of MEDIA_ROOT and a manifest with "
        "checksums; encrypted with age to --encrypt-to recipients (or BACKUP_ENCRYPT_TO) as "
        "….tar.gz.age. Prints the archive's path."
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
        parser.add_argument(
            "--encrypt-to",
            action="append",
            default=None,
            metavar="RECIPIENT",
            help="Encrypt the archive with age to this recipient: a public key (age1…), an SSH "
            "public key, or a file of such keys. Repeat for several. Default: BACKUP_ENCRYPT_TO.",
        )
        parser.add_argument(
            "--no-encrypt",
            action="store_true",
            help="Write a plain archive even when BACKUP_ENCRYPT_TO is set.",
        )
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, output_dir, keep, encrypt_to, no_encrypt, database, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1.")
        if encrypt_to and no_encrypt:
            raise CommandError("--encrypt-to and --no-encrypt contradict each other.")
        recipients = [] if no_encrypt else (encrypt_to or settings.BACKUP_ENCRYPT_TO)
        output_dir = output_dir or default_backup_dir()
        try:
            path = create_backup(output_dir, using=database, encrypt_to=recipients)
            removed = prune_backups(output_dir, keep) if keep else []
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
        for old in removed:
            self.stdout.write(f"Removed old backup {old}", style_func=self.style.WARNING)
