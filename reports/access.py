"""Who sees which centers' reports and attendance: the rule of :mod:`roles.scope`.

The names the report views use; none of them decides anything itself.
"""

from roles.scope import center_keys as center_keys_for
from roles.scope import sees_all_centers, visible_centers
from roles.scope import sees_some_center as is_reporter

__all__ = ["center_keys_for", "is_reporter", "sees_all_centers", "visible_centers"]
