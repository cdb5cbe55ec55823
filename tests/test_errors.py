"""Every error, whatever its cause, is the same RFC 9457 problem document."""

import pytest

ERRORS = [
    # (method, url, status, code)
    ("GET", "/nope", 404, "not_found"),
    ("GET", "/v1/projects/not-a-project", 404, "not_found"),
    ("GET", "/v1/projects/%00", 404, "not_found"),
    ("GET", "/v1/meta/documents/nope.txt", 404, "not_found"),
    ("GET", "/problems/nope", 404, "not_found"),
    ("POST", "/v1/projects", 405, "method_not_allowed"),
    ("DELETE", "/v1/projects/5g-valley", 405, "method_not_allowed"),
    ("PUT", "/v1", 405, "method_not_allowed"),
    ("PATCH", "/healthz", 405, "method_not_allowed"),
    ("GET", "/v1/projects?unknown=1", 400, "invalid_parameter"),
    ("GET", "/v1/projects?limit=0", 400, "invalid_parameter"),
    ("GET", "/v1/projects?limit=101", 400, "invalid_parameter"),
    ("GET", "/v1/projects?limit=ten", 400, "invalid_parameter"),
    ("GET", "/v1/projects?sort=value", 400, "invalid_parameter"),
    ("GET", "/v1/projects?fields=nope", 400, "invalid_parameter"),
    ("GET", "/v1/projects?expand=nope", 400, "invalid_parameter"),
    ("GET", "/v1/projects/5g-valley?expand=nope", 400, "invalid_parameter"),
    ("GET", "/v1/projects/5g-valley?limit=1", 400, "invalid_parameter"),
    ("GET", "/v1/projects?industry=Not%20A%20Slug", 400, "invalid_parameter"),
    ("GET", "/v1/conferences?date__gte=yesterday", 400, "invalid_parameter"),
    ("GET", "/v1/projects?cursor=garbage", 400, "invalid_cursor"),
    ("GET", "/v1/projects?q=%22%22", 400, "invalid_parameter"),
    ("GET", "/v1/search", 400, "invalid_parameter"),
    ("GET", "/v1/search?q=chip&kind=nope", 400, "invalid_parameter"),
]


@pytest.mark.parametrize(("method", "url", "status", "code"), ERRORS)
def test_error_is_a_problem_document(client, method, url, status, code):
    response = client.open(url, method=method, headers={"X-Request-ID": "req-123"})
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert set(body) == {"type", "title", "status", "detail", "code", "errors", "request_id", "instance"}
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"/problems/{code}"
    assert body["title"] and body["detail"]
    assert body["request_id"] == "req-123" == response.headers["X-Request-ID"]
    assert isinstance(body["errors"], list)
    for error in body["errors"]:
        assert set(error) == {"location", "parameter", "detail"}
    assert "Traceback" not in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    assert client.get(body["type"]).status_code == 200, "the problem type is documented"


def test_every_offending_parameter_is_named(client):
    body = client.get("/v1/partners?limit=0&kind=nope&sort=nope&bogus=1").get_json()
    assert sorted({e["parameter"] for e in body["errors"]}) == ["bogus", "kind", "limit", "sort"]
    assert all(e["location"] == "query" for e in body["errors"])


def test_method_not_allowed_lists_allowed_methods(client):
    response = client.post("/v1/projects/5g-valley")
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_head_of_an_error_has_no_body(client):
    response = client.head("/nope")
    assert response.status_code == 404
    assert response.get_data() == b""


def test_unexpected_failures_are_problems_without_internals(database, monkeypatch):
    from api import create_app
    from api.v1 import projects

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(projects, "list_response", explode)
    app = create_app({"DATABASE_PATH": str(database), "RESPONSE_CACHE_SIZE": 0})
    response = app.test_client().get("/v1/projects")
    assert response.status_code == 500
    body = response.get_json()
    assert body["code"] == "internal_error"
    assert "secret internals" not in response.get_data(as_text=True)


def test_an_error_known_only_by_its_status_has_the_code_of_that_status():
    from api.problems import CODE_BY_STATUS, PROBLEM_TYPES, code_for_status

    assert {status for status, _, _ in PROBLEM_TYPES.values()} == set(CODE_BY_STATUS)
    for status, code in CODE_BY_STATUS.items():
        assert PROBLEM_TYPES[code][0] == status
    # Only the API's own checks name a parameter or a cursor.
    assert code_for_status(400) == "invalid_request"
    assert (code_for_status(403), code_for_status(417), code_for_status(501)) == (
        "invalid_request",
        "invalid_request",
        "internal_error",
    )


@pytest.mark.parametrize("query", ["q=%ff%fe", "industry=%C3", "q=caf%C3%A9%ff", "q=\xff"])
def test_a_query_string_that_is_not_utf8_is_a_400(client, query):
    response = client.get("/v1/projects", environ_overrides={"QUERY_STRING": query})  # as a server decodes the bytes
    assert response.status_code == 400 and response.get_json()["code"] == "invalid_request"
    assert "UTF-8" in response.get_json()["detail"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/v1/projects?limit=%EF%BC%92", "limit"),  # a full-width 2
        ("/v1/projects?year=%D9%A2%D9%A0%D9%A2%D9%A3", "year"),  # 2023 in Arabic-Indic digits
        ("/v1/conferences?year__gte=%202023", "year__gte"),
        ("/v1/projects?limit=%2B2", "limit"),
        ("/v1/projects?limit=1_0", "limit"),
        ("/v1/projects?limit=010", "limit"),
        ("/v1/autocomplete?q=sh&limit=%EF%BC%92", "limit"),
        ("/v1/projects/groups?by=year&limit=%EF%BC%92", "limit"),
    ],
)
def test_an_integer_is_ascii_digits_and_nothing_else(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert response.get_json()["errors"] == [
        {"location": "query", "parameter": parameter, "detail": "Not a valid integer."}
    ]


def test_percent_encoded_utf8_and_plus_signs_are_read_as_text(client):
    for query in ("q=caf%C3%A9", "q=Bilibili+headquarters", "q=%E4%B8%8A%E6%B5%B7"):
        assert client.get("/v1/projects", environ_overrides={"QUERY_STRING": query}).status_code == 200


def test_a_problem_has_the_same_headers_from_the_app_and_from_the_middleware_before_it(client):
    """The app's 404 and the query-length guard's 414 (WSGI middleware outside Flask) are built alike."""
    from_app = client.get("/nope", headers={"Origin": "https://example.org", "X-Request-ID": "same"})
    from_middleware = client.get("/v1/projects?q=" + "a" * 5000, headers={"X-Request-ID": "same"})
    assert (from_app.status_code, from_middleware.status_code) == (404, 414)
    assert from_middleware.get_json()["code"] == "uri_too_long"
    shared = {
        "Content-Type",
        "Cache-Control",
        "X-Request-ID",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Cross-Origin-Resource-Policy",
        "Content-Security-Policy",
        "Access-Control-Allow-Origin",
        "Access-Control-Expose-Headers",
    }
    for name in shared:
        assert from_app.headers.getlist(name) == from_middleware.headers.getlist(name), name
        assert len(from_app.headers.getlist(name)) == 1, name


def test_errors_say_how_to_fix_the_input(client):
    slug = client.get("/v1/projects?industry=Not%20A%20Slug").get_json()["errors"]
    assert slug[0]["detail"].startswith("Must be lowercase letters, digits and hyphens")
    assert "lowercase letters, digits and hyphens" in client.get("/v1/projects/Not_A_Slug").get_json()["detail"]
    assert "lowercase" not in client.get("/v1/projects/no-such-project").get_json()["detail"]
    for query in ("sort=", "sort=nope"):
        [error] = client.get(f"/v1/projects?{query}").get_json()["errors"]
        assert "name, -name, id, -id" in error["detail"], error
    [error] = client.get("/v1/projects?q=").get_json()["errors"]
    assert error["parameter"] == "q"
