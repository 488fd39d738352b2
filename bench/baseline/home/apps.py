from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "bench.baseline.home"
    label = "bench_home"
    default_auto_field = "django.db.models.BigAutoField"
