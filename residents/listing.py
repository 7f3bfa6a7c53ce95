"""One request to a residents page: its filters, messages and page of results."""

from urllib.parse import urlencode

from django.core.paginator import Paginator

from cms.listing import page_of
from cms.tree import center_path

from .filters import ResidentFilterSet

PER_PAGE = 24


class Directory:
    def __init__(self, request, queryset, locale, centers=None):
        self.request = request
        self.centers = list(centers) if centers is not None else None
        self.filterset = ResidentFilterSet(
            request.GET, queryset, locale=locale, centers=self.centers
        )
        self.form = self.filterset.form
        # An invalid value is left out of the form's cleaned data: the others still apply.
        self.queryset = self.filterset.qs.listing()
        self.values = self.filterset.valid_values()
        self.notes = []
        paginator = Paginator(self.queryset, PER_PAGE)
        self.page = page_of(paginator, request.GET.get("page"), self.notes)
        self.count = paginator.count
        if self.centers is not None:
            titles = {center.path: center.title for center in self.centers}
            for resident in self.page.object_list:
                resident.center_title = titles.get(center_path(resident), "")

    @property
    def messages(self):
        return [*self.filterset.messages(), *self.notes]

    @property
    def query_string(self):
        """The valid filters, for the pagination links."""
        return urlencode({name: self.form.data.get(name) for name in self.values})

    @property
    def chips(self):
        """A link removing each active filter."""
        chips = []
        for name in self.values:
            field = self.form.fields[name]
            raw = self.form.data.get(name)
            label = dict(field.choices).get(raw, raw)
            if name == "services":
                label = field.label
            rest = {other: self.form.data.get(other) for other in self.values if other != name}
            chips.append({"name": name, "label": label, "query": urlencode(rest)})
        return chips
