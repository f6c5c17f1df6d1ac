"""Group leaders' links: a QR code and link per group of the latest round, to scan off the
screen, copy, replace (the old link stops working at once) or print as leader cards."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.printing import save_pdf
from facilitator.ui.common.qr import QrCodeView
from facilitator.ui.groups.controller import GroupsController

QR_PIXELS = 132


def leader_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/l/{token}"


class LeaderLinkRow(QFrame):
    """One group: its name, QR code, link, and the buttons to copy or replace the link."""

    def __init__(self, group_id: uuid.UUID, name: str, url: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.qr = QrCodeView(self, minimum=QR_PIXELS)
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.name_label = QLabel(name)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.url_edit = QLineEdit()
        self.url_edit.setReadOnly(True)
        self.url_edit.setMinimumWidth(self.url_edit.fontMetrics().horizontalAdvance("m" * 44))
        self.url_edit.setAccessibleName(self.tr("Link for the leader of %1").replace("%1", name))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the link, e.g. to send it to the leader"))
        self.new_button = QPushButton(self.tr("New link…"))
        self.new_button.setToolTip(
            self.tr("Replace the link: the old one stops working at once (if it was lost)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.name_label)
        text.addWidget(self.url_edit)
        text.addLayout(buttons)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.qr)
        layout.addLayout(text, 1)
        self.copy_button.clicked.connect(self.copy)
        self.set_url(url)

    def url(self) -> str:
        return self.url_edit.text()

    def set_url(self, url: str) -> None:
        self.url_edit.setText(url)
        self.url_edit.setCursorPosition(0)
        self.url_edit.setToolTip(url)
        self.qr.set_text(url)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url())


class LeaderLinksDialog(QDialog):
    """``rows``: one per group of the latest round, by group id."""

    def __init__(
        self, controller: GroupsController, base_url: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.base_url = base_url
        self.rows: dict[uuid.UUID, LeaderLinkRow] = {}
        self.last_pdf: Path | None = None
        self.setWindowTitle(self.tr("Leader links"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.network_note = QLabel(
            self.tr(
                "The links work while the venue network is on, for phones on the same "
                "network as this computer."
            )
        )
        self.network_note.setWordWrap(True)
        self.network_note.setStyleSheet("color: palette(placeholder-text);")
        grid_widget = QWidget()
        self.grid = QGridLayout(grid_widget)
        self.grid.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)
        self.print_button = QPushButton(icon(Icon.MINUTES), self.tr("Print leader cards…"))
        self.print_button.setToolTip(
            self.tr("A card for each leader with the group's questions and QR code, two to a page")
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_cards)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.network_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(box)
        self.resize(900, 700)
        self.load()

    def load(self) -> None:
        """Reads the links (making those still missing) and lays out a row per group."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        links = self.controller.leader_links()
        groups = links.leader_tokens if links is not None else {}
        title = self.controller.latest_round_title()
        if not groups:
            self.intro.setText(
                self.tr(
                    "No groups yet: make a group round first, then each group's leader gets a link."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Each group leader scans their group's code with a phone (or opens the "
                    "link) to type the group's ideas. Groups of “%1”, the latest round."
                ).replace("%1", title)
            )
        for index, (group_id, (name, token)) in enumerate(groups.items()):
            row = LeaderLinkRow(group_id, name, leader_url(self.base_url, token), self)
            row.new_button.clicked.connect(lambda _=False, g=group_id: self.new_link(g))
            self.rows[group_id] = row
            self.grid.addWidget(row, index, 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.print_button.setEnabled(bool(groups))

    def new_link(self, group_id: uuid.UUID) -> None:
        row = self.rows.get(group_id)
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New leader link"),
            self.tr(
                "Make a new link for “%1”? The old link stops working at once: whoever has it "
                "open can no longer add ideas, and a printed card or door sign with it must be "
                "printed again. This cannot be undone."
            ).replace("%1", row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        token = self.controller.new_leader_link(group_id)
        if token is not None:
            row.set_url(leader_url(self.base_url, token))

    def print_cards(self) -> None:
        doc, base = self.controller.doc, self.base_url
        what = self.tr("Leader cards")

        def render() -> bytes:
            return _leader_cards(doc, base)

        save_pdf(self, what, what, render, self._printed)

    def _printed(self, path: Path) -> None:
        self.last_pdf = path


def _leader_cards(doc: WorkshopDocument, base_url: str) -> bytes:
    from facilitator.core.printouts import leader_cards_pdf

    return leader_cards_pdf(doc, base_url)
