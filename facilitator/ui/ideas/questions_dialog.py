"""Define the questions the groups work on, for the whole workshop or for one round.

Each button is one edit through the controller (so it is saved and can be undone); the
list follows the session, so an undo while the dialog is open shows at once.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from facilitator.core import ideas
from facilitator.ui.common.combos import select_data
from facilitator.ui.common.forms.ui_questions_dialog import Ui_QuestionsDialog
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.controller import IdeasController

Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.questions: list[ideas.QuestionData] = []

    def set_questions(self, questions: list[ideas.QuestionData]) -> None:
        self.beginResetModel()
        self.questions = questions
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            scope = question.round_title or self.tr("Whole workshop")
            return f"{question.text}\n— {scope}"
        if role == Qt.ItemDataRole.UserRole:
            return question.id
        return None


class QuestionsDialog(QDialog):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QuestionsDialog()
        self.ui.setupUi(self)
        self._session = session
        self._controller = IdeasController(session, self)
        self.model = QuestionsModel(self)
        self.ui.questionList.setModel(self.model)
        self.ui.questionList.selectionModel().currentChanged.connect(self._show_current)
        self.ui.scopeCombo.addItem(self.tr("Whole workshop"), None)
        for r in self._controller.rounds():
            self.ui.scopeCombo.addItem(r.title, r.id)
        self.ui.addButton.clicked.connect(self.add_question)
        self.ui.saveButton.clicked.connect(self.save_question)
        self.ui.deleteButton.clicked.connect(self.delete_question)
        session.ideas_changed.connect(self._reload, Qt.ConnectionType.QueuedConnection)
        self._reload()
        if self.model.questions:
            self.ui.questionList.setCurrentIndex(self.model.index(0))
        else:
            self._show_current(QModelIndex())

    def current_id(self) -> uuid.UUID | None:
        index = self.ui.questionList.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def add_question(self) -> None:
        made = self._controller.add_question(self._text(), self.ui.scopeCombo.currentData())
        if made is not None:  # otherwise the main window says why
            self._reload(select=made.id)

    def save_question(self) -> None:
        question_id = self.current_id()
        if question_id is None:
            return
        if self._controller.update_question(
            question_id, self._text(), self.ui.scopeCombo.currentData()
        ):
            self._reload(select=question_id)

    def delete_question(self) -> None:
        question_id = self.current_id()
        if question_id is None:
            return
        count = sum(1 for i in self._controller.board().ideas if i.question_id == question_id)
        if count:
            answer = QMessageBox.question(
                self,
                self.tr("Delete question"),
                self.tr(
                    "Delete this question with its %n idea(s), its themes and photos? "
                    "Edit → Undo brings them back.",
                    "",
                    count,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._controller.delete_question(question_id)
        self._reload()

    def _text(self) -> str:
        return self.ui.textEdit.toPlainText()

    def _reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.current_id()
        self.model.set_questions(self._controller.questions())
        for row, question in enumerate(self.model.questions):
            if question.id == keep:
                self.ui.questionList.setCurrentIndex(self.model.index(row))
                break
        self._show_current(self.ui.questionList.currentIndex())

    def _show_current(self, index: Index, _previous: Index | None = None) -> None:
        has = index.isValid()
        self.ui.saveButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)
        if not has:
            return
        question = self.model.questions[index.row()]
        self.ui.textEdit.setPlainText(question.text)
        select_data(self.ui.scopeCombo, question.round_id)
