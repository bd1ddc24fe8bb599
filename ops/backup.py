"""Backup and restore of the whole site: the database and MEDIA_ROOT, in one archive.

An archive ``tamdai-YYYYmmdd-HHMMSS.tar.gz`` holds:

    database.dump      PostgreSQL: ``pg_dump --format=custom`` (or)
    database.sqlite3   SQLite: a consistent copy made with the sqlite3 backup API
    media/...          every regular file of MEDIA_ROOT
    manifest.json      format version, date, database vendor, Django and Wagtail
                       versions, counts, and the sha256 of every other member
                       (written last, once every checksum is known)

The database is dumped before the media folder is read, so every file the dump
refers to is in the archive (an upload made meanwhile is at worst an extra file).
A restore checks the archive (member names, manifest, checksums, vendor) before
it touches anything, then replaces the database, then the media folder.

Left out of the dump (their tables are kept, empty): sessions (a live admin
session would let its holder in without password or second factor), axes'
lockout state, Wagtail's "who is editing now" records and database cache tables
(``left_out_tables``). Password hashes, TOTP seeds and private pages' passwords
stay: the site cannot be restored without them. So an archive that leaves the
server should be encrypted: with recipients (``encrypt_to``), the archive is
streamed through age (https://age-encryption.org, Debian package ``age``) into
``tamdai-YYYYmmdd-HHMMSS.tar.gz.age`` and never touches the disk unencrypted; a
restore decrypts it with an identity (private key) file and refuses a wrong key
or an altered archive before anything changes.

The management commands ``backup_site`` and ``restore_site`` are thin wrappers.
"""

import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.utils import timezone

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_DIR = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
VENDOR_LABELS = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
ENCRYPTED_SUFFIX = ".age"
ARCHIVE_NAME_RE = re.compile(r"^tamdai-(\d{8}-\d{6})\.tar\.gz(\.age)?$")
CHUNK_SIZE = 1024 * 1024
# How an age file starts (binary, or ASCII-armoured with age -a).
AGE_MAGIC = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")


class BackupError(Exception):
    """A backup or restore that cannot go on; the message tells the operator why."""


@dataclass
class UnpackedArchive:
    """An archive extracted into a staging folder and checked against its manifest."""

    path: Path
    root: Path
    manifest: dict

    @property
    def vendor(self):
        return self.manifest["database"]["vendor"]

    @property
    def database_file(self):
        return self.root / DATABASE_FILES[self.vendor]

    @property
    def media_dir(self):
        return self.root / MEDIA_DIR


# ---------------------------------------------------------------- small helpers


def default_backup_dir():
    """``$BACKUP_DIR``, else ``var/backups`` in the project folder."""
    return Path(os.environ.get("BACKUP_DIR") or Path(settings.BASE_DIR) / "var" / "backups")


def archive_name(moment=None, encrypted=False):
    """``tamdai-YYYYmmdd-HHMMSS.tar.gz`` (``.tar.gz.age`` encrypted) in the site's time zone."""
    suffix = ENCRYPTED_SUFFIX if encrypted else ""
    return f"tamdai-{timezone.localtime(moment or timezone.now()):%Y%m%d-%H%M%S}.tar.gz{suffix}"


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """A read-only file wrapper that hashes what tarfile copies into the archive."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def site_counts():
    """How many pages, images and documents the database holds (for the manifest)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def _vendor_label(vendor):
    return VENDOR_LABELS.get(vendor, vendor)


# ---------------------------------------------------------------- PostgreSQL client tools


def pg_environment(settings_dict):
    """Environment for pg_dump/pg_restore: the connection settings as libpq
    variables, so the password never appears on a command line."""
    env = dict(os.environ)
    options = settings_dict.get("OPTIONS") or {}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
        ("passfile", "PGPASSFILE"),
        ("service", "PGSERVICE"),
    ):
        if options.get(option):
            env[variable] = str(options[option])
    return env


def pg_tool_major_version(tool):
    """The major version of a PostgreSQL client tool (``pg_dump (PostgreSQL) 15.20`` → 15)."""
    try:
        output = subprocess.run([str(tool), "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", output)
    return int(match.group(1)) if match else None


def find_pg_tool(name, server_major):
    """Path of ``pg_dump``/``pg_restore`` able to work with a server of that major version.

    Looks in ``$PG_BIN_DIR``, then ``/usr/lib/postgresql/<major>/bin`` (Debian),
    then PATH; a tool older than the server is skipped (pg_dump refuses it).
    """
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    candidates.append(Path(f"/usr/lib/postgresql/{server_major}/bin") / name)
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    too_old = []
    for candidate in candidates:
        if not (candidate.is_file() and os.access(candidate, os.X_OK)):
            continue
        major = pg_tool_major_version(candidate)
        if major is not None and major >= server_major:
            return candidate
        too_old.append(f"{candidate} ({major or 'unknown version'})")
    found = f" Found only: {', '.join(too_old)}." if too_old else ""
    raise BackupError(
        f"{name} for PostgreSQL {server_major} was not found.{found} Install the client tools "
        f"(Debian: apt-get install postgresql-client-{server_major}) or set PG_BIN_DIR to the "
        f"folder holding {name}."
    )


def _pg_server_major(connection):
    connection.ensure_connection()
    return connection.pg_version // 10000


def _run_pg_tool(args, env, what):
    result = subprocess.run([str(arg) for arg in args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()[-2000:]
        raise BackupError(f"{what} failed (exit code {result.returncode}):\n{detail}")


# ---------------------------------------------------------------- database dump and restore


def left_out_tables(connection):
    """Tables whose rows never go into an archive (their structure does): live
    credentials and state that means nothing on another day.

    - ``django_session``: a signed-in admin's session is as good as their password
      and second factor; a restore signs everyone out.
    - axes' lockout state (``AccessAttempt`` and its expirations): failures being
      counted now; axes' logs of sign-ins and failures stay (an audit trail).
    - Wagtail's editing sessions ("someone else is editing this page").
    - the tables of database caches (CACHES): cached pages and counters.
    Only the tables that exist in this database are named.
    """
    from axes.models import AccessAttempt, AccessAttemptExpiration
    from django.contrib.sessions.models import Session
    from wagtail.admin.models import EditingSession

    names = [model._meta.db_table for model in (Session, AccessAttempt, AccessAttemptExpiration, EditingSession)]
    names += [
        cache_settings["LOCATION"]
        for cache_settings in settings.CACHES.values()
        if cache_settings["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    ]
    existing = set(connection.introspection.table_names())
    return sorted({name for name in names if name in existing})


def dump_database(connection, target_dir, left_out=()):
    """Write a consistent copy of the database into ``target_dir``, without the
    rows of the ``left_out`` tables; return its path."""
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    target = Path(target_dir) / DATABASE_FILES[vendor]
    if vendor == "sqlite":
        _dump_sqlite(connection, target, left_out)
    else:
        _dump_postgresql(connection, target, left_out)
    return target


def _dump_sqlite(connection, target, left_out):
    """Copy the live database with the sqlite3 backup API (consistent while others
    write), then empty the left-out tables in the copy and VACUUM it, so their
    rows are not left behind in free pages of the file."""
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        for table in left_out:
            destination.execute(f'DELETE FROM "{table}"')
        destination.commit()
        destination.execute("VACUUM")
    finally:
        destination.close()


def _dump_postgresql(connection, target, left_out):
    settings_dict = connection.settings_dict
    tool = find_pg_tool("pg_dump", _pg_server_major(connection))
    _run_pg_tool(
        [tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={target}",
         *[f"--exclude-table-data={connection.ops.quote_name(table)}" for table in left_out],
         f"--dbname={settings_dict['NAME']}"],
        pg_environment(settings_dict),
        "pg_dump",
    )


def restore_database(connection, dump_path):
    """Replace the whole content of the configured database with the dump."""
    if connection.in_atomic_block:
        raise BackupError("A restore cannot run inside a database transaction.")
    if connection.vendor == "sqlite":
        _restore_sqlite(connection, dump_path)
    else:
        _restore_postgresql(connection, dump_path)


def _restore_sqlite(connection, dump_path):
    """The backup API in reverse: copy the archived database into the live connection."""
    connection.ensure_connection()
    source = sqlite3.connect(dump_path)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _restore_postgresql(connection, dump_path):
    settings_dict = connection.settings_dict
    tool = find_pg_tool("pg_restore", _pg_server_major(connection))
    # Our own session must not hold locks on the tables pg_restore drops.
    connection.close()
    _run_pg_tool(
        [tool, "--clean", "--if-exists", "--no-owner", "--single-transaction",
         f"--dbname={settings_dict['NAME']}", dump_path],
        pg_environment(settings_dict),
        "pg_restore",
    )


# ---------------------------------------------------------------- backup


def _media_files(media_root):
    """Regular files under MEDIA_ROOT (symbolic links are not followed), sorted."""
    media_root = Path(media_root)
    if not media_root.is_dir():
        return []
    found = []
    for folder, subfolders, files in os.walk(media_root):
        subfolders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append(path)
    return found


def _add_file(tar, path, arcname):
    """Add one file to the archive and return the sha256 of the bytes written."""
    info = tar.gettarinfo(str(path), arcname=arcname)
    with open(path, "rb") as handle:
        reader = _HashingReader(handle)
        try:
            tar.addfile(info, reader)
        except BrokenPipeError:  # the output (age) went away: not this file's fault
            raise
        except OSError as error:  # the file shrank while it was read
            raise BackupError(f"{path} changed during the backup; run it again. ({error})") from error
    return reader.digest.hexdigest()


def build_manifest(vendor, database_name, checksums, counts, created_at, left_out=()):
    return {
        "format_version": FORMAT_VERSION,
        "created_at": created_at.isoformat(),
        "database": {"vendor": vendor, "name": str(database_name), "file": DATABASE_FILES[vendor],
                     "left_out_tables": list(left_out)},
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "counts": counts,
        "files": checksums,
    }


# ---------------------------------------------------------------- encryption (age)


def find_age():
    """The ``age`` program, or a BackupError saying how to install it."""
    path = shutil.which("age")
    if path is None:
        raise BackupError(
            "Encrypted backups need age (https://age-encryption.org), which is not installed. "
            "Install it (Debian/Ubuntu: apt-get install age) or make the backup without encryption."
        )
    return path


def age_recipient_args(recipients):
    """age's arguments for ``recipients``: each an age public key (``age1…``), an SSH
    public key line, or the path of a file listing such keys (one a line)."""
    args = []
    for recipient in recipients:
        recipient = recipient.strip()
        if not recipient:
            continue
        args += ["-R", recipient] if Path(recipient).is_file() else ["-r", recipient]
    if not args:
        raise BackupError("No recipient to encrypt the backup to.")
    return args


def check_recipients(recipients):
    """Stop before any work when age refuses a recipient (a typo, a private key given
    instead of a public one, an unreadable file)."""
    result = subprocess.run([find_age(), "--encrypt", *age_recipient_args(recipients)],
                            input=b"", capture_output=True)
    if result.returncode != 0:
        raise BackupError(f"age refuses the recipients given for encryption: {_age_message(result.stderr)}")


def _age_message(stderr):
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    errors = [line.removeprefix("age: error: ") for line in lines if line.startswith("age: error:")]
    return "; ".join(errors or lines[-1:] or ["no message"])


def is_encrypted(path):
    """Whether ``path`` is an age file (by its first bytes, whatever its name)."""
    with open(path, "rb") as handle:
        start = handle.read(64)
    return start.startswith(AGE_MAGIC)


def decrypt_archive(archive, identity, target):
    """Decrypt ``archive`` with the ``identity`` file into ``target`` (mode 600).

    age checks every chunk: a wrong key, or an archive altered, cut short or
    extended, fails here and ``target`` is removed."""
    identity = Path(identity)
    if not identity.is_file():
        raise BackupError(f"No such identity file: {identity}")
    Path(target).touch(mode=0o600)
    # stdin stays the terminal: age asks there for the passphrase of a protected identity.
    result = subprocess.run([find_age(), "--decrypt", "-i", str(identity), "-o", str(target), str(archive)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode == 0:
        return target
    Path(target).unlink(missing_ok=True)
    message = _age_message(result.stderr)
    if "no identity matched" in message:
        raise BackupError(
            f"Cannot decrypt {archive} with {identity}: the archive was not encrypted to this key, "
            f"or its header was altered (age: {message}). Nothing was changed."
        )
    raise BackupError(
        f"Cannot decrypt {archive}: the archive was altered, cut short or damaged (age: {message}). "
        "Nothing was changed; use another copy."
    )


class _Encryptor:
    """age running with its stdin as our output stream, writing ``target``."""

    def __init__(self, recipients, target):
        self.errors = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [find_age(), "--encrypt", *age_recipient_args(recipients), "-o", str(target)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self.errors,
        )
        self.stream = self.process.stdin

    def close(self):
        """End age's input and wait for it; raise BackupError if it failed."""
        try:
            self.stream.close()
        except BrokenPipeError:
            pass
        returncode = self.process.wait()
        self.errors.seek(0)
        message = _age_message(self.errors.read())
        self.errors.close()
        if returncode != 0:
            raise BackupError(f"age could not encrypt the backup: {message}")

    def abort(self):
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.stream.close()
        except BrokenPipeError:
            pass
        self.process.wait()
        self.errors.close()


# ---------------------------------------------------------------- backup: write


def _write_archive(stream, connection, staging, media_root, moment, left_out):
    """Write the gzipped tar (database dump, media, manifest last) to ``stream``."""
    dump = dump_database(connection, staging, left_out)
    counts = site_counts()
    checksums = {}
    with gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=6, mtime=int(moment.timestamp())) as compressed:
        with tarfile.open(fileobj=compressed, mode="w|") as tar:
            checksums[dump.name] = _add_file(tar, dump, dump.name)
            for path in _media_files(media_root):
                arcname = f"{MEDIA_DIR}/{path.relative_to(media_root).as_posix()}"
                checksums[arcname] = _add_file(tar, path, arcname)
            manifest = build_manifest(
                connection.vendor, connection.settings_dict["NAME"], checksums, counts,
                timezone.localtime(moment), left_out,
            )
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            info = tarfile.TarInfo(MANIFEST_NAME)
            info.size, info.mtime, info.mode = len(data), int(moment.timestamp()), 0o600
            tar.addfile(info, io.BytesIO(data))


def create_backup(output_dir=None, *, using="default", moment=None, encrypt_to=()):
    """Write one archive of the database and MEDIA_ROOT into ``output_dir``; return its path.

    With ``encrypt_to`` (age recipients, see ``age_recipient_args``) the archive is
    encrypted on the way to the disk (``….tar.gz.age``). It is written under a
    temporary name in the same folder and renamed when complete, so a half-written
    archive never carries the final name. It is readable by its owner only.
    """
    connection = connections[using]
    output_dir = Path(output_dir or default_backup_dir())
    media_root = Path(settings.MEDIA_ROOT)
    if output_dir.resolve().is_relative_to(media_root.resolve()):
        raise BackupError(
            f"The backup folder {output_dir} is inside MEDIA_ROOT ({media_root}), which the site "
            "serves to everyone at /media/. Choose another folder (--output-dir or BACKUP_DIR)."
        )
    encrypt_to = [recipient for recipient in encrypt_to if recipient.strip()]
    if encrypt_to:
        check_recipients(encrypt_to)
    output_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    moment = moment or timezone.now()
    final_path = output_dir / archive_name(moment, encrypted=bool(encrypt_to))
    if final_path.exists():
        raise BackupError(f"{final_path} already exists; wait a second and run the backup again.")

    handle, temp_name = tempfile.mkstemp(prefix=f".{final_path.name}.", suffix=".partial", dir=output_dir)
    os.close(handle)  # mkstemp made it 0600
    temp_path = Path(temp_name)
    left_out = left_out_tables(connection)
    try:
        with tempfile.TemporaryDirectory(prefix=".tamdai-backup-", dir=output_dir) as staging:
            if encrypt_to:
                encryptor = _Encryptor(encrypt_to, temp_path)
                try:
                    _write_archive(encryptor.stream, connection, staging, media_root, moment, left_out)
                except BrokenPipeError:
                    encryptor.close()  # age quit: its own message says why
                    raise
                except BaseException:
                    encryptor.abort()
                    raise
                encryptor.close()
            else:
                with open(temp_path, "wb") as out:
                    _write_archive(out, connection, staging, media_root, moment, left_out)
        temp_path.chmod(0o600)
        os.replace(temp_path, final_path)
    finally:
        temp_path.unlink(missing_ok=True)
    return final_path


def prune_backups(output_dir, keep):
    """Delete all but the ``keep`` newest archives (``tamdai-YYYYmmdd-HHMMSS.tar.gz``,
    encrypted or not, counted together by their date).

    Other files in the folder are left alone. Returns the deleted paths.
    """
    if keep < 1:
        raise BackupError("--keep must be at least 1.")
    archives = sorted(
        (path for path in Path(output_dir).iterdir() if path.is_file() and ARCHIVE_NAME_RE.match(path.name)),
        key=lambda path: (ARCHIVE_NAME_RE.match(path.name).group(1), path.name),
    )
    doomed = archives[:-keep]
    for path in doomed:
        path.unlink()
    return doomed


# ---------------------------------------------------------------- restore: unpack and check


def check_member(member):
    """Refuse anything but plain files and folders inside the expected layout."""
    name = member.name
    parts = PurePosixPath(name).parts
    if not name or name.startswith("/") or ".." in parts or "\\" in name:
        raise BackupError(f"Unsafe path in the archive: {name!r}. Refusing to restore it.")
    if not (member.isfile() or member.isdir()):
        raise BackupError(f"The archive holds a link or special file ({name!r}). Refusing to restore it.")
    allowed = name in (MANIFEST_NAME, *DATABASE_FILES.values()) or parts[0] == MEDIA_DIR
    if not allowed:
        raise BackupError(f"Unexpected member in the archive: {name!r}. Is this a Tam Đại backup?")


def verify_manifest(root):
    """Read ``manifest.json`` under ``root`` and check every file against it."""
    root = Path(root)
    try:
        manifest = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError("The archive has no manifest.json: not a Tam Đại backup, or truncated.") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"manifest.json is not valid JSON: {error}") from None
    if not isinstance(manifest, dict):
        raise BackupError("manifest.json is not a JSON object: not a Tam Đại backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"Unsupported archive format {manifest.get('format_version')!r}; "
            f"this version of the site reads format {FORMAT_VERSION}."
        )
    vendor = (manifest.get("database") or {}).get("vendor")
    files = manifest.get("files")
    if vendor not in DATABASE_FILES or not isinstance(files, dict):
        raise BackupError("manifest.json is incomplete (database vendor or file list missing).")
    if DATABASE_FILES[vendor] not in files:
        raise BackupError(f"The archive has no database dump ({DATABASE_FILES[vendor]}).")

    present = {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).as_posix() != MANIFEST_NAME
    }
    missing, extra = sorted(set(files) - present), sorted(present - set(files))
    if missing or extra:
        raise BackupError(
            f"The archive does not match its manifest (missing: {missing[:5]}, extra: {extra[:5]})."
        )
    for name, expected in sorted(files.items()):
        if sha256_of_file(root / name) != expected:
            raise BackupError(f"Checksum mismatch for {name}: the archive is damaged. Use another backup.")
    return manifest


def check_vendor(manifest, connection):
    """Refuse a dump made on the other database engine."""
    archived = manifest["database"]["vendor"]
    if archived != connection.vendor:
        raise BackupError(
            f"This archive holds a {_vendor_label(archived)} dump, but this site runs on "
            f"{_vendor_label(connection.vendor)}. Restore it on a site configured for "
            f"{_vendor_label(archived)} (DATABASE_URL); dumps cannot cross database engines."
        )


def _staging_dir_near(folder, prefix):
    """A private temporary folder next to ``folder`` (same disk, so moves are renames),
    or in the system temporary folder when that one is not writable."""
    folder = Path(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix=prefix))


@contextmanager
def unpack_archive(archive, *, using="default", identity=None):
    """Extract ``archive`` into a staging folder, check it, and yield an UnpackedArchive.

    An encrypted archive (age) is first decrypted with the ``identity`` file; a
    wrong key or an altered archive stops here. Checked before anything else
    happens: every member name (no absolute paths, no ``..``, no links), the
    manifest, every checksum and the database vendor. The staging folder is
    removed on exit.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No such archive: {archive}")
    encrypted = is_encrypted(archive)
    if encrypted and identity is None:
        raise BackupError(
            f"{archive} is encrypted (age). Give the identity file holding its private key: "
            "restore_site ARCHIVE --identity /path/to/key.txt"
        )
    staging = _staging_dir_near(settings.MEDIA_ROOT, ".tamdai-restore-")
    try:
        readable = archive
        if encrypted:
            readable = decrypt_archive(archive, identity, staging / ".archive.tar.gz")
        try:
            with tarfile.open(readable, "r:gz") as tar:
                for member in tar:
                    check_member(member)
                    tar.extract(member, staging, filter="data")
        except (tarfile.TarError, EOFError, OSError) as error:
            raise BackupError(
                f"Cannot read {archive}: {error}. The archive is damaged or not a backup."
            ) from error
        if encrypted:
            readable.unlink()
        manifest = verify_manifest(staging)
        check_vendor(manifest, connections[using])
        yield UnpackedArchive(path=archive, root=staging, manifest=manifest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# ---------------------------------------------------------------- restore: apply


def replace_media(source, media_root):
    """Make ``media_root`` hold exactly the files of ``source`` (the folder itself is kept).

    The old contents are moved aside first and put back if the move fails.
    """
    media_root = Path(media_root)
    media_root.mkdir(parents=True, exist_ok=True)
    aside = _staging_dir_near(media_root, ".tamdai-old-media-")
    moved_in = []
    try:
        for child in list(media_root.iterdir()):
            shutil.move(str(child), str(aside / child.name))
        if Path(source).is_dir():
            for child in list(Path(source).iterdir()):
                shutil.move(str(child), str(media_root / child.name))
                moved_in.append(media_root / child.name)
    except OSError:
        for path in moved_in:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        for child in list(aside.iterdir()):
            shutil.move(str(child), str(media_root / child.name))
        raise
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def apply_restore(unpacked, *, using="default"):
    """Replace the database, then MEDIA_ROOT, with the archive's, then clear the cache."""
    connection = connections[using]
    check_vendor(unpacked.manifest, connection)
    restore_database(connection, unpacked.database_file)
    replace_media(unpacked.media_dir, settings.MEDIA_ROOT)
    cache.clear()


def restore_backup(archive, *, using="default", identity=None):
    """Check and restore ``archive`` without asking (the command asks first). Returns the manifest."""
    with unpack_archive(archive, using=using, identity=identity) as unpacked:
        apply_restore(unpacked, using=using)
        return unpacked.manifest
