"""Who may do what in the register: the Department everything, a center's staff their own.

One policy (:class:`roles.policies.CenterRecordPermissionPolicy`), one rule: a center's
staff are its editors and administrators, so a new center's staff reach its register at
once, without any Django model permission. Only the Department deletes: a register the
inspected party can erase is no register. Complaints arrive from visitors only, so
nobody adds one in the admin.
"""

from roles.policies import CenterRecordPermissionPolicy

STAFF = {"add", "change", "view", "export"}


def register_policy(model):
    """Certificates and safety records: kept by the center, overseen by the Department."""
    return CenterRecordPermissionPolicy(model, staff=STAFF, all_centers=STAFF | {"delete"})


def complaint_policy(model):
    staff = STAFF - {"add"}
    return CenterRecordPermissionPolicy(model, staff=staff, all_centers=staff | {"delete"})
