"""Write exported store tables (column names + row tuples) as CSV, JSONL or Parquet.

Streams: rows are written as they come (Parquet in row groups), so a large table never sits in
memory whole. The rows come from ``Store.rows``; nothing here reads the database. Parquet needs
the optional ``pyarrow`` (``pip install 'quotegraph[parquet]'``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from .errors import ConfigError, StoreError

__all__ = ["EXPORT_FORMATS", "write_table"]

EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
PARQUET_ROW_GROUP = 50_000
_INTEGER_COLUMNS = frozenset({"id", "position", "start", "end", "speaker_id", "cluster_id", "quotes", "articles"})
_FLOAT_COLUMNS = frozenset({"confidence"})
_JSON_COLUMNS = frozenset({"meta"})  # stored as JSON text; written as objects in JSONL


def write_table(columns: list[str], rows: Iterable[tuple], fmt: str, output: str | Path | None) -> int:
    """Write rows to ``output`` (a file path; None or ``-``: standard output, not for Parquet).

    Returns:
        The number of rows written.

    Raises:
        ConfigError: an unknown format, or Parquet to standard output.
        StoreError: Parquet asked for and pyarrow missing (E024).
        OSError: the output file cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError("E025", what="export format", value=fmt, choices=", ".join(EXPORT_FORMATS))
    to_stdout = output is None or str(output) == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ConfigError("E025", what="output for parquet", value="standard output", choices="a file given with -o FILE")
        return _write_parquet(columns, rows, Path(str(output)))
    if to_stdout:
        return _write_text(columns, rows, fmt, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="") as stream:  # type: ignore[arg-type]
        return _write_text(columns, rows, fmt, stream)


def _write_text(columns: list[str], rows: Iterable[tuple], fmt: str, stream: IO[str]) -> int:
    """CSV with a header row, or one JSON object per line."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row)
            count += 1
        return count
    for row in rows:
        record = {name: _json_value(name, value) for name, value in zip(columns, row)}
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _json_value(name: str, value: Any) -> Any:
    if name in _JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    return value


def _write_parquet(columns: list[str], rows: Iterable[tuple], path: Path) -> int:
    """Parquet with a fixed schema by column name (ints, floats, else strings), in row groups."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise StoreError("E024") from error
    schema = pa.schema([(name, _arrow_type(pa, name)) for name in columns])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(iter(rows), PARQUET_ROW_GROUP):
            arrays = [pa.array([row[index] for row in chunk], type=field.type) for index, field in enumerate(schema)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(chunk)
    return count


def _arrow_type(pa: Any, name: str) -> Any:
    if name in _INTEGER_COLUMNS:
        return pa.int64()
    if name in _FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()


def _chunks(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    while chunk := list(islice(rows, size)):
        yield chunk
