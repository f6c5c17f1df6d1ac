"""Set up or edit a vote: title, method and its rules, what is voted on, named or anonymous,
results live or hidden, and when the room counts as split.

Only the chosen method's rules are shown. What is voted on is the ideas of a question (merged
duplicates are one item), its themes, or a shortlist: ideas ticked in a list and/or lines of
free text. Once ballots are cast the items, criteria and anonymity are fixed (core refuses
the change), so their fields are disabled with a note saying why.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Final, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QListView, QTableWidgetItem, QWidget

from facilitator.core import voting
from facilitator.core.voting import VoteMethod
from facilitator.ui.common.combos import select_data
from facilitator.ui.common.forms.ui_vote_dialog import Ui_VoteDialog
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.texts import vote_error_text
from facilitator.ui.voting.votes_model import method_name

PAGES = (VoteMethod.DOTS, VoteMethod.POINTS, VoteMethod.RANKING, VoteMethod.RATING,
         VoteMethod.APPROVAL)  # fmt: skip
IDEAS: Final = "ideas"
THEMES: Final = "themes"
SHORTLIST: Final = "shortlist"
_EDIT = Qt.ItemDataRole.EditRole
_USER = Qt.ItemDataRole.UserRole


@dataclasses.dataclass(frozen=True)
class VoteForm:
    """What the dialog says the vote should be."""

    title: str
    method: VoteMethod
    settings: voting.VoteSettings
    items: list[voting.ItemSpec]
    criteria: list[voting.CriterionSpec]
    anonymous: bool
    show_live: bool
    question_id: uuid.UUID | None

    def changes(self, vote: voting.VoteData) -> dict[str, object]:
        """What editing ``vote`` into this form changes: the title, the rules and showing
        live always; the items, criteria and anonymity only while no ballot is cast."""
        changes: dict[str, object] = {
            "title": self.title,
            "settings": self.settings,
            "show_live": self.show_live,
        }
        if not vote.ballot_count:
            changes["anonymous"] = self.anonymous
            changes["items"] = self.items
            if vote.method is VoteMethod.RATING:
                changes["criteria"] = self.criteria
        return changes


class VoteDialog(QDialog):
    def __init__(
        self,
        session: WorkshopSession,
        existing: voting.VoteData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VoteDialog()
        self.ui.setupUi(self)
        self.session = session
        self.controller = VotingController(session, self)
        self.existing = existing
        self._threshold_edited = False
        self._setting_threshold = False
        self.items_model = QStandardItemModel(self)
        self.ui.itemsView.setModel(self.items_model)
        self.ui.itemsView.setAlternatingRowColors(True)
        # Long ideas wrap rather than run off the list's right edge.
        self.ui.itemsView.setWordWrap(True)
        self.ui.itemsView.setResizeMode(QListView.ResizeMode.Adjust)
        self.ui.itemsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui = self.ui
        for method in PAGES:
            ui.methodCombo.addItem(method_name(method), method)
        ui.sourceCombo.addItem(self.tr("The ideas of a question"), IDEAS)
        ui.sourceCombo.addItem(self.tr("The themes of a question"), THEMES)
        ui.sourceCombo.addItem(self.tr("A shortlist"), SHORTLIST)
        for question in self.controller.questions():
            ui.questionCombo.addItem(question.text.replace("\n", " "), question.id)
        header = ui.criteriaTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if existing is None:
            self.setWindowTitle(self.tr("New vote"))
            self._add_criterion(self.tr("Impact"))
            self._add_criterion(self.tr("Feasibility"))
            self._set_threshold(voting.default_threshold(VoteMethod.DOTS))
        else:
            self.setWindowTitle(self.tr("Edit vote"))
            self._show(existing)
        self._connect_signals()
        self._method_changed()
        self._fill_items(keep=self._initial_choice())

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        ui.sourceCombo.currentIndexChanged.connect(lambda _i: self._fill_items())
        ui.questionCombo.currentIndexChanged.connect(lambda _i: self._fill_items())
        ui.thresholdSpin.valueChanged.connect(self._threshold_changed)
        ui.addCriterionButton.clicked.connect(lambda: self._add_criterion(""))
        ui.removeCriterionButton.clicked.connect(self._remove_criterion)
        ui.linesEdit.textChanged.connect(self._update_items_hint)
        self.items_model.itemChanged.connect(lambda _item: self._update_items_hint())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    # --- showing a vote ---
    def _show(self, vote: voting.VoteData) -> None:
        ui = self.ui
        s = vote.settings
        ui.titleEdit.setText(vote.title)
        select_data(ui.methodCombo, vote.method)
        ui.dotsSpin.setValue(s.dots_per_voter)
        ui.pointsSpin.setValue(s.points_budget)
        cap = s.cap_per_item or 0
        ui.dotsCapSpin.setValue(cap)
        ui.pointsCapSpin.setValue(cap)
        ui.negativeSpin.setValue(s.negative_dots)
        ui.topKSpin.setValue(s.top_k)
        for c in vote.criteria:
            self._add_criterion(c.name, c.weight, c.scale_min, c.scale_max, c.id)
        ui.anonymousCheck.setChecked(vote.anonymous)
        ui.liveCheck.setChecked(vote.show_live)
        self._set_threshold(s.disagreement_threshold)
        self._threshold_edited = True  # the vote's own threshold stays
        select_data(ui.questionCombo, vote.question_id)
        select_data(ui.sourceCombo, self._source_of(vote))
        if vote.method is not VoteMethod.RATING:
            self._clear_criteria()
        # The method gives a vote's ballots their meaning: it is chosen once.
        ui.methodCombo.setEnabled(False)
        notes = [self.tr("The method of a vote cannot change; make a new vote for another.")]
        if vote.ballot_count:
            for widget in (ui.itemsBox, ui.anonymousCheck, ui.criteriaTable,
                           ui.addCriterionButton, ui.removeCriterionButton):  # fmt: skip
                widget.setEnabled(False)
            notes.append(
                self.tr(
                    "Ballots have been cast, so what is voted on, the criteria and anonymity "
                    "are fixed: make a new vote, or delete the ballots first."
                )
            )
        ui.lockedNote.setText(" ".join(notes))

    def _source_of(self, vote: voting.VoteData) -> str:
        if any(i.theme_id for i in vote.items):
            return THEMES
        if vote.question_id is not None and all(i.idea_id for i in vote.items):
            offered = voting.items_for_question(self.session.doc, vote.question_id, "ideas")
            if {i.idea_id for i in vote.items} == {i.idea_id for i in offered}:
                return IDEAS
        return SHORTLIST

    def _initial_choice(self) -> set[uuid.UUID] | None:
        """Ideas ticked in the shortlist when the dialog opens (an existing vote's)."""
        if self.existing is None:
            return None
        lines = [i.label for i in self.existing.items if not i.idea_id and not i.theme_id]
        self.ui.linesEdit.setPlainText("\n".join(lines))
        return {i.idea_id for i in self.existing.items if i.idea_id}

    # --- method and rules ---
    def method(self) -> VoteMethod:
        value = self.ui.methodCombo.currentData()  # Qt hands a StrEnum back as a str
        return VoteMethod(value) if value in set(VoteMethod) else VoteMethod.DOTS

    def _method_changed(self) -> None:
        method = self.method()
        self.ui.settingsStack.setCurrentIndex(PAGES.index(method))
        hints = {
            VoteMethod.DOTS: self.tr(
                "Each voter places a few dots on the items they favour; the most dots win. "
                "Dots on paper are typed in as a tally."
            ),
            VoteMethod.POINTS: self.tr(
                "Each voter shares a budget of points among the items, e.g. 100."
            ),
            VoteMethod.RANKING: self.tr(
                "Each voter ranks their top items; first place earns the most points (Borda)."
            ),
            VoteMethod.RATING: self.tr(
                "Each voter rates each item on criteria such as impact and feasibility; "
                "the weights say how much each counts. A voter may skip what they cannot judge."
            ),
            VoteMethod.APPROVAL: self.tr("Each voter ticks every item they can support."),
        }
        self.ui.methodHint.setText(hints[method])
        if not self._threshold_edited:
            self._set_threshold(voting.default_threshold(method))

    def _set_threshold(self, value: float) -> None:
        self._setting_threshold = True
        self.ui.thresholdSpin.setValue(value)
        self._setting_threshold = False

    def _threshold_changed(self, _value: float) -> None:
        if not self._setting_threshold:
            self._threshold_edited = True

    def settings(self) -> voting.VoteSettings:
        ui = self.ui
        method = self.method()
        cap_spin = ui.pointsCapSpin if method is VoteMethod.POINTS else ui.dotsCapSpin
        cap = cap_spin.value() if method in (VoteMethod.DOTS, VoteMethod.POINTS) else 0
        return voting.VoteSettings(
            dots_per_voter=ui.dotsSpin.value(),
            cap_per_item=cap or None,
            negative_dots=ui.negativeSpin.value() if method is VoteMethod.DOTS else 0,
            points_budget=ui.pointsSpin.value(),
            top_k=ui.topKSpin.value(),
            disagreement_threshold=round(ui.thresholdSpin.value(), 2),
        )

    # --- criteria ---
    def _add_criterion(
        self,
        name: str,
        weight: float = 1.0,
        low: int = 1,
        high: int = 5,
        criterion_id: uuid.UUID | None = None,
    ) -> None:
        table = self.ui.criteriaTable
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(_USER, criterion_id)
        table.setItem(row, 0, name_item)
        for column, value in ((1, float(weight)), (2, int(low)), (3, int(high))):
            item = QTableWidgetItem()
            item.setData(_EDIT, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        if not name:
            table.setCurrentCell(row, 0)
            table.editItem(name_item)

    def _remove_criterion(self) -> None:
        table = self.ui.criteriaTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _clear_criteria(self) -> None:
        self.ui.criteriaTable.setRowCount(0)

    def criteria(self) -> list[voting.CriterionSpec]:
        if self.method() is not VoteMethod.RATING:
            return []
        table = self.ui.criteriaTable
        found = []
        for row in range(table.rowCount()):
            cells = [table.item(row, column) for column in range(4)]
            if cells[0] is None:
                continue
            name = cells[0].text().strip()
            weight, low, high = (float(c.data(_EDIT) or 0) if c else 0.0 for c in cells[1:])
            if not name and not weight:
                continue
            key = cells[0].data(_USER)
            found.append(
                voting.CriterionSpec(
                    name, weight, int(low), int(high), key if isinstance(key, uuid.UUID) else None
                )
            )
        return found

    # --- items ---
    def source(self) -> str:
        return str(self.ui.sourceCombo.currentData() or IDEAS)

    def question_id(self) -> uuid.UUID | None:
        value = self.ui.questionCombo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _fill_items(self, keep: set[uuid.UUID] | None = None) -> None:
        """Lists what the source offers: a preview, or ideas to tick for a shortlist."""
        source = self.source()
        question = self.question_id()
        if keep is None:
            keep = {key for key, checked in self._ticks().items() if checked}
        offered: list[voting.ItemSpec] = []
        if question is not None:
            what: Literal["ideas", "themes"] = "themes" if source == THEMES else "ideas"
            offered = voting.items_for_question(self.session.doc, question, what)
        shortlist = source == SHORTLIST
        self.items_model.blockSignals(True)
        self.items_model.clear()
        for spec in offered:
            row = QStandardItem(spec.label.replace("\n", " "))
            row.setToolTip(spec.label)
            row.setEditable(False)
            row.setData(spec, _USER)
            if shortlist:
                row.setCheckable(True)
                checked = spec.idea_id in keep
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            else:
                row.setSelectable(False)
            self.items_model.appendRow(row)
        self.items_model.blockSignals(False)
        self.ui.itemsView.reset()
        self.ui.linesEdit.setVisible(shortlist)
        self.ui.questionCombo.setEnabled(self.ui.questionCombo.count() > 0)
        self._update_items_hint()

    def _ticks(self) -> dict[uuid.UUID, bool]:
        ticks = {}
        for row in range(self.items_model.rowCount()):
            item = self.items_model.item(row)
            spec = item.data(_USER)
            if item.isCheckable() and isinstance(spec, voting.ItemSpec) and spec.idea_id:
                ticks[spec.idea_id] = item.checkState() == Qt.CheckState.Checked
        return ticks

    def set_ticked(self, idea_ids: set[uuid.UUID]) -> None:
        """Tick exactly these ideas in the shortlist (the rest are unticked)."""
        for row in range(self.items_model.rowCount()):
            item = self.items_model.item(row)
            spec = item.data(_USER)
            if item.isCheckable() and isinstance(spec, voting.ItemSpec):
                state = (
                    Qt.CheckState.Checked if spec.idea_id in idea_ids else Qt.CheckState.Unchecked
                )
                item.setCheckState(state)

    def items(self) -> list[voting.ItemSpec]:
        """The items as specs, keeping an existing vote's item ids where they match."""
        specs: list[voting.ItemSpec] = []
        shortlist = self.source() == SHORTLIST
        for row in range(self.items_model.rowCount()):
            item = self.items_model.item(row)
            spec = item.data(_USER)
            if not isinstance(spec, voting.ItemSpec):
                continue
            if shortlist and item.checkState() != Qt.CheckState.Checked:
                continue
            specs.append(spec)
        if shortlist:
            for line in self.ui.linesEdit.toPlainText().splitlines():
                if line.strip():
                    specs.append(voting.ItemSpec(label=line.strip()))
        return [self._with_existing_id(spec) for spec in specs]

    def _with_existing_id(self, spec: voting.ItemSpec) -> voting.ItemSpec:
        if self.existing is None:
            return spec
        for item in self.existing.items:
            same = (
                (spec.idea_id and item.idea_id == spec.idea_id)
                or (spec.theme_id and item.theme_id == spec.theme_id)
                or (not spec.idea_id and not spec.theme_id and not item.idea_id
                    and not item.theme_id and item.label == spec.label)
            )  # fmt: skip
            if same:
                return dataclasses.replace(spec, id=item.id)
        return spec

    def _update_items_hint(self) -> None:
        count = len(self.items())
        source = self.source()
        if self.ui.questionCombo.count() == 0 and source != SHORTLIST:
            text = self.tr("There are no questions yet: make a shortlist of free text instead.")
        elif source == IDEAS:
            text = self.tr("%n item(s): every idea of the question, duplicates merged.", "", count)
        elif source == THEMES:
            text = self.tr("%n item(s): the question's themes.", "", count)
        else:
            text = self.tr("%n item(s) on the shortlist.", "", count)
        self.ui.itemsHint.setText(text)

    # --- the result ---
    def form(self) -> VoteForm:
        return VoteForm(
            title=self.ui.titleEdit.text().strip(),
            method=self.method(),
            settings=self.settings(),
            items=self.items(),
            criteria=self.criteria(),
            anonymous=self.ui.anonymousCheck.isChecked(),
            show_live=self.ui.liveCheck.isChecked(),
            question_id=self.question_id(),
        )

    def problem(self) -> str:
        """Why the vote cannot be saved as it is (empty: it can)."""
        form = self.form()
        locked = self.existing is not None and self.existing.ballot_count > 0
        if not form.title:
            return vote_error_text("empty_title")
        if form.settings.problems():
            return vote_error_text(form.settings.problems()[0])
        if not locked and not form.items:
            return vote_error_text("no_items")
        if form.method is VoteMethod.RATING and not locked:
            if not form.criteria:
                return vote_error_text("no_criteria")
            for c in form.criteria:
                if not c.name:
                    return vote_error_text("empty_criterion")
                if c.scale_min >= c.scale_max:
                    return vote_error_text("bad_scale")
                if not c.weight > 0:
                    return vote_error_text("bad_weight")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        if problem:
            if not self.form().title:
                self.ui.titleEdit.setFocus()
            return
        super().accept()
