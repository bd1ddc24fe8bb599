"""Upload limits: file types and sizes for documents, videos and their thumbnails.

Types: documents are limited by WAGTAILDOCS_EXTENSIONS (no SVG, HTML, XML or
scripts), images by WAGTAILIMAGES_EXTENSIONS (no SVG), videos by wagtailmedia's
lists; Wagtail and wagtailmedia refuse other types in their models' ``clean()``
with Django's FileExtensionValidator message, which Django's Vietnamese catalogue
lacks: ours translates it (EXTENSION_NOT_ALLOWED below is there for makemessages).

Sizes: images by WAGTAILIMAGES_MAX_UPLOAD_SIZE, documents by
WAGTAILDOCS_MAX_UPLOAD_SIZE (Wagtail's own checks), videos and their thumbnails by
MediaForm below; whole request bodies by RequestBodyLimitMiddleware.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtailmedia.forms import BaseMediaForm

EXTENSION_NOT_ALLOWED = gettext_noop(
    "File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s."
)


def check_file_size(file, max_size):
    """Refuse ``file`` when it is larger than ``max_size`` bytes (None: no limit)."""
    if file is None or max_size is None or not hasattr(file, "size") or file.size <= max_size:
        return
    raise ValidationError(
        _("This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s.")
        % {"file_size": filesizeformat(file.size), "max_filesize": filesizeformat(max_size)},
        code="file_too_large",
    )


class MediaForm(BaseMediaForm):
    """wagtailmedia's form (WAGTAILMEDIA["MEDIA_FORM_BASE"]) with size limits:
    MEDIA_MAX_UPLOAD_SIZE for the video or audio file, WAGTAILIMAGES_MAX_UPLOAD_SIZE
    for its thumbnail."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        check_file_size(file, settings.MEDIA_MAX_UPLOAD_SIZE)
        return file

    def clean_thumbnail(self):
        thumbnail = self.cleaned_data.get("thumbnail")
        check_file_size(thumbnail, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
        return thumbnail


class RequestBodyLimitMiddleware:
    """Answer 413 to a request whose body is larger than REQUEST_BODY_MAX_SIZE, before
    anything reads it: Django streams uploaded files to disk without a limit, and the
    form checks above only run once the whole file has arrived."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_BODY_MAX_SIZE:
            message = _("The upload is too large (more than %(max_size)s).") % {
                "max_size": filesizeformat(settings.REQUEST_BODY_MAX_SIZE)
            }
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
