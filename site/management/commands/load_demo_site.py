"""Build the GOPS Wielgie demo site: pages, settings, moderation, groups and accounts.

Idempotent: a second run finds every page by its slug under its parent and publishes a new
revision only where the demo content differs, so nothing is duplicated or re-published.
"""

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from gops.site.demo.accounts import accounts_table, setup_accounts, setup_groups
from gops.site.demo.builder import DemoDataError, PageBuilder
from gops.site.demo.moderation import setup_moderation
from gops.site.demo.site import build_site


class Command(BaseCommand):
    help = "Buduje demonstracyjną stronę GOPS Wielgie wraz z kontami demo (można uruchamiać wielokrotnie)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-applications",
            action="store_true",
            help="Nie twórz przykładowych wniosków (seed_applications).",
        )

    def handle(self, *args, **options):
        builder = PageBuilder()
        try:
            with transaction.atomic():
                build_site(builder)
                home = builder.pages["home"]
                groups = setup_groups(home)
                setup_moderation(home, groups["Kierownik"])
                accounts = setup_accounts(groups)
        except DemoDataError as exc:
            raise CommandError(str(exc)) from exc
        self._clear_site_cache()

        stats = builder.stats
        self.stdout.write(
            f"Strony: utworzono {len(stats.created)}, zaktualizowano {len(stats.updated)}, "
            f"bez zmian {stats.unchanged}."
        )
        for line in stats.updated:
            self.stdout.write(f"  zaktualizowano {line}")

        if not options["no_applications"]:
            self._seed_applications()

        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Konta demonstracyjne (panel: /admin/):"))
        self.stdout.write(accounts_table(accounts))

    def _seed_applications(self):
        """Sample applications come from the workflows app, once, when it provides them."""
        if "seed_applications" not in get_commands():
            return
        from gops.forms.models import Application

        if Application.objects.exists():
            return
        call_command("seed_applications", stdout=self.stdout, stderr=self.stderr)

    @staticmethod
    def _clear_site_cache():
        # Menus and institution data are cached per site; settings were saved directly.
        try:
            from gops.pages import site_data
        except ImportError:  # pragma: no cover - the public site app is optional
            return
        site_data.clear()
