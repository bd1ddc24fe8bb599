"""Backup and restore (ops/backup.py, `backup_site`, `restore_site`) and page deletion.

The round trip runs on whichever database the suite uses: SQLite by default,
pytest-django's PostgreSQL test database when DATABASE_URL is set.
"""

import hashlib
import io
import json
import os
import re
import tarfile
import textwrap
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision

from ops import backup
from tests.factories import build_site, make_article, make_image

VIETNAMESE_TITLE = "Hội nghị triển khai công tác trẻ em năm 2022 ở xã Tam Đại"


@pytest.fixture
def media_root(settings, tmp_path):
    """A MEDIA_ROOT of the test's own: a restore replaces the whole folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def media_files(root):
    """{relative path: sha256} of every file under ``root``."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


def content_snapshot():
    """Page titles and tree positions, and every revision with its content."""
    return {
        "pages": list(Page.objects.order_by("id").values_list("id", "title", "path", "live")),
        "revisions": list(Revision.objects.order_by("id").values_list("id", "object_id", "content")),
    }


def write_archive(path, files, manifest=None):
    """A hand-made archive: ``files`` maps member names to bytes; the manifest
    (made with correct checksums unless given) is added last."""
    if manifest is None:
        vendor = "postgresql" if "database.dump" in files else "sqlite"
        manifest = backup.build_manifest(
            vendor, "test", {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
            {"pages": 0, "images": 0, "documents": 0}, backup.timezone.now(),
        )
    with tarfile.open(path, "w:gz") as tar:
        for name, data in [*files.items(), (backup.MANIFEST_NAME, json.dumps(manifest).encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def this_vendor_files():
    name = backup.DATABASE_FILES[connection.vendor]
    return {name: b"not really a dump", "media/original_images/a.jpg": b"jpeg bytes"}


# ---------------------------------------------------------------- round trip


@pytest.mark.django_db(transaction=True)
def test_round_trip_brings_back_pages_revisions_and_media(media_root, tmp_path):
    tree = build_site()
    image = make_image("Ảnh đình làng Tam Đại")
    article = make_article(tree.category, VIETNAMESE_TITLE, image=image)
    article.lead = "Bản sửa lần hai: đường giao thông nông thôn"
    article.save_revision().publish()
    image_path = Path(image.file.path)
    assert image_path.is_relative_to(media_root)
    image_bytes = image_path.read_bytes()
    pages_before, media_before = content_snapshot(), media_files(media_root)

    out = io.StringIO()
    call_command("backup_site", "--output-dir", str(tmp_path / "backups"), stdout=out)
    archive = Path(out.getvalue().strip().splitlines()[0])
    assert archive.parent == tmp_path / "backups" and archive.is_file()

    # Lose things: an edit, a deleted section (with its revisions), broken and stray media.
    article.title = "Tiêu đề đã bị sửa nhầm"
    article.save_revision().publish()
    tree.videos.delete()
    image_path.write_bytes(b"broken")
    (media_root / "original_images" / "stray.jpg").write_bytes(b"stray")
    assert content_snapshot() != pages_before

    call_command("restore_site", str(archive), "--noinput", stdout=io.StringIO())

    assert content_snapshot() == pages_before
    assert Page.objects.get(id=article.id).title == VIETNAMESE_TITLE
    assert Page.objects.filter(id=tree.video.id).exists()
    assert image_path.read_bytes() == image_bytes
    assert media_files(media_root) == media_before


@pytest.mark.django_db(transaction=True)
def test_backup_is_one_private_archive_with_a_manifest(media_root, tmp_path):
    build_site()
    archive = backup.create_backup(tmp_path / "backups", moment=backup.timezone.now())

    assert re.fullmatch(r"tamdai-\d{8}-\d{6}\.tar\.gz", archive.name)
    assert [p.name for p in archive.parent.iterdir()] == [archive.name]  # no temp files left
    assert archive.stat().st_mode & 0o777 == 0o600
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile(backup.MANIFEST_NAME))
    database_file = backup.DATABASE_FILES[connection.vendor]
    assert manifest["format_version"] == backup.FORMAT_VERSION
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["counts"]["pages"] == Page.objects.count()
    assert manifest["counts"]["images"] == 1  # the album's photo
    assert set(manifest["files"]) == set(names) - {backup.MANIFEST_NAME}
    assert database_file in names
    assert {f"media/{name}" for name in media_files(media_root)} <= set(names)


# ---------------------------------------------------------------- refusals


@pytest.mark.django_db
def test_archive_with_a_bad_checksum_is_refused_and_nothing_changes(media_root, tmp_path):
    files = this_vendor_files()
    archive = write_archive(tmp_path / "bad.tar.gz", files)
    files["media/original_images/a.jpg"] = b"tampered"
    manifest = json.loads(tarfile.open(archive).extractfile(backup.MANIFEST_NAME).read())
    write_archive(archive, files, manifest)
    (media_root / "keep.jpg").write_bytes(b"live file")

    with pytest.raises(CommandError, match="Checksum mismatch for media/original_images/a.jpg"):
        call_command("restore_site", str(archive), "--noinput")
    assert media_files(media_root) == {"keep.jpg": hashlib.sha256(b"live file").hexdigest()}


@pytest.mark.django_db
def test_archive_not_matching_its_manifest_is_refused(media_root, tmp_path):
    files = this_vendor_files()
    manifest = json.loads(tarfile.open(write_archive(tmp_path / "a.tar.gz", files))
                          .extractfile(backup.MANIFEST_NAME).read())
    archive = write_archive(tmp_path / "extra.tar.gz", {**files, "media/evil.html": b"<script>"}, manifest)
    with pytest.raises(backup.BackupError, match="does not match its manifest"):
        backup.restore_backup(archive)


def _member(name, kind=tarfile.REGTYPE, linkname=""):
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    return info


@pytest.mark.parametrize(
    "member",
    [
        _member("../evil"),
        _member("media/../../evil"),
        _member("/tmp/evil"),
        _member("media/link.jpg", tarfile.SYMTYPE, "/etc/passwd"),
        _member("media/hard.jpg", tarfile.LNKTYPE, "database.sqlite3"),
        _member("etc/cron.d/evil"),
    ],
    ids=["dotdot", "nested-dotdot", "absolute", "symlink", "hardlink", "unexpected"],
)
@pytest.mark.django_db
def test_archive_with_unsafe_members_is_refused(media_root, tmp_path, member):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.addfile(member, io.BytesIO(b"") if member.isfile() else None)
    with pytest.raises(CommandError, match="Unsafe path|link or special file|Unexpected member"):
        call_command("restore_site", str(archive), "--noinput")
    assert not (tmp_path / "evil").exists()
    assert list(media_root.iterdir()) == []


@pytest.mark.django_db
def test_dump_from_the_other_database_engine_is_refused(media_root, tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    archive = write_archive(tmp_path / "other.tar.gz", {backup.DATABASE_FILES[other]: b"dump"})
    label = backup.VENDOR_LABELS[other]
    with pytest.raises(CommandError, match=f"holds a {label} dump, but this site runs on"):
        call_command("restore_site", str(archive), "--noinput")


@pytest.mark.django_db
def test_answering_no_changes_nothing(media_root, tmp_path, monkeypatch):
    archive = write_archive(tmp_path / "ok.tar.gz", this_vendor_files())
    (media_root / "keep.jpg").write_bytes(b"live file")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    out = io.StringIO()
    call_command("restore_site", str(archive), stdout=out)
    assert "cancelled" in out.getvalue()
    assert [p.name for p in media_root.iterdir()] == ["keep.jpg"]


# ---------------------------------------------------------------- pruning, PostgreSQL tools


def test_prune_keeps_the_newest_archives_and_ignores_other_files(tmp_path):
    names = [f"tamdai-{day}-020000.tar.gz" for day in ("20240101", "20250101", "20250102")]
    for name in [*names, "notes.txt", "tamdai-manual.tar.gz"]:
        (tmp_path / name).write_bytes(b"x")
    removed = backup.prune_backups(tmp_path, keep=2)
    assert [p.name for p in removed] == ["tamdai-20240101-020000.tar.gz"]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([*names[1:], "notes.txt", "tamdai-manual.tar.gz"])


@pytest.mark.django_db(transaction=True)
def test_backup_command_keep_prunes_older_archives(media_root, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ["tamdai-20200101-000000.tar.gz", "tamdai-20200102-000000.tar.gz"]:
        (folder / name).write_bytes(b"old")
    out = io.StringIO()
    call_command("backup_site", "--output-dir", str(folder), "--keep", "2", stdout=out)
    new = Path(out.getvalue().splitlines()[0])
    assert sorted(p.name for p in folder.iterdir()) == ["tamdai-20200102-000000.tar.gz", new.name]
    with pytest.raises(CommandError, match="at least 1"):
        call_command("backup_site", "--output-dir", str(folder), "--keep", "0")


def test_backup_refuses_a_folder_inside_media_root(media_root):
    with pytest.raises(backup.BackupError, match="inside MEDIA_ROOT"):
        backup.create_backup(media_root / "backups")
    assert not (media_root / "backups").exists()


def test_backup_dir_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "elsewhere"))
    assert backup.default_backup_dir() == tmp_path / "elsewhere"


def test_missing_or_too_old_pg_tools_give_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.delenv("PG_BIN_DIR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(backup.BackupError, match=r"PostgreSQL 99 was not found\. Install .*postgresql-client-99"):
        backup.find_pg_tool("pg_dump", 99)

    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 98.1'\n")
    fake.chmod(0o755)
    with pytest.raises(backup.BackupError, match=r"Found only: .*pg_dump \(98\)"):
        backup.find_pg_tool("pg_dump", 99)
    assert backup.find_pg_tool("pg_dump", 97) == fake  # a newer client works with an older server


def test_pg_password_goes_in_the_environment_never_on_the_command_line(monkeypatch, tmp_path):
    calls = []

    class FakeConnection:
        vendor = "postgresql"
        pg_version = 150020
        settings_dict = {
            "NAME": "tamdai", "USER": "tamdai", "PASSWORD": "s3cret-pw", "HOST": "db", "PORT": 5432,
            "OPTIONS": {"sslmode": "require"},
        }

        def ensure_connection(self):
            pass

    def fake_run(args, env, capture_output, text):
        calls.append((args, env))
        return type("Result", (), {"returncode": 0, "stdout": "", "stderr": ""})()

    monkeypatch.setattr(backup, "find_pg_tool", lambda name, major: Path(f"/usr/bin/{name}"))
    monkeypatch.setattr(backup.subprocess, "run", fake_run)
    backup.dump_database(FakeConnection(), tmp_path)

    args, env = calls[0]
    assert args[:4] == ["/usr/bin/pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
    assert "--dbname=tamdai" in args
    assert not any("s3cret" in arg for arg in args)
    assert (env["PGPASSWORD"], env["PGUSER"], env["PGHOST"], env["PGPORT"], env["PGSSLMODE"]) == (
        "s3cret-pw", "tamdai", "db", "5432", "require")
    assert env["PATH"] == os.environ["PATH"]


# ---------------------------------------------------------------- page deletion in the admin




@pytest.mark.django_db
def test_deleting_a_page_asks_for_confirmation_first(admin_client, site_tree):
    article = make_article(site_tree.category, VIETNAMESE_TITLE)
    url = reverse("wagtailadmin_pages:delete", args=[article.id])

    response = admin_client.get(url)
    assert response.status_code == 200
    assert f'<form action="{url}" method="POST">' in response.content.decode()
    assert Page.objects.filter(id=article.id).exists()

    response = admin_client.post(url)
    assert response.status_code == 302
    assert not Page.objects.filter(id=article.id).exists()


@pytest.mark.django_db
def test_wagtail_deletes_a_pages_revisions_with_it_but_keeps_the_log(site_tree):
    """What docs/recovery.md tells the operator: Wagtail's own revisions do NOT
    survive deletion (Page._revisions is a GenericRelation, so Django cascades),
    only the history log entry does. The recycle bin keeps a copy
    (tests/test_recycle_bin.py); once purged, only a backup archive has the page."""
    article = make_article(site_tree.category, VIETNAMESE_TITLE)
    article.save_revision()
    assert Revision.page_revisions.filter(object_id=str(article.id)).count() == 2

    article.delete()

    assert not Revision.objects.filter(object_id=str(article.id)).exists()
    entry = PageLogEntry.objects.get(page_id=article.id, action="wagtail.delete")
    assert entry.deleted and entry.label.startswith(VIETNAMESE_TITLE)


def recovery_recipe():
    """The export and import snippets of docs/recovery.md, as the operator pastes them."""
    text = (Path(__file__).resolve().parent.parent / "docs" / "recovery.md").read_text(encoding="utf-8")
    blocks = [textwrap.dedent(block) for block in re.findall(r"```python\n(.*?)^\s*```", text, re.S | re.M)]
    export = next(block for block in blocks if ".to_json()" in block)
    import_ = next(block for block in blocks if ".from_json(" in block)
    return export, import_


@pytest.mark.django_db
def test_documented_recipe_brings_back_a_deleted_article_and_album_as_drafts(site_tree):
    export, import_ = recovery_recipe()
    article = make_article(site_tree.category, VIETNAMESE_TITLE)
    article.tags.add("Trẻ em")
    article.save_revision().publish()
    album = site_tree.album
    photo_image_ids = list(album.gallery_images.values_list("image_id", flat=True))
    assert photo_image_ids

    for page, parent in [(article, site_tree.category), (album, site_tree.gallery)]:
        code = {name: block.replace("PAGE_ID = 123", f"PAGE_ID = {page.id}") for name, block in
                [("export", export), ("import", import_)]}
        exec(code["export"], {})
        Page.objects.get(id=page.id).delete()
        try:
            exec(code["import"], {})
        finally:
            Path(f"/tmp/page-{page.id}.json").unlink(missing_ok=True)
        restored = Page.objects.get(title=page.title).specific
        assert restored.id != page.id and restored.get_parent().id == parent.id
        assert not restored.live and restored.slug == page.slug
        restored.get_latest_revision().publish()

    article = Page.objects.get(title=VIETNAMESE_TITLE).specific
    assert article.live and list(article.tags.names()) == ["Trẻ em"]
    album = Page.objects.get(title=album.title).specific
    assert list(album.gallery_images.values_list("image_id", flat=True)) == photo_image_ids
    assert Page.find_problems() == ([], [], [], [], [])
