"""Files dropped onto the main window: a workshop opens, a sign-up list is imported, photos
are attached to the chosen question.

- A ``.workshop`` anywhere on the window opens as File → Open does (one at a time).
- A sign-up list (``.csv``, ``.xlsx``) while a workshop is open goes to Participants and
  starts the import there (the mapping dialog with the file's columns), as Import… does.
- Photos dropped onto the Ideas page's Photos tab (its page or its tab) are attached to the
  chosen question, as Attach photos… does.

While dragging, the window accepts only what it can take where the pointer is; anything
else shows the forbidden cursor, and the status bar says why. A text field under the pointer
takes a dragged file as text (Qt's own behaviour), not this.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from facilitator.core.peek import SUFFIX
from facilitator.ui.shell.stages import Stage

if TYPE_CHECKING:
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.shell.workshop_view import WorkshopView

log = logging.getLogger(__name__)

SIGN_UP_SUFFIXES = frozenset({".csv", ".xlsx"})
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"})
HEIC_SUFFIXES = frozenset({".heic", ".heif"})  # refused with the reason Attach photos… gives


class DropKind(enum.Enum):
    WORKSHOP = "workshop"
    SIGN_UP = "sign-up list"
    PHOTOS = "photos"


@dataclasses.dataclass(frozen=True)
class DropPlan:
    """What a drop would do: ``kind`` with ``paths``, or ``refusal`` (why not)."""

    kind: DropKind | None
    paths: tuple[Path, ...] = ()
    refusal: str = ""


class DropWindow(Protocol):
    """What :class:`FileDrops` needs of the main window."""

    session: WorkshopSession | None
    view: WorkshopView | None

    def open_path(self, path: Path) -> bool: ...

    def statusBar(self) -> QStatusBar: ...


def kind_of(path: Path) -> DropKind | None:
    suffix = path.suffix.lower()
    if suffix == SUFFIX:
        return DropKind.WORKSHOP
    if suffix in SIGN_UP_SUFFIXES:
        return DropKind.SIGN_UP
    if suffix in PHOTO_SUFFIXES:
        return DropKind.PHOTOS
    return None


class FileDrops(QObject):
    """Makes ``window`` take dropped files (an event filter on it). ``last_refusal`` is the
    last reason shown in the status bar."""

    def __init__(self, window: DropWindow) -> None:
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window = window
        self.last_refusal = ""
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- judging ---
    def plan(self, mime: QMimeData, at: QPoint | None = None) -> DropPlan | None:
        """What dropping ``mime`` at ``at`` (window coordinates; None: anywhere) would do;
        None when it carries no files (not a drop for the window)."""
        if not mime.hasUrls() or not mime.urls():
            return None
        paths: list[Path] = []
        for url in mime.urls():
            name = url.fileName() or url.toString()
            if not url.isLocalFile():
                return DropPlan(None, refusal=self._cannot_use(name))
            path = Path(url.toLocalFile())
            if path.suffix.lower() in HEIC_SUFFIXES:
                from facilitator.core.photos import PhotoError
                from facilitator.ui.ideas.photos_panel import photo_problem_text

                return DropPlan(None, refusal=photo_problem_text(PhotoError("heic", path)))
            if kind_of(path) is None:
                return DropPlan(None, refusal=self._cannot_use(path.name))
            paths.append(path)
        kinds = {kind_of(path) for path in paths}
        if len(kinds) > 1:
            return DropPlan(None, refusal=self.tr("Drop one kind of file at a time."))
        kind = kinds.pop()
        assert kind is not None
        if kind is DropKind.WORKSHOP:
            if len(paths) > 1:
                return DropPlan(None, refusal=self.tr("Drop one workshop at a time."))
        elif kind is DropKind.SIGN_UP:
            if self.window.session is None:
                return DropPlan(
                    None,
                    refusal=self.tr("Open a workshop first: the sign-up list is imported into it."),
                )
            if len(paths) > 1:
                return DropPlan(None, refusal=self.tr("Drop one sign-up list at a time."))
        else:
            refusal = self._photos_refusal(at)
            if refusal:
                return DropPlan(None, refusal=refusal)
        return DropPlan(kind, tuple(paths))

    def _cannot_use(self, name: str) -> str:
        return self.tr(
            "Facilitator cannot use “%1”. Drop a workshop, a sign-up list (CSV or Excel), "
            "or photos onto the Photos tab of the Ideas page."
        ).replace("%1", name)

    def _photos_refusal(self, at: QPoint | None) -> str:
        where = self.tr("Drop photos onto the Photos tab of the Ideas page.")
        view = self.window.view
        if view is None or view.pages.currentIndex() != Stage.IDEAS:
            return where
        page = view.ideas
        if at is not None and not (self._over(page.photos, at) or self._over_tab(at)):
            return where
        if page.photos.question_id is None:
            return QCoreApplication.translate(
                "PhotosPanel", "Choose a question above to attach photos to it."
            )
        return ""

    def _over(self, widget: QWidget, at: QPoint) -> bool:
        assert isinstance(self.window, QWidget)
        return widget.isVisible() and widget.rect().contains(widget.mapFrom(self.window, at))

    def _over_tab(self, at: QPoint) -> bool:
        """Over the "Photos" tab itself (the Ideas tab may be the one shown)."""
        assert self.window.view is not None and isinstance(self.window, QWidget)
        page = self.window.view.ideas
        bar = page.tabs.tabBar()
        rect = bar.tabRect(page.tabs.indexOf(page.photos))
        return bar.isVisible() and rect.contains(bar.mapFrom(self.window, at))

    # --- events ---
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)  # a QDragEnterEvent is one too
            at = event.position().toPoint() if kind == QEvent.Type.DragMove else None
            plan = self.plan(event.mimeData(), at)
            if plan is None:
                return False
            if plan.refusal:
                event.ignore()
                self._refuse(plan.refusal, quietly=True)
            else:
                self._accept(event)
            return True
        if kind == QEvent.Type.DragLeave:
            self.last_refusal = ""
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            plan = self.plan(event.mimeData(), event.position().toPoint())
            if plan is None:
                return False
            if plan.refusal:
                event.ignore()
                self._refuse(plan.refusal)
            else:
                self._accept(event)
                self.drop(plan)
            return True
        return False

    @staticmethod
    def _accept(event: QDropEvent) -> None:
        """A copy, never a move: a file manager deletes the source of a move."""
        if event.possibleActions() & Qt.DropAction.CopyAction:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.acceptProposedAction()

    def _refuse(self, reason: str, quietly: bool = False) -> None:
        """The reason in the status bar; while dragging, once per change of reason."""
        if quietly and reason == self.last_refusal:
            return
        self.last_refusal = reason
        if not quietly:
            log.info("refused a drop: %s", reason)
        self.window.statusBar().showMessage(reason, 10_000)

    # --- doing ---
    def drop(self, plan: DropPlan) -> None:
        """Does what ``plan`` says; opening and importing wait for the drop to finish (the
        file manager is not kept waiting while a question is on screen)."""
        self.last_refusal = ""
        log.info("dropped %s: %s", plan.kind.value if plan.kind else "?", list(plan.paths))
        if plan.kind is DropKind.WORKSHOP:
            path = plan.paths[0]
            QTimer.singleShot(0, self, lambda: self.window.open_path(path))
        elif plan.kind is DropKind.SIGN_UP:
            assert self.window.view is not None
            view = self.window.view
            view.show_stage(Stage.PARTICIPANTS)
            page = view.participants
            page.tabs.setCurrentWidget(page.list)
            path = plan.paths[0]
            QTimer.singleShot(0, page.list, lambda: page.list.import_file(path))
        elif plan.kind is DropKind.PHOTOS:
            assert self.window.view is not None
            ideas = self.window.view.ideas
            ideas.tabs.setCurrentWidget(ideas.photos)
            ideas.photos.attach(list(plan.paths))
