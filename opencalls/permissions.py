"""Who may do what with applications: the rule of :mod:`roles.scope`, one policy.

A center's staff (its editors and administrators) see, review and export the applications
to their center's calls; the Department every application, the network's calls' too, and
only it deletes one. Applications come from applicants only: nobody adds one in the admin.
"""

from roles.policies import CenterRecordPermissionPolicy

STAFF = {"view", "change", "export"}


def application_policy(model):
    return CenterRecordPermissionPolicy(model, staff=STAFF, all_centers=STAFF | {"delete"})
