from django.core.management.base import BaseCommand

from ops.editorial import setup_editorial


class Command(BaseCommand):
    help = (
        "Create or complete the groups Biên tập viên, Lãnh đạo duyệt tin, Quản trị trang "
        "and the approval workflow Duyệt tin bài on the home page. Idempotent."
    )

    def handle(self, *args, **options):
        groups, workflow = setup_editorial()
        self.stdout.write(
            self.style.SUCCESS(f"Groups: {', '.join(groups)}; workflow: {workflow.name}.")
        )
