"""File → Merge a group leader's file…: what the copy brings, its conflicts, then the merge.

The plan is read off the GUI thread (the copy is read through a temporary copy of it and
nothing changes); the user ticks "Take theirs" on the conflicts they want from the copy;
Merge takes a backup and writes in one transaction, off the GUI thread too, then the
session reloads. The merge is undone with File → Restore from backup…, like an import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.errors import WorkshopFileError
from facilitator.core.merging import (
    Conflict,
    ConflictKind,
    MergeError,
    MergePlan,
    MergeProblem,
    MergeReport,
    MergeSummary,
    MergeWarning,
    WarningCode,
    apply_merge,
    plan_merge,
)
from facilitator.core.participants import Consent, ConsentSource
from facilitator.ui.common.messages import error_text, problem_text
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import run_task
from facilitator.ui.participants.consents import consent_label, local_date
from facilitator.ui.shell.merge_counts import MergeCounts

Index = QModelIndex | QPersistentModelIndex


SHOWN_IDEAS = 200


def merge_error_text(error: Exception) -> str:
    """Why the file cannot be merged, in the user's language."""
    if isinstance(error, WorkshopFileError):  # this workshop's own file could not be written
        return error_text(error)
    if not isinstance(error, MergeError):
        return str(error)
    if error.problem is MergeProblem.SAME_FILE:
        text = QCoreApplication.translate(
            "MergeDialog",
            "This is the open workshop's own file. Choose the copy the group leader handed over.",
        )
    elif error.problem is MergeProblem.OTHER_WORKSHOP:
        text = QCoreApplication.translate(
            "MergeDialog",
            "This is a copy of another workshop (“%1”). Only copies of this workshop can be "
            "merged.",
        ).replace("%1", error.title)
    else:
        assert error.file_problem is not None
        text = problem_text(error.file_problem)
    return f"{text}\n\n{error.path}"


def table_label(table: str) -> str:
    labels = {
        "organisation": QCoreApplication.translate("MergeDialog", "Organisation"),
        "participant": QCoreApplication.translate("MergeDialog", "Participant"),
        "question": QCoreApplication.translate("MergeDialog", "Question"),
        "theme": QCoreApplication.translate("MergeDialog", "Theme"),
        "idea": QCoreApplication.translate("MergeDialog", "Idea"),
        "attachment": QCoreApplication.translate("MergeDialog", "Photo"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    labels = {
        "text": QCoreApplication.translate("MergeField", "Text"),
        "name": QCoreApplication.translate("MergeField", "Name"),
        "colour": QCoreApplication.translate("MergeField", "Colour"),
        "position": QCoreApplication.translate("MergeField", "Position"),
        "question": QCoreApplication.translate("MergeField", "Question"),
        "theme": QCoreApplication.translate("MergeField", "Theme"),
        "author": QCoreApplication.translate("MergeField", "Author"),
        "source_group": QCoreApplication.translate("MergeField", "Group"),
        "merged_into": QCoreApplication.translate("MergeField", "Merged into"),
        "round": QCoreApplication.translate("MergeField", "Group round"),
        "email": QCoreApplication.translate("MergeField", "E-mail"),
        "phone": QCoreApplication.translate("MergeField", "Phone"),
        "organisation": QCoreApplication.translate("MergeField", "Organisation"),
        "role_title": QCoreApplication.translate("MergeField", "Role or title"),
        "tags": QCoreApplication.translate("MergeField", "Tags"),
        "dietary": QCoreApplication.translate("MergeField", "Dietary needs"),
        "overnight": QCoreApplication.translate("MergeField", "Overnight stay"),
        # The consents as the Participants stage names them, then when and where each was
        # answered (given or declined).
        "consent_minutes": consent_label(Consent.MINUTES),
        "consent_minutes_at": QCoreApplication.translate("MergeField", "Minutes consent: date"),
        "consent_minutes_source": QCoreApplication.translate(
            "MergeField", "Minutes consent: where answered"
        ),
        "consent_share_contact": consent_label(Consent.SHARE_CONTACT),
        "consent_share_contact_at": QCoreApplication.translate(
            "MergeField", "Contact consent: date"
        ),
        "consent_share_contact_source": QCoreApplication.translate(
            "MergeField", "Contact consent: where answered"
        ),
        "consent_photos": consent_label(Consent.PHOTOS),
        "consent_photos_at": QCoreApplication.translate("MergeField", "Photo consent: date"),
        "consent_photos_source": QCoreApplication.translate(
            "MergeField", "Photo consent: where answered"
        ),
        "notes": QCoreApplication.translate("MergeField", "Notes"),
        "filename": QCoreApplication.translate("MergeField", "File name"),
        "mime_type": QCoreApplication.translate("MergeField", "File type"),
        "caption": QCoreApplication.translate("MergeField", "Caption"),
        "data": QCoreApplication.translate("MergeField", "Picture"),
        "sector": QCoreApplication.translate("MergeField", "Sector"),
        "municipality": QCoreApplication.translate("MergeField", "Municipality"),
    }
    return labels.get(field, field.replace("_", " "))


def _is_consent_detail(field: str, suffix: str) -> bool:
    return field.startswith("consent_") and field.endswith(suffix)


def consent_source_text(code: str) -> str:
    """Where a consent was answered, from core's code ("form", "import", "desk")."""
    texts = {
        ConsentSource.FORM.value: QCoreApplication.translate("MergeDialog", "On a form"),
        ConsentSource.IMPORT.value: QCoreApplication.translate("MergeDialog", "At import"),
        ConsentSource.DESK.value: QCoreApplication.translate("MergeDialog", "At the check-in desk"),
    }
    return texts.get(code, code)


def _date_text(iso: str) -> str:
    """A recorded time (ISO, UTC) as this computer's local date in the user's format."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return local_date(when if when.tzinfo else when.replace(tzinfo=dt.UTC))


def value_text(field: str, value: object) -> str:
    consent_detail = _is_consent_detail(field, "_at") or _is_consent_detail(field, "_source")
    if (value is None or value == "") and consent_detail:
        return QCoreApplication.translate("MergeDialog", "(not recorded)")
    if value is None or value == "":
        return QCoreApplication.translate("MergeDialog", "(empty)")
    if _is_consent_detail(field, "_at") and isinstance(value, str):
        return _date_text(value)
    if _is_consent_detail(field, "_source") and isinstance(value, str):
        return consent_source_text(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeDialog", "yes")
            if value
            else QCoreApplication.translate("MergeDialog", "no")
        )
    if field == "data" and isinstance(value, int):
        return QCoreApplication.translate("MergeDialog", "%1 kB").replace(
            "%1", str(max(1, round(value / 1024)))
        )
    return str(value)


def added_line(table: str, n: int) -> str:
    # Spelled out in full each time: lupdate does not see through an alias.
    lines = {
        "organisation": MergeCounts.tr("%n new organisation(s)", "", n),
        "participant": MergeCounts.tr("%n new participant(s)", "", n),
        "question": MergeCounts.tr("%n new question(s)", "", n),
        "theme": MergeCounts.tr("%n new theme(s)", "", n),
        "idea": MergeCounts.tr("%n new idea(s)", "", n),
        "attachment": MergeCounts.tr("%n new photo(s)", "", n),
    }
    return lines.get(table, f"{n} {table}")


def warning_text(warning: MergeWarning) -> str:
    n = warning.count
    if warning.code is WarningCode.NAME_TAKEN:
        return MergeCounts.tr(
            "%n organisation name(s) from the copy already used by another organisation here: "
            "this workshop's name kept",
            "",
            n,
        )
    texts = {
        ("idea", "source_group_id"): MergeCounts.tr(
            "%n idea(s) from a group that is not in this workshop", "", n
        ),
        ("idea", "question_id"): MergeCounts.tr(
            "%n idea(s) for a question that is not in this workshop", "", n
        ),
        ("idea", "theme_id"): MergeCounts.tr(
            "%n idea(s) sorted into a theme that is not in this workshop", "", n
        ),
        ("idea", "author_id"): MergeCounts.tr(
            "%n idea(s) by an author who is not in this workshop", "", n
        ),
        ("idea", "merged_into_id"): MergeCounts.tr(
            "%n idea(s) merged into an idea that is not in this workshop", "", n
        ),
        ("theme", "question_id"): MergeCounts.tr(
            "%n theme(s) for a question that is not in this workshop", "", n
        ),
        ("question", "round_id"): MergeCounts.tr(
            "%n question(s) for a group round that is not in this workshop", "", n
        ),
        ("attachment", "question_id"): MergeCounts.tr(
            "%n photo(s) for a question that is not in this workshop", "", n
        ),
    }
    return texts.get((warning.table, warning.field), warning.message)


def describe(summary: MergeSummary) -> str:
    """What comes in (a plan) or came in (a report), as the user reads it."""
    lines: list[str] = []
    for table, count in summary.added.items():
        if count:
            lines.append(added_line(table, count))
    updated, deleted = sum(summary.updated.values()), sum(summary.deleted.values())
    if updated:
        lines.append(MergeCounts.tr("%n conflict(s) resolved with the copy's version", "", updated))
    if deleted:
        lines.append(MergeCounts.tr("%n deletion(s) from the copy applied here", "", deleted))
    if summary.tombstones_added:
        lines.append(
            MergeCounts.tr(
                "%n deletion(s) made on the other laptop, remembered here too",
                "",
                summary.tombstones_added,
            )
        )
    if not lines:
        lines.append(
            QCoreApplication.translate(
                "MergeDialog", "Nothing new: this workshop already has everything in the copy."
            )
        )
    skipped = sum(summary.skipped_deleted.values())
    if skipped:
        lines.append(MergeCounts.tr("%n item(s) deleted here, left out", "", skipped))
    indent = "    "
    for name in summary.same_organisations:
        lines.append(
            QCoreApplication.translate(
                "MergeDialog", "“%1” is an organisation already here: not added again"
            ).replace("%1", name)
        )
    for person in summary.same_people:
        lines.append(
            QCoreApplication.translate(
                "MergeDialog", "%1 is %2, already here (the same e-mail): not added again"
            )
            .replace("%1", person.name)
            .replace("%2", person.here)
            if person.matched_by == "email"
            else QCoreApplication.translate(
                "MergeDialog",
                "%1 is %2, already here (the same name and organisation): not added again",
            )
            .replace("%1", person.name)
            .replace("%2", person.here)
        )
    if summary.warnings:
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "MergeDialog", "Left empty, because it is not in this workshop:"
            )
        )
        lines.extend(f"{indent}{warning_text(warning)}" for warning in summary.warnings)
    if summary.added_ideas:
        lines.append("")
        lines.append(QCoreApplication.translate("MergeDialog", "New ideas:"))
        lines.extend(f"{indent}• {text}" for text in summary.added_ideas[:SHOWN_IDEAS])
        hidden = len(summary.added_ideas) - SHOWN_IDEAS
        if hidden > 0:
            lines.append(indent + MergeCounts.tr("… and %n more", "", hidden))
    return "\n".join(lines)


class ConflictModel(QAbstractTableModel):
    """One row per conflict: a "take theirs" check box, what it is, the fields that differ
    with this workshop's and the copy's values, and which was changed later."""

    TAKE, ITEM, FIELDS, OURS, THEIRS, NEWER = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []
        self._taken: set[str] = set()
        self._editable = True

    def set_conflicts(self, conflicts: tuple[Conflict, ...], editable: bool) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._taken = {c.key for c in conflicts if c.taken}
        self._editable = editable
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    @property
    def taken(self) -> frozenset[str]:
        return frozenset(self._taken)

    def set_taken(self, keys: frozenset[str]) -> None:
        self._taken = {c.key for c in self._conflicts if c.key in keys}
        if self._conflicts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._conflicts) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not self._editable:  # a report: what was taken, and what was here before
            return (
                self.tr("Taken"),
                self.tr("Item"),
                self.tr("What differs"),
                self.tr("Here before the merge"),
                self.tr("Their copy"),
                self.tr("Changed later"),
            )[section]
        return (
            self.tr("Take theirs"),
            self.tr("Item"),
            self.tr("What differs"),
            self.tr("This workshop"),
            self.tr("Their copy"),
            self.tr("Changed later"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TAKE and self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self._conflicts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.TAKE:
            taken = conflict.key in self._taken
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.ITEM, self.OURS, self.THEIRS):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        deleted = conflict.kind is ConflictKind.DELETED_THERE
        if column == self.ITEM:
            return f"{table_label(conflict.table)}: {conflict.label}"
        if column == self.FIELDS:
            if deleted:
                return self.tr("Deleted on the other laptop")
            return "\n".join(field_label(f.field) for f in conflict.fields)
        if column == self.OURS:
            if deleted:
                return self.tr("Present")
            return "\n".join(value_text(f.field, f.ours) for f in conflict.fields)
        if column == self.THEIRS:
            if deleted:
                return self.tr("Deleted")
            return "\n".join(value_text(f.field, f.theirs) for f in conflict.fields)
        if column == self.NEWER:
            return self.tr("Their copy") if conflict.theirs_newer else self.tr("This workshop")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.TAKE:
            return False
        if not self._editable:
            return False
        key = self._conflicts[index.row()].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._taken.add(key)
        else:
            self._taken.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class MergeDialog(QDialog):
    """Signals ``planned`` when the copy has been read, ``merged`` when the merge is written,
    ``failed`` with the text shown when either went wrong."""

    planned = Signal()
    merged = Signal()
    failed = Signal(str)

    def __init__(self, session: WorkshopSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.plan: MergePlan | None = None
        self.report: MergeReport | None = None
        self.error = ""
        self._merging = False
        self._closed = False  # results of a task that finishes after closing are dropped
        self.setWindowTitle(self.tr("Merge a group leader's file"))
        self.resize(960, 680)
        self._build()
        self._connect()
        self._start_plan()

    # --- layout ---
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label = QLabel(self.tr("What comes in"))
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.model = ConflictModel(self)
        self.conflict_view = QTableView()
        self.conflict_view.setModel(self.model)
        self.conflict_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_view.setWordWrap(True)
        self.conflict_view.verticalHeader().setVisible(False)
        header = self.conflict_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 96), (1, 230), (2, 110), (3, 200), (4, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.newer_button = QPushButton(self.tr("Take theirs where their copy is newer"))
        self.ours_button = QPushButton(self.tr("Keep all of this workshop's"))
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.newer_button)
        conflict_buttons.addWidget(self.ours_button)
        conflict_buttons.addStretch(1)
        self.note = QLabel(
            self.tr(
                "A backup is taken before merging: File → Restore from backup… undoes the "
                "merge (Undo cannot). The group leader's file is only read, never changed."
            )
        )
        self.note.setWordWrap(True)
        role_style(self.note, Role.MUTED)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout.addWidget(self.intro)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflict_view, 2)
        layout.addLayout(conflict_buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._show_conflicts(())

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.newer_button.clicked.connect(self._take_newer)
        self.ours_button.clicked.connect(lambda: self.model.set_taken(frozenset()))

    # --- reading the copy ---
    def _start_plan(self) -> None:
        self.intro.setText(self.tr("Reading “%1”…").replace("%1", self.path.name))
        self.summary.setPlainText(self.tr("Comparing the copy with this workshop…"))
        doc, path = self.session.doc, self.path
        run_task(lambda _p: plan_merge(doc, path), self._on_planned, self._on_plan_failed)

    def _on_planned(self, plan: MergePlan) -> None:
        if self._closed:
            return
        self.plan = plan
        self.intro.setText(
            self.tr(
                "Merging “%1” (“%2”) into this workshop. Nothing changes until you press Merge."
            )
            .replace("%1", self.path.name)
            .replace("%2", plan.other_title)
        )
        self.summary.setPlainText(describe(plan))
        self._show_conflicts(plan.conflicts)
        self.merge_button.setEnabled(not plan.nothing_new or bool(plan.conflicts))
        self.planned.emit()

    def _on_plan_failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self.intro.setText(self.tr("“%1” cannot be merged.").replace("%1", self.path.name))
        self._fail(merge_error_text(exc))

    def _show_conflicts(self, conflicts: tuple[Conflict, ...], editable: bool = True) -> None:
        self.model.set_conflicts(conflicts, editable)
        has = bool(conflicts)
        for widget in (self.conflicts_label, self.conflict_view):
            widget.setVisible(has)
        for button in (self.newer_button, self.ours_button):
            button.setVisible(has and editable)
        if editable:
            self.conflicts_label.setText(
                self.tr(
                    "%n conflict(s): changed differently in the two files, or deleted on the "
                    "other laptop. This workshop's version is kept unless you tick “Take "
                    "theirs”.",
                    "",
                    len(conflicts),
                )
            )
        else:
            self.conflicts_label.setText(
                self.tr("%n conflict(s); ticked ones were taken from the copy.", "", len(conflicts))
            )
        self.conflict_view.resizeRowsToContents()

    def _take_newer(self) -> None:
        if self.plan is not None:
            self.model.set_taken(self.plan.newer_theirs())

    # --- merging ---
    def merge(self) -> None:
        if self.plan is None or self._merging or self.report is not None:
            return
        self._merging = True
        self.merge_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.conflict_view.setEnabled(False)
        self.summary.setPlainText(self.tr("Taking a backup and merging…"))
        doc, plan, take = self.session.doc, self.plan, self.model.taken
        run_task(lambda _p: apply_merge(doc, plan, take), self._on_merged, self._on_merge_failed)

    def _on_merged(self, report: MergeReport) -> None:
        self._merging = False
        self.report = report
        self.session.reload()
        self.intro.setText(
            self.tr("Merged “%1” into this workshop.").replace("%1", self.path.name)
            if not report.nothing_new
            else self.tr(
                "Nothing was merged: this workshop already has everything in “%1”."
            ).replace("%1", self.path.name)
        )
        self.summary_label.setText(self.tr("What came in"))
        self.summary.setPlainText(describe(report))
        self.conflict_view.setEnabled(True)
        self._show_conflicts(report.conflicts, editable=False)
        if report.backup is not None:
            self.note.setText(
                self.tr("A backup was taken first: File → Restore from backup… undoes this merge.")
            )
        self.merge_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.merged.emit()

    def _on_merge_failed(self, exc: Exception) -> None:
        self._merging = False
        self.conflict_view.setEnabled(True)
        self.close_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        self.intro.setText(self.tr("The merge failed; this workshop was not changed."))
        self._fail(merge_error_text(exc))

    def _fail(self, text: str) -> None:
        self.error = text
        self.summary_label.setText(self.tr("Why"))
        self.summary.setPlainText(text)
        if self.plan is None:
            self.merge_button.setEnabled(False)
        self.failed.emit(text)

    def reject(self) -> None:
        if self._merging:
            return  # the merge is being written: it takes moments, and must not be cut off
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
