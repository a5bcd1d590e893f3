"""Which XBlock types may run in Pandu, and where their classes come from.

A type runs only if the setting `PANDU_XBLOCK_ALLOWED_TYPES` lists it and `DENIED_TYPES` does not:
the deny list is code, not a setting, so no configuration can let a block run author-supplied code.

Pandu's own blocks (`BUILTIN_TYPES`) are imported from this code base, installed or not. They are
also declared as `xblock.v1` entry points in pyproject.toml, for other XBlock runtimes (Open edX)
once the project is installed. Any other allowed type is found through its entry point.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from django.conf import settings
from xblock.core import XBlock
from xblock.plugin import PluginMissingError

# Never run, whatever the setting says, because they run code or markup written by an author:
DENIED_TYPES = frozenset(
    {
        "problem_demo",  # xblock-sdk: runs Python from its content with exec()
        "problem",  # Open edX CAPA problems: run author Python (codejail)
        "html_demo",  # xblock-sdk: puts author HTML, scripts included, into the page unescaped
        "html",  # Open edX: the same
        "raw_html",  # Open edX: the same
    }
)

BUILTIN_TYPES: dict[str, str] = {
    "pandu_multiple_choice": "content.xblocks.multiple_choice:MultipleChoiceBlock",
    "pandu_fill_blank": "content.xblocks.fill_blank:FillBlankBlock",
    "pandu_ordering": "content.xblocks.ordering:OrderingBlock",
    "pandu_matching": "content.xblocks.matching:MatchingBlock",
    "pandu_app_simulation": "content.xblocks.app_simulation:AppSimulationBlock",
}

DEFAULT_ALLOWED_TYPES = (
    "pandu_multiple_choice",
    "pandu_fill_blank",
    "pandu_ordering",
    "pandu_matching",
    "pandu_app_simulation",
)
_TYPE_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")


class BlockTypeNotAllowed(LookupError):
    """The type is not allowed here, or is not an XBlock that is installed."""


def allowed_types() -> frozenset[str]:
    listed = getattr(settings, "PANDU_XBLOCK_ALLOWED_TYPES", DEFAULT_ALLOWED_TYPES)
    return frozenset(str(name).lower() for name in listed) - DENIED_TYPES


def is_allowed(block_type: str) -> bool:
    return (
        isinstance(block_type, str)
        and _TYPE_NAME.fullmatch(block_type) is not None
        and block_type in allowed_types()
    )


def load_block_class(block_type: str) -> Any:
    """The XBlock class of an allowed type; `BlockTypeNotAllowed` for any other."""
    if not is_allowed(block_type):
        raise BlockTypeNotAllowed(block_type)
    if block_type in BUILTIN_TYPES:
        module_name, _, class_name = BUILTIN_TYPES[block_type].partition(":")
        block_class: Any = getattr(importlib.import_module(module_name), class_name)
    else:
        try:
            block_class = XBlock.load_class(block_type)
        except PluginMissingError as error:
            raise BlockTypeNotAllowed(block_type) from error
    if not (isinstance(block_class, type) and issubclass(block_class, XBlock)):
        raise BlockTypeNotAllowed(block_type)
    return block_class
