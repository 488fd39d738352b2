from django.core.management.base import BaseCommand

from gops.workflows.notifications import send_deadline_reminders


class Command(BaseCommand):
    help = "E-mail staff about open tasks due within 2 working days (run once a day)."

    def add_arguments(self, parser):
        parser.add_argument("--within", type=int, default=2, help="working days ahead")

    def handle(self, *args, within=2, **options):
        sent = send_deadline_reminders(within=within)
        self.stdout.write(f"Wysłano przypomnień: {sent}")
