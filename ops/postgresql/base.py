"""A new connection that fails (PostgreSQL restarting: "the database system is
starting up", or refusing connections for a moment) is tried once more after
``DATABASE_CONNECT_RETRY_SECONDS``; only then does the error reach the request,
which ops/outage.py answers with a cached copy or the 503 page. Everything else
is Django's backend, unchanged."""

import logging
import time

from django.conf import settings
from django.db.backends.postgresql import base

logger = logging.getLogger(__name__)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        try:
            return super().get_new_connection(conn_params)
        except self.Database.OperationalError as error:
            # INFO: the request that finally fails logs its one WARNING line.
            logger.info("Database connection failed, trying once more: %s", " ".join(str(error).split()))
        time.sleep(settings.DATABASE_CONNECT_RETRY_SECONDS)
        return super().get_new_connection(conn_params)
