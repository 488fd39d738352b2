"""Writes demo content into Wagtail idempotently.

A page is found by its slug under its parent. It is created when missing; when it exists,
its live content is compared with the demo data and a new revision is published only when
something differs. Running the loader twice therefore creates no pages and no revisions.

Demo data refers to other demo pages by key (``"page:kontakt"``): in link blocks, in menu
entries and in rich text (``<a href="page:kontakt">``). Keys are resolved here, after the
pages exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

PAGE_REF = "page:"
_RICH_LINK = re.compile(r'<a href="page:([\w-]+)">')


class DemoDataError(Exception):
    """The database holds something the demo cannot safely overwrite."""


@dataclass
class Stats:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


def strip_ids(data):
    """Raw stream data without block ids, for comparing content rather than identity."""
    if isinstance(data, dict):
        if set(data) <= {"type", "value", "id"} and data.get("type") == "item":
            return strip_ids(data["value"])  # a ListBlock child in the current raw format
        return {k: strip_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [strip_ids(v) for v in data]
    return data


class PageBuilder:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.stats = Stats()
        self._created_now: set[int] = set()

    # --- references between demo pages -------------------------------------------------
    def page_id(self, key: str) -> int:
        try:
            return self.pages[key].pk
        except KeyError:
            raise DemoDataError(f"Demo page {key!r} is referenced before it exists") from None

    def resolve(self, value):
        """Replace ``page:<key>`` references with page ids (links) or Wagtail link markup."""
        if isinstance(value, dict):
            return {k: self.resolve(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, str):
            if value.startswith(PAGE_REF) and " " not in value:
                return self.page_id(value[len(PAGE_REF) :])
            if 'href="page:' in value:
                return _RICH_LINK.sub(
                    lambda m: f'<a linktype="page" id="{self.page_id(m.group(1))}">', value
                )
        return value

    # --- field comparison ---------------------------------------------------------------
    @staticmethod
    def _differs(page: Page, name: str, value) -> bool:
        model_field = page._meta.get_field(name)
        if isinstance(model_field, StreamField):
            current = strip_ids(getattr(page, name).get_prep_value())
            wanted = strip_ids(model_field.to_python(value).get_prep_value())
            return current != wanted
        if isinstance(model_field, models.ForeignKey):
            wanted_id = value.pk if isinstance(value, models.Model) else value
            return getattr(page, model_field.attname) != wanted_id
        current = getattr(page, name)
        if isinstance(model_field, RichTextField | models.TextField | models.CharField):
            return (current or "") != (value or "")
        return current != value

    @staticmethod
    def _relation_rows(page: Page, relation: str, keys) -> list[tuple]:
        rows = []
        for obj in getattr(page, relation).all():
            rows.append(tuple(getattr(obj, k) for k in keys))
        return rows

    # --- the one write path -------------------------------------------------------------
    def upsert(
        self,
        key: str,
        parent: Page,
        model: type[Page],
        data: dict,
        relations: dict[str, list[dict]] | None = None,
    ) -> Page:
        """Create or update the page ``data["slug"]`` under ``parent``; return it (specific).

        ``relations`` maps a child relation (orderable inline) to rows of field values;
        foreign keys in rows are given as ``<name>_id``.
        """
        data = self.resolve(dict(data))
        relations = self.resolve(relations or {})
        slug = data["slug"]
        existing = parent.get_children().filter(slug=slug).first()
        if existing is None:
            page = model(**{k: v for k, v in data.items()})
            page.live = False
            for relation, rows in relations.items():
                self._set_relation(page, relation, rows)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.stats.created.append(page.url_path)
            self._created_now.add(page.pk)
        else:
            page = existing.specific
            if not isinstance(page, model):
                raise DemoDataError(
                    f"{existing.url_path} is a {type(page).__name__}, expected {model.__name__}"
                )
            changed = [name for name, value in data.items() if self._differs(page, name, value)]
            for relation, rows in relations.items():
                keys = sorted({k for row in rows for k in row})
                current = self._relation_rows(page, relation, keys)
                if current != [tuple(row.get(k) for k in keys) for row in rows]:
                    changed.append(relation)
            if changed or not page.live:
                for name, value in data.items():
                    setattr(page, name, value)
                for relation, rows in relations.items():
                    self._set_relation(page, relation, rows)
                page.save_revision().publish()
                if page.pk not in self._created_now:  # links filled in after creation
                    self.stats.updated.append(f"{page.url_path} ({', '.join(changed) or 'live'})")
            else:
                self.stats.unchanged += 1
        self.pages[key] = page
        return page

    def ensure(self, key: str, parent: Page, model: type[Page], data: dict) -> Page:
        """Create the page from ``data`` if missing; leave an existing page alone.

        For pages that must exist before their final content can be written (because that
        content links to pages created later); :meth:`upsert` writes the final content.
        """
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing is None:
            return self.upsert(key, parent, model, data)
        self.pages[key] = existing.specific
        return self.pages[key]

    @staticmethod
    def _set_relation(page: Page, relation: str, rows: list[dict]) -> None:
        manager = getattr(page, relation)
        related_model = manager.model
        # modelcluster keeps the list order only if sort_order says so.
        ordered = any(f.name == "sort_order" for f in related_model._meta.fields)
        manager.set(
            [
                related_model(**row, **({"sort_order": i} if ordered else {}))
                for i, row in enumerate(rows)
            ]
        )
