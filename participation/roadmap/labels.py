"""UI names for roadmap statuses."""

from flask_babel import lazy_gettext as _l

from participation.roadmap.models import ItemStatus

ITEM_STATUS_LABELS = {
    ItemStatus.PLANNED: _l("Planned"),
    ItemStatus.IN_PROGRESS: _l("In progress"),
    ItemStatus.PAUSED: _l("Paused"),
    ItemStatus.DONE: _l("Done"),
    ItemStatus.CANCELLED: _l("Cancelled"),
}
