from django.urls import path

from .views import actions, dashboard

app_name = "translations"

urlpatterns = [
    path("", dashboard.DashboardView.as_view(), name="dashboard"),
    path("changes/<int:source_id>/", actions.ChangesView.as_view(), name="changes"),
    path("sync-center/", actions.sync_center, name="sync_center"),
    path("po/export/", actions.export_center, name="po_export_center"),
    path("po/import/", actions.ImportView.as_view(), name="po_import"),
    path("po/import/<int:translation_id>/", actions.ImportView.as_view(), name="po_import_one"),
]
