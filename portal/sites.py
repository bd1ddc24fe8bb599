"""Which commune a request is for, and keeping every list inside its tree.

One install serves many communes: each is a Wagtail ``Site`` whose root page
(its home page) heads its own tree. Whatever a resident sees is drawn from
the current site's tree only:

- ``current_site(request)`` / ``current_root(request)``: Wagtail's own answer
  (``Site.find_for_request``: one query, kept on the request; every page pays
  it anyway, for routing and for the site settings of the header), so scoping
  a list costs no query;
- ``in_site(queryset, root)``: a page queryset restricted to that tree (a path
  prefix: no query, no join). Visibility stays in ``portal.visibility``.

Unknown hosts: with more than one site, a request whose host names no site
gets a short Vietnamese 400 page (``UnknownHostMiddleware``), where Wagtail
would have served the default site, another commune's. An install with one
(default) site serves it for any host ``ALLOWED_HOSTS`` lets through, as
before. The
check reads the list of sites from the cache (``site_entries``: no query),
renewed whenever a site is saved or deleted.
"""

import logging
from collections import namedtuple

from django.conf import settings
from django.db import DatabaseError
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from wagtail.models import Site

logger = logging.getLogger(__name__)

SiteEntry = namedtuple("SiteEntry", "id hostname port is_default")

SITES_CACHE_KEY = "portal:sites:v1"
# A site saved or deleted clears the entry at once (in the shared cache, so in
# every process); the timeout only bounds how stale a per-process cache (local
# memory, no Redis) can be after a change made by another process.
SITES_CACHE_SECONDS = 60


def current_site(request):
    """The request's site, as Wagtail routes it (None without a request or site)."""
    return Site.find_for_request(request) if request is not None else None


def current_root(request):
    """The current site's root page (its home page), or None."""
    site = current_site(request)
    return site.root_page if site is not None else None


def in_site(queryset, root):
    """``queryset`` (of pages) restricted to the tree of ``root``, the current
    site's root page; nothing at all without one."""
    if root is None:
        return queryset.none()
    return queryset.filter(path__startswith=root.path)


def site_entries():
    """Every site as ``SiteEntry`` tuples, from the cache (one small query when
    the cache is cold)."""
    try:
        rows = cache.get(SITES_CACHE_KEY)
    except Exception:  # cache server down: ask the database
        rows = None
    if rows is None:
        rows = list(Site.objects.order_by("pk").values_list("pk", "hostname", "port", "is_default_site"))
        try:
            cache.set(SITES_CACHE_KEY, rows, SITES_CACHE_SECONDS)
        except Exception:
            pass
    return [SiteEntry(*row) for row in rows]


def forget_sites(**kwargs):
    """Signal receiver: a site was saved or deleted."""
    try:
        cache.delete(SITES_CACHE_KEY)
    except Exception:
        logger.warning("Could not clear the cached list of sites", exc_info=True)


def match_site(entries, hostname, port):
    """The entry Wagtail would pick for ``hostname:port`` (the rules of
    ``wagtail.models.sites.get_site_for_hostname``), or None.

    An exact hostname and port first, then the hostname on the default site,
    then the one site with that hostname; otherwise the default site, whatever
    its hostname.
    """
    named = [entry for entry in entries if entry.hostname == hostname]
    for entry in named:
        if entry.port == port:
            return entry
    for entry in named:
        if entry.is_default:
            return entry
    if len(named) == 1:
        return named[0]
    return next((entry for entry in entries if entry.is_default), None)


def is_known_host(request):
    """True when the request's host names a site, or when the one site of the
    install would serve it anyway (the default site serves every host
    ALLOWED_HOSTS lets through). Without any site, Wagtail answers (404).
    While the database cannot be read, the request goes on: what answers it
    then is the outage handling (ops.outage: a stale page or the 503 page)."""
    try:
        entries = site_entries()
    except DatabaseError:
        return True
    if not entries:
        return True
    hostname, _ = split_domain_port(request.get_host())
    port = request.get_port()
    entry = match_site(entries, hostname, int(port) if str(port).isdigit() else port)
    return entry is not None and (len(entries) == 1 or entry.hostname == hostname)


class UnknownHostMiddleware:
    """A 400 for hosts that name no site (when there are several sites, or the
    only one is not the default site).

    Paths listed in ``settings.UNKNOWN_HOST_OPEN_PATHS`` (the admin, /healthz,
    static and media files) answer on any host ALLOWED_HOSTS accepts: the admin
    of every commune may live on a hostname of its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(tuple(settings.UNKNOWN_HOST_OPEN_PATHS)) or is_known_host(request):
            return self.get_response(request)
        logger.info("Refused a request for an unknown host: %s", request.get_host())
        response = HttpResponse(render_to_string("portal/unknown_host.html"), status=400)
        add_never_cache_headers(response)
        return response


def connect():
    post_save.connect(forget_sites, sender=Site, dispatch_uid="portal.sites.saved")
    post_delete.connect(forget_sites, sender=Site, dispatch_uid="portal.sites.deleted")
