"""The README's examples work: every `curl` command in its shell blocks runs,
as written, against the real server (only the base URL
http://127.0.0.1:8000 is replaced by the live server's).

The commands run in order in one bash script (`set -e`), so a pipeline whose
last command fails (`grep` finding no `Link` header) fails the test, and a
variable set by one line (the ETag) is there for the next. A `curl` shell
function records, for every invocation, curl's exit code, the response
headers and the body, then writes the body to stdout exactly as curl would;
so each invocation's status is checked: 2xx/3xx, 304 for a conditional
request, and for the documented error example the documented problem.
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
