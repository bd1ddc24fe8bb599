"""Who the client is: its address, and the key every limiter counts it by.

``client_address(request)`` is REMOTE_ADDR, unless the connection comes from a
reverse proxy of ours: then X-Forwarded-For, read from the right. Each entry a
proxy appends is the address of whoever connected to it, so the walk goes one
entry left per trusted hop, at most ``TRUSTED_PROXY_COUNT`` hops, and stops at the
first address that is not in ``TRUSTED_PROXIES`` (a list of addresses or CIDR
networks, and ``unix`` for connections over a Unix socket, which have no address;
default: loopback and Unix sockets, i.e. a proxy on the same machine). Anything
further left was written by the client and is never believed; so is the whole
header when the connection does not come from a trusted proxy, whatever it says.

``client_key(request)`` is what every limiter counts (django-axes through
AXES_CLIENT_IP_CALLABLE, security.throttle): the client address for IPv4, and
for IPv6 the network address of its /64, since one home or phone connection owns
a whole /64 (2^64 addresses) and would otherwise get a fresh count with every
address. The key is itself a valid IP address ("2001:db8:1:2::"), so django-axes
can store it; it is empty when no address is known (a Unix socket, no proxy).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

IPV6_PREFIX_LENGTH = 64
UNIX_SOCKET = "unix"  # in TRUSTED_PROXIES: trust connections over a Unix socket


def parse_address(value):
    """An ``ipaddress`` address from a REMOTE_ADDR or X-Forwarded-For entry, or None.

    Accepts the forms proxies write: ``1.2.3.4``, ``2001:db8::1``, ``1.2.3.4:5678``,
    ``[2001:db8::1]:443``. IPv4-mapped IPv6 (``::ffff:1.2.3.4``, from a server
    listening on ``[::]``) is the IPv4 address it carries.
    """
    value = (value or "").strip()
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@lru_cache(maxsize=8)
def _networks(entries):
    return tuple(
        ipaddress.ip_network(entry.strip(), strict=False)
        for entry in entries
        if entry.strip() and entry.strip() != UNIX_SOCKET
    )


def trusted_proxy_networks():
    """``TRUSTED_PROXIES`` as networks (an invalid entry raises ValueError; the
    production settings check the list when they load)."""
    return _networks(tuple(settings.TRUSTED_PROXIES))


def is_trusted_proxy(address):
    return any(address in network for network in trusted_proxy_networks())


def client_address(request):
    """The client's address as a string, empty when unknown (see the module's docstring)."""
    address = parse_address(request.META.get("REMOTE_ADDR", ""))
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [entry for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if count < 1 or len(forwarded) < count:
        # Fewer entries than proxies: the request did not come through them all.
        return str(address or "")
    for entry in reversed(forwarded[-count:]):
        trusted = UNIX_SOCKET in settings.TRUSTED_PROXIES if address is None else is_trusted_proxy(address)
        if not trusted:
            break
        hop = parse_address(entry)
        if hop is None:  # not an address where a proxy of ours writes one: keep the proxy's
            break
        address = hop
    return str(address or "")


def client_key(request):
    """The key every limiter counts the client by: its IPv4 address, or its IPv6 /64."""
    address = parse_address(client_address(request))
    if address is None:
        return ""
    if address.version == 6:
        network = ipaddress.ip_network(f"{address}/{IPV6_PREFIX_LENGTH}", strict=False)
        return str(network.network_address)
    return str(address)
