"""Who the client is, when the API sits behind trusted reverse proxies.

When the TCP peer is a trusted proxy, the client is the right-most
``X-Forwarded-For`` entry that is not itself a trusted proxy. Entries left of
it were written by the client and cannot be believed. Used by the rate
limiter and the access log alike.
"""

import ipaddress


def parse_networks(raw):
    """``"10.0.0.0/8, 192.168.1.7"`` as a tuple of networks; ``ValueError`` names a bad entry."""
    networks = []
    for entry in (part.strip() for part in str(raw).split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"{entry!r} is not an IP address or CIDR network") from None
    return tuple(networks)


def as_address(text):
    """An IP address from an address as proxies write it (``1.2.3.4``, ``1.2.3.4:80``,
    ``[::1]:80``, ``::1``), or ``None``."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(peer, forwarded_for, networks):
    """The client's address: the peer, unless the peer is a trusted proxy.

    Walking ``X-Forwarded-For`` from the right, every trusted proxy is
    skipped; the first entry that is not trusted is the client. An entry that
    is not an address stops the walk at the last hop that could be trusted.
    When every entry is trusted, the left-most one is the client.
    """
    if not forwarded_for or not networks:  # the common case, without parsing an address
        return peer or "-"
    peer_address = as_address(peer or "")
    if not is_trusted(peer_address, networks):
        return peer or "-"
    current = str(peer_address)
    for entry in reversed([part for part in forwarded_for.split(",") if part.strip()]):
        address = as_address(entry)
        if address is None:
            return current
        current = str(address)
        if not is_trusted(address, networks):
            return current
    return current


def environ_client(environ, networks):
    """The client address of a WSGI request."""
    return client_address(environ.get("REMOTE_ADDR", ""), environ.get("HTTP_X_FORWARDED_FOR", ""), networks)
