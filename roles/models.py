"""The network-wide roles as Django permissions, granted to groups (never keyed on a name).

The groups that hold them are named in Vietnamese for the people who see them ("Sở Văn hóa
và Thể thao", "Biên dịch viên") and may be renamed freely: code asks ``user.has_perm``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NetworkRole(models.Model):
    """No table: only the holder of the network-wide permissions."""

    class Meta:
        managed = False
        default_permissions = ()
        verbose_name = _("network role")
        verbose_name_plural = _("network roles")
        permissions = [
            ("see_all_centers", _("See and keep the records of every center")),
            ("translate_all_centers", _("Translate every center's pages and the shared lists")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
