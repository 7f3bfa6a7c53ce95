"""What ``manage.py delete_old_inquiries`` deletes besides inquiries: the submissions of
apps above this one (an open call's applications), each registered in its app's
``AppConfig.ready()`` with the queryset of its expired rows and the setting of its period.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str  # as the command's report names them
    expired: object  # () -> the queryset of rows past their retention period
    days_setting: str


kinds = []


def register(name, expired, days_setting):
    if all(kind.name != name for kind in kinds):
        kinds.append(Kind(name, expired, days_setting))
