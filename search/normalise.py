"""What residents type into the search box, cleaned, and the excerpts they get back.

Folding ("trẻ em" -> "tre em") is ``portal.text.fold``, shared with what the
search index stores. ``fold`` keeps positions (one character out per
character in), which lets ``highlight`` mark matches in the original text.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.text import fold

MAX_QUERY_LENGTH = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def clean_query(raw):
    """The query as residents meant it: NFC, no control characters, no search
    syntax (quotes, *, parentheses, operators), single spaces, at most
    ``MAX_QUERY_LENGTH`` characters. Returns ``(query, was_cut)``."""
    text = unicodedata.normalize("NFC", raw or "")
    text = _CONTROL.sub(" ", text)
    text = _NOT_WORD.sub(" ", text).replace("_", " ")
    words = text.split()
    query = " ".join(words)
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH], True
    return query, False


def query_terms(query):
    """Folded words of a cleaned query, without operators the backends would read."""
    return [word for word in fold(query).split() if word not in {"and", "or", "not", "near"}]


def highlight(text, query, width=240):
    """An excerpt of ``text`` around the first match of the query's words, with
    every match wrapped in <mark>; HTML-escaped, safe to output."""
    text = unicodedata.normalize("NFC", text or "")
    terms = query_terms(query)
    if not text:
        return ""
    folded = fold(text)
    spans = []
    for term in terms:
        for match in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    start = 0
    if spans:
        start = max(0, spans[0][0] - width // 3)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_start >= end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces).strip() + suffix)
