"""Import a sign-up list: preview the proposed column mapping, let the user change it, see
what the import will do (a dry run, off the GUI thread), then import in one transaction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ColumnMapping,
    ImportField,
    ImportReport,
    SourceTable,
    import_participants,
)
from facilitator.ui.common.forms.ui_import_dialog import Ui_ImportDialog
from facilitator.ui.common.progress import count_text
from facilitator.ui.common.tasks import run_task

Index = QModelIndex | QPersistentModelIndex


class ImportCounts(QObject):
    """Texts with a count. ``pyside6-lupdate`` gives plural forms only to ``tr`` (on a class
    or ``self``); ``QCoreApplication.translate(context, text, "", n)`` is extracted as a plain
    message, and its translation never used for plurals."""

    def lines(self, report: ImportReport) -> list[str]:
        """What the import did, one count a line."""
        # Spelled out in full each time: lupdate does not see through an alias.
        return [
            self.tr("%n new participant(s)", "", report.imported),
            self.tr("%n updated", "", report.updated),
            self.tr("%n already up to date", "", report.unchanged),
            self.tr("%n duplicate row(s) merged", "", report.merged_duplicates),
            self.tr("%n row(s) rejected", "", len(report.rejected)),
        ]


EXAMPLES = 3


def field_label(field: ImportField | None) -> str:
    if field is None:
        return QCoreApplication.translate("ImportField", "Ignore")
    return {
        ImportField.NAME: QCoreApplication.translate("ImportField", "Full name"),
        ImportField.FIRST_NAME: QCoreApplication.translate("ImportField", "First name"),
        ImportField.LAST_NAME: QCoreApplication.translate("ImportField", "Last name"),
        ImportField.EMAIL: QCoreApplication.translate("ImportField", "E-mail"),
        ImportField.PHONE: QCoreApplication.translate("ImportField", "Phone"),
        ImportField.ORGANISATION: QCoreApplication.translate("ImportField", "Organisation"),
        ImportField.ROLE_TITLE: QCoreApplication.translate("ImportField", "Role or title"),
        ImportField.DIETARY: QCoreApplication.translate("ImportField", "Dietary needs"),
        ImportField.OVERNIGHT: QCoreApplication.translate("ImportField", "Overnight stay"),
        ImportField.NOTES: QCoreApplication.translate("ImportField", "Notes"),
        ImportField.TAGS: QCoreApplication.translate("ImportField", "Tags"),
        ImportField.SECTOR: QCoreApplication.translate("ImportField", "Sector"),
        ImportField.MUNICIPALITY: QCoreApplication.translate("ImportField", "Municipality"),
        ImportField.CONSENT_SHARE_CONTACT: QCoreApplication.translate(
            "ImportField", "Consent: share contact details"
        ),
        ImportField.CONSENT_PHOTOS: QCoreApplication.translate("ImportField", "Consent: photos"),
        ImportField.CONSENT_MINUTES: QCoreApplication.translate(
            "ImportField", "Consent: receive the minutes"
        ),
    }[field]


def reason_label(reason: str) -> str:
    return {
        "no_name": QCoreApplication.translate("ImportReport", "no name"),
        "invalid_email": QCoreApplication.translate("ImportReport", "invalid e-mail address"),
        "unrecognised_yes_no": QCoreApplication.translate(
            "ImportReport", "not a yes or no, left empty"
        ),
    }.get(reason, reason)


def describe(report: ImportReport) -> str:
    """The report as the user reads it, in their language."""
    lines = ImportCounts().lines(report)
    indent = "    "
    for merge in report.merged[:20]:
        lines.append(
            indent
            + QCoreApplication.translate("ImportReport", "row %1 is the same person as row %2")
            .replace("%1", str(merge.row))
            .replace("%2", str(merge.into_row))
        )
    for issue in (*report.rejected, *report.warnings)[:50]:
        lines.append(
            indent
            + QCoreApplication.translate("ImportReport", "row %1: %2 (%3)")
            .replace("%1", str(issue.row))
            .replace("%2", reason_label(issue.reason))
            .replace("%3", issue.detail)
        )
    return "\n".join(lines)


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its heading, example values and the field it feeds."""

    mapping_changed = Signal()

    def __init__(self, table: SourceTable, mapping: ColumnMapping, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.mapping = mapping
        self._examples = [", ".join(table.column_values(i, EXAMPLES)) for i in range(table.width)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.table.width

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column in the file"), self.tr("Imports as"), self.tr("Examples"))[
                section
            ]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.table.headers[column] or self.tr("(no heading)")
            if index.column() == 1:
                return field_label(self.mapping.fields[column])
            return self._examples[column]
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            field = self.mapping.fields[column]
            return field.value if field else ""
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(self.mapping.fields[column] is not None)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        field = ImportField(value) if value else None
        self.set_field(index.row(), field)
        return True

    def set_field(self, column: int, field: ImportField | None) -> None:
        self.mapping = self.mapping.with_field(column, field)
        # Choosing a single-column field may have unset it elsewhere: refresh the whole column.
        self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
        self.mapping_changed.emit()


class FieldDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(field_label(None), "")
        for field in ImportField:
            combo.addItem(field_label(field), field.value)
        # Picking an entry is the whole edit: commit at once, no Enter needed.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """Shows ``table`` with ``mapping`` and a dry-run preview; ``accept()`` leaves the final
    mapping in :attr:`mapping` for the caller to import."""

    preview_ready = Signal(str)

    def __init__(
        self,
        doc: WorkshopDocument,
        table: SourceTable,
        mapping: ColumnMapping,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._language = language  # the workshop's, for numbers
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._doc = doc
        self.model = MappingModel(table, mapping, self)
        self.ui.mappingView.setModel(self.model)
        self.ui.mappingView.setItemDelegateForColumn(1, FieldDelegate(self.ui.mappingView))
        header = self.ui.mappingView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 190)
        self.ui.lastFirstCheck.setChecked(mapping.names_last_first)
        self.ui.sourceLabel.setText(self._source_text(table))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.last_preview: ImportReport | None = None
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._preview)
        self.model.mapping_changed.connect(self._debounce.start)
        self.ui.lastFirstCheck.toggled.connect(self._on_last_first)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._preview()

    @property
    def mapping(self) -> ColumnMapping:
        return self.model.mapping

    def _source_text(self, table: SourceTable) -> str:
        details = (
            self.tr("sheet “%1”").replace("%1", table.sheet)
            if table.file_format == "xlsx"
            else self.tr("%1, separated by “%2”")
            .replace("%1", table.encoding)
            .replace("%2", self.tr("Tab") if table.delimiter == "\t" else table.delimiter)
        )
        return (
            self.tr("%1 — %2, headings in row %3, %n row(s) of people", "", len(table.rows))
            .replace("%1", table.path.name)
            .replace("%2", details)
            .replace("%3", str(table.header_row))
        )

    def _on_last_first(self, on: bool) -> None:
        self.model.mapping = self.model.mapping.with_names_last_first(on)
        self._debounce.start()

    def _preview(self) -> None:
        if not self.mapping.has_name:
            self.ok_button.setEnabled(False)
            self.ui.summaryText.setPlainText(
                self.tr("Choose the column (or the first and last name columns) with the names.")
            )
            return
        self._generation += 1
        generation, doc, table, mapping = (
            self._generation,
            self._doc,
            self.model.table,
            self.mapping,
        )
        self.ok_button.setEnabled(False)
        self.ui.summaryText.setPlainText(self.tr("Checking the list…"))

        def done(report: object) -> None:
            if generation != self._generation:
                return  # a newer mapping is being checked
            assert isinstance(report, ImportReport)
            self.last_preview = report
            text = describe(report)
            self.ui.summaryText.setPlainText(text)
            self.ok_button.setEnabled(report.imported + report.updated > 0)
            self.preview_ready.emit(text)

        def progressed(done: int, total: int) -> None:
            if generation == self._generation and done < total:
                self.ui.summaryText.setPlainText(
                    self.tr("Checking the list… %1 of %2 rows")
                    .replace("%1", count_text(done, self._language))
                    .replace("%2", count_text(total, self._language))
                )

        def stale() -> bool:  # asked on the worker thread: a newer mapping makes this moot
            return generation != self._generation

        run_task(
            lambda progress: import_participants(
                doc, table, mapping, dry_run=True, progress=progress, cancelled=stale
            ),
            on_done=done,
            on_error=lambda exc: self.ui.summaryText.setPlainText(str(exc)),
            on_progress=progressed,
            name="the preview of an import",
        )
