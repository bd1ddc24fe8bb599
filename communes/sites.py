"""A commune's site in one call: ``create_commune_site`` (the command of the same name).

Creates what is missing and leaves what exists as it is, so a second run
changes nothing: the Wagtail ``Site``, its home page and the sections of
``communes.sections``, its ``PortalSettings``, its collection, its three
groups with permissions on its own tree and collection, and its approval
workflow (``ops.editorial.setup_editorial``). ``archive=True`` turns the site
into the read-only archive of a commune that merged into another.
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from wagtail.models import Collection, Page, Site, Workflow

from home.models import HomePage, PortalSettings
from ops.editorial import (
    ROLES,
    WORKFLOW_NAME,
    default_site,
    role_name,
    setup_editorial,
    site_collection,
)
from portal.text import nfc, slugify_vi, unique_child_slug

from .sections import ensure_sections

HOSTNAME = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")
HOME_TITLE = "Trang chủ"


class CommuneSiteError(ValueError):
    """The operator asked for something that cannot be done (said in the message)."""


@dataclass
class Report:
    """What one run created (or found): printed by the command, read by tests."""

    site: Site = None
    lines: list = field(default_factory=list)

    def add(self, what, created):
        self.lines.append(f"{what}: {'created' if created else 'already there'}")


def check_hostname(hostname):
    hostname = (hostname or "").strip().lower().rstrip(".")
    if not HOSTNAME.match(hostname):
        raise CommuneSiteError(f"Not a host name: {hostname!r} (e.g. tamdan.example.vn, without http:// or a port).")
    return hostname


def portal_settings_for(name, region):
    """The settings a new commune starts with (editable later in its admin)."""
    where = f"{name}, {region}" if region else name
    return {
        "site_name": f"Trang thông tin điện tử {name}" + (f" - {region}" if region else ""),
        "unit_name": f"Ủy ban nhân dân {name}",
        "address": where,
        "description": (
            f"Trang thông tin điện tử của {where}: tin tức hoạt động, văn bản của chính quyền, "
            "thư viện ảnh và video."
        ),
    }


def _home_page(site_name, stats):
    root = Page.get_first_root_node()
    home = HomePage(
        title=HOME_TITLE,
        slug=unique_child_slug(root, slugify_vi(site_name) or "trang-chu"),
        intro=f"<p>Chào mừng bạn đến với Trang thông tin điện tử {site_name}.</p>",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    stats["created"] += 1
    return home


def commune_sites():
    """Every site whose root is a home page, the default one first."""
    return [
        site for site in Site.objects.select_related("root_page").order_by("-is_default_site", "hostname", "port")
        if site.root_page.specific_class is HomePage
    ]


@transaction.atomic
def create_commune_site(
    name, hostname, port=80, *, region="", archive=False, successor_name="", successor_url="", merged_on=None,
):
    """Create (or complete) the site of the commune ``name`` at ``hostname:port``; return a ``Report``."""
    name = nfc(name or "").strip()
    if not name:
        raise CommuneSiteError("The commune needs a name, e.g. --name \"xã Tam Dân\".")
    hostname = check_hostname(hostname)
    if not 0 < port < 65536:
        raise CommuneSiteError(f"Not a port number: {port}.")
    if archive and not (successor_name and successor_url):
        raise CommuneSiteError("--archive needs --successor-name and --successor-url (where residents should go).")
    if successor_url:
        try:
            URLValidator(schemes=["http", "https"])(successor_url.strip())
        except ValidationError as error:
            raise CommuneSiteError(f"Not a web address: {successor_url!r}.") from error

    report = Report()
    stats = {"created": 0}
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    if site is None:
        home = _home_page(name, stats)
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, site_name=name,
            is_default_site=not Site.objects.filter(is_default_site=True).exists(),
        )
        site_created = True
    else:
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommuneSiteError(
                f"The site {hostname}:{port} exists but its root page is a {type(home).__name__}, not a home page."
            )
        site_created = False
    if archive and site.is_default_site:
        raise CommuneSiteError(
            "The default site cannot be archived: make the new commune's site the default first "
            "(Cài đặt › Trang web)."
        )
    report.site = site
    report.add(f"Site {site.hostname}:{site.port} ({site.site_name or name})", site_created)

    ensure_sections(home, stats=stats)
    report.lines.append(f"Pages: {stats['created']} created")

    portal = PortalSettings.objects.filter(site=site).first()
    report.add("Portal settings", portal is None)
    if portal is None and site.is_default_site:
        portal = PortalSettings.for_site(site)  # the first commune's own defaults (Tam Đại)
    elif portal is None:
        portal = PortalSettings.objects.create(site=site, **portal_settings_for(name, region))
    if archive:
        wanted = {
            "archived": True, "successor_name": nfc(successor_name).strip(), "successor_url": successor_url.strip(),
            "merged_on": merged_on,
        }
        if any(getattr(portal, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(portal, key, value)
            portal.save()

    had_collection = site_collection(site, create=False) is not None
    had_groups = Group.objects.filter(name__in=[role_name(role, site) for role in ROLES]).count() == len(ROLES)
    had_workflow = Workflow.objects.filter(name=role_name(WORKFLOW_NAME, site)).exists()
    # An archive stays read-only on later runs, with or without --archive.
    groups, workflow = setup_editorial(site, read_only=portal.archived)
    collection = site_collection(site, create=False) or Collection.get_first_root_node()
    report.add(f"Collection {collection.name}", not had_collection)
    report.add(f"Groups {', '.join(group.name for group in groups.values())}", not had_groups)
    report.add(f"Workflow {workflow.name} on the home page", not had_workflow)
    if not site.is_default_site and (first := default_site()) is not None:
        # A second site: the default site's groups move to a collection of their own.
        setup_editorial(first)
    if portal.archived:
        report.lines.append(
            f"Archive: read-only for its groups; every page names {portal.successor_name} ({portal.successor_url})"
        )
    return report
