"""The inquiry desk of a space (``/<lang>/<center>/spaces/<space>/``) and of a center's
spaces page (``/<lang>/<center>/spaces/``): the page with the form, ``inquiry/`` and
``inquiry/sent/``.

Routes of :class:`spaces.models.SpacePage` and :class:`spaces.models.SpaceIndexPage`,
registered on them in ``SpacesConfig.ready()`` (``spaces.extensions``); each view is
called as a method of the page. The pipeline is the one every inquiry goes through
(:mod:`spaces.inquiry_views`).
"""

from django.urls import path

from ops.pagecache import reads

from .inquiry_views import confirmation, handle_inquiry, inquiry_form_for


def index(page, request):
    return page.render(request, context_overrides={"form": inquiry_form_for(page)})


def space_inquiry(space, request):
    return handle_inquiry(request, space, center=space.center, space=space)


def space_index_inquiry(space_index, request):
    return handle_inquiry(request, space_index, center=space_index.center, space=None)


@reads("ref")
def inquiry_sent(page, request):
    return confirmation(request, page, center=page.center)


SPACE_ROUTES = [
    path("", index, name="index"),
    path("inquiry/", space_inquiry, name="inquiry"),
    path("inquiry/sent/", inquiry_sent, name="inquiry_sent"),
]
SPACE_INDEX_ROUTES = [
    path("", index, name="index"),
    path("inquiry/", space_index_inquiry, name="inquiry"),
    path("inquiry/sent/", inquiry_sent, name="inquiry_sent"),
]
