"""Who may see what the content layer serves."""

from .xblocks import registry


def xblock_resource_visible(*, block_type: str) -> bool:
    """A block's JavaScript, CSS and images are public, like any static file, for the types that
    may run here; the files of any other installed package are not served."""
    return registry.is_allowed(block_type)
