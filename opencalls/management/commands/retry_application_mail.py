from cms.submissions import RetryMailCommand
from opencalls.tasks import ACKNOWLEDGEMENT, DECISION


class Command(RetryMailCommand):
    help = "Queue again the applicants' e-mails that failed and have attempts left."
    mails = (ACKNOWLEDGEMENT, DECISION)
    counted = "application e-mails"
