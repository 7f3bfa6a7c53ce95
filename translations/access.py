"""Who sees which part of the translation dashboard: the rule of :mod:`roles.scope`.

The Department and the translators see every center and the network pages; a center's
staff (its editors and administrators) see their own center's pages only.
"""

from roles.scope import sees_all_centers, translates_all_centers
from roles.scope import translation_keys as _translation_keys


def sees_everything(user):
    return sees_all_centers(user) or translates_all_centers(user)


def visible_center_keys(user):
    """Translation keys (as strings) of the centers ``user`` may see, or None for all."""
    keys = _translation_keys(user)
    return None if keys is None else {str(key) for key in keys}


def can_use_dashboard(user):
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return False
    keys = visible_center_keys(user)
    return keys is None or bool(keys)
