"""The house rules of the layout (docs/architecture.md): both faces reach the store only
through service.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
FACES = sorted([*PACKAGE.glob("cli/*.py"), *PACKAGE.glob("web/*.py")])
DATA_LAYER = ("factcheck.store", "sqlalchemy", "sqlmodel")


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return found


@pytest.mark.parametrize("path", FACES, ids=[f"{p.parent.name}/{p.name}" for p in FACES])
def test_a_face_does_not_import_the_data_layer(path: Path) -> None:
    wrong = [m for m in _imports(path) if m == "factcheck.store" or m.startswith(DATA_LAYER)]
    assert wrong == [], f"{path.name} imports {wrong}: go through factcheck.service"


def test_the_faces_are_found() -> None:
    names = {f"{p.parent.name}/{p.name}" for p in FACES}
    assert {"cli/app.py", "cli/render.py", "web/app.py", "web/auth.py"} <= names
