"""Vietnamese date formats: day first, as Vietnamese readers write them.

Django's own `vi` locale defines output formats but no input formats, so a
typed "12/04/2022" would fall back to month-first parsing (4 December).
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 12/04/2022
    "%d/%m/%y",  # 12/04/22
    "%d-%m-%Y",  # 12-04-2022
    "%Y-%m-%d",  # 2022-04-12 (ISO, used by <input type="date"> and fixtures)
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
