"""The main window: lays out the widgets and owns the actions; the controller wires them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer.ui.findings_panel import FindingsPanel
from explainer.ui.legend import Legend
from explainer.ui.notice_view import NoticeView
from explainer.ui.summary_card import SummaryCard


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1200, 800)
        self._make_actions()
        self._make_widgets()
        self._make_menus()
        self.retranslate()

    # construction --------------------------------------------------------------------------
    def _action(self, name: str, shortcut=None, checkable: bool = False) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcut is not None:
            keys: list[QKeySequence] = []
            for k in shortcut if isinstance(shortcut, list) else [shortcut]:
                if k.toString() and all(k != other for other in keys):
                    keys.append(k)
            a.setShortcuts(keys)
        a.setCheckable(checkable)
        self.addAction(a)  # shortcuts work even when the menu bar is hidden (full screen)
        return a

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.open_action = self._action("open", QKeySequence(K.Open))
        self.read_form_action = self._action("readForm", QKeySequence("Ctrl+Shift+O"))
        self.print_action = self._action("print", QKeySequence(K.Print))
        self.export_action = self._action("exportPdf", QKeySequence("Ctrl+Shift+S"))
        self.start_over_action = self._action("startOver", QKeySequence("Ctrl+Shift+N"))
        self.quit_action = self._action("quit", QKeySequence(K.Quit))
        self.cancel_action = self._action("cancel")
        self.zoom_in_action = self._action(
            "zoomIn", [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action("zoomOut", [QKeySequence(K.ZoomOut),
                                                        QKeySequence("Ctrl+-")])
        self.zoom_reset_action = self._action("zoomReset", QKeySequence("Ctrl+0"))
        self.large_text_action = self._action("largeText", checkable=True)
        self.present_action = self._action("present", QKeySequence("F5"))
        # Record the analysed notice in the family's log (shown once a log is attached).
        self.signed_up_action = self._action("signedUp", QKeySequence("Ctrl+Shift+L"))
        self.about_to_sign_up_action = self._action("aboutToSignUp", QKeySequence("Ctrl+Shift+A"))
        self.why_action = self._action("whyItMatters", QKeySequence(K.HelpContents))
        self.about_action = self._action("about")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("system", "en", "ar"):
            a = QAction(self)
            a.setCheckable(True)
            a.setData(code)
            a.setObjectName(f"language_{code}")
            self.language_group.addAction(a)
            self.language_actions[code] = a
        self.export_action.setEnabled(False)
        self.print_action.setEnabled(False)
        self.present_action.setEnabled(False)
        self.cancel_action.setEnabled(False)
        for a in (self.signed_up_action, self.about_to_sign_up_action):
            a.setEnabled(False)
            a.setVisible(False)

    def _make_widgets(self) -> None:
        self.summary = SummaryCard(self)
        self.summary.hide()
        self.legend = Legend(self)
        self.notice = NoticeView(self)
        self.findings = FindingsPanel(self)
        self.notice_label = QLabel(self)
        self.notice_label.setBuddy(self.notice)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.notice_label)
        lv.addWidget(self.notice, 1)
        lv.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.findings)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # notice : findings = 3 : 2 from the start, so finding titles (and headings at large
        # text sizes) are not cut short by the panel's small size hint
        self.splitter.setSizes([720, 480])

        self.notice_page = QWidget(self)
        pv = QVBoxLayout(self.notice_page)
        pv.addWidget(self.summary)
        pv.addWidget(self.splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notice_page, "")
        self.tabs.tabBar().setVisible(False)  # shown only when a second tab (the log) exists
        self.setCentralWidget(self.tabs)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.examples_menu = QMenu(self)
        self.examples_menu.setObjectName("examplesMenu")
        self.examples_button = QToolButton(self)
        self.examples_button.setMenu(self.examples_menu)
        self.examples_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.read_form_action)
        self.toolbar.addWidget(self.examples_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.present_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.signed_up_action)
        self.toolbar.addAction(self.about_to_sign_up_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.start_over_action)
        # The summary card's buttons are the same two commands, following the actions' state.
        for button, action in ((self.summary.signed_up_button, self.signed_up_action),
                               (self.summary.about_to_button, self.about_to_sign_up_action)):
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: self._follow(b, a))
            self._follow(button, action)

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_action.trigger)
        self.cancel_button.hide()
        sb = self.statusBar()
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)

    def _make_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.read_form_action)
        self.file_menu.addMenu(self.examples_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.start_over_action)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = mb.addMenu("")
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(a)
        self.view_menu.addAction(self.large_text_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.present_action)
        self.log_menu = mb.addMenu("")
        self.log_menu.addAction(self.signed_up_action)
        self.log_menu.addAction(self.about_to_sign_up_action)
        self.log_menu.menuAction().setVisible(False)
        self.settings_menu = mb.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(self.why_action)
        self.help_menu.addAction(self.about_action)

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)
        self.tabs.tabBar().setVisible(True)

    def show_log_commands(self, visible: bool) -> None:
        """Offer "I signed up…" / "I'm about to sign up…" (only when there is a log)."""
        for a in (self.signed_up_action, self.about_to_sign_up_action):
            a.setVisible(visible)
        self.log_menu.menuAction().setVisible(visible)

    @staticmethod
    def _follow(button: QPushButton, action: QAction) -> None:
        button.setVisible(action.isVisible())
        button.setEnabled(action.isEnabled())

    # text ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Small Print"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setToolTip(self.tr("Open a notice: text, web page, PDF, Word or a photo"))
        self.examples_menu.setTitle(self.tr("Try an &example"))
        self.examples_button.setText(self.tr("Try an example"))
        self.examples_button.setAccessibleName(self.tr("Try an example"))
        self.read_form_action.setText(self.tr("Read a paper &form…"))
        self.read_form_action.setToolTip(self.tr(
            "Read the text of a photographed or scanned form, check it, then analyse it"))
        self.export_action.setText(self.tr("&Save as PDF…"))
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setToolTip(self.tr("Print the notice with its findings"))
        self.start_over_action.setText(self.tr("S&tart over"))
        self.start_over_action.setToolTip(self.tr("Clear the notice and the results"))
        self.quit_action.setText(self.tr("&Quit"))
        self.cancel_action.setText(self.tr("Cancel"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Normal size"))
        self.large_text_action.setText(self.tr("&Large text"))
        self.present_action.setText(self.tr("&Present"))
        self.present_action.setToolTip(self.tr(
            "Full screen, one finding at a time (arrow keys or space; Esc to leave)"))
        self.signed_up_action.setText(self.tr("I &signed up…"))
        self.signed_up_action.setToolTip(self.tr(
            "Record in the family's log that you signed up, with this notice"))
        self.about_to_sign_up_action.setText(self.tr("I'm &about to sign up…"))
        self.about_to_sign_up_action.setToolTip(self.tr(
            "Note in the family's log that you are about to sign up, with this notice"))
        self.why_action.setText(self.tr("&Why this matters"))
        self.about_action.setText(self.tr("&About Small Print"))
        self.language_actions["system"].setText(self.tr("System language"))
        self.language_actions["en"].setText("English")
        self.language_actions["ar"].setText("العربية")
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.log_menu.setTitle(self.tr("&Log"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.notice_label.setText(self.tr("&Notice"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.tabs.setTabText(0, self.tr("Notice"))
        self.progress.setAccessibleName(self.tr("Progress"))
