"""The personal data of the features built so far (registered at start-up by the wiring).

Contributions others read or rely on (ideas, comments, supports, staff records) go to the
stand-in "Gelöschtes Konto"; everything only about the person is deleted.
"""

from sqlalchemy import and_, delete, exists, or_, select, update

from participation.api.models import ApiToken
from participation.assessment.models import Assessment, Decision
from participation.audit.models import AuditEntry
from participation.comments.models import Comment
from participation.core.outbox import OutboxMessage
from participation.events.models import (
    Event,
    EventRegistration,
    Team,
    TeamMember,
    event_organisers,
)
from participation.extensions import db
from participation.ideas.models import Follow, Idea, IdeaRevision, StatusChange, Vote
from participation.moderation.models import InternalNote, Report
from participation.notifications.models import Notification, NotificationPreference
from participation.privacy.models import FeedbackReport, LegalTextVersion, TermsAcceptance
from participation.privacy.registry import (
    Erasure,
    PersonalData,
    delete_rows,
    each,
    hand_to_stand_in,
    mentions,
    register,
    rows,
)
from participation.roadmap.models import (
    Evaluation,
    ItemFollow,
    ProgressUpdate,
    RoadmapItem,
    evaluation_follow_ups,
    roadmap_item_ideas,
)
from participation.settings.models import SiteSetting
from participation.users.models import User, UserRole, UserSession
from participation.users.oidc.models import LinkedLogin

ERASED_NAME = "Gelöschtes Konto"
# Notification data about other people (their name, id, words): not the reader's own data.
OTHERS_IN_NOTIFICATIONS = frozenset({"name", "actor_id", "note"})


def _account(user: User) -> dict:
    return {
        "id": user.id,
        "email": user.email,
        "pending_email": user.pending_email,
        "display_name": user.display_name,
        "language": user.locale,
        "created_at": user.created_at.isoformat(),
        "confirmed_at": user.confirmed_at.isoformat() if user.confirmed_at else None,
        "blocked_at": user.blocked_at.isoformat() if user.blocked_at else None,
        "blocked_reason": user.blocked_reason,
    }


def _roles(user: User) -> list[dict]:
    granted = rows(
        select(UserRole.role, UserRole.source, UserRole.granted_at).where(
            UserRole.user_id == user.id
        )
    )
    implied = [{"role": "citizen", "source": "confirmed_account"}] if user.is_confirmed else []
    return implied + granted


def _ideas(user: User) -> list[dict]:
    return rows(
        select(
            Idea.id,
            Idea.year,
            Idea.number,
            Idea.title,
            Idea.summary,
            Idea.description,
            Idea.visibility,
            Idea.status,
            Idea.withdrawal_reason,
            Idea.created_at,
            Idea.updated_at,
        )
        .where(Idea.author_id == user.id)
        .order_by(Idea.id)
    )


def _lonely_ideas(person: User):
    """The person's ideas nobody else supported, commented on, reported or built on."""
    others_voted = exists().where(Vote.idea_id == Idea.id, Vote.user_id != person.id)
    others_commented = exists().where(Comment.idea_id == Idea.id, Comment.author_id != person.id)
    merged_here = select(Idea.merged_into_id).where(Idea.merged_into_id.is_not(None))
    on_roadmap = select(roadmap_item_ideas.c.idea_id)
    follow_up = select(evaluation_follow_ups.c.idea_id)
    in_team = select(Team.idea_id)
    return select(Idea).where(
        Idea.author_id == person.id,
        Idea.open_report_count == 0,
        ~others_voted,
        ~others_commented,
        Idea.id.not_in(merged_here),
        Idea.id.not_in(on_roadmap),
        Idea.id.not_in(follow_up),
        Idea.id.not_in(in_team),
    )


def _erase_ideas(erasure: Erasure) -> None:
    if erasure.remove_lonely_ideas:
        for idea in db.session.scalars(_lonely_ideas(erasure.person)).all():
            db.session.delete(idea)  # through the ORM: the search index follows
        db.session.flush()
    hand_to_stand_in(Idea.author_id)(erasure)


def _comments(user: User) -> list[dict]:
    return rows(
        select(
            Comment.id,
            Comment.idea_id,
            Comment.parent_id,
            Comment.body,
            Comment.created_at,
            Comment.edited_at,
            Comment.deleted_at,
        )
        .where(Comment.author_id == user.id)
        .order_by(Comment.id)
    )


def _erase_reports(erasure: Erasure) -> None:
    """Open reports stay for the moderators, anonymised; dealt-with ones go."""
    person = erasure.person.id
    db.session.execute(
        update(Report)
        .where(Report.reporter_id == person, Report.resolved_at.is_(None))
        .values(reporter_id=erasure.stand_in.id)
    )
    db.session.execute(delete(Report).where(Report.reporter_id == person))


def _erase_registrations(erasure: Erasure) -> None:
    # Deleting a place frees it; the waiting list moves up at the event's next change.
    delete_rows(EventRegistration.user_id)(erasure)


def _erase_notifications(erasure: Erasure) -> None:
    delete_rows(Notification.user_id)(erasure)
    name = erasure.person.display_name
    for notification in db.session.scalars(
        select(Notification).where(mentions(Notification.data, name))
    ):
        notification.data = {
            key: ERASED_NAME if value == name else value for key, value in notification.data.items()
        }


def _notifications(user: User) -> list[dict]:
    """The person's notifications, without what other people wrote or who they are."""
    found = rows(
        select(
            Notification.kind,
            Notification.data,
            Notification.path,
            Notification.created_at,
            Notification.read_at,
        ).where(Notification.user_id == user.id)
    )
    for notification in found:
        notification["data"] = {
            key: value
            for key, value in notification["data"].items()
            if key not in OTHERS_IN_NOTIFICATIONS
        }
    return found


def _erase_audit(erasure: Erasure) -> None:
    hand_to_stand_in(AuditEntry.actor_id)(erasure)
    db.session.execute(
        update(AuditEntry)
        .where(AuditEntry.target_type == "user", AuditEntry.target_id == erasure.person.id)
        .values(target_id=erasure.stand_in.id)
    )


def _erase_mail(erasure: Erasure) -> None:
    """Mails to the person, and delivered mails that name them."""
    person = erasure.person
    db.session.execute(
        delete(OutboxMessage).where(
            or_(
                mentions(OutboxMessage.payload, person.email),
                and_(
                    OutboxMessage.delivered_at.is_not(None),
                    mentions(OutboxMessage.payload, person.display_name),
                ),
            )
        )
    )


def _erase_feedback(erasure: Erasure) -> None:
    db.session.execute(delete(FeedbackReport).where(FeedbackReport.email == erasure.person.email))
    hand_to_stand_in(FeedbackReport.closed_by_id)(erasure)


def register_all() -> None:
    entries = (
        PersonalData(
            "account",
            erase=each(delete_rows(UserSession.user_id)),
            export=_account,
            covers=(UserSession.user_id,),
        ),
        PersonalData(
            "roles",
            erase=delete_rows(UserRole.user_id),
            export=_roles,
            covers=(UserRole.user_id,),
        ),
        PersonalData(
            "logins",
            erase=lambda _erasure: None,  # the sessions go with the account
            export=lambda user: {
                "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None,
                "sessions": rows(
                    select(UserSession.created_at, UserSession.expires_at).where(
                        UserSession.user_id == user.id
                    )
                ),
            },
        ),
        PersonalData("ideas", erase=_erase_ideas, export=_ideas, covers=(Idea.author_id,)),
        PersonalData(
            "linked_logins",
            erase=delete_rows(LinkedLogin.user_id),
            export=lambda user: rows(
                select(
                    LinkedLogin.provider,
                    LinkedLogin.subject,
                    LinkedLogin.email,
                    LinkedLogin.created_at,
                    LinkedLogin.last_login_at,
                ).where(LinkedLogin.user_id == user.id)
            ),
            covers=(LinkedLogin.user_id,),
        ),
        PersonalData(
            "api_tokens",
            erase=delete_rows(ApiToken.user_id),
            export=lambda user: rows(
                select(ApiToken.name, ApiToken.scopes, ApiToken.created_at).where(
                    ApiToken.user_id == user.id
                )
            ),
            covers=(ApiToken.user_id,),
        ),
        PersonalData(
            "site_settings_changed",
            erase=hand_to_stand_in(SiteSetting.updated_by_id),
            export=lambda user: rows(
                select(SiteSetting.key, SiteSetting.updated_at).where(
                    SiteSetting.updated_by_id == user.id
                )
            ),
            covers=(SiteSetting.updated_by_id,),
        ),
        PersonalData(
            "idea_edits",
            erase=hand_to_stand_in(IdeaRevision.editor_id),
            export=lambda user: rows(
                select(IdeaRevision.idea_id, IdeaRevision.created_at, IdeaRevision.changes).where(
                    IdeaRevision.editor_id == user.id
                )
            ),
            covers=(IdeaRevision.editor_id,),
        ),
        PersonalData(
            "status_changes",
            erase=hand_to_stand_in(StatusChange.actor_id),
            export=lambda user: rows(
                select(
                    StatusChange.idea_id,
                    StatusChange.from_status,
                    StatusChange.to_status,
                    StatusChange.note,
                    StatusChange.created_at,
                ).where(StatusChange.actor_id == user.id)
            ),
            covers=(StatusChange.actor_id,),
        ),
        PersonalData(
            "comments",
            erase=hand_to_stand_in(Comment.author_id),
            export=_comments,
            covers=(Comment.author_id,),
        ),
        PersonalData(
            "supports",
            erase=hand_to_stand_in(Vote.user_id),  # the ideas keep their counts
            export=lambda user: rows(
                select(Vote.idea_id, Idea.title, Vote.created_at)
                .join(Idea, Idea.id == Vote.idea_id)
                .where(Vote.user_id == user.id)
            ),
            covers=(Vote.user_id,),
        ),
        PersonalData(
            "follows",
            erase=each(delete_rows(Follow.user_id), delete_rows(ItemFollow.user_id)),
            export=lambda user: {
                "ideas": rows(
                    select(Follow.idea_id, Follow.created_at).where(Follow.user_id == user.id)
                ),
                "roadmap_items": rows(
                    select(ItemFollow.item_id, ItemFollow.created_at).where(
                        ItemFollow.user_id == user.id
                    )
                ),
            },
            covers=(Follow.user_id, ItemFollow.user_id),
        ),
        PersonalData(
            "reports",
            erase=_erase_reports,
            export=lambda user: rows(
                select(
                    Report.idea_id,
                    Report.comment_id,
                    Report.reason,
                    Report.text,
                    Report.created_at,
                    Report.resolved_at,
                ).where(Report.reporter_id == user.id)
            ),
            covers=(Report.reporter_id,),
        ),
        PersonalData(
            "internal_notes",
            erase=hand_to_stand_in(InternalNote.author_id),
            export=lambda user: rows(
                select(InternalNote.idea_id, InternalNote.body, InternalNote.created_at).where(
                    InternalNote.author_id == user.id
                )
            ),
            covers=(InternalNote.author_id,),
        ),
        PersonalData(
            "audit_log",
            erase=_erase_audit,
            export=lambda user: rows(
                select(
                    AuditEntry.action,
                    AuditEntry.target_type,
                    AuditEntry.target_id,
                    AuditEntry.reason,
                    AuditEntry.created_at,
                ).where(AuditEntry.actor_id == user.id)
            ),
            covers=(AuditEntry.actor_id,),
        ),
        PersonalData(
            "assessments",
            erase=each(
                hand_to_stand_in(Assessment.updated_by_id),
                hand_to_stand_in(Decision.recorded_by_id),
            ),
            export=lambda user: {
                "assessed": rows(
                    select(Assessment.idea_id).where(Assessment.updated_by_id == user.id)
                ),
                "decisions_recorded": rows(
                    select(Decision.idea_id, Decision.created_at).where(
                        Decision.recorded_by_id == user.id
                    )
                ),
            },
            covers=(Assessment.updated_by_id, Decision.recorded_by_id),
        ),
        PersonalData(
            "events_organised",
            erase=each(
                hand_to_stand_in(Event.created_by_id),
                delete_rows(event_organisers.c.user_id),
            ),
            export=lambda user: rows(
                select(Event.id, Event.title, Event.starts_at).where(
                    or_(
                        Event.created_by_id == user.id,
                        Event.id.in_(
                            select(event_organisers.c.event_id).where(
                                event_organisers.c.user_id == user.id
                            )
                        ),
                    )
                )
            ),
            covers=(Event.created_by_id, event_organisers.c.user_id),
        ),
        PersonalData(
            "event_registrations",
            erase=_erase_registrations,
            export=lambda user: rows(
                select(
                    EventRegistration.event_id,
                    Event.title,
                    EventRegistration.status,
                    EventRegistration.created_at,
                )
                .join(Event, Event.id == EventRegistration.event_id)
                .where(EventRegistration.user_id == user.id)
            ),
            covers=(EventRegistration.user_id,),
        ),
        PersonalData(
            "teams",
            erase=delete_rows(TeamMember.user_id),
            export=lambda user: rows(
                select(Team.id, Team.name, Team.event_id, Team.idea_id)
                .join(TeamMember, TeamMember.team_id == Team.id)
                .where(TeamMember.user_id == user.id)
            ),
            covers=(TeamMember.user_id,),
        ),
        PersonalData(
            "notifications",
            erase=_erase_notifications,
            export=_notifications,
            covers=(Notification.user_id,),
        ),
        PersonalData(
            "email_preferences",
            erase=delete_rows(NotificationPreference.user_id),
            export=lambda user: rows(
                select(NotificationPreference.topic, NotificationPreference.delivery).where(
                    NotificationPreference.user_id == user.id
                )
            ),
            covers=(NotificationPreference.user_id,),
        ),
        PersonalData(
            "roadmap",
            erase=each(
                hand_to_stand_in(RoadmapItem.created_by_id),
                hand_to_stand_in(ProgressUpdate.author_id),
                hand_to_stand_in(Evaluation.author_id),
            ),
            export=lambda user: {
                "items_created": rows(
                    select(RoadmapItem.id, RoadmapItem.title).where(
                        RoadmapItem.created_by_id == user.id
                    )
                ),
                "progress_updates": rows(
                    select(
                        ProgressUpdate.item_id, ProgressUpdate.body, ProgressUpdate.created_at
                    ).where(ProgressUpdate.author_id == user.id)
                ),
                "evaluations": rows(
                    select(Evaluation.item_id).where(Evaluation.author_id == user.id)
                ),
            },
            covers=(RoadmapItem.created_by_id, ProgressUpdate.author_id, Evaluation.author_id),
        ),
        PersonalData(
            "consents",
            erase=delete_rows(TermsAcceptance.user_id),
            export=lambda user: rows(
                select(TermsAcceptance.version, TermsAcceptance.accepted_at).where(
                    TermsAcceptance.user_id == user.id
                )
            ),
            covers=(TermsAcceptance.user_id,),
        ),
        PersonalData(
            "legal_texts_edited",
            erase=hand_to_stand_in(LegalTextVersion.editor_id),
            export=lambda user: rows(
                select(
                    LegalTextVersion.kind, LegalTextVersion.version, LegalTextVersion.created_at
                ).where(LegalTextVersion.editor_id == user.id)
            ),
            covers=(LegalTextVersion.editor_id,),
        ),
        PersonalData(
            "feedback",
            erase=_erase_feedback,
            export=lambda user: rows(
                select(
                    FeedbackReport.kind,
                    FeedbackReport.page_url,
                    FeedbackReport.message,
                    FeedbackReport.created_at,
                ).where(FeedbackReport.email == user.email)
            ),
            covers=(FeedbackReport.closed_by_id,),
        ),
        PersonalData("mail", erase=_erase_mail),
    )
    for entry in entries:
        register(entry)
