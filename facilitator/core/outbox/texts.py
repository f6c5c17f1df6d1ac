"""The words of "Send minutes" in the workshop's language: the subject and text the message
starts with, and the attachment's file name.
"""

from __future__ import annotations

import re

from facilitator.core.details import WorkshopDetails
from facilitator.core.text import clean
from facilitator.store.models import Language

_TEXTS: dict[Language, tuple[str, str, str, str]] = {
    # file name word, subject, body (without signature), closing
    Language.ENGLISH: (
        "Minutes",
        "Minutes: {title}",
        "Hello,\n\nThank you for taking part in {title}. The minutes are attached as a PDF.",
        "Best regards,",
    ),
    Language.NORWEGIAN_BOKMAL: (
        "Referat",
        "Referat: {title}",
        "Hei,\n\nTakk for at du deltok på {title}. Referatet ligger vedlagt som PDF.",
        "Vennlig hilsen",
    ),
    Language.DANISH: (
        "Referat",
        "Referat: {title}",
        "Hej\n\nTak fordi du deltog i {title}. Referatet er vedhæftet som PDF.",
        "Venlig hilsen",
    ),
    Language.SWEDISH: (
        "Minnesanteckningar",
        "Minnesanteckningar: {title}",
        "Hej!\n\nTack för att du deltog i {title}. Minnesanteckningarna finns bifogade som PDF.",
        "Vänliga hälsningar",
    ),
    Language.DUTCH: (
        "Verslag",
        "Verslag: {title}",
        "Beste deelnemer,\n\nBedankt voor je deelname aan {title}. "
        "Het verslag zit als pdf in de bijlage.",
        "Met vriendelijke groet,",
    ),
}


def default_subject_and_body(language: Language | str, details: WorkshopDetails) -> tuple[str, str]:
    """The subject and text "Send minutes" starts with, in the workshop's language."""
    _, subject, body, closing = _TEXTS[Language(language)]
    title = clean(details.title)
    signature = [", ".join(details.facilitators), clean(details.organiser)]
    signature = [line for line in signature if line]
    text = body.format(title=title)
    if signature:
        text += "\n\n" + closing + "\n" + "\n".join(signature)
    return subject.format(title=title), text + "\n"


def attachment_file_name(language: Language | str, details: WorkshopDetails) -> str:
    """The attachment's name ("Minutes - Title.pdf") in the workshop's language, safe on
    every file system."""
    word = _TEXTS[Language(language)][0]
    title = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "-", clean(details.title)).strip(" .-")
    return f"{word} - {title[:100]}.pdf" if title else f"{word}.pdf"
