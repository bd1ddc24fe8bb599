"""What a backup archive carries off the server (ops/backup.py): no sessions (nor
other live state), and, for off-site copies, encryption with age: the round trip,
and a restore that refuses a wrong key or an altered archive before changing anything.

Runs on the suite's database (SQLite, or PostgreSQL with DATABASE_URL). The
encryption tests need age (`apt-get install age`, which .ci/run installs):
skipped without it, except in CI."""

import io
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page, PageViewRestriction

from ops import backup
from tests.factories import build_site, make_article

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(
    AGE is None and not os.environ.get("CI"), reason="age is not installed (apt-get install age); CI runs these tests"
)
PAGE_PASSWORD = "mat-khau-trang-rieng"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (settings.MEDIA_ROOT / "original_images").mkdir()
    (settings.MEDIA_ROOT / "original_images" / "anh.jpg").write_bytes(b"jpeg bytes")
    return settings.MEDIA_ROOT


@pytest.fixture
def live_secrets(db):
    """A site with an admin signed in (a session), a TOTP device, a private page,
    and an address locked out by axes."""
    tree = build_site()
    admin = get_user_model().objects.create_superuser("quantri", "q@example.com", "mat-khau-quan-tri")
    TOTPDevice.objects.create(user=admin, name="Điện thoại", confirmed=True)
    article = make_article(tree.category, "Biên bản họp")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD,
                                       password=PAGE_PASSWORD)
    client = Client()
    client.force_login(admin)
    Client().post("/admin/login/", {"username": "quantri", "password": "sai"}, REMOTE_ADDR="198.51.100.7")
    session_key = client.session.session_key
    assert Session.objects.filter(session_key=session_key).exists() and AccessAttempt.objects.exists()
    return session_key


def make_key(folder):
    """A new age identity file in ``folder``; returns (identity path, public key)."""
    identity = Path(folder) / "khoa-sao-luu.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)
    public = subprocess.run(["age-keygen", "-y", str(identity)], check=True, capture_output=True, text=True)
    return identity, public.stdout.strip()


def run_backup(*args):
    out = io.StringIO()
    call_command("backup_site", *args, stdout=out)
    return Path(out.getvalue().strip().splitlines()[0])


def database_member(archive, folder):
    with tarfile.open(archive, "r:gz") as tar:
        name = backup.DATABASE_FILES[connection.vendor]
        tar.extract(name, folder, filter="data")
        return Path(folder) / name


def dump_text(dump):
    """Everything a dump would load: SQLite's file bytes, or pg_restore's SQL script."""
    if connection.vendor == "sqlite":
        return dump.read_bytes().decode("latin-1")
    tool = backup.find_pg_tool("pg_restore", connection.pg_version // 10000)
    script = subprocess.run([str(tool), "--file=-", str(dump)], capture_output=True, check=True)
    return script.stdout.decode("utf-8", "replace")


def rows_in_dump(dump, table):
    if connection.vendor == "sqlite":
        with sqlite3.connect(dump) as db:
            return db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    tool = backup.find_pg_tool("pg_restore", connection.pg_version // 10000)
    listing = subprocess.run([str(tool), "--list", str(dump)], capture_output=True, check=True, text=True).stdout
    assert f"TABLE public {table} " in listing  # the table itself is there
    return int(f"TABLE DATA public {table} " in listing)


def media_state(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(Path(root).rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- what is left out


@pytest.mark.django_db(transaction=True)
def test_a_backup_holds_no_sessions_nor_lockouts(media_root, tmp_path, live_secrets):
    archive = run_backup("--output-dir", str(tmp_path / "backups"), "--no-encrypt")
    dump = database_member(archive, tmp_path / "out")

    assert rows_in_dump(dump, "django_session") == 0
    assert rows_in_dump(dump, "axes_accessattempt") == 0
    assert live_secrets not in dump_text(dump)  # not even in SQLite's free pages
    assert rows_in_dump(dump, "otp_totp_totpdevice") >= 1  # needed to restore the site
    with tarfile.open(archive) as tar:
        manifest = tar.extractfile(backup.MANIFEST_NAME).read().decode()
    assert "django_session" in manifest  # the manifest says what was left out


@pytest.mark.django_db(transaction=True)
def test_a_restore_signs_everyone_out_and_keeps_accounts_devices_and_page_passwords(media_root, tmp_path, live_secrets):
    archive = run_backup("--output-dir", str(tmp_path / "backups"), "--no-encrypt")
    call_command("restore_site", str(archive), "--noinput", stdout=io.StringIO())

    assert not Session.objects.exists() and not AccessAttempt.objects.exists()
    assert get_user_model().objects.get(username="quantri").check_password("mat-khau-quan-tri")
    assert TOTPDevice.objects.filter(user__username="quantri", confirmed=True).exists()
    assert PageViewRestriction.objects.get().password == PAGE_PASSWORD
    assert Page.objects.filter(title="Biên bản họp").exists()


def test_the_tables_left_out_include_a_database_cache(settings, db):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "tamdai_cache_table"},
    }
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE tamdai_cache_table (cache_key varchar(255) PRIMARY KEY)")
    assert backup.left_out_tables(connection) == sorted(
        ["axes_accessattempt", "axes_accessattemptexpiration", "django_session", "tamdai_cache_table",
         "wagtailadmin_editingsession"]
    )


# ---------------------------------------------------------------- encryption


@needs_age
@pytest.mark.django_db(transaction=True)
def test_encrypted_round_trip(media_root, tmp_path, live_secrets):
    identity, public_key = make_key(tmp_path)
    folder = tmp_path / "backups"
    archive = run_backup("--output-dir", str(folder), "--encrypt-to", public_key)

    assert archive.name.endswith(".tar.gz.age") and backup.is_encrypted(archive)
    assert [p.name for p in folder.iterdir()] == [archive.name]  # nothing unencrypted left beside it
    assert archive.stat().st_mode & 0o777 == 0o600
    assert b"media/original_images/anh.jpg" not in archive.read_bytes()
    with pytest.raises(tarfile.TarError):
        tarfile.open(archive, "r:gz").getnames()

    make_article(Page.objects.get(slug="chinh-quyen"), "Bài viết sau khi sao lưu")
    (media_root / "original_images" / "anh.jpg").write_bytes(b"broken")
    call_command("restore_site", str(archive), "--identity", str(identity), "--noinput", stdout=io.StringIO())

    assert not Page.objects.filter(title="Bài viết sau khi sao lưu").exists()
    assert Page.objects.filter(title="Biên bản họp").exists()
    assert (media_root / "original_images" / "anh.jpg").read_bytes() == b"jpeg bytes"
    assert PageViewRestriction.objects.get().password == PAGE_PASSWORD


@needs_age
@pytest.mark.django_db(transaction=True)
def test_recipients_from_a_file_or_the_environment_setting(media_root, tmp_path, settings):
    build_site()
    identity, public_key = make_key(tmp_path)
    recipients = tmp_path / "nguoi-nhan.txt"
    recipients.write_text(f"# khoá công khai của bộ phận CNTT huyện\n{public_key}\n")
    settings.BACKUP_ENCRYPT_TO = [str(recipients)]

    archive = run_backup("--output-dir", str(tmp_path / "a"))
    assert backup.is_encrypted(archive)
    with backup.unpack_archive(archive, identity=identity) as unpacked:
        assert unpacked.manifest["counts"]["pages"] == Page.objects.count()
    plain = run_backup("--output-dir", str(tmp_path / "b"), "--no-encrypt")
    assert not backup.is_encrypted(plain) and plain.name.endswith(".tar.gz")


@pytest.fixture
def encrypted_archive(media_root, tmp_path, transactional_db):
    # transactional: the SQLite backup API waits forever on an in-memory test database inside a transaction
    identity, public_key = make_key(tmp_path)
    build_site()
    archive = backup.create_backup(tmp_path / "backups", encrypt_to=[public_key])
    (media_root / "keep.jpg").write_bytes(b"live file")
    return archive, identity


def assert_nothing_changed(media_root, tmp_path, before):
    assert media_state(media_root) == before
    assert not list(Path(media_root).parent.glob(".tamdai-restore-*"))  # no decrypted leftovers


@needs_age
@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_wrong_key(encrypted_archive, media_root, tmp_path):
    archive, _ = encrypted_archive
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    wrong_identity, _ = make_key(other_folder)
    before = media_state(media_root)
    with pytest.raises(CommandError, match=r"was not encrypted to this key.*Nothing was changed"):
        call_command("restore_site", str(archive), "--identity", str(wrong_identity), "--noinput")
    assert_nothing_changed(media_root, tmp_path, before)


@needs_age
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("damage", ["flipped-byte", "cut-short", "extended"])
def test_restore_refuses_an_altered_archive(encrypted_archive, media_root, tmp_path, damage):
    archive, identity = encrypted_archive
    data = bytearray(archive.read_bytes())
    if damage == "flipped-byte":
        data[len(data) * 2 // 3] ^= 0x01
    elif damage == "cut-short":
        data = data[: len(data) - 100]
    else:
        data += b"\0" * 64
    archive.write_bytes(bytes(data))
    before = media_state(media_root)
    with pytest.raises(CommandError, match=r"altered, cut short or damaged.*Nothing was changed"):
        call_command("restore_site", str(archive), "--identity", str(identity), "--noinput")
    assert_nothing_changed(media_root, tmp_path, before)


@needs_age
@pytest.mark.django_db(transaction=True)
def test_an_encrypted_archive_needs_an_identity(encrypted_archive, media_root, tmp_path):
    archive, _ = encrypted_archive
    with pytest.raises(CommandError, match=r"is encrypted \(age\)\. Give the identity file"):
        call_command("restore_site", str(archive), "--noinput")
    with pytest.raises(CommandError, match="No such identity file"):
        call_command("restore_site", str(archive), "--identity", str(tmp_path / "missing.txt"), "--noinput")


@needs_age
@pytest.mark.django_db
def test_a_wrong_recipient_stops_before_anything_is_written(media_root, tmp_path):
    folder = tmp_path / "backups"
    with pytest.raises(CommandError, match="age refuses the recipients.*unknown recipient type"):
        call_command("backup_site", "--output-dir", str(folder), "--encrypt-to", "khong-phai-khoa")
    identity, _ = make_key(tmp_path)
    with pytest.raises(CommandError, match="age refuses the recipients"):  # a private key, not the public one
        call_command("backup_site", "--output-dir", str(folder), "--encrypt-to", identity.read_text().split()[-1])
    assert not folder.exists() or not list(folder.iterdir())


@pytest.mark.django_db
def test_without_age_encryption_says_what_to_install(media_root, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(CommandError, match=r"need age .*apt-get install age"):
        call_command("backup_site", "--output-dir", str(tmp_path / "b"), "--encrypt-to", "age1xyz")
    fake = tmp_path / "tamdai-20260101-000000.tar.gz.age"
    fake.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\n")
    with pytest.raises(CommandError, match=r"need age .*apt-get install age"):
        call_command("restore_site", str(fake), "--identity", str(fake), "--noinput")


def test_encrypt_to_and_no_encrypt_contradict(tmp_path):
    with pytest.raises(CommandError, match="contradict"):
        call_command("backup_site", "--output-dir", str(tmp_path), "--encrypt-to", "age1xyz", "--no-encrypt")


def test_prune_counts_encrypted_and_plain_archives_together(tmp_path):
    names = ["tamdai-20250101-020000.tar.gz", "tamdai-20250102-020000.tar.gz.age", "tamdai-20250103-020000.tar.gz"]
    for name in [*names, "tamdai-20250104-020000.tar.gz.age.partial", "khoa.txt"]:
        (tmp_path / name).write_bytes(b"x")
    removed = backup.prune_backups(tmp_path, keep=2)
    assert [p.name for p in removed] == ["tamdai-20250101-020000.tar.gz"]
    assert (tmp_path / "khoa.txt").exists() and (tmp_path / "tamdai-20250104-020000.tar.gz.age.partial").exists()
