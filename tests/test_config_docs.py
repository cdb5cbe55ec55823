"""The README's configuration table and the code agree: every variable in the
table is a setting of api/config.py (the app's or gunicorn's), every setting
is in the table, and where both state a literal default, it is the same. No
other module of the server reads the environment itself."""

import ast
import re
from pathlib import Path

from api.config import SERVER_SETTINGS, SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GUNICORN_CONF = ROOT / "gunicorn.conf.py"
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
    if isinstance(value, tuple):
        return ",".join(str(item) for item in value)
    return "" if value is None else str(value)


def is_os_environ(node):
    return isinstance(node, ast.Attribute) and node.attr == "environ" and getattr(node.value, "id", None) == "os"


def environment_reads(path):
    """Lines of ``path`` that touch the process environment (``os.environ``, ``os.getenv``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(
        node.lineno
        for node in ast.walk(tree)
        if is_os_environ(node)
        or (isinstance(node, ast.Attribute) and node.attr == "getenv" and getattr(node.value, "id", None) == "os")
    )


def code_variables():
    """{variable: default} for every environment variable the server reads."""
    return {setting.name: as_text(setting.default) for setting in (*SETTINGS, *SERVER_SETTINGS)}


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


def test_only_the_config_module_reads_the_environment():
    readers = {
        str(path.relative_to(ROOT)): environment_reads(path)
        for path in [GUNICORN_CONF, *sorted((ROOT / "api").rglob("*.py"))]
        if path != ROOT / "api" / "config.py"
    }
    assert not {path: lines for path, lines in readers.items() if lines}, "read the environment through api/config.py"
    assert environment_reads(ROOT / "api" / "config.py"), "the detection itself sees os.environ"
