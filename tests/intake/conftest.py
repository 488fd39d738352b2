import io

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile


@pytest.fixture
def private_dir(tmp_path, settings, monkeypatch):
    """Point the private attachment storage at a temporary folder for one test."""
    storage = storages["private"]
    # Another suite may have left the model field holding an older storage instance
    # (storages are rebuilt whenever STORAGES is overridden): use the one patched here.
    from gops.forms.models import Attachment

    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", storage)
    old = storage._location
    for attr in ("base_location", "location"):
        storage.__dict__.pop(attr, None)
    storage._location = str(tmp_path / "private")
    settings.MEDIA_ROOT = str(tmp_path / "media")
    yield tmp_path / "private"
    storage._location = old
    for attr in ("base_location", "location"):
        storage.__dict__.pop(attr, None)


def png_bytes(size=(4, 4)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 30)).save(buffer, format="JPEG")
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Zaswiadczenie")
    return bytes(pdf.output())


def upload(name: str, content: bytes, content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)
