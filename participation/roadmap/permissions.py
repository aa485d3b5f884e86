"""Who may see, follow and keep the roadmap."""

from participation.roadmap.models import RoadmapItem
from participation.users.permissions import can_moderate, can_participate, can_see_internal


def can_view_item(user, item: RoadmapItem) -> bool:
    return not item.is_internal or can_see_internal(user)


def can_manage_roadmap(user) -> bool:
    return can_moderate(user)


def can_follow_item(user, item: RoadmapItem) -> bool:
    return can_participate(user) and can_view_item(user, item)
