import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from devtools.translations import check_own_catalogue, check_package_catalogues, stale_compiled_catalogues

IGNORE = [".venv", "venv", "tests", "locale", "media", "static_collected", "node_modules", "var"]


class Command(BaseCommand):
    help = (
        "Fail when a string of the Wagtail apps we use, of wagtailmedia or of our own code "
        "has no Vietnamese translation, has a broken placeholder, or a .mo file is stale. "
        "Prints the coverage of each catalogue."
    )

    def handle(self, *args, **options):
        locale_paths = [Path(p) for p in settings.LOCALE_PATHS]
        own_po = locale_paths[0] / "vi" / "LC_MESSAGES" / "django.po"
        reports = check_package_catalogues(locale_paths) + [check_own_catalogue(own_po)]
        failures = []

        self.stdout.write(f"{'catalogue':40} {'translated':>12} {'coverage':>9}")
        for report in reports:
            self.stdout.write(
                f"{report.label:40} {report.translated:>5} / {report.total:<5} {report.coverage:>8.1f}%"
            )
            for msgid in report.missing[:10]:
                failures.append(f"{report.label}: no Vietnamese for {msgid!r}")
            for msgid in report.broken[:10]:
                failures.append(f"{report.label}: placeholders differ in {msgid!r}")
            if len(report.missing) + len(report.broken) > 20:
                failures.append(f"{report.label}: … and more")
        total = sum(r.total for r in reports)
        translated = sum(r.translated for r in reports)
        self.stdout.write(f"{'all':40} {translated:>5} / {total:<5} {100.0 * translated / total:>8.1f}%")

        for path in stale_compiled_catalogues(locale_paths):
            failures.append(f"{path}: the .mo file is missing or older than the .po (run make translations)")
        failures += [f"our code: {msgid!r} is not in {own_po}" for msgid in self._unextracted(own_po)]

        if failures:
            for failure in failures:
                self.stderr.write(failure)
            raise CommandError(f"{len(failures)} translation problem(s).")
        self.stdout.write(self.style.SUCCESS("All catalogues are fully translated."))

    def _unextracted(self, own_po):
        """Strings in our code that makemessages would add to our catalogue."""
        if shutil.which("xgettext") is None:
            raise CommandError("GNU gettext (xgettext) is needed: apt-get install gettext")
        before = {(e.msgctxt, e.msgid) for e in polib.pofile(str(own_po)) if not e.obsolete}
        with tempfile.TemporaryDirectory() as backup:
            saved = Path(backup) / "django.po"
            shutil.copy2(own_po, saved)
            try:
                call_command(
                    "makemessages", locale=["vi"], ignore_patterns=IGNORE, no_location=True,
                    no_obsolete=True, verbosity=0,
                )
                after = {(e.msgctxt, e.msgid) for e in polib.pofile(str(own_po)) if not e.obsolete}
            finally:
                shutil.copy2(saved, own_po)
        return sorted(msgid for _, msgid in after - before)
