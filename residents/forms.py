"""The resident page's admin form."""

from django.utils.translation import gettext_lazy as _

from cms.forms import BasePageForm
from cms.tree import center_path

SPACE_OF_ANOTHER_CENTER = _("Choose one of this center's spaces.")


class ResidentPageForm(BasePageForm):
    """The page form, refusing a space of another center: a resident occupies a space
    of the center it belongs to."""

    def clean(self):
        data = super().clean()
        space = data.get("space")
        if space is None:
            return data
        page = self.instance if self.instance.path else getattr(self, "parent_page", None)
        if page is not None and page.path and center_path(space) != center_path(page):
            self.add_error("space", SPACE_OF_ANOTHER_CENTER)
        return data
