import django
import wagtail
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from ops.backup import VENDOR_LABELS, BackupError, apply_restore, unpack_archive


class Command(BaseCommand):
    help = (
        "Restore an archive written by backup_site (decrypted first with --identity when it is "
        "encrypted): check its manifest and checksums, then "
        "replace the whole database and every file of MEDIA_ROOT, and clear the cache."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of a tamdai-YYYYmmdd-HHMMSS.tar.gz(.age) archive.")
        parser.add_argument(
            "--identity",
            "-i",
            default=None,
            metavar="FILE",
            help="For an encrypted archive: the age identity file (private key) to decrypt it with.",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args, archive, identity, interactive, database, **options):
        try:
            with unpack_archive(archive, using=database, identity=identity) as unpacked:
                self._describe(unpacked.manifest, connections[database])
                if interactive and not self._confirmed():
                    self.stdout.write("Restore cancelled; nothing was changed.")
                    return
                apply_restore(unpacked, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}."))

    def _describe(self, manifest, connection):
        counts = manifest.get("counts", {})
        versions = manifest.get("versions", {})
        self.stdout.write(
            f"Archive made {manifest.get('created_at')} on "
            f"{VENDOR_LABELS[manifest['database']['vendor']]} "
            f"(Django {versions.get('django')}, Wagtail {versions.get('wagtail')}): "
            f"{counts.get('pages')} pages, {counts.get('images')} images, "
            f"{counts.get('documents')} documents, {len(manifest['files']) - 1} media files."
        )
        self.stdout.write(
            f"It will REPLACE the database '{connection.settings_dict['NAME']}' and every file "
            f"in {settings.MEDIA_ROOT}. Everyone will be signed out (backups hold no sessions)."
        )
        current = {"django": django.get_version(), "wagtail": wagtail.__version__}
        if {key: versions.get(key) for key in current} != current:
            self.stdout.write(self.style.WARNING(
                f"The archive was made with other versions (now Django {current['django']}, "
                f"Wagtail {current['wagtail']}): run `manage.py migrate` after the restore."
            ))

    def _confirmed(self):
        answer = input("Type 'yes' to continue, or 'no' to cancel: ")
        return answer.strip().lower() == "yes"

