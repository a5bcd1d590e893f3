"""System checks of the interactive activities' settings (run by `manage.py check --deploy`)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

from .xblocks import registry

# Packages of xblock-sdk, for developing blocks: not for a public site.
DEVELOPMENT_PACKAGES = ("sample_xblocks", "workbench")


@register(Tags.security, deploy=True)
def check_xblock_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    listed = {str(name).lower() for name in getattr(settings, "PANDU_XBLOCK_ALLOWED_TYPES", ())}
    for block_type in sorted(listed & registry.DENIED_TYPES):
        messages.append(
            Warning(
                f"PANDU_XBLOCK_ALLOWED_TYPES lists {block_type!r}, which never runs in Pandu.",
                id="content.W001",
            )
        )
    for block_type in sorted(registry.allowed_types()):
        try:
            block_class = registry.load_block_class(block_type)
        except registry.BlockTypeNotAllowed:
            messages.append(
                Error(f"The XBlock type {block_type!r} is not installed.", id="content.E001")
            )
            continue
        if block_class.__module__.split(".")[0] in DEVELOPMENT_PACKAGES:
            messages.append(
                Error(
                    f"The XBlock type {block_type!r} is one of xblock-sdk's development samples.",
                    hint="Allow it in development and test settings only.",
                    id="content.E002",
                )
            )
    if getattr(settings, "PANDU_XBLOCK_ALLOW_INLINE_RESOURCES", False):
        messages.append(
            Error(
                "PANDU_XBLOCK_ALLOW_INLINE_RESOURCES lets blocks put inline scripts in pages.",
                hint="Allow it in development settings only.",
                id="content.E003",
            )
        )
    return messages
