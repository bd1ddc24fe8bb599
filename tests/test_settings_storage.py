"""Production media storage: MEDIA_ROOT by default, an S3-compatible bucket with
AWS_STORAGE_BUCKET_NAME (django-storages), and a clear error when the bucket is
set but django-storages is missing. Each case imports the production settings
in a fresh interpreter, as gunicorn would."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REQUIRED = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-test-only",
    "ALLOWED_HOSTS": "tamdai.example.vn",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/tamdai",
}

# Print what the settings made of the environment, as JSON on stdout.
PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "default": settings.STORAGES["default"],
    "media_url": settings.MEDIA_URL,
    "docs_serve_method": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
}))
"""

# `import storages` raises ImportError when sys.modules holds None for it:
# django-storages is absent whether or not this machine has it installed.
HIDE_STORAGES = "import sys; sys.modules['storages'] = None\n"


def load_production_settings(env_extra=None, prelude="", pythonpath=None):
    """Import the production settings in a subprocess; return the finished process."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("AWS_") and k not in {*REQUIRED, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": "tamdai_site.settings.production", **REQUIRED})
    env.update(env_extra or {})
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", prelude + PRINT_SETTINGS],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )


def fake_package(parent, name):
    """An empty importable package `name` under `parent` (stands in for an installed one)."""
    (parent / name).mkdir()
    (parent / name / "__init__.py").write_text("")


def test_without_a_bucket_media_stay_on_the_file_system():
    result = load_production_settings()
    assert result.returncode == 0, result.stderr
    settings = json.loads(result.stdout)
    assert settings["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert settings["media_url"] == "/media/"


def test_a_bucket_without_django_storages_stops_start_up_with_a_clear_message():
    result = load_production_settings(
        env_extra={"AWS_STORAGE_BUCKET_NAME": "tamdai-media"}, prelude=HIDE_STORAGES
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "AWS_STORAGE_BUCKET_NAME is set" in result.stderr
    assert "pip install 'django-storages[s3]==1.14.6'" in result.stderr


def test_a_bucket_with_django_storages_sends_media_to_s3(tmp_path):
    # Stand-ins for django-storages and boto3: the settings only check they exist.
    fake_package(tmp_path, "storages")
    fake_package(tmp_path, "boto3")
    result = load_production_settings(
        env_extra={
            "AWS_STORAGE_BUCKET_NAME": "tamdai-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.vn",
            "AWS_S3_REGION_NAME": "hn-1",
            "AWS_S3_CUSTOM_DOMAIN": "media.tamdai.example.vn",
        },
        pythonpath=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    settings = json.loads(result.stdout)
    assert settings["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = settings["default"]["OPTIONS"]
    assert options["bucket_name"] == "tamdai-media"
    assert options["endpoint_url"] == "https://s3.example.vn"
    assert options["region_name"] == "hn-1"
    assert options["custom_domain"] == "media.tamdai.example.vn"
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False
    assert settings["media_url"] == "https://media.tamdai.example.vn/"
    # Private documents keep going through Wagtail's privacy check.
    assert settings["docs_serve_method"] == "serve_view"
