"""Who may do what with attendance, reporting periods and sign-offs.

One policy (:class:`roles.policies.CenterRecordPermissionPolicy`), one rule: a center's
staff (its editors and administrators) record their own center's attendance and sign
off its periods; the Department sees every center and opens, locks and unlocks periods.
A sign-off is final: nobody edits one, and only the Department removes one (to reopen
the period).
"""

from roles.policies import ACTIONS, CenterRecordPermissionPolicy


def attendance_policy(model):
    return CenterRecordPermissionPolicy(model, staff=ACTIONS, all_centers=ACTIONS)


def reporting_period_policy(model):
    return CenterRecordPermissionPolicy(model, all_centers=ACTIONS, center_field=None)


def sign_off_policy(model):
    return CenterRecordPermissionPolicy(
        model,
        staff={"add", "view", "export"},
        all_centers={"add", "view", "export", "delete"},
    )
