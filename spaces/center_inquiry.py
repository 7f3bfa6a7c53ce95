"""A center's own inquiry desk: ``/<lang>/<center>/inquiry/`` and its confirmation.

Mixed into :class:`network.models.CenterPage` so the center's page carries the form
(about the center in general, or one of its spaces). Everything else is the same
pipeline as a space's form (:mod:`spaces.inquiry_views`): validated, rate limited,
stored first, then mailed to the center's contacts by a background task.
This module imports nothing from ``spaces.models`` at load time, so ``network.models``
can use it without a circular import.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class CenterInquiryMixin(RoutablePageMixin):
    @path("")
    def index(self, request):
        from spaces.inquiry_views import inquiry_form_for

        return self.render(request, context_overrides={"form": inquiry_form_for(self)})

    @path("inquiry/")
    def inquiry(self, request):
        from spaces.inquiry_views import handle_inquiry

        return handle_inquiry(request, self, center=self, space=None)

    @path("inquiry/sent/")
    def inquiry_sent(self, request):
        from spaces.inquiry_views import confirmation

        return confirmation(request, self, center=self)
