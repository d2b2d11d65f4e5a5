"""Resumable batch runs: a checkpoint file beside the output records how far the run got.

The runner makes a chunk's output durable (flush + fsync) before it rewrites the checkpoint
(atomically: temporary file, fsync, rename), so the checkpoint never claims rows that are not
on disk. On restart the output is cut back to the checkpoint's position, which drops a chunk
written after the last checkpoint, and reading resumes after ``rows_done``.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from embargo.errors import EmbargoError

CHECKPOINT_VERSION = 1


class CheckpointError(EmbargoError):
    """A checkpoint that does not fit the run asked for, or a damaged checkpoint file."""


def checkpoint_path(output: Path) -> Path:
    """Where the checkpoint of an output lives: ``OUTPUT.checkpoint``."""
    return output.with_name(output.name + ".checkpoint")


def fingerprint(path: Path) -> dict[str, Any]:
    """Size and SHA-256 of the input file: a resumed run must read exactly the same input."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            size += len(block)
    return {"path": str(path.resolve()), "size": size, "sha256": digest.hexdigest()}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Checkpoint:
    """How far a batch run got; see docs/batch.md for the file format."""

    input: dict[str, Any]
    options: dict[str, Any]
    snapshot_ids: list[int]
    run_id: str
    rows_done: int = 0
    output_position: int = 0
    rejects_position: int = 0
    counts: dict[str, int] = field(
        default_factory=lambda: {"matched": 0, "no_match": 0, "rejected": 0, "audited": 0}
    )
    started_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)
    version: int = CHECKPOINT_VERSION

    def save(self, path: Path) -> None:
        """Replace the checkpoint file atomically and durably."""
        self.updated_at = _now()
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    @classmethod
    def load(cls, path: Path) -> Checkpoint | None:
        """The checkpoint at ``path``, or None if there is none; a damaged file is a clear error."""
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != CHECKPOINT_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            return cls(**data)
        except (ValueError, TypeError, OSError) as exc:
            raise CheckpointError(f"{path}: damaged checkpoint ({exc}); start over with --restart") from exc

    def mismatch(self, other: Checkpoint) -> str | None:
        """Why this checkpoint cannot be resumed by a run with ``other``'s input and options, or None."""
        if self.input.get("sha256") != other.input.get("sha256") or self.input.get("size") != other.input.get(
            "size"
        ):
            return "the input file differs from the interrupted run's"
        changed = sorted(
            k for k in set(self.options) | set(other.options) if self.options.get(k) != other.options.get(k)
        )
        if changed:
            return f"the options differ from the interrupted run's ({', '.join(changed)})"
        if sorted(self.snapshot_ids) != sorted(other.snapshot_ids):
            return "the loaded list versions changed since the interrupted run"
        return None

    @staticmethod
    def remove(path: Path) -> None:
        """Delete a checkpoint (after a finished run)."""
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".tmp").unlink(missing_ok=True)
