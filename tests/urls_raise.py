"""The project's URLs plus one view that fails, to test the 500 page."""

from django.urls import include, path


def broken_view(request):
    raise RuntimeError("Lỗi thử nghiệm")


urlpatterns = [
    path("loi-thu/", broken_view),
    path("", include("tamdai_site.urls")),
]
