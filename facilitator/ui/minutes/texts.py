"""The minutes' words in the user's language: section and preset names, action statuses, and
why an edit or an export was refused.

Core gives keys and codes (``core.minutes.SECTIONS``, ``MinutesError.code``,
``ExportError.code``); the Minutes page and the controller word them here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.minutes import ActionStatus, PresetData


def section_name(key: str) -> str:
    names = {
        "cover": QCoreApplication.translate("Minutes", "Cover"),
        "summary": QCoreApplication.translate("Minutes", "Summary"),
        "agenda": QCoreApplication.translate("Minutes", "Agenda"),
        "participants": QCoreApplication.translate("Minutes", "Participants"),
        "groups": QCoreApplication.translate("Minutes", "Groups"),
        "ideas": QCoreApplication.translate("Minutes", "Ideas"),
        "votes": QCoreApplication.translate("Minutes", "Voting results"),
        "actions": QCoreApplication.translate("Minutes", "Action items"),
        "notes": QCoreApplication.translate("Minutes", "Facilitator's notes"),
    }
    return names.get(key, key)


def preset_name(preset: PresetData) -> str:
    """A built-in preset's translated name; a saved preset's own name."""
    if not preset.builtin:
        return preset.name
    names = {
        "full": QCoreApplication.translate("Minutes", "Full minutes"),
        "board-summary": QCoreApplication.translate("Minutes", "Short summary for the board"),
    }
    return names.get(preset.name, preset.name)


def status_name(status: ActionStatus) -> str:
    if status is ActionStatus.DONE:
        return QCoreApplication.translate("Minutes", "Done")
    return QCoreApplication.translate("Minutes", "Open")


def minutes_error_text(code: str) -> str:
    texts = {
        "no_sections": QCoreApplication.translate(
            "Minutes", "Choose at least one section besides the notes."
        ),
        "unknown_section": QCoreApplication.translate(
            "Minutes", "That section is not part of the minutes."
        ),
        "empty_name": QCoreApplication.translate("Minutes", "A preset needs a name."),
        "builtin_name": QCoreApplication.translate(
            "Minutes", "That name belongs to a built-in preset: choose another one."
        ),
        "no_preset": QCoreApplication.translate(
            "Minutes", "That preset no longer exists (it may have been deleted)."
        ),
        "empty_action": QCoreApplication.translate(
            "Minutes", "An action item needs a text (what is to be done)."
        ),
        "no_action": QCoreApplication.translate(
            "Minutes", "That action item no longer exists (it may have been deleted)."
        ),
    }
    return texts.get(
        code, QCoreApplication.translate("Minutes", "The minutes could not be changed.")
    )


def export_error_text(code: str) -> str:
    texts = {
        "not_a_folder": QCoreApplication.translate(
            "Minutes", "This is a file, not a folder: choose a folder for the CSV files."
        ),
        "is_a_folder": QCoreApplication.translate(
            "Minutes", "This is a folder: choose a file name for the workbook."
        ),
        "no_folder": QCoreApplication.translate("Minutes", "The folder does not exist."),
        "disk_full": QCoreApplication.translate(
            "Minutes", "The disk is full. Nothing was written; an earlier export is unchanged."
        ),
        "not_allowed": QCoreApplication.translate(
            "Minutes",
            "The export cannot be written here: the folder is read-only or the file is open "
            "in another program (close it and try again). An earlier export is unchanged.",
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "Minutes", "The export could not be written. An earlier export is unchanged."
        ),
    )
