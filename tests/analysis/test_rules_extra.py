"""Context rules of the word lists, English and Arabic: who shares, what is data, what is vague.

Our own sentences (never copied from the evaluation corpora). Rules only, so the table tests the
word lists and the context conditions, not the trained model.
"""

from __future__ import annotations

import pytest

from explainer.analysis.pipeline import analyze

# (language, sentence, labels it must have, labels it must not have)
LABELS = [
    # a security threat list is not a disclosure by the organisation
    ("en", "We guard your details against loss, misuse and unauthorised disclosure.",
     set(), {"sharing"}),
    # the user shares, or data comes in
    ("en", "Photos you choose to share with us are kept in your album.", set(), {"sharing"}),
    ("en", "We may receive your contact details from partner shops.", set(), {"sharing"}),
    # headings and questions
    ("en", "How We Share Your Information", set(), {"sharing"}),
    ("en", "Who do we share your details with?", set(), {"sharing"}),
    # a request about past disclosures
    ("en", "Residents may request a list of the companies to which we disclosed their data.",
     set(), {"sharing"}),
    # storage abroad without a recipient
    ("en", "Your records may be transferred to our servers in Canada.", {"transfer"},
     {"sharing"}),
    # a named network without a transfer
    ("en", "You can sign in with Facebook to save your shopping list.", set(), {"sharing"}),
    # third parties collecting for themselves
    ("en", "Advertising companies may place cookies on your browser when you read our pages.",
     {"sharing"}, set()),
    ("en", "Some partners collect your IP address to measure their campaigns.", {"sharing"},
     set()),
    # handing over without share/disclose
    ("en", "We transmit your card number to the payment processor.", {"sharing"}, set()),
    ("en", "Our delivery contractors have access to your postal address.", {"sharing"}, set()),
    ("en", "We will answer subpoenas and court orders about your account.", {"sharing"}, set()),
    ("en", "Reviews you write are visible to other users of the club.", {"sharing"}, set()),
    # advice to the user is not a promise by the organisation
    ("en", "Please do not share your login details with anyone.", set(),
     {"no_sharing", "sharing"}),
    ("ar", "نرجو عدم نشر صور أطفال الآخرين في مجموعة الأمهات.", set(), {"no_sharing", "sharing"}),
    ("en", "We do not share your login details with anyone.", {"no_sharing"}, {"sharing"}),
    # permissions are not hedges
    ("en", "You can opt out of the newsletter at any time.", {"choice"}, {"vague"}),
    ("en", "You may request a copy of your data.", {"rights"}, {"vague"}),
    ("en", "We may share your data with marketing partners.", {"sharing", "vague"}, set()),
    # other sites the user may visit, or what the notice does not cover: no data leaves
    ("en", "Our pages contain links to other websites, such as Google Maps, whose cookies are "
     "governed by their own privacy policies.", set(), {"sharing"}),
    ("en", "This notice does not cover third-party sites that advertisers may run.", set(),
     {"sharing"}),
    # ... unless a verb says data goes to them
    ("en", "When you click a link to a partner site, we share your email address with our "
     "partners.",
     {"sharing"}, set()),
    ("ar", "يحتوي تطبيقنا على روابط لمواقع خارجية مثل Facebook ولها سياسات الخصوصية الخاصة بها.",
     set(), {"sharing"}),
    ("ar", "عند الضغط على رابط الشريك نشارك رقم عضويتك مع الشركاء.", {"sharing"}, set()),
    # deleting on a date is how long data is kept
    ("en", "We delete all entries on 30 September, when the challenge ends.", {"retention"},
     set()),
    ("ar", "نحذف جميع المشاركات في نهاية شهر سبتمبر عند انتهاء المسابقة.", {"retention"}, set()),
    # Arabic: dialect verbs, hosting, cookies placed by ad networks, institutions
    ("ar", "بنشارك رقم جوالك مع شركات التوصيل.", {"sharing"}, {"no_sharing"}),
    ("ar", "منشارك عنوانك مع المطبعة لطباعة البطاقات.", {"sharing"}, set()),
    ("ar", "نبعت نتيجة الفحص للمستشفى.", {"sharing"}, set()),
    ("ar", "نستضيف ملفاتك لدى Amazon Web Services.", {"sharing"}, set()),
    ("ar", "نسمح لشبكات الإعلان بوضع ملفات تعريف الارتباط على جهازك.", {"sharing"}, set()),
    ("ar", "نرسل أسماء الفائزين إلى شركة التأمين.", {"sharing"}, set()),
    # an object pronoun glued to the verb ("we pass them", "how we use it")
    ("ar", "نمررها إلى شركات التسويق.", {"sharing"}, set()),
    ("ar", "كيف نستخدمها", {"purpose"}, set()),
    # dialect negation
    ("ar", "ما نبيع معلوماتك لحد.", {"no_sharing"}, {"sharing"}),
    ("ar", "مش بنبيع بياناتك.", {"no_sharing"}, {"sharing"}),
    # Arabic vague wording, and choices that are not vague
    ("ar", "نحتفظ ببياناتك طول ما حسابك مفعل.", {"vague"}, set()),
    ("ar", "نستخدم عنوانك لإرسال عروض وأمور أخرى.", {"vague"}, set()),
    ("ar", "نحدّث التطبيق من وقت للتاني ونجمع بيانات الاستخدام.", {"vague"}, set()),
    ("ar", "يمكنك سحب موافقتك في أي وقت.", {"choice"}, {"vague"}),
    # a passive verb after "you": the organisation shares what the user gave
    ("en", "The details you provide may be shared with our sponsors.", {"sharing"}, set()),
    ("en", "Information about you may be disclosed to the police.", {"sharing"}, set()),
    ("en", "Pictures you choose to share appear in your album only.", set(), {"sharing"}),
    # the recipient as the subject: "receive", "processed by", "handled by"
    ("en", "Our advertising partners receive your postcode and age range.", {"sharing"}, set()),
    ("en", "Card payments are processed by our payment provider.", {"sharing"}, set()),
    ("en", "We receive your name from partner shops when you enter their draw.", set(),
     {"sharing"}),
    ("en", "Members receive a free welcome box from our sponsors.", set(), {"sharing"}),
    ("en", "You will receive emails from our partners.", set(), {"sharing"}),
    ("ar", "يتلقى شركاؤنا في التسويق رقم جوالك.", {"sharing"}, set()),
    ("ar", "تتلقى الحضانة من وزارة الصحة نتائج فحص السمع.", set(), {"sharing"}),
    # someone outside working for the organisation gets what it needs
    ("en", "We use other companies to perform services on our behalf, such as delivery firms.",
     {"sharing"}, set()),
    ("ar", "تتولى شركات متخصصة معالجة المدفوعات نيابة عنا.", {"sharing"}, set()),
    # what the user posts where others can see it is shown to others by the service
    ("en", "Anything you write on the Bumps & Babies forum can be read by anyone.", {"sharing"},
     set()),
    ("en", "Your nickname and photos will become publicly available once you enter.",
     {"sharing"}, set()),
    ("ar", "التعليقات التي تكتبينها في مجتمع الأمهات تظهر لجميع المستخدمين.", {"sharing"}, set()),
    ("ar", "صور المشاركين في المسابقة يراها أي زائر للتطبيق.", {"sharing"}, set()),
    # ... not when it is kept from them, or "public" only names where data comes from
    ("en", "Your sleep diary is never visible to other members.", set(), {"sharing"}),
    ("ar", "لن تكون يومياتك مرئية للآخرين.", set(), {"sharing"}),
    ("ar", "قد نضيف إلى ملفك معلومات من مصادر أخرى متاحة للعامة.", set(), {"sharing"}),
]

# (language, sentence, data-type id that must be found, or None, words that must not be data)
DATA = [
    ("en", "We collect your browser type, operating system and device identifiers.",
     "device information", None),
    ("en", "We keep your username and password.", "account details", None),
    ("en", "We store the search terms you enter and the pages you visit.", "search history",
     None),
    ("en", "We ask for your job title and your interests.", "occupation", None),
    ("en", "Please contact us by email if you have questions.", None, "email"),
    ("en", "The club is not meant for children under the age of 13.", None, "age"),
    ("en", "We use cookies and web beacons on our website.", None, "cookies"),
    ("en", "We will address your complaint within a month.", None, "address"),
    ("ar", "نجمع اسم مستشفى الولادة وموعد الولادة.", "hospital", None),
    ("ar", "نسجل نظام التشغيل ونوع الجهاز.", "device information", None),
    ("ar", "يمكنك التواصل معنا عبر البريد الإلكتروني.", None, "البريد الإلكتروني"),
    ("ar", "نرسل التقرير إلى المستشفى.", None, "المستشفى"),
]


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), LABELS)
def test_labels_in_context(lang, text, must, must_not):
    r = analyze(text, language=lang, use_model=False)
    got = {lab for s in r.sentences for lab in s.labels}
    assert must <= got, f"missing {must - got} in {got}"
    assert not (must_not & got), f"unexpected {must_not & got}"


@pytest.mark.parametrize(("lang", "text", "dtype", "not_data"), DATA)
def test_data_types_in_context(lang, text, dtype, not_data):
    r = analyze(text, language=lang, use_model=False)
    found = [(s.subtype, s.text) for s in r.spans if s.kind == "data_type"]
    if dtype:
        assert dtype in {t for t, _ in found}, found
    if not_data:
        assert not_data not in {w for _, w in found}, found


def test_hospital_is_a_recipient_in_arabic():
    r = analyze("نرسل التقرير إلى المستشفى.", language="ar", use_model=False)
    assert any(s.kind == "recipient" and s.text == "المستشفى" for s in r.spans)
    assert "sharing" in r.sentences[0].labels
