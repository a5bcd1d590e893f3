"""Usage ids are made from the lesson and parsed back, never remembered."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from xblock.exceptions import NoSuchDefinition, NoSuchUsage

from content.xblocks.ids import (
    InvalidUsageId,
    PanduIdManager,
    UsageKey,
    make_usage_id,
    parse_usage_id,
)

block_ids = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)


@given(key=st.uuids(), block_id=block_ids)
def test_an_id_parses_back_to_its_lesson_and_block(key: uuid.UUID, block_id: str) -> None:
    usage_id = make_usage_id(translation_key=key, block_id=block_id)
    assert usage_id == f"pandu:{key}:{block_id}"
    assert parse_usage_id(usage_id) == UsageKey(key, block_id)


def test_a_key_given_as_text_makes_the_same_id() -> None:
    key = uuid.uuid4()
    assert make_usage_id(translation_key=str(key).upper(), block_id="b") == make_usage_id(
        translation_key=key, block_id="b"
    )


# A fixed key: test ids must be the same in every process of a parallel run.
KEY = uuid.UUID("4c1f2a9e-8d3b-4e57-9a06-2b7d5c8e1f30")


@pytest.mark.parametrize(
    "usage_id",
    [
        "",
        "pandu:not-a-uuid:b",
        f"pandu:{str(KEY).upper()}:b",
        f"edx:{KEY}:b",
        f"pandu:{KEY}",
        f"pandu:{KEY}:b:c",
        f"pandu:{KEY}:../b",
        f"pandu:{KEY}:{'b' * 65}",
        f" pandu:{KEY}:b",
    ],
)
def test_anything_else_is_not_a_usage_id(usage_id: str) -> None:
    with pytest.raises(InvalidUsageId):
        parse_usage_id(usage_id)


@pytest.mark.parametrize("block_id", ["", "a:b", "a/b", "a b", "x" * 65])
def test_a_block_id_is_plain(block_id: str) -> None:
    with pytest.raises(InvalidUsageId):
        make_usage_id(translation_key=uuid.uuid4(), block_id=block_id)


def test_the_id_manager_reads_ids_without_a_registry() -> None:
    usage_id = make_usage_id(translation_key=uuid.uuid4(), block_id="b")
    manager = PanduIdManager({usage_id: "pandu_multiple_choice"})
    assert manager.get_definition_id(usage_id) == usage_id
    assert manager.get_block_type(usage_id) == "pandu_multiple_choice"
    with pytest.raises(NoSuchUsage):
        manager.get_definition_id("u_0")
    with pytest.raises(NoSuchDefinition):
        PanduIdManager({}).get_block_type(usage_id)
    with pytest.raises(NotImplementedError):
        manager.create_definition("pandu_multiple_choice")
