"""An embed finder that never reaches the internet, for tests."""

from typing import Any

from wagtail.embeds.finders.base import EmbedFinder


class FakeVideoFinder(EmbedFinder):
    def accept(self, url: str) -> bool:
        return url.startswith("https://video.example/")

    def find_embed(self, url: str, max_width: int | None = None, **kwargs: Any) -> dict[str, Any]:
        return {
            "title": "Video contoh",
            "type": "video",
            "html": f'<iframe title="Video contoh" src="{url}/embed"></iframe>',
            "width": 640,
            "height": 360,
        }
