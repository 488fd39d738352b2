import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from gops.forms import attachments as a

from .conftest import jpeg_bytes, pdf_bytes, png_bytes, upload


@pytest.mark.parametrize(
    "name,content,expected_type,expected_name",
    [
        ("skan.pdf", pdf_bytes(), "application/pdf", "skan.pdf"),
        ("zdjęcie.JPG", jpeg_bytes(), "image/jpeg", "zdjęcie.jpg"),
        ("wynik.png", png_bytes(), "image/png", "wynik.png"),
        # the extension lies but the content is fine: the name follows the content
        ("orzeczenie.pdf", png_bytes(), "image/png", "orzeczenie.png"),
        ("bez rozszerzenia", jpeg_bytes(), "image/jpeg", "bez rozszerzenia.jpg"),
    ],
)
def test_accepts_pdf_jpeg_png_by_content(name, content, expected_type, expected_name):
    info = a.inspect_upload(upload(name, content))
    assert info.content_type == expected_type
    assert info.name == expected_name
    assert info.size == len(content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize(
    "name,content",
    [
        ("wniosek.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200),  # a Windows program
        ("zdjecie.png", b"<html><script>alert(1)</script></html>"),
        ("plik.jpg", b"GIF89a" + b"\x00" * 100),  # GIF is not on the list
        ("dokument.pdf", b"PK\x03\x04" + b"\x00" * 100),  # a ZIP / DOCX
        ("obraz.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 20),  # PNG magic, broken body
    ],
)
def test_spoofed_type_is_refused_with_polish_message(name, content):
    with pytest.raises(ValidationError) as exc:
        a.inspect_upload(upload(name, content, "application/pdf"))
    assert exc.value.code == "file_type"
    message = exc.value.messages[0]
    assert "nie jest dokumentem PDF ani zdjęciem JPG lub PNG" in message
    assert name in message


def test_empty_file_refused():
    with pytest.raises(ValidationError) as exc:
        a.inspect_upload(upload("pusty.pdf", b""))
    assert exc.value.code == "empty"


def test_per_file_limit_from_settings(settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "MAX_FILE_SIZE": 1000}
    content = png_bytes((64, 64))
    assert len(content) > 1000 or True
    big = pdf_bytes() + b"%" * 2000
    with pytest.raises(ValidationError) as exc:
        a.inspect_upload(upload("duzy.pdf", big))
    assert exc.value.code == "file_too_large"
    assert "za duży" in exc.value.messages[0]


def test_per_application_limit(settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "MAX_TOTAL_UPLOAD_SIZE": 5000}
    content = pdf_bytes()
    a.inspect_upload(upload("a.pdf", content), used_bytes=5000 - len(content))
    with pytest.raises(ValidationError) as exc:
        a.inspect_upload(upload("b.pdf", content), used_bytes=5001 - len(content))
    assert exc.value.code == "total_too_large"


def test_default_limits_are_10_and_30_mb():
    assert a.max_file_size() == settings.GOPS_INTAKE["MAX_FILE_SIZE"] == 10 * 1024 * 1024
    assert a.max_total_size() == 30 * 1024 * 1024


@pytest.mark.parametrize(
    "raw,ext,expected",
    [
        ("C:\\Users\\Jan\\Pulpit\\skan.pdf", "pdf", "skan.pdf"),
        ("../../etc/passwd", "pdf", "passwd.pdf"),
        ("a\x00b\x1fc.pdf", "pdf", "abc.pdf"),
        ("<b>x.png", "png", "b_x.png"),
        ("...", "jpg", "zalacznik.jpg"),
        ("faktura.exe.pdf", "pdf", "faktura.exe.pdf"),
        ("Zaświadczenie ZUS.PDF", "pdf", "Zaświadczenie ZUS.pdf"),
    ],
)
def test_sanitise_name(raw, ext, expected):
    assert a.sanitise_name(raw, ext) == expected


def test_sanitise_name_caps_length_and_keeps_extension():
    name = a.sanitise_name("x" * 500 + ".pdf", "pdf")
    assert len(name) <= a.MAX_NAME_LENGTH and name.endswith(".pdf")


def test_store_pending_uses_private_storage_not_media(private_dir):
    content = pdf_bytes()
    file = upload("skan.pdf", content)
    pending = a.store_pending(file, a.inspect_upload(file))
    assert set(pending) >= {"path", "name", "content_type", "size", "sha256"}
    stored = Path(private_dir) / pending["path"]
    assert stored.read_bytes() == content
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert "skan" not in pending["path"]  # the stored name is random
    assert a.open_pending(pending).read() == content
    a.delete_pending(pending)
    assert not stored.exists()


def test_tampered_pending_dict_is_refused(private_dir):
    file = upload("skan.pdf", pdf_bytes())
    pending = a.store_pending(file, a.inspect_upload(file))
    for bad in (
        {**pending, "path": "../settings.py"},
        {**pending, "path": "attachments/x"},
        {**pending, "sha256": "0" * 64},
    ):
        with pytest.raises(ValidationError):
            a.open_pending(bad)
