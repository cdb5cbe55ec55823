"""The build rejects bad seed input with a message naming the file, the record and the field.

Each test copies the seed to a temporary directory, breaks one thing, and
checks the error.
"""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import seed.__main__ as cli
from seed.build import build
from seed.load import SeedError, load_seed, parse_yaml

REPO = Path(__file__).resolve().parent.parent
CONFERENCE = "shanghai-global-investment-promotion-conference-2021"


def edit(data_dir, file_name, record_id, change):
    """Apply ``change`` to one record of a seed file and write the file back."""
    path = data_dir / file_name
    records = parse_yaml(path.read_text(encoding="utf-8"))
    (record,) = [r for r in records if r["id"] == record_id]
    change(record, records)
    path.write_text(yaml.dump(records, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def seed_error(seed_copy):
    data, sources = seed_copy
    with pytest.raises(SeedError) as caught:
        load_seed(data, sources)
    return str(caught.value)


def assert_names(message, *parts):
    for part in parts:
        assert part in message, f"{part!r} not in the error message:\n{message}"


def test_the_unchanged_copy_is_valid(seed_copy):
    """Control: the copy itself loads (so each failure below is due to its one change)."""
    assert load_seed(*seed_copy).records["conferences"]


def test_wrong_type_is_rejected(seed_copy):
    """A year given as a string, not an integer."""
    edit(seed_copy[0], "conferences.yaml", CONFERENCE, lambda r, _: r.update(year="2021"))
    assert_names(seed_error(seed_copy), "conferences.yaml", CONFERENCE, "field year", "integer")


def test_unknown_field_is_rejected(seed_copy):
    edit(seed_copy[0], "projects.yaml", "5g-valley", lambda r, _: r.update(budget=1))
    assert_names(seed_error(seed_copy), "projects.yaml", "5g-valley", "field budget", "Unknown field")


def test_missing_required_field_is_rejected(seed_copy):
    edit(seed_copy[0], "people.yaml", "qiu-wei", lambda r, _: r.pop("role"))
    assert_names(seed_error(seed_copy), "people.yaml", "qiu-wei", "field role", "Missing data")


def test_null_in_a_required_text_field_is_rejected(seed_copy):
    edit(seed_copy[0], "people.yaml", "qiu-wei", lambda r, _: r.update(name=None))
    assert_names(seed_error(seed_copy), "people.yaml", "qiu-wei", "field name")


def test_value_outside_an_enum_is_rejected(seed_copy):
    edit(seed_copy[0], "partners.yaml", "pwc", lambda r, _: r.update(kind="consultancy"))
    assert_names(seed_error(seed_copy), "partners.yaml", "pwc", "field kind")


def test_invalid_slug_id_is_rejected(seed_copy):
    edit(seed_copy[0], "statements.yaml", "semi-role", lambda r, _: r.update(id="SEMI role"))
    assert_names(seed_error(seed_copy), "statements.yaml", "'SEMI role'", "field id")


def test_duplicate_id_is_rejected(seed_copy):
    edit(seed_copy[0], "people.yaml", "cao-qian", lambda r, records: records.append(dict(r)))
    assert_names(seed_error(seed_copy), "people.yaml", "cao-qian", "field id", "duplicate id")


def test_reference_to_an_unknown_id_is_rejected(seed_copy):
    edit(seed_copy[0], "projects.yaml", "5g-valley", lambda r, _: r["industry_ids"].append("6g"))
    assert_names(seed_error(seed_copy), "projects.yaml", "5g-valley", "field industry_ids.1", "'6g'")


def test_possibly_same_projects_name_each_other(seed_copy):
    def change(record, _):
        record["possibly_same_as_ids"] = ["bilibili-new-headquarters"]

    edit(seed_copy[0], "projects.yaml", "5g-valley", change)
    assert_names(
        seed_error(seed_copy), "projects.yaml", "5g-valley", "possibly_same_as_ids", "bilibili-new-headquarters"
    )


def test_a_project_is_not_possibly_the_same_as_itself(seed_copy):
    edit(seed_copy[0], "projects.yaml", "5g-valley", lambda r, _: r.update(possibly_same_as_ids=["5g-valley"]))
    assert_names(seed_error(seed_copy), "projects.yaml", "5g-valley", "possibly_same_as_ids", "itself")


def test_an_id_named_twice_in_a_list_is_rejected(seed_copy):
    edit(seed_copy[0], "projects.yaml", "5g-valley", lambda r, _: r["industry_ids"].append(r["industry_ids"][0]))
    assert_names(seed_error(seed_copy), "projects.yaml", "5g-valley", "industry_ids", "twice")


def test_single_reference_to_an_unknown_id_is_rejected(seed_copy):
    edit(seed_copy[0], "people.yaml", "zhang-lei", lambda r, _: r.update(organization_id="hillhouse"))
    assert_names(seed_error(seed_copy), "people.yaml", "zhang-lei", "field organization_id", "'hillhouse'")


def test_nested_reference_to_an_unknown_id_is_rejected(seed_copy):
    def change(record, _):
        record["platforms"][2]["organization_id"] = "huawei-technologies"

    edit(seed_copy[0], "city_strategies.yaml", "qingpu", change)
    assert_names(seed_error(seed_copy), "city_strategies.yaml", "qingpu", "field platforms.2.organization_id")


def test_citation_of_an_unknown_document_is_rejected(seed_copy):
    def change(record, _):
        record["sources"][0]["document"] = "shanghai-daily-2021"

    edit(seed_copy[0], "parks.yaml", "shixi-software-information-park", change)
    assert_names(
        seed_error(seed_copy), "parks.yaml", "shixi-software-information-park", "field sources.0.document",
        "'shanghai-daily-2021'",
    )  # fmt: skip


def test_quote_not_verbatim_in_the_source_is_rejected(seed_copy):
    """Straight quotes instead of the article's curly ones are not verbatim."""

    def change(record, _):
        record["sources"][1]["quote"] = record["sources"][1]["quote"].replace("“", '"').replace("”", '"')

    edit(seed_copy[0], "people.yaml", "gong-zheng", change)
    assert_names(seed_error(seed_copy), "people.yaml", "gong-zheng", "field sources.1", "not verbatim")


def test_nested_quote_not_verbatim_is_rejected(seed_copy):
    """Quotes inside an organization's investments are checked too."""

    def change(record, _):
        record["investments"][0]["sources"][0]["quote"] = "Sequoia Capital has invested 18.5 billion yuan"

    edit(seed_copy[0], "organizations.yaml", "sequoia-capital", change)
    assert_names(
        seed_error(seed_copy), "organizations.yaml", "sequoia-capital", "field investments.0.sources.0", "not verbatim"
    )


def test_missing_quote_for_a_stored_text_is_rejected(seed_copy):
    def change(record, _):
        record["sources"][0]["quote"] = None

    edit(seed_copy[0], "industries.yaml", "robots", change)
    assert_names(seed_error(seed_copy), "industries.yaml", "robots", "field sources.0", "quote is required")


def test_record_without_sources_is_rejected(seed_copy):
    edit(seed_copy[0], "industries.yaml", "robots", lambda r, _: r.update(sources=[]))
    assert_names(seed_error(seed_copy), "industries.yaml", "robots", "field sources")


def test_currency_not_allowed_is_rejected(seed_copy):
    def change(record, _):
        record["signed_value"]["currency"] = "EUR"

    edit(seed_copy[0], "conferences.yaml", CONFERENCE, change)
    assert_names(seed_error(seed_copy), "conferences.yaml", CONFERENCE, "field signed_value.currency")


def test_signed_value_usd_must_be_in_usd(seed_copy):
    def change(record, _):
        record["signed_value_usd"]["currency"] = "CNY"

    edit(seed_copy[0], "conferences.yaml", CONFERENCE, change)
    assert_names(seed_error(seed_copy), "conferences.yaml", CONFERENCE, "field signed_value_usd", "USD")


def test_project_value_usd_must_be_in_usd(seed_copy):
    def change(record, _):
        record["value_usd"] = {"amount": 1, "currency": "CNY"}

    edit(seed_copy[0], "projects.yaml", "5g-valley", change)
    assert_names(seed_error(seed_copy), "projects.yaml", "5g-valley", "field value_usd", "USD")


def test_investment_amount_usd_must_be_in_usd(seed_copy):
    """A nested ``*_usd`` money field (an organization's investment) is pinned to USD too."""

    def change(record, _):
        record["investments"][0]["amount_usd"]["currency"] = "CNY"

    edit(seed_copy[0], "organizations.yaml", "sequoia-capital", change)
    assert_names(seed_error(seed_copy), "organizations.yaml", "sequoia-capital", "field investments.0.amount_usd")


def test_money_amount_must_be_a_whole_non_negative_number(seed_copy):
    def change(record, _):
        record["signed_value"]["amount"] = -1

    edit(seed_copy[0], "conferences.yaml", CONFERENCE, change)
    assert_names(seed_error(seed_copy), "conferences.yaml", CONFERENCE, "field signed_value.amount")


def test_document_without_its_text_file_is_rejected(seed_copy):
    (seed_copy[1] / "shanghai-investment-conference-2021.txt").unlink()
    assert_names(seed_error(seed_copy), "documents.yaml", "shanghai-investment-conference-2021", "field file")


def test_malformed_yaml_is_rejected(seed_copy):
    """No record can be named in a file that does not parse; the parser's position is given."""
    path = seed_copy[0] / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "- id: [unclosed\n", encoding="utf-8")
    assert_names(seed_error(seed_copy), "people.yaml", "cannot read", "line")


def test_a_file_that_is_not_a_list_is_rejected(seed_copy):
    (seed_copy[0] / "parks.yaml").write_text("id: new-industrial-parks-2021\n", encoding="utf-8")
    assert_names(seed_error(seed_copy), "parks.yaml", "must be a list of records")


def test_every_problem_is_reported_at_once(seed_copy):
    edit(seed_copy[0], "people.yaml", "qiu-wei", lambda r, _: r.pop("role"))
    edit(seed_copy[0], "projects.yaml", "5g-valley", lambda r, _: r.update(budget=1))
    data, sources = seed_copy
    with pytest.raises(SeedError) as caught:
        load_seed(data, sources)
    assert len(caught.value.problems) == 2
    assert_names(str(caught.value), "people.yaml", "qiu-wei", "projects.yaml", "5g-valley")


def test_build_rejects_a_bad_seed_and_writes_no_database(seed_copy, tmp_path):
    edit(seed_copy[0], "people.yaml", "qiu-wei", lambda r, _: r.pop("role"))
    output = tmp_path / "out" / "data.db"
    with pytest.raises(SeedError, match=r"people\.yaml.*qiu-wei.*field role"):
        build(output, data_dir=seed_copy[0], sources_dir=seed_copy[1])
    assert not output.exists()
    assert not output.with_name("data.db.partial").exists()


def test_cli_reports_a_bad_seed_on_stderr_and_exits_1(seed_copy, tmp_path, monkeypatch, capsys):
    """``python -m seed`` (here its ``main``, pointed at the broken copy) prints the problems, not a traceback."""
    edit(seed_copy[0], "people.yaml", "qiu-wei", lambda r, _: r.pop("role"))
    monkeypatch.setattr(cli, "build", lambda output: build(output, data_dir=seed_copy[0], sources_dir=seed_copy[1]))
    assert cli.main(["--output", str(tmp_path / "data.db")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_names(captured.err, "invalid seed data", "people.yaml", "qiu-wei", "field role")


def test_cli_builds_the_database_and_prints_the_counts(tmp_path):
    """``python -m seed --output PATH`` exits 0 and reports the dataset version and record counts."""
    output = tmp_path / "data.db"
    result = subprocess.run(
        [sys.executable, "-m", "seed", "--output", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert output.is_file()
    seed = load_seed()
    counts = ", ".join(f"{name} {len(items)}" for name, items in seed.records.items())
    total = sum(len(items) for items in seed.records.values())
    assert result.stdout.strip() == f"built {output}: dataset {seed.version}, {total} records ({counts})"
