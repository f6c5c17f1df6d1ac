"""The outbox lists and sends its messages alphabetically as the workshop's language sorts
names: in Norwegian Æ Ø Å come after Z ("Ågot" last), in English Ø reads as O."""

from __future__ import annotations

import pytest
from smtp_server import MemoryKeyring, Server

from facilitator.core import outbox
from facilitator.core.details import get_details, update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, ParticipantFields, add_participant
from facilitator.store.models import Language

PDF = b"%PDF-1.4\n% minutes\n%%EOF\n"
PEOPLE = [
    ("Ågot Aune", "agot@example.no"),
    ("Ødegård Olsen", "odegard@example.no"),
    ("Zara Berg", "zara@example.org"),
    ("Anna Dahl", "anna@example.org"),
    ("Per Nilsen", "per@example.org"),
]


@pytest.fixture(autouse=True)
def _no_real_keyring(memory_keyring: MemoryKeyring) -> None:
    """Never the user's keyring."""


def queued(doc: WorkshopDocument, language: Language) -> outbox.BatchData:
    update_details(doc, title="Sterke bygder", language=language, organiser="Distriktssenteret")
    for name, address in PEOPLE:
        add_participant(doc, ParticipantFields(name, address), AttendanceStatus.CHECKED_IN)
    details = get_details(doc)
    subject, body = outbox.default_subject_and_body(details.language, details)
    file_name = outbox.attachment_file_name(details.language, details)
    recipients = outbox.default_recipients(doc).recipients
    return outbox.queue_minutes(doc, subject, body, file_name, PDF, recipients)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.NORWEGIAN_BOKMAL,
            ["Anna Dahl", "Per Nilsen", "Zara Berg", "Ødegård Olsen", "Ågot Aune"],
        ),
        (
            Language.ENGLISH,
            ["Ågot Aune", "Anna Dahl", "Ødegård Olsen", "Per Nilsen", "Zara Berg"],
        ),
    ],
)
def test_the_outbox_lists_recipients_in_the_languages_order(
    new_doc: WorkshopDocument, language: Language, expected: list[str]
) -> None:
    batch = queued(new_doc, language)
    assert [m.name for m in outbox.batch_status(new_doc, batch.id)] == expected
    assert [m.name for m in outbox.batch_status(new_doc)] == expected


def test_messages_are_sent_in_the_languages_order(
    new_doc: WorkshopDocument, server: Server
) -> None:
    queued(new_doc, Language.NORWEGIAN_BOKMAL)
    report = outbox.deliver(new_doc, server.settings(), None)
    assert report.outcome is outbox.DeliveryOutcome.DELIVERED, report.detail
    expected = ["Anna Dahl", "Per Nilsen", "Zara Berg", "Ødegård Olsen", "Ågot Aune"]
    assert [m.name for m in report.sent] == expected
    address = dict(PEOPLE)
    assert [tos for _, tos, _ in server.handler.messages] == [[address[n]] for n in expected]
