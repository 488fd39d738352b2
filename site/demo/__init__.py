"""Demo content for GOPS Wielgie, kept as data and loaded by ``manage.py load_demo_site``.

Each module holds one kind of content (pages, services, news, accounts...); ``builder``
writes it into Wagtail idempotently.
"""
