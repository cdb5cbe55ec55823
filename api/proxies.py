"""Who the client is, when the API sits behind trusted reverse proxies."""

import ipaddress


def parse_networks(spec):
    """``"10.0.0.0/8, 127.0.0.1"`` as a tuple of networks; raises ValueError on a bad entry."""
    return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in spec.split(",") if part.strip())


def is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(environ, trusted):
    """The peer address, or, when the peer is a trusted proxy, the right-most
    ``X-Forwarded-For`` entry that is not itself a trusted proxy."""
    peer = environ.get("REMOTE_ADDR", "")
    if not trusted or not is_trusted(peer, trusted):
        return peer
    hops = [hop.strip() for hop in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer
