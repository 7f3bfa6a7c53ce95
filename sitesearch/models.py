"""Searches that found nothing, by day, beside Wagtail's own query log."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class SearchMiss(models.Model):
    """How many times on one day a search term found no page (for the department's report)."""

    query = models.ForeignKey(
        Query, verbose_name=_("search term"), on_delete=models.CASCADE, related_name="misses"
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="sitesearch_miss_query_date")
        ]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.hits}"
