"""The house has three layers and imports point down only: lms → courses → content."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["lms", "courses", "content"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def upward_imports() -> list[str]:
    problems = []
    for position, layer in enumerate(LAYERS):
        above = LAYERS[:position]
        for path in sorted((ROOT / layer).rglob("*.py")):
            for module in imported_modules(path):
                top = module.split(".")[0]
                if top in above:
                    problems.append(
                        f"{path.relative_to(ROOT)} imports {module} ({top} is above {layer})"
                    )
    return problems


def test_imports_point_down_only() -> None:
    assert upward_imports() == []


def test_the_check_finds_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from lms.accounts.models import User\nimport courses.models\n")
    assert imported_modules(bad) == {"lms.accounts.models", "courses.models"}
