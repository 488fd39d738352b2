"""Create the baseline's one page (idempotent): ``python -m bench.baseline.home.setup``."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.baseline.settings")


def main():
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from wagtail.models import Page, Site

    from bench.baseline.home.models import HomePage

    if HomePage.objects.exists():
        return
    root = Page.get_first_root_node()
    body = "".join(
        f"<p>Paragraph {i}: a plain Wagtail page with a few paragraphs of rich text.</p>"
        for i in range(5)
    )
    home = root.add_child(instance=HomePage(title="Baseline home", slug="baseline", body=body))
    Site.objects.all().delete()
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True)


if __name__ == "__main__":
    main()
