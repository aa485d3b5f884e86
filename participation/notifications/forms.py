"""E-mail preferences: one choice per topic."""

from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectField

from participation.notifications import services
from participation.notifications.texts import DELIVERY_LABELS, TOPIC_LABELS


class PreferencesForm(FlaskForm):
    @classmethod
    def for_user(cls, user, **kwargs) -> "PreferencesForm":
        """A form with a select per topic the user can receive, preset to their choice."""
        chosen = services.preferences(user)
        choices = [SelectChoice(value, label) for value, label in DELIVERY_LABELS.items()]

        class Form(cls):
            pass

        for topic in services.topics_for(user):
            setattr(
                Form,
                topic.value,
                SelectField(TOPIC_LABELS[topic], choices=choices, default=chosen[topic].value),
            )
        form = Form(prefix="notify", **kwargs)
        form.topics = [topic.value for topic in services.topics_for(user)]
        return form
