"""Create or edit a group round: title, how many groups, their names, and the rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from facilitator.core.groups import (
    BALANCE_FIELDS,
    LEADER_TAG,
    RoundData,
    RoundSettings,
    eligible_people,
    group_count_for,
)
from facilitator.core.participants import AttendanceStatus, ParticipantData
from facilitator.ui.common.forms.ui_round_dialog import Ui_RoundDialog
from facilitator.ui.common.palette import Role, role_style

Index = QModelIndex | QPersistentModelIndex
Pair = tuple[str, str, bool]  # participant ids, and True for "keep together"


class PairsModel(QAbstractListModel):
    def __init__(self, names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._names = names
        self.pairs: list[Pair] = []

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def add(self, pair: Pair) -> None:
        a, b, _ = pair
        if a == b or any({a, b} == {x, y} for x, y, _ in self.pairs):
            return
        self.beginInsertRows(QModelIndex(), len(self.pairs), len(self.pairs))
        self.pairs.append(pair)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.pairs[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a, b, together = self.pairs[index.row()]
        template = self.tr("%1 and %2: together") if together else self.tr("%1 and %2: apart")
        return template.replace("%1", self._names.get(a, a)).replace("%2", self._names.get(b, b))


class RoundDialog(QDialog):
    def __init__(
        self,
        people: list[ParticipantData],
        existing: RoundData | None = None,
        tags: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RoundDialog()
        self.ui.setupUi(self)
        role_style(self.ui.countHint, Role.MUTED)
        role_style(self.ui.problemLabel, Role.ERROR)
        self.ui.countSpin.setAccessibleName(self.ui.countRadio.text().replace("&", ""))
        self.ui.sizeSpin.setAccessibleName(self.ui.sizeRadio.text().replace("&", ""))
        self.ui.firstCombo.setAccessibleName(self.tr("First person of the pair"))
        self.ui.secondCombo.setAccessibleName(self.tr("Second person of the pair"))
        self._people = people
        self._existing = existing
        names = {str(p.id): p.name for p in people}
        self.pairs = PairsModel(names, self)
        self.ui.pairsView.setModel(self.pairs)
        for combo in (self.ui.firstCombo, self.ui.secondCombo):
            for p in people:
                combo.addItem(
                    f"{p.name} ({p.organisation})" if p.organisation else p.name, str(p.id)
                )
        balance = self.ui.balanceCombo
        balance.addItem(self.tr("Nothing"), "")
        labels = {"sector": self.tr("Sector"), "municipality": self.tr("Municipality"),
                  "role": self.tr("Role")}  # fmt: skip
        for field in BALANCE_FIELDS:
            balance.addItem(labels[field], field)
        for tag in tags or []:
            balance.addItem(self.tr("Tag: %1").replace("%1", tag), tag)
        # Said under the leader rule when nobody it would use is tagged as a group leader.
        self.leader_hint = QLabel()
        self.leader_hint.setWordWrap(True)
        role_style(self.leader_hint, Role.ERROR)
        rules = self.ui.rulesLayout
        rules.insertWidget(rules.indexOf(self.ui.leaderCheck) + 1, self.leader_hint)
        if existing is not None:
            self.setWindowTitle(self.tr("Edit group round"))
            self._show(existing)
            # The groups exist and may hold people: their number is changed by a new round.
            for widget in (self.ui.countRadio, self.ui.countSpin, self.ui.sizeRadio,
                           self.ui.sizeSpin, self.ui.namesEdit):  # fmt: skip
                widget.setEnabled(False)
        else:
            self.setWindowTitle(self.tr("New group round"))
            # Before anyone has checked in, "only checked-in" would leave nobody to place.
            ui = self.ui
            ui.checkedInCheck.setChecked(
                any(p.status is AttendanceStatus.CHECKED_IN for p in people)
            )
        self._connect_signals()
        self._update_hint()

    def _connect_signals(self) -> None:
        ui = self.ui
        for signal in (ui.countSpin.valueChanged, ui.sizeSpin.valueChanged,
                       ui.countRadio.toggled, ui.checkedInCheck.toggled,
                       ui.leaderCheck.toggled):  # fmt: skip
            signal.connect(self._update_hint)
        ui.apartButton.clicked.connect(lambda: self._add_pair(False))
        ui.togetherButton.clicked.connect(lambda: self._add_pair(True))
        ui.removePairButton.clicked.connect(self._remove_pair)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _show(self, data: RoundData) -> None:
        s = data.settings
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.countSpin.setValue(data.group_count)
        ui.namesEdit.setPlainText("\n".join(g.name for g in data.groups))
        ui.spreadCheck.setChecked(s.spread_organisations)
        ui.leaderCheck.setChecked(s.one_leader_per_group)
        ui.rotateCheck.setChecked(s.rotate)
        ui.checkedInCheck.setChecked(s.only_checked_in)
        ui.balanceCombo.setCurrentIndex(max(0, ui.balanceCombo.findData(s.balance_by or "")))
        self.pairs.set_pairs(
            [(a, b, False) for a, b in s.keep_apart] + [(a, b, True) for a, b in s.keep_together]
        )

    def _eligible(self) -> int:
        return len(eligible_people(self._people, self.settings()))

    def leaders(self) -> int:
        """How many of the people this round would place are tagged as group leaders."""
        return sum(
            LEADER_TAG in p.fields.tags for p in eligible_people(self._people, self.settings())
        )

    def group_count(self) -> int:
        ui = self.ui
        if ui.countRadio.isChecked():
            return ui.countSpin.value()
        return group_count_for(self._eligible(), None, ui.sizeSpin.value())

    def _update_hint(self) -> None:
        people, count = self._eligible(), self.group_count()
        if count and people:
            small, extra = divmod(people, count)
            sizes = f"{small}–{small + 1}" if extra else str(small)  # low–high: "7–8"
            text = self.tr("%1 people in %2 groups: %3 per group.")
        else:
            sizes, text = "0", self.tr("%1 people in %2 groups.")
        self.ui.countHint.setText(
            text.replace("%1", str(people)).replace("%2", str(count)).replace("%3", sizes)
        )
        no_leaders = self.ui.leaderCheck.isChecked() and people > 0 and self.leaders() == 0
        self.leader_hint.setText(
            self.tr(
                "Nobody here is tagged “group leader”, so no group gets a leader. Tag the "
                "group leaders on the Participants page, or untick this rule."
            )
            if no_leaders
            else ""
        )
        self.leader_hint.setVisible(no_leaders)

    def _add_pair(self, together: bool) -> None:
        a = self.ui.firstCombo.currentData()
        b = self.ui.secondCombo.currentData()
        if a and b:
            self.pairs.add((str(a), str(b), together))

    def _remove_pair(self) -> None:
        rows = self.ui.pairsView.selectionModel().selectedRows()
        if rows:
            self.pairs.remove(rows[0].row())

    def title(self) -> str:
        return self.ui.titleEdit.text().strip()

    def group_names(self) -> list[str]:
        typed = [line.strip() for line in self.ui.namesEdit.toPlainText().splitlines()]
        count = self.group_count()
        return [(typed[i] if i < len(typed) and typed[i] else str(i + 1)) for i in range(count)]

    def settings(self) -> RoundSettings:
        ui = self.ui
        return RoundSettings(
            spread_organisations=ui.spreadCheck.isChecked(),
            one_leader_per_group=ui.leaderCheck.isChecked(),
            balance_by=ui.balanceCombo.currentData() or None,
            rotate=ui.rotateCheck.isChecked(),
            only_checked_in=ui.checkedInCheck.isChecked(),
            keep_apart=tuple((a, b) for a, b, together in self.pairs.pairs if not together),
            keep_together=tuple((a, b) for a, b, together in self.pairs.pairs if together),
        )

    def accept(self) -> None:
        if not self.title():
            self.ui.problemLabel.setText(self.tr("Give the round a title."))
            self.ui.titleEdit.setFocus()
            return
        conflict = {frozenset((a, b)) for a, b, t in self.pairs.pairs if t} & {
            frozenset((a, b)) for a, b, t in self.pairs.pairs if not t
        }
        if conflict:
            self.ui.problemLabel.setText(self.tr("A pair cannot be kept both apart and together."))
            return
        super().accept()
