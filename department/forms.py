"""Admin forms of the register: a center's staff can only choose their own center and spaces."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.tree import Subtrees
from network.models import CenterPage
from roles.scope import visible_centers
from spaces.models import SpacePage


def centers_for(user):
    """The Vietnamese centers ``user`` keeps the register of (none without a user)."""
    if user is None:
        return CenterPage.objects.none()
    return visible_centers(user).order_by("title")


def spaces_for(centers):
    spaces = SpacePage.objects.none()
    for center in centers:  # a handful of centers per user; each a tree query
        spaces |= SpacePage.objects.descendant_of(center)
    return spaces.order_by("path")


class SpaceChoiceField(forms.ModelChoiceField):
    """Spaces labelled "Center · Space", the center found by tree path, not one query each."""

    def __init__(self, *args, centers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.center_titles = Subtrees({center.path: center.title for center in centers})

    def label_from_instance(self, obj):
        title = self.center_titles.holding(obj)
        return f"{title} · {obj.title}" if title else obj.title


class CenterRecordForm(WagtailAdminModelForm):
    """Center and space as plain choices limited to what the user may keep."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        centers = centers_for(self.for_user)
        if "center" in self.fields:
            self.fields["center"] = forms.ModelChoiceField(
                queryset=centers,
                label=_("Center"),
                help_text=_("The Vietnamese version of the center."),
                initial=centers.first() if len(centers) == 1 else None,
            )
        if "space" in self.fields:
            self.fields["space"] = SpaceChoiceField(
                queryset=spaces_for(centers),
                centers=centers,
                label=_("Space"),
                required=False,
                help_text=_("Leave empty when the entry concerns the whole center."),
            )


class ComplaintForm(WagtailAdminModelForm):
    """Staff move a complaint on; the form remembers who did it."""

    def save(self, commit=True):
        self.instance.record_handling(self.for_user)
        return super().save(commit=commit)
