"""The README's examples work: every `curl` command in its shell blocks runs,
as written, against the real server (only the base URL
http://127.0.0.1:8000 is replaced by the live server's).

The commands run in order in one bash script (`set -e`), so a pipeline whose
last command fails (`grep` finding no `Link` header) fails the test, and a
variable set by one line (the ETag) is there for the next. A `curl` shell
function records, for every invocation, curl's exit code, the response
headers and the body, then writes the body to stdout exactly as curl would;
so each invocation's status is checked: 2xx/3xx, 304 for a conditional
request, and for the documented error example the documented problem. What
each example's comment says it shows (officials inlined, sorted by name
descending, two per page, ...) is checked on what it answered
(``WHAT_EACH_EXAMPLE_SHOWS``; an example without a check fails the test).
"""

import json
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCUMENTED_BASE = "http://127.0.0.1:8000"
SHELL_FENCE = re.compile(r"^```(?:sh|bash|shell|console)[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
CURL = re.compile(r"(?<![\w-])curl\s")
ERROR_EXAMPLE = re.compile(r"\b(errors?|problems?)\b", re.IGNORECASE)

RECORDING_CURL = r"""
set -e
curl() {
    local dir rc=0
    dir=$(mktemp -d "$CURL_LOG/$README_LINE.XXXXXX")
    command curl --max-time 30 -D "$dir/headers" -o "$dir/body" "$@" || rc=$?
    echo "$rc" > "$dir/rc"
    cat "$dir/body" 2>/dev/null || true
    return "$rc"
}
"""


@dataclass
class Example:
    comment: str
    command: str

    @property
    def curls(self):
        return len(CURL.findall(self.command))

    @property
    def is_error_example(self):
        return bool(ERROR_EXAMPLE.search(self.comment))

    @property
    def url(self):
        return next(word for word in shlex.split(self.command) if word.startswith(DOCUMENTED_BASE))


def readme_examples():
    """Every command line with `curl` in the README's shell blocks, with the
    comment above it."""
    examples = []
    for block in SHELL_FENCE.findall(README.read_text(encoding="utf-8")):
        comment = ""
        for line in block.replace("\\\n", " ").splitlines():
            stripped = line.strip()
            if not stripped:
                comment = ""
            elif stripped.startswith("#"):
                comment = stripped.lstrip("# ")
            elif CURL.search(stripped):
                examples.append(Example(comment, stripped))
    return examples


@dataclass
class Invocation:
    rc: int
    status: int | None
    headers: dict
    body: bytes


def invocations(log, index):
    found = []
    for directory in sorted(log.glob(f"{index}.*")):
        lines = (
            (directory / "headers").read_text(encoding="latin-1").splitlines()
            if (directory / "headers").exists()
            else []
        )
        status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else None
        headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        headers = {name.strip().lower(): value.strip() for name, value in headers.items()}
        body = (directory / "body").read_bytes() if (directory / "body").exists() else b""
        found.append(Invocation(int((directory / "rc").read_text()), status, headers, body))
    return found


def test_readme_documents_at_least_ten_curl_examples_against_the_local_server():
    examples = readme_examples()
    assert sum(example.curls for example in examples) >= 10, [example.command for example in examples]
    for example in examples:
        assert DOCUMENTED_BASE in example.command, f"not against {DOCUMENTED_BASE}: {example.command}"
    assert [example for example in examples if example.is_error_example], "the README shows an error example"


def test_every_readme_curl_example_works_against_the_live_server(live_server, tmp_path):
    examples = readme_examples()
    log = tmp_path / "curl"
    log.mkdir()
    script = [RECORDING_CURL]
    for index, example in enumerate(examples):
        script.append(f"export README_LINE={index:03d}")
        script.append(example.command.replace(DOCUMENTED_BASE, live_server))
    result = subprocess.run(
        ["bash", "-c", "\n".join(script)],
        env={"PATH": "/usr/bin:/bin", "CURL_LOG": str(log), "HOME": str(tmp_path)},
        capture_output=True,
        timeout=120,
    )
    output = (result.stdout + result.stderr).decode(errors="replace")
    assert result.returncode == 0, f"a README example failed:\n{output[-3000:]}"

    ran = 0
    for index, example in enumerate(examples):
        calls = invocations(log, f"{index:03d}")
        assert len(calls) == example.curls, (example.command, len(calls))
        for call in calls:
            ran += 1
            # 23: the reader of a pipe (`| head -1`) stopped reading; the response was complete.
            assert call.rc in (0, 23), (example.command, call.rc)
            assert call.status is not None, example.command
            if example.is_error_example:
                check_documented_problem(example, call)
            elif "If-None-Match" in example.command:
                assert call.status == 304, (example.command, call.status)
            else:
                assert 200 <= call.status < 400, (example.command, call.status, call.body[:500])
                what_it_says(example)(call)
    assert ran >= 10


def check_documented_problem(example, call):
    """The error example answers an RFC 9457 problem naming every bad parameter it sends."""
    assert 400 <= call.status < 500, (example.command, call.status)
    assert call.headers.get("content-type", "").startswith("application/problem+json"), call.headers
    problem = json.loads(call.body)
    assert problem["status"] == call.status
    assert problem["type"] == f"/problems/{problem['code']}"
    sent = set(parse_qs(urlsplit(example.url).query))
    named = {error["parameter"] for error in problem["errors"]}
    assert named == sent, f"{example.command}: names {named}, sends {sent}"


# --- What each example's comment says it shows ---------------------------------


def body(call):
    return json.loads(call.body)


def records(call):
    return body(call)["data"]


def keys_within(call, allowed):
    assert all(set(record) <= {"id", *allowed} for record in records(call)), [list(r) for r in records(call)]


def nonempty(call):
    assert records(call), "the example shows something"


def landing(call):
    assert set(body(call)["links"]) >= {"v1", "meta", "docs", "redoc", "openapi", "health", "readiness"}


def entry_point(call):
    assert {collection["name"] for collection in body(call)["collections"]} >= {"projects", "partners", "documents"}


def officials_inlined(call):
    officials = body(call)["officials"]
    assert officials and all(isinstance(official, dict) for official in officials)


def names_and_industries(call):
    nonempty(call)
    keys_within(call, {"name", "industry_ids"})
    assert all({"integrated-circuits", "bio-medicine"} & set(r["industry_ids"]) for r in records(call))


def executives_inlined(call):
    nonempty(call)
    for partner in records(call):
        assert partner["kind"] == "corporate-executive"
        assert isinstance(partner["person"], dict | None) and isinstance(partner["organization"], dict | None)


def investors_by_name_descending(call):
    names = [r["name"].casefold() for r in records(call)]
    assert names and names == sorted(names, reverse=True)
    assert all("investor" in r["roles"] for r in records(call))


def conferences_since(call):
    dates = [r["date"] for r in records(call)]
    assert dates and all(date >= "2021-04-01" for date in dates) and dates == sorted(dates, reverse=True)
    keys_within(call, {"year", "date", "venue", "signed_projects_count"})


def strong_etag(call):
    assert call.headers["etag"].startswith('"'), call.headers


def two_per_page(call):
    assert 'rel="next"' in call.headers.get("link", ""), call.headers


def highlighted(call):
    nonempty(call)
    assert all("<mark>" in r["snippet"] for r in records(call))


def only_fields(*fields):
    def check(call):
        nonempty(call)
        keys_within(call, fields)

    return check


def of_conference(conference):
    def check(call):
        nonempty(call)
        assert all(r["conference_id"] == conference for r in records(call))

    return check


def no_bio_medicine(call):
    nonempty(call)
    assert all("bio-medicine" not in r["industry_ids"] for r in records(call))


def groups(limit):
    def check(call):
        found = records(call)
        assert 0 < len(found) <= limit
        assert all(set(group) == {"key", "label", "count", "sums"} for group in found)

    return check


def csv_with_header(*columns):
    def check(call):
        assert call.headers["content-type"].startswith("text/csv")
        assert call.body.decode().splitlines()[0].split(",")[: len(columns)] == list(columns)

    return check


def suggestions(prefix, collections=None):
    def check(call):
        found = records(call)
        assert 0 < len(found) <= 10
        for record in found:
            words = record["name"].casefold().replace("-", " ").split()
            assert any(word.startswith(prefix) for word in words), record["name"]
            assert collections is None or record["collection"] in collections

    return check


def dataset_metadata(call):
    assert {"dataset_version", "license", "documents", "counts"} <= set(body(call))


def people_of(organization):
    def check(call):
        lines = [json.loads(line) for line in call.body.decode().splitlines()]
        assert lines and all(person["organization_id"] == organization for person in lines)

    return check


def sqlite_file(call):
    assert call.body.startswith(b"SQLite format 3\0")


def located_quotes(call):
    nonempty(call)
    for claim in records(call):
        assert claim["record_id"] == "bilibili-new-headquarters"
        assert (claim["start"] is None) == (claim["quote"] is None)
        if claim["quote"] is not None:
            assert claim["end"] - claim["start"] == len(claim["quote"])


def outside_notes(call):
    nonempty(call)
    keys_within(call, {"record_id", "note", "url"})
    assert all(claim["note"] and claim["url"] for claim in records(call))


def citation(call):
    assert {"text", "csl_json"} <= set(body(call)["citation"])


def bibtex(entries):
    def check(call):
        text = call.body.decode()
        assert call.headers["content-type"].startswith("application/x-bibtex")
        assert entries is None or text.count("\n@") + text.startswith("@") == entries

    return check


def data_package(call):
    assert body(call)["resources"]


def zip_file(call):
    assert call.body.startswith(b"PK")


WHAT_EACH_EXAMPLE_SHOWS = {
    "/": landing,
    "/v1": entry_point,
    "/healthz": lambda call: None,
    "/readyz": lambda call: body(call)["dataset_version"],
    "/v1/conferences/shanghai-global-investment-promotion-conference-2021?expand=officials": officials_inlined,
    "/v1/projects?industry=integrated-circuits,bio-medicine&fields=name,industry_ids": names_and_industries,
    "/v1/partners?kind=corporate-executive&expand=person,organization": executives_inlined,
    "/v1/organizations?role=investor&sort=-name": investors_by_name_descending,
    "/v1/conferences?date__gte=2021-04-01&fields=year,date,venue,signed_projects_count": conferences_since,
    "/v1/projects?year=2023&fields=name,value,district": only_fields("name", "value", "district"),
    "/v1/partners?conference=shanghai-global-investment-promotion-conference-2024": of_conference(
        "shanghai-global-investment-promotion-conference-2024"
    ),
    "/v1/industries?limit=2": two_per_page,
    "/v1/parks": strong_etag,
    "/v1/search?q=semiconductor": highlighted,
    "/v1/statements?q=%22entry%20thresholds%22": nonempty,
    "/v1/projects?industry__not=bio-medicine&fields=name,industry_ids": no_bio_medicine,
    "/v1/organizations?parent__isnull=true&fields=name": only_fields("name"),
    "/v1/projects/groups?by=industry&limit=5": groups(5),
    "/v1/projects/groups?by=year&industry=bio-medicine": groups(25),
    "/v1/partners/groups?by=kind&format=csv": csv_with_header("key", "label", "count"),
    "/v1/autocomplete?q=shang": suggestions("shang"),
    "/v1/autocomplete?q=bio&collection=industries,organizations": suggestions("bio", {"industries", "organizations"}),
    "/v1/meta": dataset_metadata,
    "/v1/projects?format=csv&fields=name,industry_ids": csv_with_header("id", "name", "industry_ids"),
    "/v1/people?organization=sequoia-capital": people_of("sequoia-capital"),
    "/v1/meta/database": sqlite_file,
    "/v1/claims?record=bilibili-new-headquarters": located_quotes,
    "/v1/claims?document=shine-2021-04-07-conference-date&fields=record_id,note,url": outside_notes,
    "/v1/documents/shanghai-investment-conference-2021": lambda call: (
        bibtex(1)(call) if call.headers["content-type"].startswith("application/x-bibtex") else citation(call)
    ),
    "/v1/documents?language=zh&format=bibtex": bibtex(None),
    "/v1/meta/datapackage.json": data_package,
    "/v1/meta/datapackage/projects_industry_ids.csv": csv_with_header("id", "value"),
    "/v1/meta/datapackage.zip": zip_file,
}


def what_it_says(example):
    """The check of what an example's comment says it shows (every example has one)."""
    parts = urlsplit(example.url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    assert target in WHAT_EACH_EXAMPLE_SHOWS, f"README example without a check of what it shows: {target}"
    return WHAT_EACH_EXAMPLE_SHOWS[target]


def test_every_readme_example_has_a_check_of_what_it_shows():
    for example in readme_examples():
        if not example.is_error_example and "If-None-Match" not in example.command:
            what_it_says(example)


COUNT_ROW = re.compile(r"^\| `/v1/([a-z-]+)` \| (\d+) \|", re.MULTILINE)


def test_the_data_table_counts_the_records_served(client):
    """The README's table of collections gives each one's number of records."""
    documented = {name: int(count) for name, count in COUNT_ROW.findall(README.read_text())}
    assert documented == client.get("/v1/meta").get_json()["counts"]
