"""A center's own inquiry desk: ``/<lang>/<center>/inquiry/`` and its confirmation.

Routes of :class:`network.models.CenterPage`: the center's page links to
``inquiry/``, which shows the same page with the form (about the center in general, or
one of its spaces). The center's page itself carries no form, so it stays in the page
cache (a form needs a per-visitor CSRF token). Everything else is the same
pipeline as a space's form (:mod:`spaces.inquiry_views`): validated, rate limited,
stored first, then mailed to the center's contacts by a background task.
The routes are registered on the center's page in ``SpacesConfig.ready()``
(``network.extensions``); each view is called as a method of the page.
"""

from django.urls import path

from ops.pagecache import reads

from .inquiry_views import confirmation, handle_inquiry, inquiry_form_for


def inquiry(center, request):
    if request.method in ("GET", "HEAD"):
        return center.render(request, context_overrides={"form": inquiry_form_for(center)})
    return handle_inquiry(request, center, center=center, space=None)


@reads("ref")
def inquiry_sent(center, request):
    return confirmation(request, center, center=center)


ROUTES = [
    path("inquiry/", inquiry, name="inquiry"),
    path("inquiry/sent/", inquiry_sent, name="inquiry_sent"),
]
