from django.urls import path

from . import views

app_name = "sitesearch"
urlpatterns = [
    path("", views.search, name="search"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
]
