"""Shared helpers for the UI tests (imported by the test modules; no fixtures here)."""

from __future__ import annotations

ANALYSIS_TIMEOUT_MS = 60_000

EN_NOTICE = (
    "Welcome to the Baby Club.\n\n"
    "We collect your name, home address and your baby's date of birth. "
    "We may share your details with selected partners such as Experian for marketing purposes. "
    "We will never sell your data to advertisers. "
    "To unsubscribe, untick the box or email us at any time.\n"
)
AR_NOTICE = (
    "مرحباً بكم في نادي الطفل.\n"
    "نجمع اسمك وعنوان منزلك وتاريخ ميلاد طفلك. "
    "قد نشارك بياناتك مع شركاء مختارين مثل Experian لأغراض تسويقية. "
    "لن نبيع بياناتك أبداً. "
    "لإلغاء الاشتراك راسلنا في أي وقت.\n"
)


def wait_analysis(qtbot, c, timeout: int = ANALYSIS_TIMEOUT_MS) -> None:
    """Wait until the current text is analysed and drawn."""
    qtbot.waitUntil(
        lambda: c.analysis is not None
        and not c.busy
        and not c.window.notice.highlighting
        and c.analysis.text == c.window.notice.toPlainText(),
        timeout=timeout,
    )


def paste(c, text: str) -> None:
    """What a paste does: new text in the editor (keyClicks cannot type Arabic)."""
    c.window.notice.setPlainText(text)
