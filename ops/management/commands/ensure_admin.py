import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure an administrator account exists. A new account gets a random "
        "password, printed once and kept in var/admin-password.txt (readable by "
        "the owner only) for local development."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@localhost")
        parser.add_argument(
            "--password-file",
            default=str(Path(settings.BASE_DIR) / "var" / "admin-password.txt"),
        )

    def handle(self, *args, username, email, password_file, **options):
        User = get_user_model()
        path = Path(password_file)
        login_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email=email, password=password)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(password + "\n", encoding="utf-8")
            path.chmod(0o600)
            self.stdout.write(f"Created administrator '{username}'.")
        self._print_login(user or User.objects.get(username=username), path, login_url)

    def _print_login(self, user, path, login_url):
        password = path.read_text(encoding="utf-8").strip() if path.exists() else ""
        if password and user.check_password(password):
            self.stdout.write(
                self.style.SUCCESS(f"Admin: {login_url}  user: {user.username}  password: {password}")
            )
        else:
            self.stdout.write(
                f"Admin: {login_url}  user: {user.username} (password changed since it was "
                f"created; reset it with: .venv/bin/python manage.py changepassword {user.username})"
            )
