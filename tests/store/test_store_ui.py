"""The log's Qt view: the table model without a window, and the widget never shown."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

import pypdfium2 as pdfium  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

import explainer.ui  # noqa: E402,F401 - the app's PySide6 guards run before any Qt call
from explainer.store import LogStore  # noqa: E402
from explainer.ui.log import LogWidget, SignupRole, SignupTableModel, SortRole  # noqa: E402


@pytest.fixture
def store():
    log = LogStore.open(guest=True)
    log.add_signup("Bounty UK", date="2024-03-01", channel="hospital", for_whom="child",
                   data=["child's date of birth", "due date"])
    log.add_signup("Tesco", date="2023-01-01", channel="store", data=["name"])
    log.add_signup("Argos", date="2025-06-30", channel="website", note="pram")
    yield log
    log.close()


def test_model_rows_columns_and_roles(qtbot, store) -> None:
    model = SignupTableModel()
    model.set_signups(store.list_signups())
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Date", "Organisation", "How", "For", "Data given"]
    first = [model.index(0, c).data() for c in range(5)]
    assert first == ["2025-06-30", "Argos", "website", "", ""]
    bounty_row = model.row_of(store.list_signups("bounty")[0].id)
    assert model.index(bounty_row, 3).data() == "my child"
    assert model.index(bounty_row, 2).data(SortRole) == "hospital"
    assert "child's date of birth" in model.index(bounty_row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(bounty_row, 0).data(SignupRole).organisation == "Bounty UK"
    alignment = model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignLeading)
    assert model.data(QModelIndex()) is None


def test_model_reset_signals(qtbot, store) -> None:
    model = SignupTableModel()
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_signups(store.list_signups("tesco"))
    assert model.rowCount() == 1


def test_widget_search_sort_and_details(qtbot, store) -> None:
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    assert widget.proxy.rowCount() == 3
    widget.search.setText("pram")
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 1, timeout=2000)
    widget.search.setText("")
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 3, timeout=2000)
    widget.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [widget.proxy.index(r, 1).data() for r in range(3)]
    assert names == ["Argos", "Bounty UK", "Tesco"]
    widget.select_signup(store.list_signups("bounty")[0].id)
    assert widget.selected_signup().organisation == "Bounty UK"
    assert "Bounty UK" in widget.details.toPlainText()
    assert "due date" in widget.details.toPlainText()


def test_widget_delete_and_letter(qtbot, store, tmp_path) -> None:
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    widget.select_signup(store.list_signups("tesco")[0].id)
    widget.delete_selected(confirm=False)
    assert widget.proxy.rowCount() == 2
    assert store.list_signups("tesco") == []
    widget.select_signup(store.list_signups("bounty")[0].id)
    out = tmp_path / "letter.pdf"
    with qtbot.waitSignal(widget.letterWritten, timeout=5000):
        widget.write_letter("erasure", path=str(out), language="en")
    text = pdfium.PdfDocument(out.read_bytes())[0].get_textpage().get_text_range()
    assert "Bounty UK" in text and "child" in text


def test_log_tab_follows_the_interface_language(qtbot, store) -> None:
    """Switching to Arabic while the app runs: buttons, headers and the stored (English-id)
    data types are all shown in Arabic; switching back restores English."""
    from PySide6.QtWidgets import QApplication

    from explainer.analysis.lexicon import data_types
    from explainer.ui.i18n import Translations

    translations = Translations.for_app(QApplication.instance())
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    english_button = widget.add_button.text()
    model = widget.model
    row = model.row_of(store.list_signups("bounty")[0].id)
    try:
        translations.apply("ar")
        qtbot.waitUntil(lambda: widget.add_button.text() != english_button, timeout=2000)
        assert any("\u0600" <= ch <= "\u06ff" for ch in widget.add_button.text())
        header = model.headerData(4, Qt.Orientation.Horizontal)
        assert any("\u0600" <= ch <= "\u06ff" for ch in header)
        cell = model.index(row, 4).data()
        for data_id in ("child's date of birth", "due date"):
            assert data_types()[data_id].label_ar in cell
        assert "due date" not in cell
        assert data_types()["due date"].label_ar in model.index(row, 4).data(
            Qt.ItemDataRole.ToolTipRole
        )
    finally:
        translations.apply("en")
    qtbot.waitUntil(lambda: widget.add_button.text() == english_button, timeout=2000)
    assert "due date" in model.index(row, 4).data()
