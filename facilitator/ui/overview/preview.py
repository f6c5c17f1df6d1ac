"""The Overview as it will look, read-only, painted while the workshop opens.

Opening a workshop the first time in a process loads the storage layer (SQLAlchemy, the
models): about a second on a slow laptop, three times what the window took. The Overview's
content, the details and the agenda, is read with plain sqlite3 instead (``core.peek``) and
shown in the page's own form and table, disabled; the real page replaces it once the workshop
is open (issue 16). Nothing here may import the session or SQLAlchemy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.core.overview_peek import WorkshopOverview
from facilitator.ui.common.forms.ui_overview_page import Ui_OverviewPage
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.overview.agenda_model import AgendaTableModel, set_up_agenda_view
from facilitator.ui.overview.details_form import WorkshopDetailsForm


class OverviewPreview(QWidget):
    def __init__(self, overview: WorkshopOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        role_style(self.ui.hintLabel, Role.MUTED)
        self.details_form = WorkshopDetailsForm(self)
        self.details_form.show_details(overview.details)
        self.details_form.setEnabled(False)  # editable once the workshop is open
        self.ui.detailsLayout.addWidget(self.details_form)
        self.model = AgendaTableModel(None, self)  # read-only
        set_up_agenda_view(self.ui.agendaView, self.model)
        self.ui.agendaView.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to act on yet
        self.model.show(overview.blocks, overview.details)
        self.ui.endLabel.setText(self.model.end_text())
        for button, button_icon in (
            (self.ui.addBlockButton, Icon.ADD),
            (self.ui.removeBlockButton, Icon.REMOVE),
            (self.ui.upButton, Icon.UP),
            (self.ui.downButton, Icon.DOWN),
        ):
            button.setIcon(icon(button_icon))
            button.setEnabled(False)
