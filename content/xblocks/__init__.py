"""Interactive activities: Pandu's XBlock runtime and its built-in XBlocks.

The public API for the layers above is in `content.xblocks.runtime` (load, render, handle), the
usage ids in `content.xblocks.ids`, the "activity scored" signal in `content.signals` and the
view that serves each block's JavaScript and CSS in `content.views`.
"""
