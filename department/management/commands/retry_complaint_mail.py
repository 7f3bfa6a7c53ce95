from cms.submissions import RetryMailCommand
from department.tasks import MAILS


class Command(RetryMailCommand):
    help = "Send again the complaint notifications that failed and have attempts left (cron)."
    mails = MAILS
    counted = "complaint e-mails"
