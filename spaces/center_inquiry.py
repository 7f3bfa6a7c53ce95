"""A center's own inquiry desk: ``/<lang>/<center>/inquiry/`` and its confirmation.

Mixed into :class:`network.models.CenterPage`: the center's page links to
``inquiry/``, which shows the same page with the form (about the center in general, or
one of its spaces). The center's page itself carries no form, so it stays in the page
cache (a form needs a per-visitor CSRF token). Everything else is the same
pipeline as a space's form (:mod:`spaces.inquiry_views`): validated, rate limited,
stored first, then mailed to the center's contacts by a background task.
This module imports nothing from ``spaces.models`` at load time, so ``network.models``
can use it without a circular import.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from ops.pagecache import reads


class CenterInquiryMixin(RoutablePageMixin):
    @path("inquiry/")
    def inquiry(self, request):
        from spaces.inquiry_views import handle_inquiry, inquiry_form_for

        if request.method in ("GET", "HEAD"):
            return self.render(request, context_overrides={"form": inquiry_form_for(self)})
        return handle_inquiry(request, self, center=self, space=None)

    @path("inquiry/sent/")
    @reads("ref")
    def inquiry_sent(self, request):
        from spaces.inquiry_views import confirmation

        return confirmation(request, self, center=self)
