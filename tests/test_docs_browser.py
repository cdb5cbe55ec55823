"""/docs (Swagger UI) and /redoc (ReDoc) render every operation in a real
browser, under the app's Content-Security-Policy, from local assets only.

Headless Chromium (Debian's `chromium`, installed by `make chromium-installed`)
loads each page from the live server and dumps the DOM once the page is idle
(virtual time). Its host resolver maps every name but 127.0.0.1 to "not
found", so nothing can leave loopback; the browser's network log proves it:
every TCP connection is to 127.0.0.1, and every request elsewhere (the
browser's own background requests, never the page's) failed name resolution.
Its console log proves the pages ran with no CSP violation and no error.
"""

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import openapi_document

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
ERR_NAME_NOT_RESOLVED = -105
# Chromium's IPv6 reachability check "connects" a UDP socket to this address
# to learn the local address; a UDP connect sends no packet.
IPV6_PROBE = "[2001:4860:4860::8888]:443"
CONSOLE_PROBLEM = re.compile(r"Content Security Policy|Refused|violat|Uncaught|Error", re.IGNORECASE)


def chromium():
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("chromium is not installed: run `make chromium-installed`")
    return path


def spec_operations():
    document = openapi_document()
    return {
        operation["operationId"]: operation["summary"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


class Page:
    def __init__(self, dom, console, netlog):
        self.dom = dom
        self.console = console
        self.netlog = netlog


def load(url, directory):
    """The page's DOM after it settled, its console messages and its network log."""
    netlog = directory / "netlog.json"
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
            "--no-proxy-server",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--user-data-dir={directory / 'profile'}",
            "--virtual-time-budget=15000",
            "--enable-logging=stderr",
            "--v=0",
            f"--log-net-log={netlog}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    raw = netlog.read_text(encoding="utf-8")
    try:
        events = json.loads(raw)
    except json.JSONDecodeError:  # the log of a browser that exited mid-write lacks its closing
        events = json.loads(raw.rstrip().rstrip(",") + "]}")
    return Page(result.stdout, console, events)


def network(netlog):
    """(urls requested, {url: net error or None}, [(socket type, remote address)]) from a Chromium net log."""
    types = {number: name for name, number in netlog["constants"]["logEventTypes"].items()}
    sources = {number: name for name, number in netlog["constants"]["logSourceType"].items()}
    end = netlog["constants"]["logEventPhase"]["PHASE_END"]
    urls, outcome, addresses = {}, {}, []
    for event in netlog["events"]:
        kind, params = types.get(event["type"]), event.get("params") or {}
        source = event["source"]["id"]
        if kind == "URL_REQUEST_START_JOB" and "url" in params:
            urls[source] = params["url"]
        if kind == "REQUEST_ALIVE" and event.get("phase") == end:
            outcome[source] = params.get("net_error")
        if kind in ("TCP_CONNECT", "TCP_CONNECT_ATTEMPT", "SOCKET_CONNECT", "UDP_CONNECT"):
            socket = sources.get(event["source"]["type"], "")
            for key in ("address", "remote_address"):
                if key in params:
                    addresses.append((socket, params[key]))
            addresses.extend((socket, address) for address in params.get("address_list", []))
    return urls, {url: outcome.get(source) for source, url in urls.items()}, addresses


def host_of(address):
    return address.rsplit(":", 1)[0]


def assert_stayed_on_loopback(page, base):
    urls, outcome, addresses = network(page.netlog)
    assert addresses, "the net log records connections"
    for socket, address in addresses:
        if socket.startswith("UDP") and address == IPV6_PROBE:
            continue
        assert host_of(address) in LOOPBACK, f"{socket} connected to {address}"
    for url, error in outcome.items():
        if urlsplit(url).hostname not in LOOPBACK:
            assert error in (ERR_NAME_NOT_RESOLVED, None), f"{url} was fetched ({error})"
            assert not url.startswith(base), url
    return {url for url in urls.values() if url.startswith(base)}


def assert_clean_console(page):
    problems = [line for line in page.console if CONSOLE_PROBLEM.search(line)]
    assert not problems, "\n".join(problems)


def texts(dom, class_name):
    """Text of the elements whose class list starts with ``class_name``, tags stripped."""
    pattern = re.compile(rf'<(\w+)[^>]*\bclass="{re.escape(class_name)}(?:\s[^"]*)?"[^>]*>(.*?)</\1>', re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip() for match in pattern.finditer(dom)]


def test_swagger_ui_renders_every_operation(live_server, tmp_path):
    page = load(f"{live_server}/docs", tmp_path)
    summaries = texts(page.dom, "opblock-summary-description")
    operations = spec_operations()
    assert "List signed projects" in summaries, summaries
    assert sorted(summaries) == sorted(operations.values())
    assert len(re.findall(r'class="opblock-summary"', page.dom)) == len(operations)
    requested = assert_stayed_on_loopback(page, live_server)
    assert f"{live_server}/openapi.json" in requested, requested
    assert any("/static/swagger-ui/swagger-ui-bundle.js" in url for url in requested), requested
    assert_clean_console(page)


def test_redoc_renders_every_operation(live_server, tmp_path):
    page = load(f"{live_server}/redoc", tmp_path)
    operations = spec_operations()
    sections = set(re.findall(r'data-section-id="(?:tag/[^"/]+/)?operation/([^"]+)"', page.dom))
    menu = set(re.findall(r'data-item-id="(?:tag/[^"/]+/)?operation/([^"]+)"', page.dom))
    assert sections == set(operations), sorted(sections ^ set(operations))
    assert menu == set(operations), sorted(menu ^ set(operations))
    headings = {
        html.unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in re.findall(r"<h2[^>]*>(.*?)</h2>", page.dom)
    }
    missing = [summary for summary in operations.values() if summary not in headings]
    assert not missing, missing
    assert "List signed projects" in headings
    requested = assert_stayed_on_loopback(page, live_server)
    assert f"{live_server}/openapi.json" in requested, requested
    assert any("/static/redoc/redoc.standalone.js" in url for url in requested), requested
    assert_clean_console(page)
