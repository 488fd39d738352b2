"""Small constructors for StreamField content, so the data modules read like text.

They return Wagtail's raw stream format (``{"type": ..., "value": ...}``) without block ids;
the builder adds ids only when it writes a new revision.
"""


def heading(text: str) -> dict:
    return {"type": "heading", "value": text}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def notice(kind: str, html: str) -> dict:
    return {"type": "notice", "value": {"kind": kind, "text": html}}


def accordion(items: list[tuple[str, str]]) -> dict:
    return {
        "type": "accordion",
        "value": [{"question": question, "answer": answer} for question, answer in items],
    }


def cta(text: str, page: str) -> dict:
    """A call-to-action button to a demo page; ``page`` is a page key the builder resolves."""
    return {"type": "cta", "value": {"text": text, "page": f"page:{page}", "url": ""}}


def table(rows: list[list[str]], caption: str = "") -> dict:
    """A table whose first row is the header."""
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    }


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def p(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)
