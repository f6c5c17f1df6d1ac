"""SQLAlchemy models for the whole workshop domain.

The schema is designed up front for every planned feature (participants, groups, ideas,
voting, minutes, mail outbox) so that later work adds behaviour, not reshapes tables.

Every row has a UUID key: a group leader's copy of a workshop, captured on another laptop,
must merge into the facilitator's file without key clashes. ``created_at``/``updated_at`` are
timezone-aware UTC so that merges can tell which edit is newer.

Only portable column types are used (no SQLite-only SQL): a shared PostgreSQL server is a
planned option.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Defined apart so they can be used before SQLAlchemy loads; re-exported for existing imports.
from facilitator.store.vocabulary import BlockKind as BlockKind
from facilitator.store.vocabulary import Language as Language


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as UTC; SQLite would otherwise hand back naive values."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(),
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
        dt.time: Time(),
        str: String(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Keyed:
    """Mixin: UUID primary key and audit times."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as plain strings (no native ENUM type) so files stay portable and new members
    # need no database migration.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class AttendanceStatus(enum.StrEnum):
    REGISTERED = "registered"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class VoteMethod(enum.StrEnum):
    DOTS = "dots"
    POINTS = "points"
    RANKING = "ranking"
    RATING = "rating"
    APPROVAL = "approval"


class VoteStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class BallotChannel(enum.StrEnum):
    TALLY = "tally"  # dot counts typed from paper
    KIOSK = "kiosk"  # one voter at a time on the facilitator's laptop
    PAPER = "paper"  # a paper ballot typed in
    GROUP = "group"  # a group leader enters the group's allocation
    PHONE = "phone"  # one voter on their own phone, through the venue network


class ConsentSource(enum.StrEnum):
    """Where a consent was given, so the facilitator can show it when asked (GDPR art. 7)."""

    NONE = ""  # never asked: the default applies
    FORM = "form"  # the participant's own form (registration, the participant dialog)
    IMPORT = "import"  # a column of an imported sign-up list
    DESK = "desk"  # said at the check-in desk


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"


class OutboxStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Workshop(Keyed, Base):
    __tablename__ = "workshop"

    title: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    language: Mapped[Language] = mapped_column(_enum(Language), default=Language.ENGLISH)
    facilitators: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    day_start: Mapped[dt.time] = mapped_column(default=dt.time(9, 0))
    # IANA zone of the venue ("Europe/Oslo"); recorded times are UTC and shown in this zone.
    # Empty means the laptop's own zone.
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)

    agenda: Mapped[list[AgendaBlock]] = relationship(
        back_populates="workshop", order_by="AgendaBlock.position", cascade="all, delete-orphan"
    )


class AgendaBlock(Keyed, Base):
    """One item of the programme. Start times are derived (see core.agenda) unless pinned."""

    __tablename__ = "agenda_block"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer, default=0)
    pinned_start: Mapped[dt.time | None]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[BlockKind] = mapped_column(_enum(BlockKind), default=BlockKind.PLENARY)
    lead: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[dt.datetime | None]
    actual_end: Mapped[dt.datetime | None]

    workshop: Mapped[Workshop] = relationship(back_populates="agenda")


class Organisation(Keyed, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300))
    # Case- and whitespace-folded name: "Vinger Trevare AS" and " vinger trevare as" are one.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    sector: Mapped[str] = mapped_column(String(200), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")


class Participant(Keyed, Base):
    __tablename__ = "participant"

    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    email_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    role_title: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    dietary: Mapped[str] = mapped_column(String(300), default="")
    overnight: Mapped[bool] = mapped_column(Boolean, default=False)
    # Three separate consents, each with when and where it was given. Receiving the minutes
    # is the workshop's own follow-up (on unless the person opts out); sharing contact
    # details with the other participants and appearing in photos are opt-in.
    consent_minutes: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_minutes_at: Mapped[dt.datetime | None]
    consent_minutes_source: Mapped[ConsentSource] = mapped_column(
        _enum(ConsentSource), default=ConsentSource.NONE
    )
    consent_share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_share_contact_at: Mapped[dt.datetime | None]
    consent_share_contact_source: Mapped[ConsentSource] = mapped_column(
        _enum(ConsentSource), default=ConsentSource.NONE
    )
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos_at: Mapped[dt.datetime | None]
    consent_photos_source: Mapped[ConsentSource] = mapped_column(
        _enum(ConsentSource), default=ConsentSource.NONE
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship()


class Attendance(Keyed, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("workshop_id", "participant_id"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        _enum(AttendanceStatus), default=AttendanceStatus.REGISTERED
    )
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    checked_in_at: Mapped[dt.datetime | None]
    checked_out_at: Mapped[dt.datetime | None]
    cancelled_at: Mapped[dt.datetime | None]

    # Many-to-one links: they also tell the unit of work to insert parents first.
    workshop: Mapped[Workshop] = relationship()
    participant: Mapped[Participant] = relationship()


class GroupRound(Keyed, Base):
    __tablename__ = "group_round"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    agenda_block_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_block.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    group_count: Mapped[int | None]
    group_size: Mapped[int | None]
    # Rules the facilitator ticked for the solver (spread organisations, balance tag, ...).
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)

    workshop: Mapped[Workshop] = relationship()


class BreakoutGroup(Keyed, Base):
    __tablename__ = "breakout_group"

    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group_round.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200), default="")
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL")
    )

    round: Mapped[GroupRound] = relationship()
    question: Mapped[Question | None] = relationship()


class Membership(Keyed, Base):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("group_id", "participant_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    # A placement the facilitator locked stays when the solver runs again.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    group: Mapped[BreakoutGroup] = relationship()
    participant: Mapped[Participant] = relationship()


class Question(Keyed, Base):
    __tablename__ = "question"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    round_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("group_round.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    workshop: Mapped[Workshop] = relationship()
    round: Mapped[GroupRound | None] = relationship()


class Theme(Keyed, Base):
    __tablename__ = "theme"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    colour: Mapped[str] = mapped_column(String(16), default="#4c78a8")

    question: Mapped[Question | None] = relationship()


class Idea(Keyed, Base):
    __tablename__ = "idea"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL"), index=True
    )
    source_group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="SET NULL")
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    theme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), index=True
    )
    # A duplicate merged into another idea keeps its row (and source group) so it can be split.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("idea.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    question: Mapped[Question | None] = relationship()
    source_group: Mapped[BreakoutGroup | None] = relationship()
    author: Mapped[Participant | None] = relationship()
    theme: Mapped[Theme | None] = relationship()


class Attachment(Keyed, Base):
    """A photo of a flipchart or sticky-note wall, kept inside the workshop file."""

    __tablename__ = "attachment"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE")
    )
    filename: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100))
    caption: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)

    question: Mapped[Question | None] = relationship()


class VoteSession(Keyed, Base):
    __tablename__ = "vote_session"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    method: Mapped[VoteMethod] = mapped_column(_enum(VoteMethod))
    # Method settings: dots per voter, cap per item, negative dots, point budget, top k, ...
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    show_live: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[VoteStatus] = mapped_column(_enum(VoteStatus), default=VoteStatus.DRAFT)
    opened_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]

    question: Mapped[Question | None] = relationship()


class VoteItem(Keyed, Base):
    """What is voted on: an idea, a theme, or a free shortlist entry."""

    __tablename__ = "vote_item"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), index=True
    )
    idea_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    theme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("theme.id", ondelete="SET NULL"))
    label: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[VoteSession] = relationship()
    idea: Mapped[Idea | None] = relationship()
    theme: Mapped[Theme | None] = relationship()


class Criterion(Keyed, Base):
    __tablename__ = "criterion"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[VoteSession] = relationship()


class Ballot(Keyed, Base):
    """One voter's (or one group's, or one paper tally's) complete vote, stored atomically."""

    __tablename__ = "ballot"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[BallotChannel] = mapped_column(_enum(BallotChannel))
    voter_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="SET NULL")
    )
    # How many people a paper tally or group allocation stands for.
    voter_count: Mapped[int] = mapped_column(Integer, default=1)
    submitted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    session: Mapped[VoteSession] = relationship()
    voter: Mapped[Participant | None] = relationship()
    group: Mapped[BreakoutGroup | None] = relationship()


class VoteParticipation(Base):
    """Who has voted in a vote, kept apart from what they voted.

    An anonymous ballot names no voter; the kiosk still needs its "not voted yet" list and
    must refuse a second ballot. This table holds only the pair (vote, person): no key of
    its own, no time, no link to a ballot, and no row id.

    Without a row id the rows are *read* in key order, but SQLite *writes* each new cell
    where its page has room, usually below the previous one, so rows added one by one lie
    in the file in the order people voted; the ballots' row ids (and the order of their
    cells) follow the voting order too, and pairing the two would name every voter. So
    core never adds a row alone: every change deletes all the vote's rows and inserts them
    again sorted by person (``core/voting/who_voted.py``), and the rows lie in an order the
    random ids give. The ballots may keep their order (an anonymous vote's ballots all
    carry one time, the vote's opening): with nothing here in voting order, that order
    names no one. Until a checkpoint the write-ahead log holds one copy of the changed
    pages per commit, which does pair them, so closing an anonymous vote empties it.
    """

    __tablename__ = "vote_participation"
    __table_args__ = ({"sqlite_with_rowid": False},)

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class VoteEntry(Keyed, Base):
    __tablename__ = "vote_entry"

    ballot_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("ballot.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_item.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE")
    )
    # Dots, points, rank (1 = first) or rating, depending on the session's method.
    value: Mapped[float] = mapped_column(Float)

    ballot: Mapped[Ballot] = relationship()
    item: Mapped[VoteItem] = relationship()
    criterion: Mapped[Criterion | None] = relationship()


class ActionItem(Keyed, Base):
    __tablename__ = "action_item"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    idea_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)

    idea: Mapped[Idea | None] = relationship()
    owner_person: Mapped[Participant | None] = relationship()


class SectionNote(Keyed, Base):
    """The facilitator's own words for one section of the minutes."""

    __tablename__ = "section_note"
    __table_args__ = (UniqueConstraint("workshop_id", "section"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    section: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text, default="")


class MinutesPreset(Keyed, Base):
    __tablename__ = "minutes_preset"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    sections: Mapped[list[str]] = mapped_column(default=list)
    privacy: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxBatch(Keyed, Base):
    """One "send minutes" request: the shared subject, text and attachment."""

    __tablename__ = "outbox_batch"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    attachment_name: Mapped[str] = mapped_column(String(300), default="")
    attachment_data: Mapped[bytes | None] = mapped_column(LargeBinary)


class OutboxMessage(Keyed, Base):
    """One recipient's mail. Its Message-ID is fixed at queue time so a resend is detectable."""

    __tablename__ = "outbox_message"

    batch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("outbox_batch.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    recipient_email: Mapped[str] = mapped_column(String(320))
    message_id: Mapped[str] = mapped_column(String(300))
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus), default=OutboxStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None]

    batch: Mapped[OutboxBatch] = relationship()
    participant: Mapped[Participant | None] = relationship()


class Tombstone(Base):
    """The key of a deleted row, and nothing else about it.

    A group leader's copy still holds what the facilitator deleted (an idea, an erased
    participant); when that copy is merged, the tombstone keeps the row from coming back.
    Only the UUID is kept, so an erased person stays erased.
    """

    __tablename__ = "tombstone"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VenueRole(enum.StrEnum):
    PARTICIPANT = "participant"  # the join link: everyone in the room
    LEADER = "leader"  # one group's leader link
    BADGE = "badge"  # one person's badge link (named votes)


class VenueLink(Keyed, Base):
    """A venue network link's token: the join link, a group leader's or a person's badge.

    Tokens are stored as they are, not hashed: the facilitator prints them again and again
    (the join QR on the projector, door signs, leader cards, badges), which a hash cannot
    give back. They are bearer secrets for one workshop's room, as valuable as the file
    itself, which holds everything they give access to. A revoked token keeps its row (with
    ``revoked_at``) and grants nothing. Erasing a person deletes their badge token (CASCADE),
    deleting a group its leader token.
    """

    __tablename__ = "venue_link"

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[VenueRole] = mapped_column(_enum(VenueRole))
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    revoked_at: Mapped[dt.datetime | None]


class VenueRequest(Keyed, Base):
    """A state-changing venue request already answered (its ``Idempotency-Key``), so a
    phone that retries after a lost connection gets the same answer and creates nothing new.

    ``scope`` is a hash of who asked (the device, or the leader's group), never the device
    itself. Rows go after a day, and a vote's rows when it closes: kept longer, the order of
    an anonymous vote's requests would pair devices with ballots.
    """

    __tablename__ = "venue_request"
    __table_args__ = (UniqueConstraint("scope", "key"),)

    scope: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(200))
    vote_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[int] = mapped_column(Integer)
    response: Mapped[dict[str, Any]] = mapped_column(default=dict)


class VenueBallotOwner(Keyed, Base):
    """Which ballot a phone (or a badge's person) cast in an open vote, so that it can
    replace it until the vote closes. The ballot row never names the device; this map is
    emptied when the vote closes (``core.voting.set_status``), so no link from an
    anonymous ballot to a device or a person survives the vote."""

    __tablename__ = "venue_ballot_owner"

    vote_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), index=True
    )
    ballot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"))
    device: Mapped[str | None] = mapped_column(String(64))  # a hash of the device cookie
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE")
    )


class VenueParticipation(Base):
    """Which phones (join links) took part in an anonymous vote, kept apart from what they
    voted, so that a phone cannot vote again after the vote is closed and reopened (its
    ``venue_ballot_owner`` row, the link to its ballot, goes when the vote closes).

    Like ``vote_participation``: only the pair (vote, device key), no key of its own, no
    time, no link to a ballot, no row id, and every change rewrites all the vote's rows in
    key order (``core/venue/owners.py``), so that the file does not lie them out in the
    order phones voted. ``device`` is a hash of the vote and the device cookie together:
    not the hash ``venue_ballot_owner`` and ``venue_request`` use, and different in every
    vote, so it pairs with nothing else in the file. Deleting one ballot leaves the rows
    as they are (nothing tells whose it was, as with ``vote_participation``); deleting the
    vote deletes them (CASCADE), and undoing that puts them back. No person is named, so
    erasing one has nothing to do here.
    """

    __tablename__ = "venue_participation"
    __table_args__ = ({"sqlite_with_rowid": False},)

    vote_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), primary_key=True
    )
    device: Mapped[str] = mapped_column(String(64), primary_key=True)
