"""benchmarks/shared_folder.py: the benchmark scripts find the public data (shared/eval/...)
from /work/main and from a worktree at /work/wt/NAME alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

from .conftest import ROOT, load_script


def _module() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "shared_folder.py")


def _script(tmp_path: Path, repository: str) -> Path:
    script = tmp_path / repository / "benchmarks" / "eval_x.py"
    script.parent.mkdir(parents=True)
    script.touch()
    return script


def test_the_nearest_shared_folder_that_holds_the_data_is_found(tmp_path: Path) -> None:
    shared_folder = _module().shared_folder
    (tmp_path / "shared" / "eval" / "corpus").mkdir(parents=True)
    (tmp_path / "shared" / "eval" / "suite.tsv").touch()
    (tmp_path / "wt" / "shared" / "eval").mkdir(parents=True)  # a worktree named shared: no data
    for repository in ("main", "wt/time"):
        script = _script(tmp_path, repository)
        assert shared_folder("eval/corpus", script) == tmp_path / "shared"
        assert shared_folder("eval/suite.tsv", script) == tmp_path / "shared"


def test_with_no_data_anywhere_the_folder_beside_the_repository_is_named(tmp_path: Path) -> None:
    script = _script(tmp_path, "wt/time")
    assert _module().shared_folder("eval/missing.tsv", script) == tmp_path / "wt" / "shared"


def test_the_default_start_is_the_benchmarks_folder() -> None:
    shared_folder = _module().shared_folder
    found = shared_folder("eval")
    assert found.name == "shared"
    assert found.parent in (ROOT.parent, *ROOT.parents)


def test_eval_numbers_names_a_missing_suite_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "eval_numbers.py"), "--shared", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("Error: no suite numbers_ar_duckling")
    assert "Traceback" not in result.stderr
