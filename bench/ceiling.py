"""The machine's ceiling for `make bench`: a trivial WSGI app returning a
static page of BENCH_CEILING_BYTES bytes, run under the same gunicorn config."""

import os

_BODY = (b"<!doctype html><title>ceiling</title>" + b"x" * 10_000_000)[: int(os.environ.get("BENCH_CEILING_BYTES", "30000"))]
_HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(_BODY)))]


def application(environ, start_response):
    start_response("200 OK", list(_HEADERS))
    return [_BODY]
