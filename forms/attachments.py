"""Residents' uploads: checked by content, limited in size, stored privately.

The type is decided by the file's bytes (magic numbers, then a decode of images), never
by its name or the browser's Content-Type. Files go through ``storages["private"]``
(a directory outside MEDIA_ROOT, or S3 in production) and are served only through a
permission-checked staff view.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Content type → the extension the stored name must end with.
ALLOWED_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
}
PENDING_DIR = "pending"
_PENDING_PATH = re.compile(rf"^{PENDING_DIR}/[0-9a-f]{{32}}$")
MAX_NAME_LENGTH = 120
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
DEFAULT_MAX_TOTAL_SIZE = 30 * 1024 * 1024


def _conf(key: str, default):
    return getattr(settings, "GOPS_INTAKE", {}).get(key, default)


def max_file_size() -> int:
    return int(_conf("MAX_FILE_SIZE", DEFAULT_MAX_FILE_SIZE))


def max_total_size() -> int:
    return int(_conf("MAX_TOTAL_UPLOAD_SIZE", DEFAULT_MAX_TOTAL_SIZE))


def private_storage():
    return storages["private"]


@dataclass(frozen=True)
class UploadInfo:
    name: str  # sanitised, with the extension of the real type
    content_type: str
    size: int
    sha256: str


def sanitise_name(name: str, extension: str) -> str:
    """A display name safe for headers and file systems, ending in the real extension."""
    name = unicodedata.normalize("NFC", str(name or ""))
    # No directories: browsers on Windows may send "C:\\Users\\...\\scan.pdf".
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\s().,-]", "_", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" ._-")
    stem = stem[: MAX_NAME_LENGTH - len(extension) - 1].rstrip(" ._-")
    return f"{stem or 'zalacznik'}.{extension}"


def _display_name(name) -> str:
    """The resident's file name for a message (escaped by templates; no directories)."""
    base = re.split(r"[\\/]", str(name or ""))[-1]
    return "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")[:80]


def _read_head(uploaded_file, length: int = 8192) -> bytes:
    uploaded_file.seek(0)
    head = uploaded_file.read(length)
    uploaded_file.seek(0)
    return head


def _image_decodes(uploaded_file) -> bool:
    from PIL import Image

    try:
        uploaded_file.seek(0)
        with Image.open(uploaded_file) as image:
            image.verify()
        return True
    except Exception:  # noqa: BLE001 - any decoder error means "not a usable image"
        return False
    finally:
        uploaded_file.seek(0)


def inspect_upload(uploaded_file, *, used_bytes: int = 0) -> UploadInfo:
    """Check one uploaded file; ``used_bytes`` is what the application already holds.

    Raises ValidationError (Polish, saying what to do) for an empty, oversized or
    disallowed file, or one that would take the application over its total limit.
    """
    size = uploaded_file.size
    if not size:
        raise ValidationError(
            _("Plik „%(name)s” jest pusty. Wybierz plik, który zawiera skan lub zdjęcie."),
            code="empty",
            params={"name": _display_name(uploaded_file.name)},
        )
    if size > max_file_size():
        raise ValidationError(
            _(
                "Plik jest za duży (%(size)s). Jeden plik może mieć najwyżej %(max)s – "
                "zmniejsz rozdzielczość skanu lub zapisz go w mniejszej jakości."
            ),
            code="file_too_large",
            params={"size": filesizeformat(size), "max": filesizeformat(max_file_size())},
        )
    if used_bytes + size > max_total_size():
        raise ValidationError(
            _(
                "Łączny rozmiar załączników przekroczyłby %(max)s. Zmniejsz pliki albo "
                "dostarcz część dokumentów w ośrodku."
            ),
            code="total_too_large",
            params={"max": filesizeformat(max_total_size())},
        )
    kind = filetype.guess(_read_head(uploaded_file))
    content_type = kind.mime if kind else None
    if content_type not in ALLOWED_TYPES or (
        content_type != "application/pdf" and not _image_decodes(uploaded_file)
    ):
        raise ValidationError(
            _(
                "Plik „%(name)s” nie jest dokumentem PDF ani zdjęciem JPG lub PNG (sprawdzamy "
                "zawartość pliku, nie jego nazwę). Zapisz dokument jako PDF albo zrób "
                "zdjęcie i spróbuj ponownie."
            ),
            code="file_type",
            params={"name": _display_name(uploaded_file.name)},
        )
    digest = hashlib.sha256()
    uploaded_file.seek(0)
    for chunk in (
        uploaded_file.chunks() if hasattr(uploaded_file, "chunks") else [uploaded_file.read()]
    ):
        digest.update(chunk)
    uploaded_file.seek(0)
    return UploadInfo(
        name=sanitise_name(uploaded_file.name, ALLOWED_TYPES[content_type]),
        content_type=content_type,
        size=size,
        sha256=digest.hexdigest(),
    )


def store_pending(uploaded_file, info: UploadInfo) -> dict:
    """Keep a checked file before the application exists (e.g. between form steps).

    Returns a JSON-safe dict for the session or draft; ``submit_application`` moves the
    file onto the application. The path is random and never shown to the resident.
    """
    storage = private_storage()
    uploaded_file.seek(0)
    path = storage.save(f"{PENDING_DIR}/{uuid.uuid4().hex}", uploaded_file)
    return {"path": path, **asdict(info)}


def open_pending(pending: dict) -> ContentFile:
    """The bytes of a pending file, after checking the dict was not tampered with."""
    path = str(pending.get("path", ""))
    if not _PENDING_PATH.match(path):
        raise ValidationError(_("Nieprawidłowy załącznik. Dodaj plik ponownie."), code="pending")
    storage = private_storage()
    if not storage.exists(path):
        raise ValidationError(
            _("Załącznik „%(name)s” wygasł. Dodaj plik ponownie."),
            code="pending_missing",
            params={"name": str(pending.get("name", ""))[:80]},
        )
    with storage.open(path, "rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != pending.get("sha256"):
        raise ValidationError(_("Nieprawidłowy załącznik. Dodaj plik ponownie."), code="pending")
    return ContentFile(data)


def delete_pending(pending: dict) -> None:
    path = str(pending.get("path", ""))
    if _PENDING_PATH.match(path):
        private_storage().delete(path)


def purge_pending_files(older_than: datetime.datetime) -> int:
    """Pending uploads outlive their draft by a day at most: then nobody can submit them."""
    storage = private_storage()
    try:
        _dirs, names = storage.listdir(PENDING_DIR)
    except (FileNotFoundError, NotImplementedError):
        return 0
    removed = 0
    for name in names:
        path = f"{PENDING_DIR}/{name}"
        try:
            if storage.get_modified_time(path) < older_than:
                storage.delete(path)
                removed += 1
        except (FileNotFoundError, NotImplementedError):
            continue
    return removed
