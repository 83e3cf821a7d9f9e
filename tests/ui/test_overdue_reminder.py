"""The app reminds the family when an organisation is late replying to a letter."""

from __future__ import annotations

import datetime as dt

from explainer.store import LogStore
from explainer.ui.log import LogWidget


def test_overdue_letter_shows_a_reminder(qtbot, tmp_path):
    store = LogStore.open(tmp_path / "data")
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.reminder.isHidden()

    sent = dt.date.today() - dt.timedelta(days=45)
    store.add_request("Little Steps Baby Club", "erasure", date_sent=sent)
    store.add_request("Riverside Library", "access")  # sent today: not due yet
    widget.refresh()
    assert not widget.reminder.isHidden()
    text = widget.reminder.text()
    assert "Little Steps Baby Club" in text and "Riverside Library" not in text

    request = store.requests_due()[0]
    store.set_request_status(request.id, "answered")
    widget.refresh()
    assert widget.reminder.isHidden()
