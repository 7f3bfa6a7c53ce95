"""Admin listing columns that show numbers as people read them (see cms.formats)."""

from wagtail.admin.ui.tables import Column

from cms import formats


class NumberColumn(Column):
    """Counts in the user's language ('1.200' / '1,200'), and "—" for none.

    Wagtail's own NumberColumn prints an empty value as "None".
    """

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = formats.readable(context["raw_value"])
        return context
