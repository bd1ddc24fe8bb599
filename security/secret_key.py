"""A secret key kept in a file: made once, readable by its owner only.

For `make run` (tamdai_site.settings.local), which needs a real secret key but
no environment to configure: the first start writes one, every later start
reads it back, so sessions and password-reset links survive a restart.
Production takes SECRET_KEY from the environment instead.
"""

import os
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

MIN_LENGTH = 50


def read_or_create_secret_key(path):
    """The key stored at ``path``; a new random one (mode 0600) when there is none.

    Made atomically: the key is written to a private temporary file, then linked
    to ``path``; when two processes start at once, one link wins and both read it.
    """
    path = Path(path)
    key = _read(path)
    if key is not None:
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-key-")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(get_random_secret_key() + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process was first: use its key
    finally:
        os.unlink(temporary)
    return _read(path)


def _read(path):
    try:
        key = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    if len(key) < MIN_LENGTH:
        raise ImproperlyConfigured(
            f"{path} holds no usable secret key (fewer than {MIN_LENGTH} characters). "
            "Delete the file to have a new one made (everyone is logged out)."
        )
    return key
