"""HTTP done right: validators, caching headers, CORS, request ids, compression."""

import gzip
import http.client
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from marshmallow import RAISE, ValidationError

from api import create_app, gzipped
from api.v1.base import narrowed
from schemas.collections import BY_NAME
from schemas.groups import GROUPS

ROOT = Path(__file__).resolve().parent.parent

URLS = ["/v1", "/v1/projects", "/v1/projects/5g-valley", "/v1/search?q=chip", "/v1/meta", "/healthz"]


@pytest.fixture(params=[4096, 0], ids=["cached", "uncached"])
def any_client(request, database):
    """Every HTTP behaviour holds with and without the response cache."""
    config = {"DATABASE_PATH": str(database), "RESPONSE_CACHE_SIZE": request.param, "RATE_LIMIT_ENABLED": False}
    return create_app(config).test_client()


@pytest.mark.parametrize("url", URLS)
def test_strong_etag_and_304_on_if_none_match(any_client, url):
    first = any_client.get(url)
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    for _ in range(2):  # the second round is answered from the cache, when enabled
        again = any_client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.get_data() == b""
        assert again.headers["ETag"] == etag
        assert "X-Request-ID" in again.headers
    assert any_client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    assert any_client.get(url, headers={"If-None-Match": f'"other", {etag}'}).status_code == 304
    assert any_client.get(url, headers={"If-None-Match": "*"}).status_code == 304


def test_etag_depends_on_the_representation(any_client):
    tags = {
        any_client.get(url).headers["ETag"]
        for url in ("/v1/projects", "/v1/projects?limit=2", "/v1/projects?fields=name")
    }
    assert len(tags) == 3
    assert any_client.get("/v1/projects").headers["ETag"] == any_client.get("/v1/projects").headers["ETag"]


def test_cache_control_and_vary(any_client):
    response = any_client.get("/v1/projects")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert {"Accept", "Accept-Encoding"} <= {v.strip() for v in response.headers["Vary"].split(",")}


def test_cache_max_age_is_configurable(database):
    client = create_app({"DATABASE_PATH": str(database), "CACHE_MAX_AGE": 60}).test_client()
    assert client.get("/v1").headers["Cache-Control"] == "public, max-age=60"


def test_head_matches_get_without_a_body(any_client):
    get = any_client.get("/v1/industries")
    for _ in range(2):
        head = any_client.head("/v1/industries")
        assert head.status_code == 200
        assert head.get_data() == b""
        assert head.headers["ETag"] == get.headers["ETag"]
        assert head.headers["Content-Length"] == get.headers["Content-Length"]


@pytest.mark.parametrize("url", ["/v1/projects", "/v1/projects/5g-valley", "/v1", "/", "/docs", "/openapi.json"])
def test_options_is_a_204_with_allow_and_cors_and_no_body(any_client, url):
    response = any_client.options(url)
    assert response.status_code == 204
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.get_data() == b""
    assert "Content-Type" not in response.headers
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_cors_for_any_origin(any_client):
    for _ in range(2):
        response = any_client.get("/v1/projects", headers={"Origin": "https://example.org"})
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        exposed = {h.strip() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
        assert {"ETag", "Link", "X-Request-ID"} <= exposed


def test_cors_preflight_allows_only_reads(any_client):
    response = any_client.options(
        "/v1/projects", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"}
    )
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert set(response.headers["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {
        "GET",
        "HEAD",
        "OPTIONS",
    }
    assert response.headers["Access-Control-Max-Age"] == "86400"
    assert "Access-Control-Allow-Headers" not in response.headers
    asking = any_client.options(
        "/v1/projects",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "get",
            "Access-Control-Request-Headers": "x-request-id, If-None-Match",
        },
    )
    assert asking.headers["Access-Control-Allow-Headers"] == "If-None-Match, x-request-id"
    for refused in ({"Access-Control-Request-Method": "DELETE"}, {}):
        response = any_client.options("/v1/projects", headers={"Origin": "https://example.org", **refused})
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Methods" not in response.headers
    assert "Access-Control-Max-Age" not in any_client.get("/v1/projects").headers


def test_request_id_is_echoed_when_valid_and_generated_otherwise(any_client):
    for _ in range(2):
        assert any_client.get("/v1", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
        generated = any_client.get("/v1", headers={"X-Request-ID": "bad id\twith spaces"}).headers["X-Request-ID"]
        assert generated != "bad id\twith spaces" and len(generated) == 32
    first, second = any_client.get("/v1").headers["X-Request-ID"], any_client.get("/v1").headers["X-Request-ID"]
    assert first != second


def test_large_bodies_are_gzipped_when_accepted(any_client):
    for _ in range(2):
        response = any_client.get("/v1/industries", headers={"Accept-Encoding": "gzip"})
        assert response.headers["Content-Encoding"] == "gzip"
        plain = any_client.get("/v1/industries")
        assert "Content-Encoding" not in plain.headers
        assert gzip.decompress(response.get_data()) == plain.get_data()
        assert response.headers["ETag"] != plain.headers["ETag"], "each encoding has its own strong validator"


def test_a_compressed_answer_is_the_same_bytes_whenever_rendered(any_client):
    # gzip stamps a time into its header unless told not to: two workers, or
    # two renders a second apart, would send other bytes under one strong ETag.
    renders = [any_client.get("/v1/meta", headers={"Accept-Encoding": "gzip", "If-Match": "*"}) for _ in range(2)]
    assert renders[0].headers["Content-Encoding"] == "gzip"
    assert renders[0].get_data()[4:8] == bytes(4), "no modification time in the gzip header"
    assert renders[0].get_data() == renders[1].get_data()
    assert renders[0].headers["ETag"] == renders[1].headers["ETag"]


def test_static_assets_are_gzipped_once_per_worker_when_accepted(client):
    url = "/static/swagger-ui/swagger-ui-bundle.js"
    stored = (ROOT / "api" / "static" / "swagger-ui" / "swagger-ui-bundle.js").read_bytes()
    gzipped.cache_clear()
    for _ in range(2):
        compressed = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert compressed.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(compressed.get_data()) == stored
        assert len(compressed.get_data()) < len(stored) / 2
        assert "Accept-Encoding" in compressed.headers["Vary"]
        plain = client.get(url)
        assert "Content-Encoding" not in plain.headers
        assert plain.get_data() == stored
        assert compressed.headers["ETag"] != plain.headers["ETag"], "each encoding has its own strong validator"
        for response in (compressed, plain):
            etag = response.headers["ETag"]
            encoding = response.headers.get("Content-Encoding", "identity")
            again = client.get(url, headers={"Accept-Encoding": encoding, "If-None-Match": etag})
            assert again.status_code == 304
    assert gzipped.cache_info().misses == 1, "compressed once, however often asked for"
    head = client.head(url, headers={"Accept-Encoding": "gzip"})
    assert head.headers["Content-Length"] == compressed.headers["Content-Length"] and not head.get_data()


def test_small_bodies_and_refused_gzip_are_not_compressed(any_client):
    assert "Content-Encoding" not in any_client.get("/healthz", headers={"Accept-Encoding": "gzip"}).headers
    refused = any_client.get("/v1/industries", headers={"Accept-Encoding": "gzip;q=0"})
    assert "Content-Encoding" not in refused.headers


@pytest.mark.parametrize(
    "accept_encoding",
    [
        *("gzip;Q=0", "gzip;q=00", "gzip;q=0e0", "gzip;q=0.000", "gzip; q=0", "gzip;q=1.5", "gzip;q=0, *"),
        *("gzip;level=9", "identity, gzip;q=0.1", "identity;q=0", "br"),
    ],
)
@pytest.mark.parametrize("url", ["/v1/industries", "/static/redoc/redoc.standalone.js"])
def test_a_refused_or_misweighted_coding_is_not_used(any_client, accept_encoding, url):
    for _ in range(2):
        response = any_client.get(url, headers={"Accept-Encoding": accept_encoding})
        assert response.status_code == 200
        assert "Content-Encoding" not in response.headers


@pytest.mark.parametrize(
    "accept_encoding",
    ["gzip;q=0.5", "GZIP", "gzip ; Q=1.000", "br, *;q=0.1", "x-gzip", "*;q=0.1, identity;q=0", "gzip, identity"],
)
@pytest.mark.parametrize("url", ["/v1/industries", "/static/redoc/redoc.standalone.js"])
def test_an_accepted_coding_is_used(any_client, accept_encoding, url):
    for _ in range(2):
        response = any_client.get(url, headers={"Accept-Encoding": accept_encoding})
        assert response.headers["Content-Encoding"] == "gzip"


def test_security_headers_on_every_response(any_client):
    for url in ("/v1", "/nope", "/docs"):
        headers = any_client.get(url).headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert "Server" not in headers or "/" not in headers["Server"]
    # Data is never rendered: nothing may load from it. Only the docs pages run scripts.
    assert any_client.get("/v1").headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert "script-src 'self'" in any_client.get("/docs").headers["Content-Security-Policy"]


def test_json_content_type(any_client):
    assert any_client.get("/v1/projects").mimetype == "application/json"


def test_a_first_conditional_request_is_answered_and_cached(database):
    client = create_app({"DATABASE_PATH": str(database), "RATE_LIMIT_ENABLED": False}).test_client()
    etag = create_app({"DATABASE_PATH": str(database)}).test_client().get("/v1/parks").headers["ETag"]
    for _ in range(2):
        response = client.get("/v1/parks", headers={"If-None-Match": etag, "X-Request-ID": "conditional"})
        assert response.status_code == 304
        assert response.headers["X-Request-ID"] == "conditional"
        assert response.headers["ETag"] == etag
    assert client.get("/v1/parks").get_data() != b""


# --- Redirects ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("/v1//projects", "/v1/projects"),
        ("/v1//search?q=a%2Fb&limit=2", "/v1/search?q=a%2Fb&limit=2"),
        ("/v1/", "/v1"),
        ("/v1/projects/", "/v1/projects"),
        ("/v1/projects/?limit=2", "/v1/projects?limit=2"),
        ("/v1/projects/5g-valley/", "/v1/projects/5g-valley"),
        ("/docs/", "/docs"),
        ("/v1/search/?q=%E4%B8%8A+x", "/v1/search?q=%E4%B8%8A+x"),
        ("/v1//projects/?limit=1", "/v1/projects?limit=1"),  # one redirect for both
        ("/v1/projects//5g-valley//", "/v1/projects/5g-valley"),
    ],
)
def test_redirects_are_relative_problems_and_cacheable(any_client, url, location):
    for _ in range(2):
        response = any_client.get(url, headers={"Host": "evil.example"})
        assert response.status_code == 308
        assert response.headers["Location"] == location
        assert response.headers["Cache-Control"] == "public, max-age=300"
        assert response.mimetype == "application/problem+json"
        body = response.get_json()
        assert body["code"] == "moved_permanently" and body["status"] == 308
        assert body["type"] == "/problems/moved_permanently" and location in body["detail"]
    assert any_client.get("/problems/moved_permanently").get_json()["status"] == 308
    assert any_client.get(location).status_code == 200


def test_a_redirect_never_leaves_the_server(any_client):
    for url in ("/v1//evil.example/", "/v1/\\evil.example/"):
        location = any_client.get(url).headers.get("Location", "/")
        assert location.startswith("/") and not location.startswith(("//", "/\\"))
    raw = any_client.get("/v1/", environ_overrides={"QUERY_STRING": "q=a b\xc3\xa4"})  # UTF-8 bytes, as sent
    assert raw.headers["Location"] == "/v1?q=a%20b%C3%A4"


@pytest.mark.parametrize("path", ["/static//..//v1/meta", "/v1/projects//..", "/v1//projects/.", "/v1/projects/.."])
def test_no_redirect_names_a_dot_segment(any_client, path):
    # A client resolves `.` and `..` before it asks: such a Location would lead elsewhere.
    response = any_client.get("/", environ_overrides={"PATH_INFO": path})
    assert response.status_code == 404 and "Location" not in response.headers, path


@pytest.mark.parametrize(
    ("path", "location"),
    [("//v1/projects", "/v1/projects?limit=1"), ("///v1/meta", "/v1/meta?limit=1"), ("//", "/?limit=1")],
)
def test_leading_slashes_are_merged_too(any_client, path, location):
    # As a server receives them: a test client would read `//v1` as a host.
    response = any_client.get("/", environ_overrides={"PATH_INFO": path, "QUERY_STRING": "limit=1"})
    assert response.status_code == 308 and response.headers["Location"] == location
    assert any_client.get("/", environ_overrides={"PATH_INFO": "//nope"}).status_code == 404


def test_unknown_urls_with_a_slash_stay_404(any_client):
    for url in ("/", "/nope/", "/static/", "/v1/nope/", "/v1/projects/5g-valley/nope/"):
        response = any_client.get(url)
        assert response.status_code in (200, 404), url
        assert "Location" not in response.headers


@pytest.mark.system
@pytest.mark.parametrize("target", ["/v1//projects?limit=1", "//v1/projects?limit=1"])
def test_a_redirect_ignores_the_host_on_the_real_server(live_server, target):
    parts = urlsplit(live_server)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", target, headers={"Host": "evil.example"})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    assert response.status == 308
    assert response.getheader("Location") == "/v1/projects?limit=1"
    assert response.getheader("Content-Type") == "application/problem+json"


def test_the_root_is_a_landing_document_linking_everything(any_client):
    response = any_client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["name"]
    assert {"v1", "docs", "redoc", "openapi", "meta"} <= set(body["links"])
    for url in body["links"].values():
        assert any_client.get(url).status_code == 200, url


EVERY_ENDPOINT = [
    "/",
    "/v1",
    "/v1/meta",
    "/v1/meta/documents/shanghai-investment-conference-2021.txt",
    "/v1/meta/database",
    "/v1/projects",
    "/v1/projects/5g-valley",
    "/v1/search?q=chip",
    "/v1/autocomplete?q=chi",
    "/v1/projects/groups?by=industry",
    "/healthz",
    "/readyz",
    "/problems/not_found",
    "/openapi.json",
    "/docs",
    "/redoc",
    "/static/redoc/redoc.standalone.js",
]


@pytest.mark.parametrize("url", EVERY_ENDPOINT)
def test_every_endpoint_refuses_unknown_parameters(client, url):
    assert client.get(url).status_code == 200, url
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}colour=red&x=1")
    assert response.status_code == 400, url
    body = response.get_json()
    assert body["code"] == "invalid_parameter"
    assert body["errors"] == [
        {"location": "query", "parameter": "colour", "detail": "Unknown parameter."},
        {"location": "query", "parameter": "x", "detail": "Unknown parameter."},
    ]


QUERIES = [
    ("projects", {"industry": "bio-medicine,semiconductors", "year": "2021", "limit": "5", "q": "park"}),
    ("projects", {"fields": "name,year", "sort": "-name", "industry__not": "bio-medicine"}),
    ("projects", {"limit": "0", "colour": "red", "sort": "nope"}),
    ("groups", {"by": "park", "industry": "bio-medicine"}),
    ("groups", {"by": "nope", "limit": "0", "x": "1"}),
    ("groups", {}),
]


@pytest.mark.parametrize(("schema", "query"), QUERIES)
def test_a_query_loads_as_the_whole_schema_loads_it(schema, query):
    """Each request is loaded by its schema narrowed to the parameters it sends
    (``api.v1.base.narrowed``): the same values, the same errors."""
    whole = GROUPS["projects"][0]() if schema == "groups" else BY_NAME["projects"].query_schema()

    def load(schema):
        try:
            return schema.load(query, unknown=RAISE)
        except ValidationError as error:
            return error.messages

    assert load(narrowed(whole, query)) == load(whole)


def test_meta_has_no_sparse_fieldset(client):
    response = client.get("/v1/meta?fields=counts")
    assert response.status_code == 400
    assert [e["parameter"] for e in response.get_json()["errors"]] == ["fields"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/v1/projects?limit=2&limit=3", "limit"),
        ("/v1/industries?strategic=true&strategic=false", "strategic"),
        ("/v1/search?q=chip&q=park", "q"),
        ("/v1/projects/5g-valley?fields=name&fields=year", None),
    ],
)
def test_a_repeated_single_value_parameter_is_named(client, url, parameter):
    response = client.get(url)
    if parameter is None:  # a list parameter: repeated means its values joined
        assert response.status_code == 200
        return
    assert response.status_code == 400, url
    errors = response.get_json()["errors"]
    assert {"location": "query", "parameter": parameter, "detail": REPEATED} in errors


REPEATED = "Given more than once; this parameter takes a single value."


def test_a_repeated_list_parameter_means_its_values_joined(client):
    joined = client.get("/v1/projects?industry=integrated-circuits,bio-medicine&limit=100").get_json()
    repeated = client.get("/v1/projects?industry=integrated-circuits&industry=bio-medicine&limit=100").get_json()
    assert repeated["data"] == joined["data"] and joined["data"]
