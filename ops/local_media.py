"""Uploaded files served by the app itself, for `make run` and `make dev`
(SERVE_MEDIA_FILES). In production nginx serves MEDIA_ROOT (or the S3 bucket
does); this view follows the same rules as deploy/nginx/tamdai.conf:

- only regular files inside MEDIA_ROOT: no "..", no hidden names, no symbolic
  link that leads outside, no directory listing — anything else is the 404 page;
- never documents/: documents go through Wagtail's /documents/ view, which checks
  collection privacy;
- pictures, video and audio are shown inline with their type; anything else is
  a download (application/octet-stream), and every file is sandboxed by its own
  Content-Security-Policy, so nothing uploaded can run as part of the site.
"""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

# The types nginx's /media/ location serves inline; everything else is a download.
INLINE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".heic": "image/heic",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".webm": "video/webm",
    ".ogv": "video/ogg",
    ".mov": "video/quicktime",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
}
# Folders of MEDIA_ROOT never served here (documents: privacy is checked by their view).
PRIVATE_FOLDERS = {"documents"}
FILE_POLICY = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"
MAX_AGE = 24 * 60 * 60


def media_file(path):
    """The file of MEDIA_ROOT that URL path ``path`` (already percent-decoded)
    names, or None when it must not be served."""
    names = path.split("/")
    if not path or any(not name or name.startswith(".") for name in names):
        return None  # empty segments, ".", "..", hidden files
    if names[0] in PRIVATE_FOLDERS:
        return None
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        target = root.joinpath(*names).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # missing, a link loop, a NUL byte
        return None
    if not target.is_relative_to(root) or not target.is_file():
        return None
    inside = target.relative_to(root).parts
    if inside[0] in PRIVATE_FOLDERS or any(name.startswith(".") for name in inside):
        return None  # a link that leads into documents/ or to a hidden file
    return target


@require_safe
def serve(request, path):
    target = media_file(path)
    if target is None:
        raise Http404(path)
    modified = target.stat().st_mtime
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        return HttpResponseNotModified()
    content_type = INLINE_TYPES.get(target.suffix.lower())
    response = FileResponse(
        target.open("rb"),
        content_type=content_type or "application/octet-stream",
        as_attachment=content_type is None,
        filename=target.name,
    )
    response.headers["Last-Modified"] = http_date(modified)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response.headers["Content-Security-Policy"] = FILE_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
