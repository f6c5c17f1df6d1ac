"""Photos of flipcharts and sticky-note walls attached to a question (they go in the minutes).

Phone photos are decoded, turned upright and shrunk off the GUI thread
(core.photos.prepare_photo); thumbnails are made once per photo and cached.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import photos
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import Progress, run_task
from facilitator.ui.ideas.controller import IdeasController

Index = QModelIndex | QPersistentModelIndex
THUMB = 200


def photo_problem_text(error: photos.PhotoError) -> str:
    name = error.path.name
    texts = {
        "missing": QCoreApplication.translate("PhotosPanel", "“%1” no longer exists."),
        "is_folder": QCoreApplication.translate("PhotosPanel", "“%1” is a folder, not a photo."),
        "unreadable": QCoreApplication.translate(
            "PhotosPanel", "“%1” cannot be read (no permission)."
        ),
        "too_large": QCoreApplication.translate(
            "PhotosPanel", "“%1” is too large (more than 60 MB or 180 megapixels)."
        ),
        "heic": QCoreApplication.translate(
            "PhotosPanel",
            "“%1” is a HEIC photo, which Facilitator cannot read. On the phone, choose "
            "“Most compatible” (JPEG) for photos, or export it as JPEG first.",
        ),
    }
    text = texts.get(
        error.code,
        QCoreApplication.translate(
            "PhotosPanel",
            "“%1” is not a photo Facilitator can read (JPEG, PNG, WebP, GIF or TIFF).",
        ),
    )
    return text.replace("%1", name)


class PhotosModel(QAbstractListModel):
    def __init__(self, session: WorkshopSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = IdeasController(session, self)
        self.photos: list[photos.PhotoData] = []
        self._thumbs: dict[uuid.UUID, QPixmap] = {}

    def set_photos(self, items: list[photos.PhotoData]) -> None:
        self.beginResetModel()
        self.photos = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumb(photo.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.filename} · {photo.size // 1024} kB"
        if role == Qt.ItemDataRole.UserRole:
            return photo.id
        return None

    def _thumb(self, photo_id: uuid.UUID) -> QPixmap:
        if photo_id not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(photos.photo_bytes(self._session.doc, photo_id))
            self._thumbs[photo_id] = pixmap.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return self._thumbs[photo_id]


class PhotosPanel(QWidget):
    """Signal ``status(str)`` reports what happened for the status bar."""

    status = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = IdeasController(session, self)
        self.question_id: uuid.UUID | None = None
        self.pending = 0
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.attach_button = QPushButton(icon(Icon.PHOTO), self.tr("Attach photos…"))
        self.caption_button = QPushButton(self.tr("Caption…"))
        self.remove_button = QPushButton(icon(Icon.REMOVE), self.tr("Remove"))
        self.hint = QLabel()
        role_style(self.hint, Role.MUTED)
        for widget in (self.attach_button, self.caption_button, self.remove_button):
            row.addWidget(widget)
        row.addWidget(self.hint, 1)
        layout.addLayout(row)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Photos"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 30, THUMB + 50))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.model = PhotosModel(session, self)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        self.attach_button.clicked.connect(self.choose_files)
        self.caption_button.clicked.connect(self.edit_caption)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.doubleClicked.connect(self.show_large)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        session.ideas_changed.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        self.reload()

    def set_question(self, question_id: uuid.UUID | None) -> None:
        self.question_id = question_id
        self.reload()

    def reload(self) -> None:
        self.model.set_photos(self._controller.attached_photos(self.question_id))
        if self.question_id is None:
            self.hint.setText(self.tr("Choose a question above to attach photos to it."))
        elif not self.model.photos:
            self.hint.setText(
                self.tr("Photos of flipcharts or sticky-note walls go into the minutes.")
            )
        else:
            self.hint.setText(self.tr("Double-click a photo to see it large."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedIndexes())
        self.attach_button.setEnabled(self.question_id is not None and not self.pending)
        self.caption_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos"),
            str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)"),
        )
        self.attach([Path(n) for n in names])

    def attach(self, paths: list[Path]) -> None:
        """Prepares the photos off the GUI thread, then stores each in its own edit."""
        question_id = self.question_id
        if question_id is None or not paths:
            return
        self.pending += len(paths)
        self._update_buttons()
        self.hint.setText(self.tr("Preparing %n photo(s)…", "", len(paths)))

        def store(result: tuple[Path, bytes, str]) -> None:
            self._store(question_id, *result)

        for path in paths:

            def prepare(progress: Progress, path: Path = path) -> tuple[Path, bytes, str]:
                data, mime = photos.prepare_photo(path)
                return path, data, mime

            run_task(prepare, store, self._failed)

    def _store(self, question_id: uuid.UUID, path: Path, data: bytes, mime: str) -> None:
        self.pending -= 1
        if self._controller.add_photo(question_id, data, mime, path.name):
            self.status.emit(self.tr("Attached %1").replace("%1", path.name))
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.pending -= 1
        message = photo_problem_text(exc) if isinstance(exc, photos.PhotoError) else str(exc)
        self._session.failed.emit(message)
        self.reload()
        self.hint.setText(message)

    def selected_ids(self) -> list[uuid.UUID]:
        return [
            i.data(Qt.ItemDataRole.UserRole) for i in self.view.selectionModel().selectedIndexes()
        ]

    def edit_caption(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        photo = next(p for p in self.model.photos if p.id == ids[0])
        text, ok = QInputDialog.getText(
            self, self.tr("Caption"), self.tr("Caption for the minutes:"), text=photo.caption
        )
        if ok:
            self._controller.set_photo_caption(photo.id, text)

    def remove_selected(self) -> None:
        for photo_id in self.selected_ids():
            self._controller.delete_photo(photo_id)

    def show_large(self, index: QModelIndex) -> None:
        photo_id = index.data(Qt.ItemDataRole.UserRole)
        pixmap = QPixmap()
        pixmap.loadFromData(photos.photo_bytes(self._session.doc, photo_id))
        dialog = QDialog(self)
        dialog.setWindowTitle(str(index.data(Qt.ItemDataRole.DisplayRole)))
        label = QLabel()
        screen = self.screen().availableGeometry().size() * 0.85
        label.setPixmap(
            pixmap.scaled(
                screen,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        QVBoxLayout(dialog).addWidget(area)
        dialog.resize(label.pixmap().size() + QSize(40, 40))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
