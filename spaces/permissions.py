"""Who may do what with inquiries: the rule of :mod:`roles.scope`, one policy.

A center's staff (its editors and administrators) see, answer and export their center's
inquiries; the Department every center's, and only it deletes one. Inquiries come from
visitors only: nobody adds one in the admin. No Django model permission is needed, so a
new center's staff see its inquiries at once.
"""

from roles.policies import CenterRecordPermissionPolicy

STAFF = {"view", "change", "export"}


def inquiry_policy(model):
    return CenterRecordPermissionPolicy(model, staff=STAFF, all_centers=STAFF | {"delete"})
