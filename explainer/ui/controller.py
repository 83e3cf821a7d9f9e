"""Wires the main window to the workers: debounced analysis, files, export, settings.

State lives here, not in the views. Analysis runs in the one-thread NLP pool; at most one
analysis is in flight and at most one more is pending (the newest text), so typing never queues
up work. A result is shown only if the editor still holds exactly the text that was analysed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explainer.analysis.result import Analysis
from explainer.ui import categories, errors, workers
from explainer.ui.examples import list_examples
from explainer.ui.export import ExportText, write_pdf
from explainer.ui.findings import Finding, build_findings
from explainer.ui.i18n import Translations, font_families
from explainer.ui.main_window import MainWindow
from explainer.ui.notice_view import HighlightPlan, plan_highlights
from explainer.ui.paper_form import (
    FORM_PATTERNS,
    IMAGE_SUFFIXES,
    FormImage,
    FormReading,
    PaperFormDialog,
    read_form,
)
from explainer.ui.presentation import PresentationView
from explainer.ui.settings import AppSettings
from explainer.ui.why import WhyDialog

if TYPE_CHECKING:  # the log is optional: explainer.ui.log is imported only when attached
    from explainer.ui.log import LogWidget
    from explainer.ui.log.dialogs import SignupDialog
    from explainer.ui.log.prefill import NoticeDraft

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 700
LARGE_TEXT_SCALE = 1.4
PATTERNS = "*.txt *.md *.html *.htm *.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp"


_BASE_FONT: list[QFont] = []


def base_font() -> QFont:
    """The application font before "Large text" scaled it (remembered once per process)."""
    if not _BASE_FONT:
        _BASE_FONT.append(QFont(QApplication.font()))
    return QFont(_BASE_FONT[0])


def _analyze(text: str, explain_language: str) -> tuple[Analysis, list[Finding], HighlightPlan]:
    """Worker side: the analysis, its findings and the highlight plan (all pure Python), so the
    GUI thread only creates widgets and cursors."""
    import explainer

    analysis = explainer.analyze(text, None, explain_language=explain_language)
    return analysis, build_findings(analysis), plan_highlights(analysis)


def _percent_reporter(progress):
    """Adapt ingest's progress (a fraction, a percent or (done, total)) to a job's percent."""

    def cb(*args) -> None:
        try:
            if len(args) >= 2 and isinstance(args[1], int | float) and args[1]:
                pct = int(100 * args[0] / args[1])
            else:
                v = float(args[0]) if args else -1
                pct = int(v * 100) if 0 <= v <= 1 else int(v)
        except (TypeError, ValueError):
            pct = -1
        progress(pct, "")

    return cb


def _warm_up(progress, cancel) -> bool:
    """Load the NLP models (first analysis is otherwise slow)."""
    progress(-1, "")
    import explainer

    explainer.analyze("We may share your name with our partners.", "en")
    explainer.analyze("قد نشارك اسمك مع شركائنا.", "ar")
    return True


class Controller(QObject):
    analysis_ready = Signal(object)  # Analysis, after it is drawn
    busy_changed = Signal(bool)

    def __init__(self, window: MainWindow, settings: AppSettings,
                 translations: Translations) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.translations = translations
        self.analysis: Analysis | None = None
        self.findings: list[Finding] = []
        self.source_name = ""
        # The photo or scan the current notice was read from (the log stores it with an entry).
        self.last_form_image: FormImage | None = None
        self.form_dialog: PaperFormDialog | None = None
        self.presentation: PresentationView | None = None
        self.log: LogWidget | None = None  # the Log tab, when the family's log could be opened
        self.signup_dialog: SignupDialog | None = None
        self._jobs: set[workers.Job] = set()
        self._analysis_job: workers.Job | None = None
        self._pending = False
        self._file_job: workers.Job | None = None
        self._export_job: workers.Job | None = None
        self._loading_text = False
        self._base_font = base_font()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.start_analysis)
        self._connect()
        self._apply_settings()

    # wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        w = self.window
        w.open_action.triggered.connect(self.choose_file)
        w.read_form_action.triggered.connect(self.choose_form)
        w.print_action.triggered.connect(self.print_notice)
        w.export_action.triggered.connect(self.choose_export)
        w.start_over_action.triggered.connect(self.start_over)
        w.quit_action.triggered.connect(w.close)
        w.cancel_action.triggered.connect(self.cancel)
        w.zoom_in_action.triggered.connect(lambda: self.zoom(+1))
        w.zoom_out_action.triggered.connect(lambda: self.zoom(-1))
        w.zoom_reset_action.triggered.connect(lambda: self.zoom(None))
        w.large_text_action.toggled.connect(self.set_large_text)
        w.present_action.triggered.connect(self.present)
        w.why_action.triggered.connect(self.show_why)
        w.signed_up_action.triggered.connect(lambda: self.sign_up(about_to=False))
        w.about_to_sign_up_action.triggered.connect(lambda: self.sign_up(about_to=True))
        w.about_action.triggered.connect(self.show_about)
        w.language_group.triggered.connect(lambda a: self.set_language(a.data()))
        w.notice.textChanged.connect(self._text_changed)
        w.notice.files_dropped.connect(lambda files: self.open_path(files[0]))
        w.findings.sentence_chosen.connect(w.notice.go_to_sentence)
        w.examples_menu.aboutToShow.connect(self._fill_examples)
        self._fill_examples()

    def _apply_settings(self) -> None:
        w = self.window
        w.language_actions[self.settings.language].setChecked(True)
        w.large_text_action.blockSignals(True)
        w.large_text_action.setChecked(self.settings.large_text)
        w.large_text_action.blockSignals(False)
        self.set_large_text(self.settings.large_text)

    def _start(self, job: workers.Job, pool) -> workers.Job:
        self._jobs.add(job)
        job.signals.finished.connect(lambda _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _e, j=job: self._jobs.discard(j))
        return workers.start(job, pool)

    # status ----------------------------------------------------------------------------------
    def _busy(self, message: str, percent: int = -1, cancellable: bool = True) -> None:
        w = self.window
        w.status_label.setText(message)
        w.progress.show()
        if percent < 0:
            w.progress.setRange(0, 0)
        else:
            w.progress.setRange(0, 100)
            w.progress.setValue(percent)
        w.cancel_button.setVisible(cancellable)
        w.cancel_action.setEnabled(cancellable)
        self.busy_changed.emit(True)

    def _idle(self, message: str = "") -> None:
        w = self.window
        if self._analysis_job or self._file_job or self._export_job:
            return
        w.status_label.setText(message)
        w.progress.hide()
        w.cancel_button.hide()
        w.cancel_action.setEnabled(False)
        self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._analysis_job or self._file_job or self._export_job or self._pending)

    # models ----------------------------------------------------------------------------------
    def warm_up(self) -> None:
        job = workers.Job(_warm_up, "warm-up")
        job.signals.finished.connect(lambda _r: self._warmed(None))
        job.signals.failed.connect(self._warmed)
        self._start(job, workers.nlp_pool())
        if not self._analysis_job:
            self.window.status_label.setText(self.tr("Getting ready to read notices…"))

    def _warmed(self, exc: BaseException | None) -> None:
        if exc is not None:
            logger.warning("model warm-up failed: %s", exc)
            errors.show_error(self.window, exc)
            return
        if not self.busy:
            self._idle(self.tr("Ready. Paste a notice, open a file or try an example."))

    # analysis --------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._loading_text:
            return
        w = self.window
        if self.analysis is not None and w.notice.toPlainText() != self.analysis.text:
            self._show_analysis(None)
        self.debounce.start()

    def set_text(self, text: str, name: str = "") -> None:
        """Replace the notice (paste, file, example) and analyse it straight away."""
        self._loading_text = True
        try:
            self.window.notice.setPlainText(text)
        finally:
            self._loading_text = False
        self.source_name = name
        self.last_form_image = None
        self._show_analysis(None)
        self._update_title()
        self.window.notice.moveCursor(self.window.notice.textCursor().MoveOperation.Start)
        self.start_analysis()

    def start_analysis(self) -> None:
        self.debounce.stop()
        text = self.window.notice.toPlainText()
        if not text.strip():
            self._show_analysis(None)
            return
        if self.analysis is not None and self.analysis.text == text:
            return
        if self._analysis_job is not None:
            self._pending = True
            return
        lang = self.translations.language
        job = workers.Job(lambda _p, _c: _analyze(text, lang), "analysis")
        job.signals.finished.connect(lambda r, j=job: self._analysis_done(j, r))
        job.signals.failed.connect(lambda e, j=job: self._analysis_failed(j, e))
        self._analysis_job = job
        self._start(job, workers.nlp_pool())
        self._busy(self.tr("Reading the notice…"))

    def _analysis_done(self, job: workers.Job, outcome: tuple) -> None:
        if job is not self._analysis_job:
            return
        self._analysis_job = None
        result, findings, plan = outcome
        if not job.cancel_token.cancelled and result.text == self.window.notice.toPlainText() \
                and result.explain_language == self.translations.language:
            self._show_analysis(result, findings, plan)
        if self._pending:
            self._pending = False
            self.start_analysis()
        if not self._analysis_job:
            self._idle(self._result_message())

    def _analysis_failed(self, job: workers.Job, exc: BaseException) -> None:
        if job is not self._analysis_job:
            return
        self._analysis_job = None
        self._pending = False
        self._idle()
        errors.show_error(self.window, exc)

    def _result_message(self) -> str:
        if self.analysis is None:
            return ""
        return self.tr("Found %n thing(s) to look at.", "", len(self.findings))

    def _show_analysis(self, analysis: Analysis | None, findings: list[Finding] | None = None,
                       plan: HighlightPlan | None = None) -> None:
        w = self.window
        self.analysis = analysis
        if analysis is None:
            self.findings = []
            w.notice.clear_analysis()
            w.findings.clear()
            w.summary.set_summary(None)
            w.summary.hide()
            w.export_action.setEnabled(False)
            w.print_action.setEnabled(False)
            w.present_action.setEnabled(False)
            self._update_log_actions()
            return
        self.findings = findings if findings is not None else build_findings(analysis)
        w.notice.set_analysis(analysis, plan)
        w.findings.set_findings(self.findings)
        w.summary.set_summary(analysis.summary, analysis)
        w.summary.show()
        w.export_action.setEnabled(True)
        w.print_action.setEnabled(True)
        w.present_action.setEnabled(bool(self.findings))
        self._update_log_actions()
        self.analysis_ready.emit(analysis)

    def cancel(self) -> None:
        for job in (self._analysis_job, self._file_job, self._export_job):
            if job is not None:
                job.cancel()
        self._analysis_job = self._file_job = self._export_job = None
        self._pending = False
        self.debounce.stop()
        self._idle(self.tr("Cancelled."))

    def start_over(self) -> None:
        """Forget the notice and the results (nothing is kept anywhere)."""
        self.cancel()
        if self.presentation is not None:
            self.presentation.close()
        self.set_text_silently("")
        self.source_name = ""
        self.last_form_image = None
        self._show_analysis(None)
        self._update_title()
        self._idle(self.tr("Cleared. Paste a notice, open a file or try an example."))
        self.window.notice.setFocus()

    def set_text_silently(self, text: str) -> None:
        self._loading_text = True
        try:
            self.window.notice.setPlainText(text)
        finally:
            self._loading_text = False

    def _update_title(self) -> None:
        w = self.window
        title = QCoreApplication.translate("MainWindow", "Small Print")
        w.setWindowTitle(f"{Path(self.source_name).name} — {title}" if self.source_name else title)

    # files -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a notice"), "",
                                              self.tr("Notices (%1);;All files (*)")
                                              .replace("%1", PATTERNS))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path | str) -> None:
        """Open any notice; photos go through the paper-form check, PDFs too when scanned."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in IMAGE_SUFFIXES or suffix == ".pdf":
            self.read_form(path, always_check=suffix != ".pdf")
            return
        if self._file_job is not None:
            self._file_job.cancel()

        def read(progress, cancel):
            from explainer import ingest

            return ingest.read_path(path, progress=_percent_reporter(progress), cancel=cancel)

        job = workers.Job(read, f"read {path.name}")
        job.signals.progress.connect(lambda pct, _m, n=path.name: self._busy(
            self.tr("Opening %1…").replace("%1", n), pct))
        job.signals.finished.connect(lambda doc, j=job: self._file_read(j, path, doc))
        job.signals.failed.connect(lambda e, j=job: self._file_failed(j, e))
        self._file_job = job
        self._start(job, workers.io_pool())
        self._busy(self.tr("Opening %1…").replace("%1", path.name))

    def _file_read(self, job: workers.Job, path: Path, doc) -> None:
        if job is not self._file_job:
            return
        self._file_job = None
        if not doc.text.strip():
            self._idle()
            QMessageBox.information(self.window, self.tr("No text found"), self.tr(
                "No text could be found in this file. If it is a photo or a scan, try a "
                "sharper picture, or type the text in."))
            return
        self.set_text(doc.text, str(path))

    def _file_failed(self, job: workers.Job, exc: BaseException) -> None:
        if job is not self._file_job:
            return
        self._file_job = None
        self._idle()
        errors.show_error(self.window, exc)

    # paper forms -----------------------------------------------------------------------------
    def choose_form(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Read a paper form"), "",
            self.tr("Photos and scans (%1);;All files (*)").replace("%1", FORM_PATTERNS))
        if path:
            self.read_form(Path(path))

    def read_form(self, path: Path | str, *, always_check: bool = True) -> workers.Job:
        """OCR a photo or scan in the OCR pool, then let the parent check the text.

        ``always_check=False`` (a PDF from Open…): a PDF with a text layer goes straight to the
        analysis; only pages that needed OCR bring up the check dialog.
        """
        path = Path(path)
        if self._file_job is not None:
            self._file_job.cancel()
        job = workers.Job(lambda p, c: read_form(path, _percent_reporter(p), c,
                                                 preview=always_check), f"ocr {path.name}")
        message = self.tr("Reading the text in %1…").replace("%1", path.name)
        job.signals.progress.connect(lambda pct, _m: self._busy(message, pct))
        job.signals.finished.connect(lambda r, j=job: self._form_read(j, r, always_check))
        job.signals.failed.connect(lambda e, j=job: self._file_failed(j, e))
        self._file_job = job
        self._start(job, workers.ocr_pool())
        self._busy(message)
        return job

    def _form_read(self, job: workers.Job, reading: FormReading, always_check: bool) -> None:
        if job is not self._file_job:
            return
        self._file_job = None
        doc = reading.document
        if not doc.text.strip():  # type: ignore[attr-defined]
            self._idle()
            self._no_text_found(doc)
            return
        if not always_check and not doc.ocr_pages:  # type: ignore[attr-defined]
            self.set_text(doc.text, reading.source)  # type: ignore[attr-defined]
            return
        self._idle(self.tr("Check the text we read, then choose “Analyse this text”."))
        if self.form_dialog is not None:
            self.form_dialog.close()
        dialog = PaperFormDialog(reading, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.analyse_requested.connect(lambda text, r=reading: self._analyse_form(r, text))
        dialog.finished.connect(lambda r, d=dialog: self._form_closed(d, r))
        self.form_dialog = dialog
        dialog.open()

    def _form_closed(self, dialog: PaperFormDialog, result: int) -> None:
        if self.form_dialog is dialog:
            self.form_dialog = None
        if result != PaperFormDialog.DialogCode.Accepted:  # put away: drop the "check" prompt
            self._idle(self._result_message())

    def _analyse_form(self, reading: FormReading, text: str) -> None:
        self.set_text(text, reading.source)
        self.last_form_image = reading.image

    def _no_text_found(self, doc) -> None:
        from explainer.ingest.ocr import NO_TEXT_WARNING

        if doc.kind == "image" or doc.ocr_pages:
            text = self.tr(
                "No readable text was found in this picture. Take a sharp, well-lit photo of "
                "the whole page, straight on, and try again — or type the text in.")
        else:
            text = self.tr(
                "No text could be found in this file. If it is a photo or a scan, try a "
                "sharper picture, or type the text in.")
        known = (NO_TEXT_WARNING, "No text was found in this picture.",
                 "No text was found in this PDF.")
        details = [w for w in doc.warnings if not any(w.endswith(k) for k in known)]
        if details:
            text += "\n\n" + "\n".join(details)
        QMessageBox.information(self.window, self.tr("No text found"), text)

    def _fill_examples(self) -> None:
        menu = self.window.examples_menu
        menu.clear()
        names = {"en": self.tr("English"), "ar": self.tr("Arabic")}
        examples = list_examples()
        for ex in examples:
            label = f"{ex.title} ({names[ex.language]})" if ex.language else ex.title
            act = menu.addAction(label)
            act.triggered.connect(lambda _c=False, p=ex.path: self.open_path(p))
        if not examples:
            menu.addAction(self.tr("No examples installed")).setEnabled(False)

    # the family's log -------------------------------------------------------------------------
    def attach_log(self, log: LogWidget) -> None:
        """Use ``log`` (the Log tab) for "I signed up…" and "I'm about to sign up…"."""
        self.log = log
        self.window.show_log_commands(True)
        self._update_log_actions()
        late = log.overdue_requests()
        if late:
            self.window.statusBar().showMessage(
                self.tr("%n letter(s) in your log are past their reply deadline: "
                               "see the Log tab.", "", len(late))
            )

    def _update_log_actions(self) -> None:
        w = self.window
        on = self.log is not None and self.analysis is not None
        w.signed_up_action.setEnabled(on)
        w.about_to_sign_up_action.setEnabled(on)

    def notice_draft(self) -> NoticeDraft | None:
        """The current analysis as a draft log entry (None when nothing is analysed)."""
        if self.analysis is None:
            return None
        from explainer.ui.log.prefill import draft_from_analysis

        image = self.last_form_image
        return draft_from_analysis(
            self.analysis,
            source_name=Path(self.source_name).name if self.source_name else "",
            image=image.data if image is not None else None,
            image_name=image.name if image is not None else "",
            known_organisations=self.log.organisation_names() if self.log is not None else (),
        )

    def sign_up(self, about_to: bool = False) -> SignupDialog | None:
        """Open the log's entry dialog filled from the analysis; saving adds it to the log."""
        log = self.log
        draft = self.notice_draft()
        if log is None or draft is None:
            return None
        if log.is_locked:
            self.window.tabs.setCurrentWidget(log)
            self._idle(self.tr("Unlock the log first, then try again."))
            return None
        if self.signup_dialog is not None:
            self.signup_dialog.close()
        dialog = log.new_signup_dialog(draft, about_to=about_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog, n=draft: self._save_signup(d, n))
        dialog.finished.connect(lambda _r, d=dialog: self._signup_closed(d))
        self.signup_dialog = dialog
        dialog.open()
        return dialog

    def _signup_closed(self, dialog: SignupDialog) -> None:
        if self.signup_dialog is dialog:
            self.signup_dialog = None

    def _save_signup(self, dialog: SignupDialog, draft: NoticeDraft) -> None:
        log = self.log
        if log is None:
            return
        values = dialog.values()
        if log.save_new(values, draft.new_notice()) is None:
            return
        self.window.tabs.setCurrentWidget(log)
        self._idle(self.tr("Added to the log: %1").replace("%1", values["organisation"]))

    # export ----------------------------------------------------------------------------------
    def export_text(self) -> ExportText:
        w = self.window
        cats = list(categories.CATEGORIES)
        families = font_families()
        summary_html = "".join(
            f"<p><b>{text}</b></p>" if i == 0 else f"<div>{text}</div>"
            for i, text in enumerate(w.summary.full_texts()))
        return ExportText(
            title=self.tr("Small Print: what this notice says"),
            summary_html=summary_html,
            legend_title=self.tr("How the notice is marked"),
            notice_title=self.tr("The notice"),
            findings_title=self.tr("Findings, explained"),
            category_titles={c: categories.title(c) for c in cats},
            category_patterns={c: categories.pattern_name(c) for c in cats},
            rtl=self.translations.language == "ar",
            font_families=families,
        )

    def choose_export(self) -> None:
        if self.analysis is None:
            return
        base = Path(self.source_name).stem if self.source_name else self.tr("notice")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as PDF"), f"{base}.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> workers.Job | None:
        if self.analysis is None:
            return None
        analysis, findings, text = self.analysis, list(self.findings), self.export_text()
        job = workers.Job(lambda p, c: write_pdf(path, analysis, findings, text, p, c), "export")
        job.signals.progress.connect(lambda pct, _m: self._busy(self.tr("Saving the PDF…"), pct))
        job.signals.finished.connect(lambda r, j=job: self._export_done(j, r))
        job.signals.failed.connect(lambda e, j=job: self._export_failed(j, e))
        self._export_job = job
        self._start(job, workers.io_pool())
        self._busy(self.tr("Saving the PDF…"))
        return job

    def _export_done(self, job: workers.Job, path: Path) -> None:
        if job is not self._export_job:
            return
        self._export_job = None
        self._idle(self.tr("Saved %1").replace("%1", str(path)))

    def _export_failed(self, job: workers.Job, exc: BaseException) -> None:
        if job is not self._export_job:
            return
        self._export_job = None
        self._idle()
        errors.show_error(self.window, exc)

    def print_notice(self) -> None:
        """File → Print…: the same report as the PDF, on paper (built on the GUI thread)."""
        if self.analysis is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from explainer.ui.export import build_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Small Print: what this notice says"))
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the notice and its findings"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            doc = build_document(self.analysis, list(self.findings), self.export_text())
            doc.print_(printer)
        except Exception as exc:  # noqa: BLE001 - shown to the parent, logged by show_error
            errors.show_error(self.window, exc)
            return
        self._idle(self.tr("Sent to the printer."))

    # view ------------------------------------------------------------------------------------
    def zoom(self, step: int | None) -> None:
        z = 0 if step is None else self.settings.zoom + step
        z = max(-5, min(20, z))
        self.settings.zoom = z
        self.window.notice.apply_font(z)

    def set_large_text(self, on: bool) -> None:
        self.settings.large_text = on
        f = QFont(self._base_font)
        size = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        f.setPointSizeF(size * (LARGE_TEXT_SCALE if on else 1.0))
        QApplication.setFont(f)
        self.window.notice.apply_font(self.settings.zoom)

    def set_language(self, choice: str) -> None:
        self.settings.language = choice
        self.window.language_actions[self.settings.language].setChecked(True)
        lang = self.settings.effective_language
        if lang == self.translations.language:
            return
        self.translations.apply(lang)
        self._fill_examples()
        self._update_title()
        self.window.notice.apply_font()
        if self.analysis is not None:  # explanations follow the interface language
            text = self.analysis.text
            self.analysis = None
            if text == self.window.notice.toPlainText():
                self.start_analysis()

    def present(self) -> None:
        if not self.findings:
            return
        if self.presentation is not None:
            self.presentation.close()
        start = 0
        item = self.window.findings.tree.currentItem()
        if item is not None:
            from explainer.ui.findings_panel import ROLE_FINDING

            idx = item.data(0, ROLE_FINDING)
            start = idx if isinstance(idx, int) else 0
        view = PresentationView(self.findings, start)
        view.finding_shown.connect(self.window.findings.select)
        view.closed.connect(self._presentation_closed)
        self.presentation = view
        view.showFullScreen()
        view.activateWindow()
        view.setFocus()
        self.window.findings.select(view.index)

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()

    def show_why(self) -> None:
        WhyDialog(self.window).exec()

    def show_about(self) -> None:
        from explainer import __version__

        QMessageBox.about(self.window, self.tr("About Small Print"), self.tr(
            "Small Print %1 reads privacy notices and sign-up terms and explains, in plain "
            "words, who gets your family's data. It works offline: nothing you paste or open "
            "leaves this computer.").replace("%1", __version__))

    def shutdown(self) -> None:
        self.cancel()
        if self.presentation is not None:
            self.presentation.close()
        self.settings.geometry = self.window.saveGeometry()
        self.settings.sync()
