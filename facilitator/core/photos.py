"""Photos of flipcharts and sticky-note walls, attached to a question and kept in the file.

A phone photo is 3–12 MB, sideways according to its EXIF tag, and sometimes HEIC. We keep a
copy that reads well on an A4 page and a projector (longest side 2400 px, JPEG quality 85,
turned upright), so the workshop file stays small enough to e-mail. Pillow decodes (it is
already installed with ReportLab, which needs it for PNG).
"""

from __future__ import annotations

import dataclasses
import io
import uuid
from pathlib import Path

from sqlalchemy import select

from facilitator.core import tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import IdeaError, fetch
from facilitator.core.snapshots import Snapshot, capture
from facilitator.core.text import clean
from facilitator.store.models import Attachment, Question

MAX_SIDE = 2400
MAX_SOURCE_BYTES = 60 * 1024 * 1024
SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")


class PhotoError(ValueError):
    """A file that cannot be attached; ``code`` names the reason for the message."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(f"{code}: {path}")
        self.code = code
        self.path = path


@dataclasses.dataclass(frozen=True)
class PhotoData:
    id: uuid.UUID
    question_id: uuid.UUID | None
    filename: str
    caption: str
    mime_type: str
    size: int


def prepare_photo(path: Path) -> tuple[bytes, str]:
    """Reads an image file and returns (bytes to store, MIME type); raises PhotoError."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    try:
        if path.is_dir():
            raise PhotoError("is_folder", path)
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise PhotoError("too_large", path)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PhotoError("missing", path) from None
    except PermissionError:
        raise PhotoError("unreadable", path) from None
    if raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        raise PhotoError("heic", path)
    try:
        with Image.open(io.BytesIO(raw)) as opened:
            opened.load()
            image = ImageOps.exif_transpose(opened)
            keeps_alpha = image.mode in ("RGBA", "LA", "P") and path.suffix.lower() == ".png"
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if keeps_alpha:
                image.save(out, "PNG", optimize=True)
                return out.getvalue(), "image/png"
            image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
            return out.getvalue(), "image/jpeg"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise PhotoError("not_an_image", path) from None
    except Image.DecompressionBombError:
        raise PhotoError("too_large", path) from None


def add_photo(
    doc: WorkshopDocument,
    question_id: uuid.UUID,
    path: Path,
    caption: str = "",
) -> PhotoData:
    data, mime = prepare_photo(path)
    return store_photo(doc, question_id, data, mime, Path(path).name, caption)


def store_photo(
    doc: WorkshopDocument,
    question_id: uuid.UUID,
    data: bytes,
    mime_type: str,
    filename: str,
    caption: str = "",
) -> PhotoData:
    """Stores bytes from :func:`prepare_photo` (which the app runs off the GUI thread)."""
    with doc.transaction() as session:
        fetch(session, Question, question_id, "no_question")
        photo = Attachment(
            workshop_id=doc.workshop_id,
            question_id=question_id,
            filename=filename[:300],
            mime_type=mime_type,
            caption=clean(caption),
            data=data,
        )
        session.add(photo)
        session.flush()
        return _photo(photo)


def list_photos(doc: WorkshopDocument, question_id: uuid.UUID | None = None) -> list[PhotoData]:
    with doc.transaction() as session:
        query = select(Attachment).where(Attachment.workshop_id == doc.workshop_id)
        if question_id is not None:
            query = query.where(Attachment.question_id == question_id)
        return [_photo(a) for a in session.scalars(query.order_by(Attachment.created_at))]


def photo_bytes(doc: WorkshopDocument, photo_id: uuid.UUID) -> bytes:
    with doc.transaction() as session:
        return bytes(fetch(session, Attachment, photo_id, "no_photo").data)


def set_caption(doc: WorkshopDocument, photo_id: uuid.UUID, caption: str) -> str:
    with doc.transaction() as session:
        photo = fetch(session, Attachment, photo_id, "no_photo")
        before = photo.caption
        photo.caption = clean(caption)
        return str(before)


def delete_photo(doc: WorkshopDocument, photo_id: uuid.UUID) -> Snapshot:
    with doc.transaction() as session:
        photo = fetch(session, Attachment, photo_id, "no_photo")
        snapshot = capture([photo])
        session.delete(photo)
        tombstones.bury(session, "attachment", [photo_id])
        return snapshot


def _photo(a: Attachment) -> PhotoData:
    return PhotoData(a.id, a.question_id, a.filename, a.caption, a.mime_type, len(a.data))


__all__ = [
    "IdeaError",
    "PhotoData",
    "PhotoError",
    "add_photo",
    "delete_photo",
    "list_photos",
    "photo_bytes",
    "prepare_photo",
    "set_caption",
    "store_photo",
]
