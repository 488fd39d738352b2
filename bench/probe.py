"""Print the public URLs to load, as JSON: home, one service page, the news list."""

from __future__ import annotations

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.gops_settings")


def first_url(models) -> str | None:
    for model in models:
        page = model.objects.live().public().order_by("path").first()
        if page is not None:
            return page.get_url(None)
    return None


def main():
    django.setup()
    from wagtail.models import Site, get_page_models

    ours = [m for m in get_page_models() if m._meta.app_label == "pages"]
    site = Site.objects.filter(is_default_site=True).first()
    urls = {"home": "/" if site else None}
    urls["service"] = first_url(
        [m for m in ours if "Service" in m.__name__ and "Index" not in m.__name__]
    )
    urls["news_list"] = first_url(
        [
            m
            for m in ours
            if "News" in m.__name__ and ("Index" in m.__name__ or "List" in m.__name__)
        ]
    )
    print(json.dumps(urls))


if __name__ == "__main__":
    main()
