"""The letters' wording in English and Arabic, written for each language rather than translated.

Placeholders are ``str.format`` fields: ``{org}``, ``{due}``, ``{child_phrase}`` ... filled by
:mod:`explainer.letters.compose`. Arabic is formal Modern Standard Arabic as used in official
correspondence; the articles of the law keep their numbers in Western digits, as UK bodies
(including the ICO's Arabic pages) write them.
"""

from __future__ import annotations

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
}

CHANNEL = {
    "en": {
        "website": "on your website",
        "app": "in your app",
        "paper": "on a paper form",
        "hospital": "at a hospital",
        "phone": "by telephone",
        "store": "in a shop",
    },
    "ar": {
        "website": "عبر موقعكم الإلكتروني",
        "app": "عبر تطبيقكم",
        "paper": "على استمارة ورقية",
        "hospital": "في المستشفى",
        "phone": "عبر الهاتف",
        "store": "في أحد المتاجر",
    },
}

FOR_WHOM = {
    "en": {"parent": "for me", "child": "for my child", "partner": "for my partner"},
    "ar": {"parent": "باسمي", "child": "باسم طفلي", "partner": "باسم شريك حياتي"},
}

# Free-text data items parents type that are not data-type ids of resources/lexicon/data_types.tsv
# (the ids themselves take their Arabic label from there).
DATA_ALIASES_AR = {
    "email": "البريد الإلكتروني",
    "address": "العنوان",
    "postcode": "الرمز البريدي",
}

COMMON = {
    "en": {
        "sender_placeholder": ("[Your full name]", "[Your address]", "[Your email or phone]"),
        "address_placeholder": "[Their postal or email address: check their privacy notice]",
        "dear": "Dear Sir or Madam,",
        "dear_ico": "Dear Information Commissioner's Office,",
        "closing": "Yours faithfully,",
        "signature": ("[Signature]", "[Your full name]"),
        "child_phrase": " and about my child, for whom I have parental responsibility",
        "child_phrase_bi": " and about my child, for whom I have parental responsibility",
        "history_intro": "Our records show that we gave you information on these occasions:",
        "history_item": "{date}, {channel}, {for_whom}: {data}",
        "no_date": "date not recorded",
        "no_data": "details not recorded",
        "note": (
            "Note for you, not part of the letter: Small Print wrote this from your own log. "
            "It is not legal advice. Check the details, add your name and address, keep a copy "
            "and note the day you send it. The reply is due by {due}."
        ),
        "note_complaint": (
            "Note for you, not part of the letter: Small Print wrote this from your own log. "
            "It is not legal advice. The ICO usually expects you to raise the problem with the "
            "organisation first and to complain within three months of your last contact with "
            "it; you can also use the complaint form on the ICO's website. Keep copies of your "
            "letters and their replies."
        ),
    },
    "ar": {
        "sender_placeholder": ("[اسمك الكامل]", "[عنوانك]", "[بريدك الإلكتروني أو هاتفك]"),
        "address_placeholder": "[عنوانهم البريدي أو الإلكتروني: تجده في إشعار الخصوصية]",
        "dear": "السادة المحترمون،",
        "dear_ico": "السادة في مكتب مفوّض المعلومات المحترمون،",
        "closing": "وتفضلوا بقبول فائق الاحترام والتقدير،",
        "signature": ("[التوقيع]", "[اسمك الكامل]"),
        "child_phrase": " وعن طفلي الذي أتولى المسؤولية الأبوية عنه",
        "child_phrase_bi": " وبطفلي الذي أتولى المسؤولية الأبوية عنه",
        "history_intro": "تُبيّن سجلاتنا أننا قدّمنا إليكم بيانات في المناسبات التالية:",
        "history_item": "{date}، {channel}، {for_whom}: {data}",
        "no_date": "تاريخ غير مسجَّل",
        "no_data": "تفاصيل غير مسجَّلة",
        "note": (
            "ملاحظة لك وليست جزءًا من الرسالة: أعدّ برنامج Small Print هذه الرسالة من سجلّك "
            "الخاص، وهي ليست استشارة قانونية. راجع التفاصيل، وأضف اسمك وعنوانك، واحتفظ بنسخة، "
            "وسجّل تاريخ الإرسال. ويحلّ موعد الرد في {due} على أقصى تقدير."
        ),
        "note_complaint": (
            "ملاحظة لك وليست جزءًا من الرسالة: أعدّ برنامج Small Print هذه الرسالة من سجلّك "
            "الخاص، وهي ليست استشارة قانونية. يتوقّع مكتب مفوّض المعلومات عادةً أن تعرض المشكلة "
            "على الجهة المعنية أولًا، وأن تقدّم الشكوى خلال ثلاثة أشهر من آخر تواصل معها، ويمكنك "
            "أيضًا استخدام نموذج الشكاوى على موقع المكتب. احتفظ بنسخ من رسائلك والردود عليها."
        ),
    },
}

LETTERS = {
    "en": {
        "access": {
            "subject": "Subject access request under Article 15 of the UK GDPR",
            "opening": (
                "I am asking for a copy of the personal data you hold about me{child_phrase}. "
                "This is a subject access request under Article 15 of the UK General Data "
                "Protection Regulation (UK GDPR)."
            ),
            "ask": "Please send me:",
            "items": (
                "a copy of all the personal data you hold;",
                "what you use it for;",
                "who you have shared it with or will share it with, naming each organisation;",
                "how long you will keep it, or how you decide that;",
                "where you got it from, if not from me;",
                "whether you use it for automated decisions, including profiling.",
            ),
            "deadline": (
                "Article 12(3) requires you to reply without undue delay and within one month "
                "of receiving this request, that is by {due}. If you need anything more to "
                "confirm who I am, please tell me straight away."
            ),
        },
        "objection": {
            "subject": "Objection to direct marketing under Article 21 of the UK GDPR",
            "opening": (
                "I object to your use of the personal data you hold about me{child_phrase} for "
                "direct marketing, including any profiling connected with it. I make this "
                "objection under Article 21(2) of the UK GDPR."
            ),
            "ask": (
                "Article 21(3) says that once I object, you must stop using the data for direct "
                "marketing. This covers:"
            ),
            "items": (
                "emails, text messages, telephone calls and post;",
                "advertising aimed at us online or in apps;",
                "passing our details to anyone else for their marketing.",
            ),
            "deadline": (
                "Please confirm in writing, by {due}, that you have done this and that our "
                "details are on your suppression list."
            ),
            "marketing": "The marketing we had agreed to: {marketing}.",
        },
        "withdraw-consent": {
            "subject": "Withdrawal of consent under Article 7(3) of the UK GDPR",
            "opening": (
                "I withdraw, with effect from today, every consent I gave you to use personal "
                "data about me{child_phrase}. Article 7(3) of the UK GDPR lets me withdraw "
                "consent at any time, and withdrawing must be as easy as giving it."
            ),
            "ask": "Please:",
            "items": (
                "stop all use of our data that relied on this consent;",
                "stop passing it to other organisations on the strength of this consent, and "
                "tell those you have already given it to;",
                "tell me if you believe another lawful basis lets you keep using any of it, "
                "and which one.",
            ),
            "deadline": "Please confirm in writing by {due} that you have done this.",
            "consents": "The consents recorded when we signed up: {consents}.",
        },
        "erasure": {
            "subject": "Request for erasure under Article 17 of the UK GDPR",
            "opening": (
                "I ask you to erase the personal data you hold about me{child_phrase}, under "
                "Article 17 of the UK GDPR (the right to erasure). I withdraw any consent it "
                "rests on and object to its further use."
            ),
            "child": (
                "The data includes information about my child: {child_data}. The UK GDPR gives "
                "children's data particular protection, and Article 17(1)(f) and Recital 65 "
                "make the case for erasing it especially strong. Please make sure none of it is "
                "kept."
            ),
            "ask": "Please:",
            "items": (
                "erase the data from your systems, including copies and backups as they "
                "are cycled;",
                "tell every organisation you have shared it with that it must be erased "
                "(Article 19), and tell me who they are;",
                "if you believe you must keep any of it, tell me what, why, and for how long.",
            ),
            "deadline": (
                "Article 12(3) requires you to act without undue delay and within one month, "
                "that is by {due}. Please confirm in writing when the data has been erased."
            ),
        },
        "complaint": {
            "subject": "Complaint about {org}",
            "opening": (
                "I wish to complain about how {org} has handled personal data about "
                "me{child_phrase}. Article 77 of the UK GDPR gives me the right to complain to "
                "the Information Commissioner."
            ),
            "requests_intro": "I made these requests to {org}:",
            "request_item": "{type}, sent {sent}, reply due {due}: {status}",
            "no_requests": (
                "[Describe what happened, what you asked {org} to do, and how they replied.]"
            ),
            "ask": (
                "I have not received a satisfactory reply. I ask the Information Commissioner's "
                "Office to look into this and to tell me the outcome. I can send copies of my "
                "correspondence with {org}."
            ),
            "items": (),
            "deadline": "",
        },
    },
    "ar": {
        "access": {
            "subject": (
                "طلب الاطلاع على البيانات الشخصية بموجب المادة 15 من اللائحة العامة لحماية "
                "البيانات في المملكة المتحدة"
            ),
            "opening": (
                "أتقدّم إليكم بطلب الحصول على نسخة من البيانات الشخصية التي تحتفظون بها "
                "عني{child_phrase}، وذلك استنادًا إلى حق الاطلاع المكفول بالمادة 15 من اللائحة "
                "العامة لحماية البيانات المعمول بها في المملكة المتحدة (UK GDPR)."
            ),
            "ask": "وأرجو أن تزوّدوني بما يلي:",
            "items": (
                "نسخة كاملة من البيانات الشخصية المحفوظة لديكم؛",
                "الأغراض التي تستخدمون هذه البيانات من أجلها؛",
                "الجهات التي اطّلعت على البيانات أو ستطّلع عليها، مع تسمية كل جهة منها؛",
                "المدة التي ستحتفظون خلالها بالبيانات، أو المعايير التي تحدّدون بها هذه المدة؛",
                "مصدر البيانات إن لم تحصلوا عليها مني مباشرة؛",
                "ما إذا كنتم تعتمدون عليها في اتخاذ قرارات آلية، بما في ذلك التنميط.",
            ),
            "deadline": (
                "وتُلزمكم المادة 12(3) بالرد دون تأخير غير مبرَّر، وفي مدة لا تتجاوز شهرًا واحدًا "
                "من تاريخ استلام هذا الطلب، أي في موعد أقصاه {due}. وإن احتجتم إلى أي معلومات "
                "إضافية للتحقق من هويتي، فأرجو إعلامي بذلك دون إبطاء."
            ),
        },
        "objection": {
            "subject": "اعتراض على استخدام البيانات الشخصية في التسويق المباشر بموجب المادة 21",
            "opening": (
                "أعترض على استخدامكم البيانات الشخصية التي تحتفظون بها عني{child_phrase} "
                "لأغراض التسويق المباشر، بما في ذلك أي تنميط مرتبط به، وذلك بموجب المادة 21(2) "
                "من اللائحة العامة لحماية البيانات في المملكة المتحدة."
            ),
            "ask": (
                "وتنصّ المادة 21(3) على أنه يتعيّن عليكم، بمجرد اعتراضي، التوقف عن استخدام "
                "البيانات في التسويق المباشر، ويشمل ذلك:"
            ),
            "items": (
                "الرسائل الإلكترونية والرسائل النصية والمكالمات الهاتفية والبريد العادي؛",
                "الإعلانات الموجَّهة إلينا على الإنترنت أو داخل التطبيقات؛",
                "تزويد أي جهة أخرى ببياناتنا لأغراضها التسويقية.",
            ),
            "deadline": (
                "وأرجو أن تؤكّدوا لي كتابيًا، في موعد أقصاه {due}، أنكم نفّذتم ذلك وأدرجتم "
                "بياناتنا في قائمة الاستبعاد لديكم."
            ),
            "marketing": "وكنّا قد وافقنا على التسويق عبر: {marketing}.",
        },
        "withdraw-consent": {
            "subject": "سحب الموافقة على معالجة البيانات الشخصية بموجب المادة 7(3)",
            "opening": (
                "أسحب، اعتبارًا من اليوم، كل موافقة منحتكم إياها لاستخدام البيانات الشخصية "
                "المتعلقة بي{child_phrase_bi}. فالمادة 7(3) من اللائحة العامة لحماية البيانات في "
                "المملكة المتحدة تكفل لي سحب الموافقة في أي وقت، وتشترط أن يكون سحبها بسهولة "
                "منحها."
            ),
            "ask": "لذا أرجو منكم:",
            "items": (
                "إيقاف كل استخدام لبياناتنا كان قائمًا على هذه الموافقة؛",
                "الامتناع عن تزويد أي جهة أخرى ببياناتنا استنادًا إلى هذه الموافقة، وإبلاغ الجهات "
                "التي سبق أن زوّدتموها بها؛",
                "إعلامي إن كنتم ترون أن لديكم أساسًا قانونيًا آخر يجيز لكم مواصلة استخدام أي "
                "منها، مع تحديد هذا الأساس.",
            ),
            "deadline": "وأرجو أن تؤكّدوا لي كتابيًا تنفيذ ذلك في موعد أقصاه {due}.",
            "consents": "الموافقات المسجّلة عند الاشتراك: {consents}.",
        },
        "erasure": {
            "subject": "طلب محو البيانات الشخصية بموجب المادة 17",
            "opening": (
                "أطلب منكم محو البيانات الشخصية التي تحتفظون بها عني{child_phrase}، استنادًا "
                "إلى الحق في المحو المنصوص عليه في المادة 17 من اللائحة العامة لحماية البيانات في "
                "المملكة المتحدة، كما أسحب أي موافقة تقوم عليها هذه البيانات وأعترض على "
                "مواصلة استخدامها."
            ),
            "child": (
                "وتشمل هذه البيانات معلومات تخصّ طفلي: {child_data}. وتمنح اللائحة بيانات "
                "الأطفال حماية خاصة، إذ تجعل المادة 17(1)(و) والحيثية 65 المسوّغ لمحوها أقوى. "
                "لذا أرجو التأكد من عدم الاحتفاظ بأي جزء منها."
            ),
            "ask": "وأرجو منكم:",
            "items": (
                "محو البيانات من أنظمتكم، بما في ذلك النسخ والنسخ الاحتياطية عند تجديدها؛",
                "إبلاغ كل جهة زوّدتموها بهذه البيانات بوجوب محوها (المادة 19)، وإعلامي "
                "بأسماء هذه الجهات؛",
                "إن رأيتم أنه يتعيّن عليكم الاحتفاظ بشيء منها، فأرجو بيان ما هو، وسبب ذلك، "
                "ومدة الاحتفاظ به.",
            ),
            "deadline": (
                "وتُلزمكم المادة 12(3) بالتصرف دون تأخير غير مبرَّر وفي مدة لا تتجاوز شهرًا "
                "واحدًا، أي في موعد أقصاه {due}. وأرجو تأكيد محو البيانات كتابيًا."
            ),
        },
        "complaint": {
            "subject": "شكوى بشأن {org}",
            "opening": (
                "أتقدّم بشكوى بشأن طريقة تعامل {org} مع البيانات الشخصية المتعلقة "
                "بي{child_phrase_bi}. فالمادة 77 من اللائحة العامة لحماية البيانات في "
                "المملكة المتحدة تكفل لي حق تقديم شكوى إلى مفوّض المعلومات."
            ),
            "requests_intro": "وقد وجّهتُ إلى {org} الطلبات التالية:",
            "request_item": "{type}، أُرسل في {sent}، وموعد الرد {due}: {status}",
            "no_requests": "[صِف ما حدث، وما طلبته من {org}، وكيف ردّوا عليك.]",
            "ask": (
                "ولم أتلقَّ ردًا مُرضيًا حتى الآن. لذا أرجو من مكتب مفوّض المعلومات النظر في هذا "
                "الأمر وإبلاغي بالنتيجة، ويسعدني تزويدكم بنسخ من مراسلاتي مع {org}."
            ),
            "items": (),
            "deadline": "",
        },
    },
}

REQUEST_NAMES = {
    "en": {
        "access": "access request",
        "objection": "objection to direct marketing",
        "withdraw-consent": "withdrawal of consent",
        "erasure": "erasure request",
        "complaint": "complaint",
    },
    "ar": {
        "access": "طلب اطلاع",
        "objection": "اعتراض على التسويق المباشر",
        "withdraw-consent": "سحب الموافقة",
        "erasure": "طلب محو",
        "complaint": "شكوى",
    },
}

STATUS_NAMES = {
    "en": {"open": "no full reply yet", "answered": "answered", "closed": "closed"},
    "ar": {"open": "لم يصل رد كامل بعد", "answered": "تمّ الرد", "closed": "أُغلق"},
}

ICO = {
    "en": (
        "Information Commissioner's Office",
        "Wycliffe House",
        "Water Lane",
        "Wilmslow",
        "Cheshire SK9 5AF",
    ),
    "ar": (
        "مكتب مفوّض المعلومات (Information Commissioner's Office)",
        "Wycliffe House",
        "Water Lane",
        "Wilmslow",
        "Cheshire SK9 5AF",
    ),
}
