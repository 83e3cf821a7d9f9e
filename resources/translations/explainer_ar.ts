<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Categories</name>
    <message>
        <location filename="../../explainer/ui/categories.py" line="39"/>
        <source>Who gets your data</source>
        <translation>من يحصل على بياناتك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="40"/>
        <source>What they take</source>
        <translation>ما الذي يأخذونه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="41"/>
        <source>Vague wording</source>
        <translation>عبارات غامضة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="42"/>
        <source>How to say no</source>
        <translation>كيف ترفض</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="43"/>
        <source>Good signs</source>
        <translation>علامات جيدة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="49"/>
        <source>wavy underline</source>
        <translation>خط متموج تحت الكلام</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="50"/>
        <source>dashed underline</source>
        <translation>خط متقطع تحت الكلام</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="51"/>
        <source>dotted underline</source>
        <translation>خط منقط تحت الكلام</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="52"/>
        <source>solid underline</source>
        <translation>خط متصل تحت الكلام</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/categories.py" line="53"/>
        <source>dash-dot underline</source>
        <translation>خط من شرطات ونقاط تحت الكلام</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../explainer/ui/controller.py" line="204"/>
        <source>Getting ready to read notices…</source>
        <translation>جارٍ التحضير لقراءة الإشعارات…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="212"/>
        <source>Ready. Paste a notice, open a file or try an example.</source>
        <translation>جاهز. الصق إشعاراً، أو افتح ملفاً، أو جرّب مثالاً.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="254"/>
        <source>Reading the notice…</source>
        <translation>جارٍ قراءة الإشعار…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/controller.py" line="281"/>
        <source>Found %n thing(s) to look at.</source>
        <translation>
            <numerusform>لم نجد ما يستحق النظر.</numerusform>
            <numerusform>وجدنا أمراً واحداً يستحق النظر.</numerusform>
            <numerusform>وجدنا أمرين يستحقان النظر.</numerusform>
            <numerusform>وجدنا %n أمور تستحق النظر.</numerusform>
            <numerusform>وجدنا %n أمراً يستحق النظر.</numerusform>
            <numerusform>وجدنا %n أمر يستحق النظر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="316"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="328"/>
        <source>Cleared. Paste a notice, open a file or try an example.</source>
        <translation>تم المسح. الصق إشعاراً، أو افتح ملفاً، أو جرّب مثالاً.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="345"/>
        <source>Open a notice</source>
        <translation>فتح إشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="347"/>
        <source>Notices (%1);;All files (*)</source>
        <translation>الإشعارات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="368"/>
        <location filename="../../explainer/ui/controller.py" line="373"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="381"/>
        <location filename="../../explainer/ui/controller.py" line="470"/>
        <source>No text found</source>
        <translation>لم يُعثر على نص</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="383"/>
        <location filename="../../explainer/ui/controller.py" line="465"/>
        <source>No text could be found in this file. If it is a photo or a scan, try a sharper picture, or type the text in.</source>
        <translation>لم نجد أي نص في هذا الملف. إن كان صورة أو مسحاً ضوئياً فجرّب صورة أوضح، أو اكتب النص بنفسك.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="397"/>
        <source>Read a paper form</source>
        <translation>قراءة استمارة ورقية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="398"/>
        <source>Photos and scans (%1);;All files (*)</source>
        <translation>الصور والمستندات الممسوحة (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="413"/>
        <source>Reading the text in %1…</source>
        <translation>جارٍ قراءة النص في %1…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="434"/>
        <source>Check the text we read, then choose “Analyse this text”.</source>
        <translation>راجع النص الذي قرأناه، ثم اختر «حلّل هذا النص».</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="461"/>
        <source>No readable text was found in this picture. Take a sharp, well-lit photo of the whole page, straight on, and try again — or type the text in.</source>
        <translation>لم نجد نصاً مقروءاً في هذه الصورة. التقط صورة واضحة وجيدة الإضاءة للصفحة كاملة من الأمام مباشرة، ثم حاول مرة أخرى — أو اكتب النص بنفسك.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="475"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="476"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="482"/>
        <source>No examples installed</source>
        <translation>لا توجد أمثلة مثبّتة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/controller.py" line="494"/>
        <source>%n letter(s) in your log are past their reply deadline: see the Log tab.</source>
        <translation>
            <numerusform>لا رسائل في سجلك تجاوزت مهلة الرد.</numerusform>
            <numerusform>في سجلك رسالة واحدة تجاوزت مهلة الرد: انظر تبويب السجل.</numerusform>
            <numerusform>في سجلك رسالتان تجاوزتا مهلة الرد: انظر تبويب السجل.</numerusform>
            <numerusform>في سجلك %n رسائل تجاوزت مهلة الرد: انظر تبويب السجل.</numerusform>
            <numerusform>في سجلك %n رسالة تجاوزت مهلة الرد: انظر تبويب السجل.</numerusform>
            <numerusform>في سجلك %n رسالة تجاوزت مهلة الرد: انظر تبويب السجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="526"/>
        <source>Unlock the log first, then try again.</source>
        <translation>افتح قفل السجل أولاً، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="550"/>
        <source>Added to the log: %1</source>
        <translation>أُضيف إلى السجل: %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="561"/>
        <location filename="../../explainer/ui/controller.py" line="618"/>
        <source>Small Print: what this notice says</source>
        <translation>الشروط الصغيرة: ماذا يقول هذا الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="563"/>
        <source>How the notice is marked</source>
        <translation>كيف عُلِّم الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="564"/>
        <source>The notice</source>
        <translation>الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="565"/>
        <source>Findings, explained</source>
        <translation>الملاحظات مع شرحها</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="576"/>
        <source>notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="577"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="577"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="588"/>
        <location filename="../../explainer/ui/controller.py" line="593"/>
        <source>Saving the PDF…</source>
        <translation>جارٍ حفظ ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="600"/>
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="620"/>
        <source>Print the notice and its findings</source>
        <translation>طباعة الإشعار وما وجدناه فيه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="629"/>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="693"/>
        <source>About Small Print</source>
        <translation>عن الشروط الصغيرة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="696"/>
        <source>Small Print %1 reads privacy notices and sign-up terms and explains, in plain words, who gets your family&apos;s data. It works offline: nothing you paste or open leaves this computer.</source>
        <translation>يقرأ برنامج الشروط الصغيرة %1 إشعارات الخصوصية وشروط التسجيل، ويشرح بكلمات بسيطة من يحصل على بيانات عائلتك. يعمل دون اتصال بالإنترنت: لا يغادر هذا الحاسوبَ شيءٌ مما تلصقه أو تفتحه.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../explainer/ui/errors.py" line="32"/>
        <source>This file can&apos;t be opened</source>
        <translation>لا يمكن فتح هذا الملف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="38"/>
        <source>Small Print can read text, web pages (HTML), PDF, Word (.docx) and pictures of a page. Try saving the notice in one of those formats, or copy its text and paste it in.</source>
        <translation>يستطيع البرنامج قراءة النصوص وصفحات الويب (HTML) وملفات PDF وWord (.docx) وصور الصفحات. جرّب حفظ الإشعار بإحدى هذه الصيغ، أو انسخ نصه والصقه هنا.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="42"/>
        <source>The picture could not be read</source>
        <translation>تعذّرت قراءة الصورة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="47"/>
        <source>No readable words were found in the picture. Try a sharper, well-lit photo taken straight on, or type or paste the text.</source>
        <translation>لم نجد في الصورة كلمات يمكن قراءتها. جرّب صورة أوضح بإضاءة جيدة ومأخوذة من الأمام مباشرة، أو اكتب النص أو الصقه.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="51"/>
        <source>This file can&apos;t be read</source>
        <translation>تعذّرت قراءة هذا الملف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="56"/>
        <source>The file may be damaged, protected by a password, or not what its name says. Try opening it in another program and copying the text in.</source>
        <translation>قد يكون الملف تالفاً، أو محمياً بكلمة مرور، أو من نوع غير الذي يدل عليه اسمه. جرّب فتحه في برنامج آخر ونسخ النص إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="60"/>
        <source>Small Print is not installed correctly</source>
        <translation>البرنامج غير مثبّت بشكل صحيح</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="65"/>
        <source>A part of the app that reads notices is missing or damaged. Please reinstall Small Print.</source>
        <translation>جزء من البرنامج المسؤول عن قراءة الإشعارات مفقود أو تالف. يُرجى إعادة تثبيت البرنامج.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="69"/>
        <source>Your log could not be opened</source>
        <translation>تعذّر فتح سجلّك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="74"/>
        <source>The file where Small Print keeps your log could not be opened or saved. Nothing was changed.</source>
        <translation>تعذّر فتح أو حفظ الملف الذي يحفظ فيه البرنامج سجلّك. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="78"/>
        <source>The file could not be saved or opened</source>
        <translation>تعذّر حفظ الملف أو فتحه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="83"/>
        <source>Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>تأكّد من أن المجلد موجود، وأنه يُسمح لك بالكتابة فيه، وأن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="87"/>
        <location filename="../../explainer/ui/errors.py" line="91"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="88"/>
        <source>Small Print could not finish this task.</source>
        <translation>لم يتمكّن البرنامج من إنهاء هذه المهمة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="96"/>
        <source>Small Print hit a problem it did not expect. Your text is still here. A report was saved to the log folder.</source>
        <translation>واجه البرنامج مشكلة غير متوقعة. نصّك ما زال هنا. حُفظ تقرير عن المشكلة في مجلد السجلات.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/errors.py" line="122"/>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="83"/>
        <source>&amp;Findings</source>
        <extracomment>Display order of the groups in the findings panel and presentation mode. Which highlight category each span kind is drawn with in the notice (see notice_view). Sentence labels drawn as a whole-sentence underline.</extracomment>
        <translation>ال&amp;ملاحظات</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="84"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="86"/>
        <source>Findings grouped by kind. Choose one to see its sentence and explanation.</source>
        <translation>الملاحظات مجمّعة حسب نوعها. اختر واحدة لترى جملتها وشرحها.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="87"/>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="89"/>
        <source>Choose a finding to see what it means for your family.</source>
        <translation>اختر ملاحظة لترى ما تعنيه لعائلتك.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/findings_panel.py" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explainer/ui/legend.py" line="78"/>
        <source>Highlight legend</source>
        <translation>دليل الألوان والخطوط</translation>
    </message>
</context>
<context>
    <name>LogWidget</name>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="517"/>
        <source>The log is locked, but these older backups are damaged and could not be locked. Delete them if nobody else may read them:</source>
        <translation>قُفل السجل، لكن هذه النسخ الاحتياطية القديمة تالفة ولم يمكن قفلها. احذفها إن كان لا ينبغي لأحد غيرك قراءتها:</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="179"/>
        <source>Search organisations, data, notes…</source>
        <translation>ابحث في الجهات والبيانات والملاحظات…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="180"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="181"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="182"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="183"/>
        <source>Write a letter</source>
        <translation>كتابة رسالة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="190"/>
        <source>Replies that are overdue</source>
        <translation>ردود متأخرة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="205"/>
        <source>Ask for a copy of our data</source>
        <translation>طلب نسخة من بياناتنا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="206"/>
        <source>Stop direct marketing</source>
        <translation>إيقاف التسويق المباشر</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="207"/>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="208"/>
        <source>Ask them to erase our data</source>
        <translation>طلب محو بياناتنا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="209"/>
        <source>Complain to the ICO</source>
        <translation>تقديم شكوى إلى مكتب مفوّض المعلومات (ICO)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/log/widget.py" line="225"/>
        <source>%n entries</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلاً</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/log/widget.py" line="246"/>
        <source>%n letter(s) past the one-month reply deadline: </source>
        <translation>
            <numerusform>لا رسائل تجاوزت مهلة الرد (شهر واحد): </numerusform>
            <numerusform>رسالة واحدة تجاوزت مهلة الرد (شهر واحد): </numerusform>
            <numerusform>رسالتان تجاوزتا مهلة الرد (شهر واحد): </numerusform>
            <numerusform>%n رسائل تجاوزت مهلة الرد (شهر واحد): </numerusform>
            <numerusform>%n رسالة تجاوزت مهلة الرد (شهر واحد): </numerusform>
            <numerusform>%n رسالة تجاوزت مهلة الرد (شهر واحد): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="249"/>
        <source>You can remind them, or complain to the regulator (Write a letter → Complaint).</source>
        <translation>يمكنك تذكيرهم، أو تقديم شكوى إلى الجهة الرقابية (كتابة رسالة ← شكوى).</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="266"/>
        <source>Choose an entry to see the organisation&apos;s details.</source>
        <translation>اختر سجلاً لترى تفاصيل الجهة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="279"/>
        <source>Your child&apos;s data: %1</source>
        <translation>بيانات طفلك: %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="288"/>
        <source>Their notice names: %1</source>
        <translation>يذكر إشعارهم: %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="294"/>
        <source>%1 sent %2, reply due %3 (%4)</source>
        <translation>أُرسلت %1 في %2، والرد مستحق في %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="336"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="338"/>
        <source>Not named: %1</source>
        <translation>غير مسمَّين: %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="340"/>
        <source>Their notice says your data may go to:</source>
        <translation>يقول إشعارهم إن بياناتك قد تذهب إلى:</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="406"/>
        <source>Delete entry</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="407"/>
        <source>Delete the entry for %1? This cannot be undone.</source>
        <translation>هل تحذف سجل %1؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="432"/>
        <source>Save the letter</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="434"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="530"/>
        <source>The passphrase is changed, but these older backups could not be given the new one (damaged, or locked with an earlier passphrase). Delete them if nobody else may know that passphrase:</source>
        <translation>تغيّرت عبارة المرور، لكن تعذّر قفل هذه النسخ الاحتياطية القديمة بالعبارة الجديدة (فهي تالفة، أو مقفلة بعبارة أقدم). احذفها إن كان لا ينبغي لأحد غيرك معرفة تلك العبارة:</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="571"/>
        <source>Small Print</source>
        <translation>الشروط الصغيرة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="186"/>
        <location filename="../../explainer/ui/log/widget.py" line="191"/>
        <location filename="../../explainer/ui/log/widget.py" line="513"/>
        <location filename="../../explainer/ui/log/widget.py" line="525"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="187"/>
        <source>Lock the log with a passphrase…</source>
        <translation>قفل السجل بعبارة مرور…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="188"/>
        <source>Change the passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="189"/>
        <source>Remove the passphrase…</source>
        <translation>إزالة عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="192"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="193"/>
        <source>This log is locked with a passphrase.</source>
        <translation>هذا السجل مقفل بعبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="470"/>
        <source>Encryption is not available in this installation.</source>
        <translation>التشفير غير متاح في هذا التثبيت.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/widget.py" line="484"/>
        <source>That passphrase does not open the log.</source>
        <translation>عبارة المرور هذه لا تفتح السجل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explainer/ui/app.py" line="56"/>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/controller.py" line="341"/>
        <location filename="../../explainer/ui/main_window.py" line="217"/>
        <source>Small Print</source>
        <translation>الشروط الصغيرة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="218"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="219"/>
        <source>Open a notice: text, web page, PDF, Word or a photo</source>
        <translation>افتح إشعاراً: نص، صفحة ويب، PDF، ملف Word أو صورة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="220"/>
        <source>Try an &amp;example</source>
        <translation>جرّب &amp;مثالاً</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="221"/>
        <location filename="../../explainer/ui/main_window.py" line="222"/>
        <source>Try an example</source>
        <translation>جرّب مثالاً</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="223"/>
        <source>Read a paper &amp;form…</source>
        <translation>قراءة استمارة &amp;ورقية…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="225"/>
        <source>Read the text of a photographed or scanned form, check it, then analyse it</source>
        <translation>اقرأ نص استمارة مصوّرة أو ممسوحة، وراجعه، ثم حلّله</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="226"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="227"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="228"/>
        <source>Print the notice with its findings</source>
        <translation>اطبع الإشعار مع ما وجدناه فيه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="229"/>
        <source>S&amp;tart over</source>
        <translation>ا&amp;بدأ من جديد</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="230"/>
        <source>Clear the notice and the results</source>
        <translation>امسح الإشعار والنتائج</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="231"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="232"/>
        <location filename="../../explainer/ui/main_window.py" line="233"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="234"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="235"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="236"/>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="237"/>
        <source>&amp;Large text</source>
        <translation>نص &amp;كبير</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="238"/>
        <source>&amp;Present</source>
        <translation>&amp;عرض تقديمي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="240"/>
        <source>Full screen, one finding at a time (arrow keys or space; Esc to leave)</source>
        <translation>ملء الشاشة، ملاحظة واحدة في كل مرة (مفاتيح الأسهم أو المسافة؛ Esc للخروج)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="241"/>
        <source>I &amp;signed up…</source>
        <translation>&amp;اشتركتُ…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="243"/>
        <source>Record in the family&apos;s log that you signed up, with this notice</source>
        <translation>سجّل في سجل العائلة أنك اشتركت، مع هذا الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="244"/>
        <source>I&apos;m &amp;about to sign up…</source>
        <translation>&amp;سأشترك قريباً…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="246"/>
        <source>Note in the family&apos;s log that you are about to sign up, with this notice</source>
        <translation>دوّن في سجل العائلة أنك على وشك الاشتراك، مع هذا الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="247"/>
        <source>&amp;Why this matters</source>
        <translation>&amp;لماذا يهمّ هذا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="248"/>
        <source>&amp;About Small Print</source>
        <translation>&amp;عن البرنامج</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="249"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="253"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="254"/>
        <source>&amp;Log</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="255"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="256"/>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="258"/>
        <source>&amp;Notice</source>
        <translation>الإ&amp;شعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="259"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="260"/>
        <source>Notice</source>
        <translation>الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/main_window.py" line="261"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../../explainer/ui/notice_view.py" line="93"/>
        <source>Paste the privacy notice or sign-up terms here, type them in, or drop a file here.

You can also choose Open… or try an example from the menu.</source>
        <translation>الصق إشعار الخصوصية أو شروط التسجيل هنا، أو اكتبها، أو اسحب ملفاً وأفلته هنا.

يمكنك أيضاً اختيار «فتح…» أو تجربة مثال من القائمة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/notice_view.py" line="94"/>
        <source>Notice text</source>
        <translation>نص الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/notice_view.py" line="97"/>
        <source>The notice you are checking. Highlighted words have an explanation: hover or choose the finding in the list.</source>
        <translation>الإشعار الذي تفحصه. للكلمات المعلَّمة شرح: مرّر المؤشر فوقها أو اختر الملاحظة من القائمة.</translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="380"/>
        <location filename="../../explainer/ui/paper_form.py" line="414"/>
        <source>We are not sure we read this word correctly — check it against the photo</source>
        <translation>لسنا متأكدين من أننا قرأنا هذه الكلمة بشكل صحيح — قارنها بالصورة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="396"/>
        <source>Check the text we read — %1</source>
        <translation>راجع النص الذي قرأناه — %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="398"/>
        <location filename="../../explainer/ui/paper_form.py" line="416"/>
        <source>The photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="399"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="400"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="401"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="402"/>
        <source>The picture cannot be shown here, but its text was read.</source>
        <translation>لا يمكن عرض الصورة هنا، لكن نصها قُرئ.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="403"/>
        <source>The text we read (you can correct it)</source>
        <translation>النص الذي قرأناه (يمكنك تصحيحه)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="405"/>
        <source>Compare the text with the photo and fix any mistakes.</source>
        <translation>قارن النص بالصورة وصحّح أي أخطاء.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="407"/>
        <source>underlined in orange</source>
        <translation>مسطّرة باللون البرتقالي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/paper_form.py" line="410"/>
        <source>%n word(s) we are not sure of are %1.</source>
        <translation>
            <numerusform>لا كلمات غير مؤكدة.</numerusform>
            <numerusform>كلمة واحدة لسنا متأكدين منها %1.</numerusform>
            <numerusform>كلمتان لسنا متأكدين منهما %1.</numerusform>
            <numerusform>%n كلمات لسنا متأكدين منها %1.</numerusform>
            <numerusform>%n كلمة لسنا متأكدين منها %1.</numerusform>
            <numerusform>%n كلمة لسنا متأكدين منها %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="415"/>
        <source>The text we read</source>
        <translation>النص الذي قرأناه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/paper_form.py" line="417"/>
        <source>Analyse this text</source>
        <translation>حلّل هذا النص</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="340"/>
        <source>Lock the log with a passphrase</source>
        <translation>قفل السجل بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="341"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="342"/>
        <source>Remove the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="351"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="353"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="354"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="360"/>
        <source>If the passphrase is forgotten, nobody can open the log again, not even Small Print. Write it down and keep it somewhere safe.</source>
        <translation>إذا نُسيت عبارة المرور فلن يستطيع أحد فتح السجل مرة أخرى، ولا حتى Small Print. اكتبها واحفظها في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="363"/>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="92"/>
        <location filename="../../explainer/ui/presentation.py" line="93"/>
        <source>Presentation</source>
        <translation>العرض التقديمي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="94"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="95"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="96"/>
        <source>Leave (Esc)</source>
        <translation>خروج (Esc)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="106"/>
        <source>Nothing to show yet</source>
        <translation>لا يوجد ما يُعرض بعد</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="109"/>
        <source>Check a notice first, then start the presentation.</source>
        <translation>افحص إشعاراً أولاً، ثم ابدأ العرض.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="113"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/presentation.py" line="120"/>
        <source>(No explanation for this one.)</source>
        <translation>(لا يوجد شرح لهذه.)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../explainer/ui/i18n.py" line="113"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="69"/>
        <source>Edit entry</source>
        <translation>تعديل السجل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="69"/>
        <source>New entry</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="84"/>
        <source>Type the organisation&apos;s name</source>
        <translation>اكتب اسم الجهة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="87"/>
        <source>Choose one already in the log, or type a new name</source>
        <translation>اختر جهة موجودة في السجل، أو اكتب اسماً جديداً</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="92"/>
        <source>Use “%1”</source>
        <translation>استخدم «%1»</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="93"/>
        <source>The name at the top of the notice</source>
        <translation>الاسم المكتوب في أعلى الإشعار</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="99"/>
        <source>I have signed up</source>
        <translation>اشتركتُ</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="100"/>
        <source>I&apos;m about to sign up</source>
        <translation>سأشترك قريباً</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="118"/>
        <location filename="../../explainer/ui/log/dialogs.py" line="123"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="193"/>
        <source>The notice and what Small Print found in it are saved with this entry.</source>
        <translation>يُحفظ الإشعار وما وجدته «الشروط الصغيرة» فيه مع هذا السجل.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="195"/>
        <source>So is the photo of the paper form.</source>
        <translation>وتُحفظ معه أيضاً صورة الاستمارة الورقية.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="214"/>
        <source>website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="215"/>
        <source>app</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="216"/>
        <source>paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="217"/>
        <source>hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="218"/>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="219"/>
        <source>shop</source>
        <translation>متجر</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="224"/>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="225"/>
        <source>my child</source>
        <translation>طفلي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="226"/>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="238"/>
        <source>%1 (not named)</source>
        <translation>%1 (غير مسمّاة)</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="242"/>
        <source>No one outside the organisation is mentioned.</source>
        <translation>لم يُذكر أحد من خارج الجهة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="295"/>
        <source>About to sign up (not done yet).</source>
        <translation>على وشك الاشتراك (لم يتم بعد).</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="173"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="175"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="176"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="177"/>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="134"/>
        <location filename="../../explainer/ui/log/dialogs.py" line="178"/>
        <source>Data given</source>
        <translation>البيانات المقدَّمة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="155"/>
        <source>Anything not in the list, separated by commas</source>
        <translation>أي شيء غير موجود في القائمة، مفصولاً بفواصل</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="162"/>
        <location filename="../../explainer/ui/log/dialogs.py" line="185"/>
        <source>Their notice says these may receive your data:</source>
        <translation>يقول إشعارهم إن هؤلاء قد يتلقّون بياناتك:</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="174"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="179"/>
        <source>Other data</source>
        <translation>بيانات أخرى</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="180"/>
        <source>Marketing agreed to</source>
        <translation>الموافقة على التسويق</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/dialogs.py" line="181"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="53"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="54"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="55"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="56"/>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="57"/>
        <source>Data given</source>
        <translation>البيانات المقدَّمة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="62"/>
        <source>website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="63"/>
        <source>app</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="64"/>
        <source>paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="65"/>
        <source>hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="66"/>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="67"/>
        <source>shop</source>
        <translation>متجر</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="73"/>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="74"/>
        <source>my child</source>
        <translation>طفلي</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="75"/>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/log/model.py" line="140"/>
        <source>Includes your child&apos;s data: %1</source>
        <translation>يشمل بيانات طفلك: %1</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="104"/>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="105"/>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="106"/>
        <source>Who gets your data</source>
        <translation>من يحصل على بياناتك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="107"/>
        <location filename="../../explainer/ui/summary_card.py" line="199"/>
        <source>What they take</source>
        <translation>ما الذي يأخذونه</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="108"/>
        <source>I signed up…</source>
        <translation>اشتركتُ…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="109"/>
        <source>Add this notice to the family&apos;s log</source>
        <translation>أضف هذا الإشعار إلى سجل العائلة</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="110"/>
        <source>I&apos;m about to sign up…</source>
        <translation>سأشترك قريباً…</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="112"/>
        <source>Add this notice to the family&apos;s log as a sign-up you have not done yet</source>
        <translation>أضف هذا الإشعار إلى سجل العائلة كاشتراك لم تقم به بعد</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="130"/>
        <source>Show fewer</source>
        <translation>عرض أقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="132"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا شيء آخر</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="151"/>
        <source>Nothing checked yet</source>
        <translation>لم يُفحص شيء بعد</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="155"/>
        <source>Checked</source>
        <translation>تم الفحص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="161"/>
        <source>%n sentence(s) about sharing</source>
        <translation>
            <numerusform>لا جمل عن المشاركة</numerusform>
            <numerusform>جملة واحدة عن المشاركة</numerusform>
            <numerusform>جملتان عن المشاركة</numerusform>
            <numerusform>%n جمل عن المشاركة</numerusform>
            <numerusform>%n جملة عن المشاركة</numerusform>
            <numerusform>%n جملة عن المشاركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="162"/>
        <source>%n vague sentence(s)</source>
        <translation>
            <numerusform>لا جمل غامضة</numerusform>
            <numerusform>جملة غامضة واحدة</numerusform>
            <numerusform>جملتان غامضتان</numerusform>
            <numerusform>%n جمل غامضة</numerusform>
            <numerusform>%n جملة غامضة</numerusform>
            <numerusform>%n جملة غامضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="163"/>
        <source>%n way(s) to say no</source>
        <translation>
            <numerusform>لا طرق للرفض</numerusform>
            <numerusform>طريقة واحدة للرفض</numerusform>
            <numerusform>طريقتان للرفض</numerusform>
            <numerusform>%n طرق للرفض</numerusform>
            <numerusform>%n طريقة للرفض</numerusform>
            <numerusform>%n طريقة للرفض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="164"/>
        <source>%n promise(s) not to share</source>
        <translation>
            <numerusform>لا وعود بعدم المشاركة</numerusform>
            <numerusform>وعد واحد بعدم المشاركة</numerusform>
            <numerusform>وعدان بعدم المشاركة</numerusform>
            <numerusform>%n وعود بعدم المشاركة</numerusform>
            <numerusform>%n وعداً بعدم المشاركة</numerusform>
            <numerusform>%n وعد بعدم المشاركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="168"/>
        <source>No particular concerns were found.</source>
        <translation>لم نجد ما يدعو إلى قلق خاص.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="182"/>
        <source>Not named: %1</source>
        <translation>غير مسمَّين: %1</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="181"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="184"/>
        <source>No one outside the organisation is mentioned.</source>
        <translation>لم يُذكر أحد من خارج الجهة.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="190"/>
        <source>about your child</source>
        <translation>عن طفلك</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="198"/>
        <source>No kinds of personal data are named.</source>
        <translation>لم تُذكر أنواع من البيانات الشخصية.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/summary_card.py" line="202"/>
        <source>This includes data about your children.</source>
        <translation>يشمل هذا بيانات عن أطفالك.</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../explainer/ui/why.py" line="33"/>
        <location filename="../../explainer/ui/why.py" line="64"/>
        <location filename="../../explainer/ui/why.py" line="65"/>
        <source>Why this matters</source>
        <translation>لماذا يهمّ هذا</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="39"/>
        <source>Free baby clubs, sample packs and apps often ask new parents to fill in a card or a form, sometimes on the maternity ward itself. The small print can allow your details to be passed on or sold. In the UK this has already happened, on a large scale, and the regulator (the Information Commissioner&apos;s Office, ICO) fined the companies.</source>
        <translation>كثيراً ما تطلب نوادي الأطفال المجانية وحقائب العيّنات والتطبيقات من الأهل الجدد تعبئة بطاقة أو استمارة، وأحياناً في جناح الولادة نفسه. قد تسمح الشروط الصغيرة بتمرير بياناتك إلى غيرهم أو بيعها. وقد حدث هذا فعلاً في المملكة المتحدة على نطاق واسع، وفرضت الجهة الرقابية (مكتب مفوّض المعلومات، ICO) غرامات على تلك الشركات.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="40"/>
        <source>Emma&apos;s Diary, 2018: £140,000</source>
        <translation>‏«إيماز دايري» (Emma&apos;s Diary)، عام 2018: ‏140,000 جنيه إسترليني</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="46"/>
        <source>The baby club Emma&apos;s Diary sold the records of 1,065,200 new mothers through the data company Experian to the Labour Party, which used them to target mothers with election mail. The records held the parent&apos;s name, home address and the birth dates of the mother and her children. The mothers had not been told clearly that this could happen. The ICO fined the company £140,000.</source>
        <translation>باع نادي الأطفال Emma&apos;s Diary سجلات 1,065,200 أمّ جديدة، عبر شركة البيانات Experian، إلى حزب العمال الذي استخدمها لاستهداف الأمهات برسائل انتخابية. تضمّنت السجلات اسم أحد الوالدين وعنوان المنزل وتواريخ ميلاد الأم وأطفالها. ولم تُبلَّغ الأمهات بوضوح أن هذا قد يحدث. فغرّم مكتب مفوّض المعلومات الشركة 140,000 جنيه إسترليني.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="47"/>
        <source>Bounty, 2019: £400,000</source>
        <translation>‏«باونتي» (Bounty)، عام 2019: ‏400,000 جنيه إسترليني</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="53"/>
        <source>Bounty, known for the free packs handed out in hospitals, passed on about 34 million records to 39 organisations, including the data brokers Acxiom and Equifax and the broadcaster Sky. Many of the records were collected on paper cards filled in at hospital bedsides, just after a birth. The ICO fined Bounty £400,000.</source>
        <translation>مرّرت شركة Bounty، المعروفة بالحقائب المجانية التي تُوزَّع في المستشفيات، نحو 34 مليون سجل إلى 39 جهة، منها شركتا بيع البيانات Acxiom وEquifax وشركة البث Sky. وجُمع كثير من هذه السجلات على بطاقات ورقية مُلئت بجانب أسرّة المستشفى بعد الولادة مباشرة. فغرّم مكتب مفوّض المعلومات الشركة 400,000 جنيه إسترليني.</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="54"/>
        <source>What you can do</source>
        <translation>ما الذي يمكنك فعله</translation>
    </message>
    <message>
        <location filename="../../explainer/ui/why.py" line="60"/>
        <source>Before you sign, look for who gets your data and for a way to say no. Words like &quot;selected partners&quot; or &quot;for marketing purposes&quot; can hide a long list of companies. You can ask any organisation for a copy of what it holds about you and your child, and you can tell it to stop using your details for marketing at any time.</source>
        <translation>قبل أن توقّع، ابحث عمّن سيحصل على بياناتك وعن طريقة للرفض. فعبارات مثل «شركاء مختارون» أو «لأغراض تسويقية» قد تخفي قائمة طويلة من الشركات. يحق لك أن تطلب من أي جهة نسخة مما تحتفظ به عنك وعن طفلك، وأن تطلب منها في أي وقت أن تتوقف عن استخدام بياناتك في التسويق.</translation>
    </message>
</context>
</TS>
