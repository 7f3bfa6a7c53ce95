"""Small bar charts drawn on the server as inline SVG, with their numbers for screen readers."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from cms.formats import number, percent

WIDTH = 220
HEIGHT = 96
TOP = 16  # room for the value above the tallest bar
BOTTOM = 18  # room for the labels under the bars


def _number(value, unit=""):
    if value is None:
        return "—"
    if unit == "%":
        return percent(value)
    return f"{number(value)}{unit}"


def bar_chart(title, points, unit=""):
    """An SVG bar chart of ``points`` ([(label, value or None), ...]).

    The SVG is an image whose accessible name lists every label and value, so the
    numbers are there for whoever cannot see the bars.
    """
    values = [value or 0 for _label, value in points]
    highest = max(values) if values and max(values) > 0 else 1
    slot = WIDTH / max(len(points), 1)
    bar_width = slot * 0.6
    usable = HEIGHT - TOP - BOTTOM
    bars = []
    for index, (label, value) in enumerate(points):
        height = round(usable * (value or 0) / highest, 1)
        x = round(index * slot + (slot - bar_width) / 2, 1)
        y = round(TOP + usable - height, 1)
        middle = round(index * slot + slot / 2, 1)
        bars.append(
            format_html(
                '<rect class="reports-chart__bar" x="{}" y="{}" width="{}" height="{}"'
                ' data-value="{}"></rect>'
                '<text x="{}" y="{}" text-anchor="middle" class="reports-chart__value">{}</text>'
                '<text x="{}" y="{}" text-anchor="middle" class="reports-chart__label">{}</text>',
                x,
                y,
                round(bar_width, 1),
                height,
                "" if value is None else value,
                middle,
                max(y - 4, 10),
                _number(value, unit),
                middle,
                HEIGHT - 4,
                label,
            )
        )
    description = "; ".join(f"{label}: {_number(value, unit)}" for label, value in points)
    return format_html(
        '<svg class="reports-chart" viewBox="0 0 {} {}" width="{}" height="{}" role="img"'
        ' aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        WIDTH,
        HEIGHT,
        WIDTH,
        HEIGHT,
        f"{title}: {description}",
        f"{title}: {description}",
        mark_safe("".join(bars)),  # noqa: S308 (each bar built with format_html above)
    )


def data_table(caption, quarters, rows):
    """The same numbers as a table (``rows``: [(label, unit, [values])])."""
    head = format_html_join("", "<th scope='col'>{}</th>", ((q,) for q in quarters))
    body = format_html_join(
        "",
        "<tr><th scope='row'>{}</th>{}</tr>",
        (
            (
                label,
                format_html_join("", "<td>{}</td>", ((_number(v, unit),) for v in values)),
            )
            for label, unit, values in rows
        ),
    )
    return format_html(
        "<table class='reports-table'><caption>{}</caption><thead><tr><td></td>{}</tr></thead>"
        "<tbody>{}</tbody></table>",
        caption,
        head,
        body,
    )
