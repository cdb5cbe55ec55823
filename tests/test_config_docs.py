"""The README's configuration table and the code agree: every variable in the
table is read by the code (a setting in `api.config.SETTINGS`, or an
environment read in gunicorn.conf.py or api/), every variable the code reads
is in the table, and where both state a literal default, it is the same."""

import ast
import re
from pathlib import Path

from api.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GUNICORN_CONF = ROOT / "gunicorn.conf.py"
VARIABLE = re.compile(r"^[A-Z][A-Z0-9_]*$")
UNKNOWN = object()  # a default the code computes (e.g. from the CPU count)


def readme_table():
    """{variable: default as written} from the table under `## Configuration`."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Configuration\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert section, "README has a `## Configuration` section"
    rows = {}
    for line in section.group(1).splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"`[A-Z][A-Z0-9_]*`", cells[0]):
            continue
        name = cells[0].strip("`")
        assert name not in rows, f"{name} is twice in the README's table"
        rows[name] = cells[1]
    assert rows, "the configuration table lists variables"
    return rows


def documented_default(cell):
    """The README's default as a string, or UNKNOWN when it is prose (`2 × CPUs + 1`)."""
    if cell == "empty":
        return ""
    literal = re.fullmatch(r"`([^`]*)`", cell)
    return literal.group(1) if literal else UNKNOWN


def as_text(value):
    if value is UNKNOWN:
        return UNKNOWN
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def is_os_environ(node):
    return isinstance(node, ast.Attribute) and node.attr == "environ" and getattr(node.value, "id", None) == "os"


def environment_read(node):
    """The name expression of `os.environ.get(X…)`, `os.environ[X]` or `os.getenv(X…)`, else None."""
    if isinstance(node, ast.Call) and node.args:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "get" and is_os_environ(function.value):
            return node.args[0]
        if (
            isinstance(function, ast.Attribute)
            and function.attr == "getenv"
            and getattr(function.value, "id", None) == "os"
        ):
            return node.args[0]
    if isinstance(node, ast.Subscript) and is_os_environ(node.value):
        return node.slice
    return None


def environment_reads(path):
    """{variable: default} read from the process environment by a module:
    directly, or through a module-level helper that reads the variable named
    by its first parameter (gunicorn.conf.py's `_setting(name, default, parse)`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = set()
    for function in tree.body:
        if isinstance(function, ast.FunctionDef) and function.args.args:
            first = function.args.args[0].arg
            for node in ast.walk(function):
                name = environment_read(node)
                if isinstance(name, ast.Name) and name.id == first:
                    helpers.add(function.name)
    reads = {}
    for node in ast.walk(tree):
        name = environment_read(node)
        default = node.args[1] if isinstance(node, ast.Call) and len(node.args) > 1 else None
        if name is None and isinstance(node, ast.Call) and getattr(node.func, "id", None) in helpers and node.args:
            name = node.args[0]
            default = node.args[1] if len(node.args) > 1 else None
        if isinstance(name, ast.Constant) and isinstance(name.value, str) and VARIABLE.match(name.value):
            value = default.value if isinstance(default, ast.Constant) else UNKNOWN
            reads[name.value] = as_text(value)
    return reads


def code_variables():
    """{variable: default} for every environment variable the server reads."""
    variables = {}
    for path in [GUNICORN_CONF, *sorted((ROOT / "api").rglob("*.py"))]:
        variables.update(environment_reads(path))
    variables.update({setting.name: as_text(setting.default) for setting in SETTINGS})
    return variables


def test_the_readme_table_lists_exactly_the_variables_the_code_reads():
    documented = set(readme_table())
    read = set(code_variables())
    assert not documented - read, f"in the README's table, read nowhere in the code: {sorted(documented - read)}"
    assert not read - documented, f"read by the code, missing from the README's table: {sorted(read - documented)}"


def test_documented_defaults_are_the_code_defaults():
    code = code_variables()
    wrong = {}
    for name, cell in readme_table().items():
        documented, actual = documented_default(cell), code.get(name, UNKNOWN)
        if documented is not UNKNOWN and actual is not UNKNOWN and documented != actual:
            wrong[name] = {"README": documented, "code": actual}
    assert not wrong, wrong


def test_the_helper_detection_sees_gunicorn_settings():
    # Guards the AST reading itself: these are read through `_setting()` or directly.
    reads = environment_reads(GUNICORN_CONF)
    assert {"HOST", "PORT", "WEB_CONCURRENCY"} <= set(reads), sorted(reads)
