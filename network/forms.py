"""The center's page form in the admin."""

from django.utils.translation import gettext_lazy as _

from cms.forms import BasePageForm


class CenterPageForm(BasePageForm):
    """A center's form: the ward or commune must be chosen.

    Not required on the model: centers moved from the former districts keep an empty
    ward until someone chooses it, and their page says so here the next time it is edited.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ward = self.fields.get("ward")
        if ward is not None:
            ward.required = True
            ward.error_messages["required"] = _(
                "Choose the ward or commune: Hanoi has had no districts since 1 July 2025."
            )
