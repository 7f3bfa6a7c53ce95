from cms.submissions import RetryMailCommand
from spaces.tasks import MAILS


class Command(RetryMailCommand):
    help = "Send again the inquiry e-mails that failed and have attempts left (run from cron)."
    mails = MAILS
    counted = "inquiry e-mails"
