"""The command line: ``quotegraph extract`` and ``quotegraph eval``. Parses, calls the library, prints.

Every failure reaches the user as one ``Error: ...`` line and a non-zero exit code; a batch goes on
past a bad article and ends with ``N processed, M skipped`` on stderr.
"""

from __future__ import annotations

import collections
import logging
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer

from . import __version__
from .errors import QuotegraphError
from .model import Article, Result
from .pipeline import extract_batch, load_nlp, parse_date
from .reading import Failure, read_inputs
from .settings import Settings
from .writers import FORMATS, open_writer

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


@app.command("extract")
def extract_cli(
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl), or - for standard input."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Worker processes."),
    indirect: bool = typer.Option(True, "--indirect/--no-indirect", help="Report indirect speech too."),
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
    settings = Settings(model=model, indirect=indirect, min_confidence=min_confidence, date=date)
    load_nlp(settings.model)
    try:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        _fail(f"Cannot write {output}: {error.strerror or error}.")
    writer = open_writer(fmt, stream)
    counts = collections.Counter()
    show = sys.stderr.isatty() if progress is None else progress
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
    corpus: Path = typer.Argument(..., help="PolNeAR folder (the one holding data/), e.g. ../shared/data/polnear."),
    split: str = typer.Option("dev", "--split", help="Corpus split: train, dev or annotator-training."),
    errors: bool = typer.Option(False, "--errors", help="List missed, spurious and mis-attributed quotes, grouped by cause."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, help="Worker processes."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
    max_errors: int = typer.Option(10, "--max-errors", help="Examples shown per error cause."),
) -> None:
    """Score extraction against a brat-annotated corpus (PolNeAR) and print the figures.

    Example: quotegraph eval ../shared/data/polnear --split dev
    """
    import json

    from .evaluation import evaluate, merge_split_quotes

    settings = Settings()

    def extract_texts(texts: list[str]) -> list[list[dict]]:
        results = extract_batch(texts, settings=settings, n_process=processes)
        return [merge_split_quotes(result.quotes) for result in results]

    report = evaluate(corpus, split, extract_texts, limit=limit)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())
    if errors:
        typer.echo(report.format_errors(max_per_cause=max_errors))


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
