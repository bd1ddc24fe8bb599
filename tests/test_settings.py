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


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check-only",
    "ALLOWED_HOSTS": "tamdai.example.vn",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/tamdai",
}


def test_front_cache_purge_is_configured_from_the_environment():
    script = (
        "from django.conf import settings; "
        "print(settings.WAGTAILFRONTENDCACHE['default']['BACKEND'], settings.WAGTAILFRONTENDCACHE['default']['LOCATION'], "
        "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS)"
    )
    result = run_manage(
        "shell", "-c", script,
        env_extra={**PRODUCTION_ENV, "FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081"},
    )
    assert result.returncode == 0, result.stderr
    assert "HTTPBackend http://127.0.0.1:6081 True" in result.stdout


def test_front_cache_mistakes_stop_start_up():
    unknown = run_manage("check", env_extra={**PRODUCTION_ENV, "FRONTEND_CACHE_BACKEND": "varnishh"})
    assert unknown.returncode != 0 and "use http, cloudflare or cloudfront" in unknown.stderr
    incomplete = run_manage("check", env_extra={**PRODUCTION_ENV, "FRONTEND_CACHE_BACKEND": "cloudflare"})
    assert incomplete.returncode != 0 and "CLOUDFLARE_BEARER_TOKEN is required" in incomplete.stderr
