"""What the modules above the spaces models add to the spaces pages, registered in
``SpacesConfig.ready()``.

A space and a center's spaces page each carry an inquiry desk: the page with its form,
``inquiry/`` and ``inquiry/sent/``. The desk stores inquiries and hands their mail to a
task (:mod:`spaces.inquiry_views`, over :class:`spaces.models.Inquiry`), so the pages do
not import it: :mod:`spaces.space_inquiry` registers its routes here, as
:mod:`spaces.center_inquiry` registers a center's in :mod:`network.extensions`.
"""

# URL patterns (``django.urls.path``) answered under a space's page and under a center's
# spaces page; the view is called as a method of the page: ``view(page, request, ...)``.
space_routes = []
space_index_routes = []


def register_space_route(route):
    if route not in space_routes:
        space_routes.append(route)


def register_space_index_route(route):
    if route not in space_index_routes:
        space_index_routes.append(route)
