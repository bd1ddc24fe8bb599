"""Dates as Vietnamese readers expect them: "Thứ Ba, 12/04/2022"."""

from django.utils.translation import pgettext

def weekday_name(value):
    return (
        pgettext("weekday", "Monday"),
        pgettext("weekday", "Tuesday"),
        pgettext("weekday", "Wednesday"),
        pgettext("weekday", "Thursday"),
        pgettext("weekday", "Friday"),
        pgettext("weekday", "Saturday"),
        pgettext("weekday", "Sunday"),
    )[value.weekday()]


def long_date(value):
    """'Thứ Ba, 12/04/2022' for a date (or datetime) ``value``; '' for None."""
    if not value:
        return ""
    return f"{weekday_name(value)}, {value:%d/%m/%Y}"
