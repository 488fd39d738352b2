"""Delete expired application drafts and orphaned pending uploads (cron or Celery beat)."""

from django.core.management.base import BaseCommand

from gops.forms.drafts import purge_abandoned


class Command(BaseCommand):
    help = "Usuwa wygasłe wersje robocze wniosków i porzucone, niewysłane załączniki."

    def handle(self, *args, **options):
        drafts, files = purge_abandoned()
        self.stdout.write(f"Usunięto wersji roboczych: {drafts}; porzuconych plików: {files}")
