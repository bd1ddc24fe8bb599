"""Response headers: Content-Security-Policy (django-csp) and Permissions-Policy.

The public site runs under CONTENT_SECURITY_POLICY as it is. The Wagtail admin
(and its previews, which are admin URLs) gets CONTENT_SECURITY_POLICY_ADMIN_EXTRA
added on top, for what Wagtail and wagtail-2fa still do inline.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

from csp.middleware import CSPMiddleware, PolicyParts


def is_admin_path(path):
    """Whether ``path`` is under the Wagtail admin."""
    return path.startswith(reverse("wagtailadmin_home"))


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_path(request.path_info):
            parts.update = {**settings.CONTENT_SECURITY_POLICY_ADMIN_EXTRA, **(parts.update or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def media_origins(media_url, bucket="", endpoint_url="", region=""):
    """The origins that serve uploaded images and videos when the site does not:
    MEDIA_URL's origin when it is absolute (a CDN or the bucket's own domain),
    else the S3 bucket's endpoint (path and virtual-host style); none for local media."""
    media = urlsplit(media_url)
    if media.scheme and media.netloc:
        return [f"{media.scheme}://{media.netloc}"]
    if not bucket:
        return []
    if endpoint_url:
        endpoint = urlsplit(endpoint_url)
        return [f"{endpoint.scheme}://{endpoint.netloc}", f"{endpoint.scheme}://{bucket}.{endpoint.netloc}"]
    hosts = [f"{bucket}.s3.amazonaws.com"] + ([f"{bucket}.s3.{region}.amazonaws.com"] if region else [])
    return [f"https://{host}" for host in hosts]
