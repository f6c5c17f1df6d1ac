"""The join screen on the projector: the workshop's title, a large QR code of the join link,
and beside it the short address and the join code for those who type rather than scan
("Open http://10.0.0.5:8080 and type ABC123"), with the venue's Wi-Fi as a second QR code
when the facilitator gave it. Dark and high-contrast like the other projector views; follows
a new join link at once, and says so when the network is off. F11 full screen, Escape
closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.ui.common.palette import Projector
from facilitator.ui.common.projector_window import ProjectorWindow
from facilitator.ui.common.qr import QrCodeView
from facilitator.ui.venue.service import VenueService

QUEUED = Qt.ConnectionType.QueuedConnection


def _label(colour: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text (the title, the Wi-Fi name)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {colour};")
    return label


class JoinScreen(ProjectorWindow):
    """Public for tests: ``title_label``, ``qr``, ``open_label``, ``url_label``,
    ``type_label``, ``code_label``, ``off_label``, ``wifi_qr``, ``wifi_label``."""

    def __init__(self, service: VenueService) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("JoinScreen")
        self.setStyleSheet(f"#JoinScreen {{ background: {Projector.BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(Projector.BACKGROUND))
        self.setPalette(palette)

        self.title_label = _label(Projector.TEXT)
        self.qr = QrCodeView(minimum=160)
        self.open_label = _label(Projector.MUTED)
        self.url_label = _label(Projector.HIGHLIGHT, wrap=False)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.type_label = _label(Projector.MUTED)
        self.code_label = _label(Projector.HIGHLIGHT, wrap=False)
        self.off_label = _label(Projector.TEXT)
        self.off_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_qr = QrCodeView(minimum=90)
        self.wifi_label = _label(Projector.MUTED)

        words = QVBoxLayout()
        words.setSpacing(8)
        words.addStretch(1)
        words.addWidget(self.open_label)
        words.addWidget(self.url_label)
        words.addSpacing(12)
        words.addWidget(self.type_label)
        words.addWidget(self.code_label)
        words.addStretch(1)
        wifi_row = QHBoxLayout()
        wifi_row.setSpacing(16)
        wifi_row.addWidget(self.wifi_qr, 0)
        wifi_row.addWidget(self.wifi_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.wifi_box = QWidget()
        self.wifi_box.setLayout(wifi_row)
        words.addWidget(self.wifi_box)

        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(48)
        body.addWidget(self.qr, 5)
        body.addLayout(words, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.off_label, 1)

        service.changed.connect(self.refresh, QUEUED)
        service.session.details_changed.connect(self.refresh, QUEUED)
        service.session.language_changed.connect(self._language_changed, QUEUED)
        self.resize(1280, 720)
        self._scale_type()
        self.refresh()

    def is_off(self) -> bool:
        return self.off_label.isVisibleTo(self)

    @Slot()
    def refresh(self) -> None:
        service = self.service
        self.setWindowTitle(self.tr("Join from your phone"))
        self.title_label.setText(service.session.details.title)
        on = service.running
        self.body.setVisible(on)
        self.off_label.setVisible(not on)
        if not on:
            self.qr.set_text("")
            self.wifi_qr.set_text("")
            self.off_label.setText(self.tr("The venue network is off."))
            return
        self.qr.set_text(service.join_url())
        self.open_label.setText(self.tr("Scan the code, or open"))
        self.url_label.setText(service.base_url())
        self.type_label.setText(self.tr("and type"))
        self.code_label.setText(service.join_code())
        wifi = service.wifi_qr()
        self.wifi_box.setVisible(bool(wifi))
        self.wifi_qr.set_text(wifi)
        if wifi:
            self.wifi_label.setText(self.tr("First join this Wi-Fi:") + "\n" + service.wifi_name)
        self._scale_type()

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        """Type in proportion to the window: at 1080 lines the code is about 150 px."""
        unit = max(self.height(), 360) / 1080
        # The words' column: what is left beside the QR code (5 : 6), less the margins.
        column = (self.width() - 48 * 2 - 48) * 6 // 11
        for label, px, bold in (
            (self.title_label, 60, True),
            (self.open_label, 44, False),
            (self.url_label, 72, True),
            (self.type_label, 44, False),
            (self.code_label, 150, True),
            (self.off_label, 72, True),
            (self.wifi_label, 36, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(14, round(px * unit)))
            font.setBold(bold)
            if label is self.code_label:
                font.setFamily("DejaVu Sans Mono")
                font.setStyleHint(QFont.StyleHint.Monospace)
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
            if label in (self.url_label, self.code_label):  # one line: shrink to fit
                while (
                    font.pixelSize() > 14
                    and QFontMetrics(font).horizontalAdvance(label.text()) > column
                ):
                    font.setPixelSize(font.pixelSize() - 2)
            label.setFont(font)
        side = max(90, round(260 * unit))
        self.wifi_qr.setFixedSize(side, side)
