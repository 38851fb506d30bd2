"""The speaker page's chart: quotes over time as bar geometry for an inline SVG (no JavaScript).

Pure functions: month counts in, bars out. The template draws them; nothing here writes markup.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Bar", "BarChart", "bar_chart", "time_series"]

# Over 20 years of months the bars get thinner than a pixel at 640 wide: count by year instead.
MAX_MONTH_BARS = 240


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its box in SVG user units, the period it counts (``YYYY-MM`` or ``YYYY``) and the count."""

    x: float
    y: float
    width: float
    height: float
    period: str
    count: int


@dataclass(frozen=True, slots=True)
class BarChart:
    """A bar chart's size, bars and axis labels (first and last period, the largest count)."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    first: str
    last: str
    peak: int
    unit: str  # "month" or "year"


def time_series(months: dict[str, int]) -> tuple[list[tuple[str, int]], str]:
    """Counts per ``YYYY-MM`` as a gap-free series (months without quotes count 0), and its unit.

    Spans longer than MAX_MONTH_BARS months are counted by year. Keys that are not ``YYYY-MM``
    are ignored.
    """
    parsed = sorted((int(key[:4]), int(key[5:7]), count) for key, count in months.items() if _is_month(key))
    if not parsed:
        return [], "month"
    (first_year, first_month, _), (last_year, last_month, _) = parsed[0], parsed[-1]
    span = (last_year - first_year) * 12 + last_month - first_month + 1
    if span > MAX_MONTH_BARS:
        years: dict[int, int] = {}
        for year, _, count in parsed:
            years[year] = years.get(year, 0) + count
        return [(str(year), years.get(year, 0)) for year in range(first_year, last_year + 1)], "year"
    counts = {(year, month): count for year, month, count in parsed}
    series = []
    for index in range(span):
        year, month = first_year + (first_month - 1 + index) // 12, (first_month - 1 + index) % 12 + 1
        series.append((f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
    return series, "month"


def bar_chart(months: dict[str, int], *, width: int = 640, height: int = 160) -> BarChart | None:
    """Bars for quotes per month (or per year over long spans); None when there is no dated quote."""
    series, unit = time_series(months)
    if not series:
        return None
    peak = max(count for _, count in series) or 1
    slot = width / len(series)
    gap = min(2.0, slot * 0.2)
    bars = []
    for index, (period, count) in enumerate(series):
        bar_height = round(height * count / peak, 2)
        bars.append(Bar(round(index * slot + gap / 2, 2), round(height - bar_height, 2), round(slot - gap, 2), bar_height, period, count))
    return BarChart(width, height, tuple(bars), series[0][0], series[-1][0], peak, unit)


def _is_month(key: object) -> bool:
    """True for a ``YYYY-MM`` string with a month from 01 to 12."""
    return (isinstance(key, str) and len(key) == 7 and key[4] == "-" and key[:4].isdigit() and key[5:].isdigit()
            and 1 <= int(key[5:]) <= 12)
