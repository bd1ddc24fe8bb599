"""Production settings come from the environment and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_manage(*args, env_extra=None):
    # Not the test process's own settings (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE).
    skip = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update({"DJANGO_SETTINGS_MODULE": "tamdai_site.settings.production", **(env_extra or {})})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)


def test_check_deploy_is_clean_with_the_environment_set():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env_extra={
            "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check-only",
            "ALLOWED_HOSTS": "tamdai.example.vn",
            "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/tamdai",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_required_variables_stop_start_up_with_a_clear_message():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr
