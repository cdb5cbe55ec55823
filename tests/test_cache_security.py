"""The response cache cannot be poisoned or polluted: forwarded headers the
API does not use are not believed, the key holds everything a response
depends on, and one-off variants are not stored."""

import http.client
import re
from urllib.parse import urlsplit

import pytest

from api import create_app

DOCS_URL = re.compile(r'url: "([^"]*)"')


@pytest.fixture()
def cached_client(database):
    return create_app({"DATABASE_PATH": str(database), "RATE_LIMIT_ENABLED": False}).test_client()


def raw_get(base, path, headers):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_script_name_is_part_of_the_key(cached_client):
    for _ in range(3):
        poisoned = cached_client.get("/docs", environ_overrides={"SCRIPT_NAME": "/evil"})
        assert DOCS_URL.findall(poisoned.get_data(as_text=True)) == ["/evil/openapi.json"]
    assert DOCS_URL.findall(cached_client.get("/docs").get_data(as_text=True)) == ["/openapi.json"]


def test_the_scheme_is_part_of_the_key(cached_client):
    cache = response_cache(cached_client)
    for _ in range(2):
        cached_client.get("/v1", environ_overrides={"wsgi.url_scheme": "https"})
        cached_client.get("/v1")
    assert {key[-1] for key in cache.entries} == {"http", "https"}


def test_no_response_depends_on_host(cached_client):
    for url in ("/v1", "/docs", "/openapi.json", "/v1/projects?limit=1"):
        assert cached_client.get(url, headers={"Host": "evil.example"}).get_data() == cached_client.get(url).get_data()


@pytest.mark.system
def test_a_forwarded_script_name_is_not_believed(live_server):
    """The attack: SCRIPT_NAME from a trusted-proxy address (loopback by default)."""
    for _ in range(15):
        status, _ = raw_get(live_server, "/evil/docs", {"SCRIPT_NAME": "/evil"})
        assert status == 404
    for _ in range(20):
        status, body = raw_get(live_server, "/docs", {})
        assert status == 200 and DOCS_URL.findall(body) == ["/openapi.json"]
    # A SCRIPT_NAME the path does not start with was a 500 from gunicorn.
    status, body = raw_get(live_server, "/docs", {"SCRIPT_NAME": "/elsewhere", "PATH_INFO": "/v1"})
    assert status == 200 and DOCS_URL.findall(body) == ["/openapi.json"]


@pytest.mark.system
def test_only_x_forwarded_proto_sets_the_scheme(live_server):
    # gunicorn's other scheme headers, contradicting it, made a 400.
    headers = {"X-Forwarded-Proto": "http", "X-Forwarded-SSL": "on", "X-Forwarded-Protocol": "ssl"}
    status, _ = raw_get(live_server, "/v1", headers)
    assert status == 200


def response_cache(client):
    layer = client.application.wsgi_app
    while not hasattr(layer, "entries"):
        layer = layer.app
    return layer


def test_one_off_urls_do_not_fill_the_cache(cached_client):
    cache = response_cache(cached_client)
    for _ in range(3):
        assert cached_client.get("/v1/parks").status_code == 200
    assert len(cache.entries) == 1
    for number in range(1000):
        response = cached_client.get(f"/v1/search?q=scan{number}")
        assert response.status_code == 200 and "ETag" in response.headers
    assert len(cache.entries) == 1, "a scan of one-off URLs stores nothing"
    assert len(cache.doorkeeper) <= cache.size
    before = cache.bytes
    cached_client.get("/v1/parks")  # still cached, not evicted by the scan
    assert cache.bytes == before and len(cache.entries) == 1


def test_a_repeated_url_is_cached_the_second_time(cached_client):
    cache = response_cache(cached_client)
    first = cached_client.get("/v1/industries?limit=3")
    assert not cache.entries
    second = cached_client.get("/v1/industries?limit=3")
    assert len(cache.entries) == 1
    third = cached_client.get("/v1/industries?limit=3")
    assert first.get_data() == second.get_data() == third.get_data()
    assert first.headers["ETag"] == second.headers["ETag"] == third.headers["ETag"]
