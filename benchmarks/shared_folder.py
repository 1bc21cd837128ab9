"""Where the project's public data is: the shared/ folder beside the repository (shared/eval/...).

The benchmark scripts run from /work/main and from worktrees at /work/wt/NAME alike: a fixed
`parents[2] / "shared"` finds the data from one and not the other, and a script that then reads
no file scores nothing without saying so. `shared_folder` looks up from the script instead.
"""

from __future__ import annotations

from pathlib import Path


def shared_folder(holding: str, start: Path | None = None) -> Path:
    """The nearest shared/ folder up from `start` (this file by default) that holds `holding`, a
    path inside it ("eval/tempeval3-tbaq"); when none does, the one beside the repository, which a
    caller reports as missing."""
    here = (start or Path(__file__)).resolve()
    for folder in here.parents:
        if (folder / "shared" / holding).exists():
            return folder / "shared"
    return here.parents[2] / "shared"
