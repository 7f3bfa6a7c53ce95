"""Public URLs of the register, inside ``i18n_patterns``: ``/<lang>/feedback/<center>/``."""

from django.urls import path

from . import views

app_name = "department"

urlpatterns = [
    path("<str:center_slug>/", views.feedback, name="feedback"),
    path("<str:center_slug>/sent/", views.feedback_sent, name="feedback_sent"),
]
