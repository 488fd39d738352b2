from django.apps import AppConfig


class SiteConfig(AppConfig):
    """Project glue: settings, URLs and the demo-data commands."""

    name = "gops.site"
    label = "gops_site"
    verbose_name = "GOPS Portal"
