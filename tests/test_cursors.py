"""Cursors are opaque, signed with the deployment's secret, bound to one query
and one dataset version, and have a single valid spelling: any other input is
a 400 ``invalid_cursor``, never a 500."""

import pytest
from itsdangerous import URLSafeSerializer

from api.cursors import Cursors
from api.problems import ApiProblem

SECRET = "test-secret-0123456789abcdef"
QUERY = "0123456789abcdef"


@pytest.fixture()
def cursors():
    return Cursors(SECRET, "dataset-1")


def rejected(cursors, cursor, query=QUERY, key_count=2):
    with pytest.raises(ApiProblem) as raised:
        cursors.decode(query, cursor, key_count)
    return raised.value.errors[0]["detail"]


def test_a_cursor_round_trips(cursors):
    cursor = cursors.encode(QUERY, "next", ["Bilibili", "bilibili-headquarters"])
    assert cursors.decode(QUERY, cursor, 2) == ("next", ["Bilibili", "bilibili-headquarters"])


def test_a_cursor_belongs_to_its_query_dataset_and_secret(cursors):
    cursor = cursors.encode(QUERY, "next", ["a", "b"])
    assert rejected(cursors, cursor, query="fedcba9876543210") == "Issued for different filters, sort or search."
    assert "Not issued" in rejected(Cursors(SECRET, "dataset-2"), cursor)
    assert "Not issued" in rejected(Cursors("another-secret-0123456789", "dataset-1"), cursor)


def test_a_secret_is_required():
    with pytest.raises(ValueError, match="secret"):
        Cursors("", "dataset-1")


@pytest.mark.parametrize(
    "payload",
    [
        [],
        0,
        None,
        "x",
        {},
        {"q": QUERY, "d": "next"},
        {"q": QUERY, "d": "sideways", "k": ["a", "b"]},
        {"q": QUERY, "d": "next", "k": "ab"},
        {"q": QUERY, "d": "next", "k": ["a"]},
        {"q": QUERY, "d": "next", "k": [["a"], "b"]},
        {"q": QUERY, "d": "next", "k": [2**70, "b"]},
        {"q": QUERY, "d": "next", "k": ["a", "b"], "x": 1},
    ],
)
def test_a_validly_signed_payload_of_another_shape_is_a_400(cursors, payload):
    forged = URLSafeSerializer(SECRET, salt="cursor dataset-1", signer_kwargs=cursors.serializer.signer_kwargs).dumps(
        payload
    )
    assert rejected(cursors, forged) in ("Malformed.", "Issued for different filters, sort or search.")


@pytest.mark.parametrize(
    "spell",
    [
        lambda c: c + "=",
        lambda c: c + "==",
        lambda c: c.replace("-", "+").replace("_", "/"),
        lambda c: " " + c,
        lambda c: c.upper(),
        lambda c: c[:-1],
        lambda c: "",
        lambda c: "é" + c,
        lambda c: c + "\x00",
    ],
)
def test_one_spelling_per_cursor(cursors, spell):
    cursor = cursors.encode(QUERY, "next", ["a-b_c", "d"])
    variant = spell(cursor)
    if variant != cursor:
        rejected(cursors, variant)
