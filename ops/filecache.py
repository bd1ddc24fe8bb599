"""The cache every process of one server shares when there is no Redis.

Django's file-based cache, tuned for the page cache's hot path: every gunicorn
worker, ``runserver``, cron's ``publish_scheduled`` and any ``manage.py``
command read and write the same directory, so a change made by one process is
seen by all the others at once (a per-process memory cache cannot do that).

Two changes from Django's ``FileBasedCache``:

- values are stored as plain pickles, not zlib-compressed: a cached page is
  read on every hit, and inflating 25 kB of HTML cost 0.2 ms of CPU here
  (compressing it on each store 2 ms);
- the directory is counted (a glob of every file, to cull it past
  ``MAX_ENTRIES``) once every ``CULL_EVERY`` writes of a process, not on
  every write: with thousands of entries a glob per stored page was 25 ms.

Writes are atomic (a temporary file renamed into place), so readers in other
processes see the old value or the new one, never half of one.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks


class SharedFileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._cull_every = max(int(params.get("OPTIONS", {}).get("CULL_EVERY", 100)), 1)
        self._writes = 0

    def get(self, key, default=None, version=None):
        fname = self._key_to_file(key, version)
        try:
            with open(fname, "rb") as f:
                if not self._is_expired(f):
                    return pickle.loads(f.read())
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            with open(self._key_to_file(key, version), "r+b") as f:
                try:
                    locks.lock(f, locks.LOCK_EX)
                    if self._is_expired(f):
                        return False
                    previous_value = pickle.loads(f.read())
                    f.seek(0)
                    self._write_content(f, timeout, previous_value)
                    f.truncate()
                    return True
                finally:
                    if not f.closed:  # an expired entry was closed and removed
                        locks.unlock(f)
        except FileNotFoundError:
            return False

    def _cull(self):
        self._writes += 1
        if (self._writes - 1) % self._cull_every == 0:  # the first write, then every CULL_EVERY
            super()._cull()
