"""Batch screening of files (CSV, JSON lines, Parquet), in process or on dask.distributed.

``run_batch(BatchOptions(...))`` is what ``embargo screen-file`` runs; see docs/batch.md.
"""

from embargo.batch.runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]
