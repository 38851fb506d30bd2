"""The command line: ``extract``, ``eval``, the corpus verbs ``ingest``, ``search``, ``export``, and ``serve``.

Parses, calls the library, prints.

Every failure reaches the user as one ``Error: ...`` line and a non-zero exit code; a batch goes on
past a bad article and ends with ``N processed, M skipped`` on stderr.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import typer

from . import __version__
from .errors import QuotegraphError, StoreError
from .model import Article, Result
from .pipeline import extract_batch, load_nlp, parse_date
from .reading import Failure, read_inputs
from .settings import Settings
from .writers import FORMATS, open_writer

if TYPE_CHECKING:
    import socket

    from .store import Store

# trafilatura and its helpers log ERROR/WARNING lines for every page they cannot parse; shown with -vv.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")

app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]}, pretty_exceptions_enable=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotegraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output on stderr (-v, -vv)."),
) -> None:
    """quotegraph: who said what in news articles."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for name in QUIET_LOGGERS:  # a broken page is one "Skipped ...: [E010]" line, not their log lines too
        logging.getLogger(name).setLevel(level if verbose >= 2 else logging.CRITICAL)


@app.command("extract")
def extract_cli(
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl, .warc[.gz]), or - for standard input."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Worker processes."),
    indirect: bool = typer.Option(True, "--indirect/--no-indirect", help="Report indirect speech too."),
    objects: bool = typer.Option(True, "--objects/--no-objects", help="Report speech acts whose content is a noun phrase (urged voters to ..., cited the remarks), as PolNeAR does; --no-objects keeps clauses only."),
    max_mb: float = typer.Option(10.0, "--max-mb", help="Largest input file accepted, in MB."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="Drop quotes below this confidence."),
    model: str = typer.Option(Settings().model, "--model", help="spaCy model package to load."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles without a date field; resolves 'on Wednesday'."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
) -> None:
    """Extract quotes, speakers and cues from articles.

    Example: quotegraph extract samples/ --format html -o quotes.html
    """
    if fmt not in FORMATS:
        _fail(f"Unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if date is not None and parse_date(date) is None:
        _fail(f"--date {date!r} is not a date; use YYYY-MM-DD.")
    settings = Settings(model=model, indirect=indirect, object_contents=objects, min_confidence=min_confidence, date=date)
    load_nlp(settings.model)
    try:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        _fail(f"Cannot write {output}: {error.strerror or error}.")
    writer = open_writer(fmt, stream)
    counts = collections.Counter()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        try:
            for article, result in _run(paths, settings, processes, max_mb, show):
                writer.write(article, result)
                if result.error:
                    counts["skipped"] += 1
                    typer.echo(f"Skipped {result.id}: {result.error}", err=True)
                else:
                    counts["processed"] += 1
        finally:
            writer.close()
            if output:
                stream.close()
    except BrokenPipeError:
        raise  # standard output closed early (| head): main() ends quietly
    except OSError as error:  # a full disk or a lost mount while writing the output
        if output:
            with contextlib.suppress(OSError):
                stream.close()
        _fail(f"Cannot write {output or 'standard output'}: {error.strerror or error}.")
    typer.echo(f"{counts['processed']} processed, {counts['skipped']} skipped", err=True)
    if counts["skipped"]:
        raise typer.Exit(1)


def _run(paths: list[str], settings: Settings, processes: int, max_mb: float, show_progress: bool) -> Iterator[tuple[Article, Result]]:
    """Read, extract in worker processes, and pair each result with its article, in input order."""
    pending: collections.deque[Article] = collections.deque()

    def articles() -> Iterator[Article]:
        for item in read_inputs(paths, max_mb=max_mb):
            article = _failure_article(item) if isinstance(item, Failure) else item
            pending.append(article)
            yield article

    results = extract_batch(articles(), settings=settings, n_process=processes)
    if show_progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", file=sys.stderr)
    for result in results:
        yield pending.popleft(), result


def _failure_article(failure: Failure) -> Article:
    """An unreadable input travels through the batch as an empty article carrying its error."""
    return Article(failure.source, "", {"_error": failure.message})


@app.command("eval")
def eval_cli(
    corpus: Path = typer.Argument(..., help="PolNeAR folder (the one holding data/), e.g. ../shared/data/polnear; or a canonical-name gold JSONL file, e.g. eval/canonical/articles.jsonl."),
    split: str = typer.Option("dev", "--split", help="Corpus split: train, dev or annotator-training."),
    errors: bool = typer.Option(False, "--errors", help="List missed, spurious and mis-attributed quotes, grouped by cause."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Worker processes."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
    max_errors: int = typer.Option(10, "--max-errors", help="Examples shown per error cause."),
    errors_on: str = typer.Option("speech", "--errors-on", help="PolNeAR subset the errors are listed for: all, speech or direct."),
    objects: bool = typer.Option(True, "--objects/--no-objects", help="Report speech acts whose content is a noun phrase (urged voters to ..., cited the remarks), as PolNeAR does; --no-objects keeps clauses only."),
) -> None:
    """Score extraction against a brat-annotated corpus (PolNeAR) and print the figures.

    Example: quotegraph eval ../shared/data/polnear --split dev
    """
    import json

    from .evaluation import SUBSETS, evaluate, merge_split_quotes

    settings = Settings(object_contents=objects)
    if corpus.is_file():
        _eval_canonical(corpus, settings, processes, as_json, errors, max_errors)
        return

    def extract_texts(texts: list[str]) -> list[list[dict]]:
        results = extract_batch(texts, settings=settings, n_process=processes)
        return [merge_split_quotes(result.quotes) for result in results]

    if errors_on not in SUBSETS:
        _fail(f"--errors-on must be one of {', '.join(SUBSETS)}, not {errors_on!r}.")
    report = evaluate(corpus, split, extract_texts, limit=limit, error_subset=errors_on)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())
    if errors:
        typer.echo(report.format_errors(max_per_cause=max_errors))


def _eval_canonical(path: Path, settings: Settings, processes: int, as_json: bool, errors: bool, max_errors: int) -> None:
    """``quotegraph eval FILE.jsonl``: quotes and canonical speaker names (see canonical_eval.py)."""
    import json

    from .canonical_eval import evaluate_canonical

    def extract_texts(items: list[tuple[str, str | None]]) -> list[list[dict]]:
        articles = [Article(str(n), text, {"date": date} if date else {}) for n, (text, date) in enumerate(items)]
        return [[quote.to_dict() for quote in result.quotes] for result in extract_batch(articles, settings=settings, n_process=processes)]

    try:
        report = evaluate_canonical(path, extract_texts)
    except (ValueError, KeyError, json.JSONDecodeError) as error:
        _fail(f"{path}: not a canonical gold file ({error})")
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())
    if errors:
        for kind in ("name", "missed", "spurious"):
            lines = [line for line in report.errors if line.startswith(kind)]
            typer.echo(f"\n{kind} ({len(lines)})")
            for line in lines[: max_errors * 5]:
                typer.echo("  " + line)


# --- corpus: ingest, search, export ------------------------------------------------------------

DB_HELP = "Database file (default quotegraph.db, or $QUOTEGRAPH_DB)."
SEARCH_FORMATS = ("table", "jsonl", "csv")
MAX_CONNECTIONS = 512  # quotegraph serve; the load benchmark runs 50
LISTEN_BACKLOG = 2048  # uvicorn's default
SEARCH_CSV_COLUMNS = ("id", "published", "outlet", "speaker", "speaker_kind", "type", "text", "article", "cluster_id")


@app.command("ingest")
def ingest_cli(
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl, .warc[.gz]), - for standard input, or quotegraph spark output (.parquet)."),
    db: str = typer.Option(Settings().db, "--db", envvar="QUOTEGRAPH_DB", help=DB_HELP + " Created if missing."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Extraction worker processes."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles without a date field."),
    max_mb: float = typer.Option(10.0, "--max-mb", help="Largest input file accepted, in MB."),
    model: str = typer.Option(Settings().model, "--model", help="spaCy model package to load."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
) -> None:
    """Extract quotes from articles into a searchable database; articles already stored are skipped.

    Each article is stored in one transaction, so a run stopped at any point can simply be started
    again. Example: quotegraph ingest samples/ --db quotes.db
    """
    from itertools import chain

    from .ingest import ingest, ingest_extracted
    from .spark_rows import is_results_path, read_result_files

    if date is not None and parse_date(date) is None:
        _fail(f"--date {date!r} is not a date; use YYYY-MM-DD.")
    settings = Settings(model=model, date=date, db=db)
    counts: collections.Counter[str] = collections.Counter()
    show = sys.stderr.isatty() if progress is None else progress
    extracted = [path for path in paths if is_results_path(path)]  # quotegraph spark output: stored as it is
    to_read = [path for path in paths if path not in extracted]
    with _open_store(db) as store:
        events: Iterator = ingest_extracted(read_result_files(extracted), store, published=date) if extracted else iter(())
        if to_read:
            load_nlp(settings.model)
            events = chain(events, ingest(read_inputs(to_read, max_mb=max_mb), store, settings=settings, n_process=processes))
        for event in _with_progress(events, show):
            counts[event.status] += 1
            if event.status == "skipped":
                _note(f"Skipped {event.source}: {event.message}", show)
    typer.echo(f"{counts['ingested']} ingested, {counts['present']} already present, {counts['skipped']} skipped", err=True)
    if counts["skipped"]:
        raise typer.Exit(1)


def _with_progress(events: Iterator, show: bool) -> Iterator:
    """Wrap an event stream in a tqdm bar on stderr when asked."""
    if not show:
        return events
    from tqdm import tqdm

    return tqdm(events, unit="article", file=sys.stderr)


def _note(message: str, progress_shown: bool) -> None:
    """One line on stderr, written around the progress bar when there is one."""
    if progress_shown:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)
    else:
        typer.echo(message, err=True)


@app.command("spark")
def spark_cli(
    input_path: str = typer.Argument(..., metavar="INPUT", help="Parquet, JSON Lines or WARC: a file, folder or glob on any Hadoop path (s3a://, hdfs://, local)."),
    output_path: str = typer.Argument(..., metavar="OUTPUT", help="Parquet folder to write: one row per quote (see README)."),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master (default local[2]; under spark-submit, spark-submit's)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="Input format: parquet, json or warc (default: from the path; parquet)."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1, help="Extraction tasks (default: the cluster's parallelism)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace OUTPUT if it exists."),
    indirect: bool = typer.Option(True, "--indirect/--no-indirect", help="Report indirect speech too."),
    objects: bool = typer.Option(True, "--objects/--no-objects", help="Report speech acts whose content is a noun phrase (urged voters to ..., cited the remarks), as PolNeAR does; --no-objects keeps clauses only."),
    max_mb: float = typer.Option(10.0, "--max-mb", help="Largest article (text, html or WARC page) accepted, in MB."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="Drop quotes below this confidence."),
    model: str = typer.Option(Settings().model, "--model", help="spaCy model package to load in each worker."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles without a date field."),
) -> None:
    """Extract quotes with Spark into Parquet, one row per quote (needs the spark extra and Java).

    Example: quotegraph spark articles.jsonl quotes.parquet --master local[4]; then quotegraph ingest quotes.parquet
    """
    from .spark_job import run_job

    if date is not None and parse_date(date) is None:
        _fail(f"--date {date!r} is not a date; use YYYY-MM-DD.")
    settings = Settings(model=model, indirect=indirect, object_contents=objects, min_confidence=min_confidence, date=date)
    summary = run_job(input_path, output_path, settings=settings, fmt=fmt, master=master, max_mb=max_mb, partitions=partitions, overwrite=overwrite)
    for article_id, message in summary.first_errors:
        typer.echo(f"Skipped {article_id}: {message}", err=True)
    if summary.errors > len(summary.first_errors):
        typer.echo(f"... and {summary.errors - len(summary.first_errors)} more articles with an error (column error)", err=True)
    typer.echo(f"{summary.articles - summary.errors} processed, {summary.errors} skipped, {summary.quotes} quotes written to {output_path}", err=True)
    if summary.errors:
        raise typer.Exit(1)


@app.command("search")
def search_cli(
    query: Optional[str] = typer.Argument(None, help="Words to find in the quotes (plain text, all required, any order)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name: a full name, a surname, or an organization."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet name."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Published on or after this date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Published on or before this date (YYYY-MM-DD)."),
    quote_type: Optional[str] = typer.Option(None, "--type", help="Quote type: direct, mixed or indirect."),
    db: str = typer.Option(Settings().db, "--db", envvar="QUOTEGRAPH_DB", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(SEARCH_FORMATS)}."),
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Quotes to show."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
) -> None:
    """Search stored quotes by words, speaker, outlet, date range and type; best match first.

    Example: quotegraph search "flu season" --speaker Natarajan --from 2026-03-01 --format jsonl
    """
    from .model import QUOTE_TYPES

    if fmt not in SEARCH_FORMATS:
        _fail(f"Unknown output format {fmt!r}; choose one of {', '.join(SEARCH_FORMATS)}.")
    if quote_type is not None and quote_type not in QUOTE_TYPES:
        _fail(f"Unknown quote type {quote_type!r}; choose one of {', '.join(QUOTE_TYPES)}.")
    for flag, value in (("--from", date_from), ("--to", date_to)):
        if value is not None and (parse_date(value) is None or len(value) != 10):
            _fail(f"{flag} {value!r} is not a date; use YYYY-MM-DD.")
    filters = dict(speaker=speaker, outlet=outlet, date_from=date_from, date_to=date_to, type=quote_type)
    with _open_store(db, readonly=True) as store:
        quotes = store.search(query, **filters, limit=limit, offset=offset)
        total = store.count(query, **filters)
    _print_quotes(quotes, fmt)
    typer.echo(f"{len(quotes)} of {total} quotes", err=True)


def _print_quotes(quotes: list, fmt: str) -> None:
    """Search results as a plain table, JSON lines, or CSV rows on standard output."""
    import csv
    import json

    if fmt == "jsonl":
        for quote in quotes:
            typer.echo(json.dumps(quote.to_dict(), ensure_ascii=False))
        return
    rows = [(quote.id, quote.article.published or "", quote.article.outlet or "", quote.speaker.name if quote.speaker else "",
             quote.speaker.kind if quote.speaker else "", quote.type, quote.text, quote.article.source_id, quote.cluster_id or "")
            for quote in quotes]
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(SEARCH_CSV_COLUMNS)
        writer.writerows(rows)
        return
    for quote_id, published, outlet, speaker, _kind, kind, text, _article, _cluster in rows:
        flat = " ".join(text.split())
        flat = flat if len(flat) <= 90 else flat[:89] + "…"
        typer.echo(f"{quote_id:>7}  {published:<10}  {outlet[:16]:<16}  {speaker[:24]:<24}  {kind:<8}  {flat}")


@app.command("export")
def export_cli(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, jsonl or parquet (parquet needs quotegraph[parquet])."),
    table: str = typer.Option("quotes", "--table", "-t", help="quotes, speakers or articles."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (required for parquet); default standard output."),
    db: str = typer.Option(Settings().db, "--db", envvar="QUOTEGRAPH_DB", help=DB_HELP),
) -> None:
    """Export the quotes, speakers or articles table as CSV, JSONL or Parquet.

    Example: quotegraph export --format parquet --table quotes -o quotes.parquet
    """
    from .exporting import EXPORT_FORMATS
    from .store import EXPORT_TABLES

    if fmt not in EXPORT_FORMATS:
        _fail(f"Unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}.")
    if table not in EXPORT_TABLES:
        _fail(f"Unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}.")
    if fmt == "parquet" and output is None:
        _fail("Parquet is binary: give a file with -o FILE.")
    with _open_store(db, readonly=True) as store:
        try:
            count = store.export(table, fmt, output)
        except QuotegraphError as error:
            _fail(str(error))
        except OSError as error:
            _fail(f"Cannot write {output}: {error.strerror or error}.")
    typer.echo(f"{count} {table} exported" + (f" to {output}" if output else ""), err=True)


@app.command("serve")
def serve_cli(
    db: str = typer.Option(Settings().db, "--db", envvar="QUOTEGRAPH_DB", help=DB_HELP + " Opened read-only."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free port; the address printed says which)."),
    get: Optional[str] = typer.Option(None, "--get", metavar="PATH", help="Print the response to one GET request (e.g. /api/stats) and exit, without a port."),
) -> None:
    """Serve the web UI and JSON API over a database (read-only): search, speakers, articles, outlets, quotes.

    API documentation at /docs. Example: quotegraph serve --db quotes.db --port 8000
    """
    from .web.app import create_app
    from .web.app import get as get_once

    try:
        web_app = create_app(db)
    except StoreError as error:
        _fail(str(error))
    if get is not None:
        status, _, body = get_once(web_app, get)
        web_app.state.stores.close()
        sys.stdout.buffer.write(body + (b"" if body.endswith(b"\n") else b"\n"))
        sys.stdout.flush()
        if status >= 400:
            typer.echo(f"Error: HTTP {status} for {get}.", err=True)
            raise typer.Exit(1)
        return
    _serve(web_app, host, port)


def _serve(web_app, host: str, port: int) -> None:
    """Listen on host:port (bound here, so a busy port is one Error line) and serve until Ctrl-C."""
    import uvicorn

    try:
        sock = listen_socket(host, port)
    except OSError as error:
        _fail(f"Cannot listen on {host}:{port}: {error.strerror or error}.")
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"Warning: listening on {host}, reachable from other machines; the UI has no login.", err=True)
    typer.echo(f"Serving http://{shown}:{bound}/ (Ctrl-C to stop)")
    sys.stdout.flush()
    # Over MAX_CONNECTIONS open connections, new requests get 503 instead of queueing without bound.
    config = uvicorn.Config(web_app, log_level="warning", access_log=False, server_header=False, limit_concurrency=MAX_CONNECTIONS)
    uvicorn.Server(config).run(sockets=[sock])


def listen_socket(host: str, port: int) -> "socket.socket":
    """A TCP socket bound to host:port (port 0: any free one), for uvicorn to serve on.

    Raises:
        OSError: the address is in use or cannot be bound.
    """
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on sockets that say TCP (else every
    # keep-alive response waits ~40 ms for the client's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        # Listening now, not when uvicorn starts: "Serving http://..." is printed before that, and a
        # client reading it must be queued, not refused (uvicorn listens again with its own backlog).
        sock.listen(LISTEN_BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _open_store(db: str, *, readonly: bool = False) -> "Store":
    """Open the database, turning a missing, corrupt or read-only file into one ``Error:`` line."""
    from .store import Store

    try:
        return Store(db, readonly=readonly)
    except StoreError as error:
        _fail(str(error))
        raise  # unreachable: _fail exits


@app.command("train")
def train_cli(
    corpus: Path = typer.Argument(..., help="PolNeAR folder (the one holding data/), e.g. ../shared/data/polnear."),
    model: str = typer.Option("cue", "--model", help="Which model: cue (speech cues in context) or boundary (where reported content ends)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the model JSON (default: the packaged file, src/quotegraph/data/<model>_model.json)."),
    seed: int = typer.Option(13, "--seed", help="Random seed (the shipped models use 13)."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Worker processes for parsing."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Folder to keep parsed Docs in between runs."),
) -> None:
    """Train a learned part on PolNeAR train, report it on dev, write the weights.

    The boundary model is trained on the contents the rules (with the packaged cue model) find,
    so retrain it after retraining the cue model.

    Example: quotegraph train ../shared/data/polnear --model boundary
    """
    from .training import train_boundary_model, train_cue_model

    if model not in ("cue", "boundary"):
        _fail(f"--model must be cue or boundary, not {model!r}")
    out = out or Path(f"src/quotegraph/data/{model}_model.json")
    train = train_cue_model if model == "cue" else train_boundary_model
    metrics = train(corpus, out, seed=seed, n_process=processes, cache=cache, log=lambda message: typer.echo(message, err=True))
    typer.echo(json.dumps(metrics, indent=2, default=str))


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


def _click_exception_types() -> tuple[type[Exception], ...]:
    """Click's usage-error base class: click's own, and the copy newer typer versions vendor."""
    import importlib

    types = []
    for module in ("click.exceptions", "typer._click.exceptions"):
        try:
            types.append(importlib.import_module(module).ClickException)
        except (ImportError, AttributeError):
            continue
    return tuple(types)


def main() -> None:
    """Entry point: run the app, turning library errors into one line and exit code 1."""
    try:
        code = app(standalone_mode=False)
    except QuotegraphError as error:
        typer.echo(f"Error: {error}", err=True)
        sys.exit(1)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("Error: interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as error:  # click usage errors
        if isinstance(error, _click_exception_types()):
            error.show()
            sys.exit(error.exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
