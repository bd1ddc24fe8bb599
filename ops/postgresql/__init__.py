"""Django's PostgreSQL backend that tries a failed connection once more.

``ENGINE = "ops.postgresql"`` (tamdai_site/settings/base.py sets it whenever
DATABASE_URL points at PostgreSQL). See base.py.
"""
