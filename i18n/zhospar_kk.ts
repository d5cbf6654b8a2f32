<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Areas</name>
    <message>
        <source>Dual training</source>
        <translation>Дуальды оқыту</translation>
    </message>
    <message>
        <source>Enterprises, dual-training contracts with their appendix, mentors, payments and partnership memoranda.</source>
        <translation>Кәсіпорындар, қосымшасы бар дуальды оқыту шарттары, тәлімгерлер, төлемдер және әріптестік меморандумдары.</translation>
    </message>
    <message>
        <source>Demonstration exams</source>
        <translation>Демонстрациялық емтихандар</translation>
    </message>
    <message>
        <source>Exam sessions, experts, marking schemes, scores, awarded qualifications and protocols.</source>
        <translation>Емтихан сессиялары, сарапшылар, бағалау схемалары, ұпайлар, берілген біліктіліктер және хаттамалар.</translation>
    </message>
    <message>
        <source>NEDB</source>
        <translation>ҰБДҚ</translation>
    </message>
    <message>
        <source>The contingent file of the National Education Database in and out, the pre-flight check and the submission log.</source>
        <translation>Ұлттық білім беру деректер қорының контингент файлын жүктеу және шығару, жіберу алдындағы тексеру және жіберу журналы.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>State reports, graduate employment and the indicator dashboard against the national targets.</source>
        <translation>Мемлекеттік есептер, түлектердің жұмысқа орналасуы және ұлттық нысаналы мәндермен салыстырылған көрсеткіштер тақтасы.</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Мұнда әзірге ештеңе жоқ</translation>
    </message>
    <message>
        <source>This area is not part of this version of Zhospar yet.</source>
        <translation>Бұл бөлім Zhospar-дың осы нұсқасында әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>күндізгі</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>сырттай</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 сынып</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 сынып</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>ТжКБ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>state order (republican budget)</source>
        <translation>мемлекеттік тапсырыс (республикалық бюджет)</translation>
    </message>
    <message>
        <source>state order (local budget)</source>
        <translation>мемлекеттік тапсырыс (жергілікті бюджет)</translation>
    </message>
    <message>
        <source>enterprise order</source>
        <translation>кәсіпорын тапсырысы</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ақылы</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Worker qualification</source>
        <translation>Жұмысшы біліктілігі</translation>
    </message>
    <message>
        <source>Mid-level specialist</source>
        <translation>Орта буын маманы</translation>
    </message>
    <message>
        <source>Applied bachelor</source>
        <translation>Қолданбалы бакалавр</translation>
    </message>
</context>
<context>
    <name>ClassifierColumns</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Бүгін күшінде</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ClassifierPage</name>
    <message>
        <source>Cannot undo</source>
        <translation>Болдырмау мүмкін емес</translation>
    </message>
    <message>
        <source>Classifier of specialties and qualifications</source>
        <translation>Мамандықтар мен біліктіліктер жіктеуіші</translation>
    </message>
    <message>
        <source>Specialty codes have 8 digits; qualification codes start with the level and W (worker), S (mid-level specialist) or AB (applied bachelor).</source>
        <translation>Мамандық коды 8 цифрдан тұрады; біліктілік коды деңгейден және W (жұмысшы), S (орта буын маманы) немесе AB (қолданбалы бакалавр) әрпінен басталады.</translation>
    </message>
    <message>
        <source>Search by code or name (Ctrl+F)</source>
        <translation>Код немесе атау бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>New specialty…</source>
        <translation>Жаңа мамандық…</translation>
    </message>
    <message>
        <source>New qualification…</source>
        <translation>Жаңа біліктілік…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Excel-ден жүктеу…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-ге шығару…</translation>
    </message>
    <message>
        <source>Change {code}</source>
        <translation>{code} өзгерту</translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>{code} қосу</translation>
    </message>
    <message>
        <source>Delete {code} “{name}” from the classifier?</source>
        <translation>{code} «{name}» жіктеуіштен жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>{code} жою</translation>
    </message>
    <message>
        <source>Import the classifier</source>
        <translation>Жіктеуішті жүктеу</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing the classifier…</source>
        <translation>Жіктеуіш жүктелуде…</translation>
    </message>
    <message>
        <source>The classifier was not imported</source>
        <translation>Жіктеуіш жүктелмеді</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Жүктеу аяқталды</translation>
    </message>
    <message>
        <source>{added} entries added, {updated} updated.</source>
        <translation>{added} жазба қосылды, {updated} жаңартылды.</translation>
    </message>
    <message>
        <source>Export the classifier</source>
        <translation>Жіктеуішті шығару</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Шығару аяқталды</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>{count} жазба {path} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <source>College profile</source>
        <translation>Колледж профилі</translation>
    </message>
    <message>
        <source>The college&apos;s names and details appear on every printed document and report.</source>
        <translation>Колледждің атаулары мен деректемелері әр басып шығарылатын құжат пен есепте көрсетіледі.</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Инклюзивті білім беру жағдайлары</translation>
    </message>
    <message>
        <source>Entrance ramps</source>
        <translation>Кіреберіс пандустары</translation>
    </message>
    <message>
        <source>Light signals</source>
        <translation>Жарық белгілері</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Шақыру түймесі</translation>
    </message>
    <message>
        <source>Adapted sanitary unit</source>
        <translation>Бейімделген санитарлық торап</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Соңғы сақтаудан кейінгі өзгерістерді болдырмау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Профильді сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Профиль сақталмады</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The college profile has unsaved changes. Save them?</source>
        <translation>Колледж профилінде сақталмаған өзгерістер бар. Сақтау керек пе?</translation>
    </message>
    <message>
        <source>BIN {problem}</source>
        <translation>БСН {problem}</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БСН дұрыс</translation>
    </message>
    <message>
        <source>All four conditions are met: the college counts towards the inclusive-education indicator.</source>
        <translation>Төрт жағдайдың бәрі бар: колледж инклюзивті білім беру көрсеткішіне есептеледі.</translation>
    </message>
    <message>
        <source>Not all four conditions are met: the college does not count towards the inclusive-education indicator.</source>
        <translation>Төрт жағдайдың бәрі бірдей жоқ: колледж инклюзивті білім беру көрсеткішіне есептелмейді.</translation>
    </message>
</context>
<context>
    <name>ContingentPage</name>
    <message>
        <source>Contingent</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>No groups or students yet</source>
        <translation>Әзірге топтар мен студенттер жоқ</translation>
    </message>
    <message>
        <source>Groups and students arrive with the contingent module: import from NEDB or Excel, or enter them by hand. It is not part of this version yet.</source>
        <translation>Топтар мен студенттер контингент модулімен енгізіледі: ҰБДҚ немесе Excel-ден жүктеу не қолмен енгізу. Бұл модуль осы нұсқада әлі жоқ.</translation>
    </message>
    <message>
        <source>Choose a group to see its students; search finds a student by name or IIN.</source>
        <translation>Студенттерін көру үшін топты таңдаңыз; іздеу студентті аты-жөні немесе ЖСН бойынша табады.</translation>
    </message>
    <message>
        <source>Search by name or IIN (Ctrl+F)</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{total} студенттің {shown}</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>Working curricula</source>
        <translation>Жұмыс оқу жоспарлары</translation>
    </message>
    <message>
        <source>Every rule of the credit-modular system is checked as you edit. Open a curriculum with Enter or a double click.</source>
        <translation>Кредиттік-модульдік жүйенің әр ережесі өңдеу кезінде тексеріледі. Жоспарды Enter немесе қос шерту арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>New curriculum…</source>
        <translation>Жаңа жоспар…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Көшірме…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Excel-ден жүктеу…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>No curricula yet</source>
        <translation>Әзірге жоспарлар жоқ</translation>
    </message>
    <message>
        <source>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</source>
        <translation>Біріншісін білім базасы мен деңгейіне арналған үлгіден құрыңыз; міндетті пәндер мен модульдер толтырылып келеді.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Көшірменің атауы:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (көшірме)</translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>«{title}» жобасы жойылсын ба? Мұны қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Import a curriculum</source>
        <translation>Жоспарды жүктеу</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Кітап оқылуда…</translation>
    </message>
    <message>
        <source>The curriculum was not imported</source>
        <translation>Жоспар жүктелмеді</translation>
    </message>
</context>
<context>
    <name>CurriculumColumns</name>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Теория</translation>
    </message>
    <message>
        <source>Lab./practical</source>
        <translation>Зертх./практ.</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Курстық жоба</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Өндірістік оқыту</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Е</translation>
    </message>
    <message>
        <source>T</source>
        <translation>С</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>СС</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>{number} сем.</translation>
    </message>
</context>
<context>
    <name>CurriculumEditor</name>
    <message>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Row properties…</source>
        <translation>Жол қасиеттері…</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Жолдарды жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Жолдарды көшіру</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Жолдарды қою</translation>
    </message>
    <message>
        <source>Process schedule…</source>
        <translation>Оқу процесінің кестесі…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Бекіту…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Жаңа нұсқа</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Мұрағатқа</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-ге шығару…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>PDF-ке басып шығару…</translation>
    </message>
    <message>
        <source>Language of the names shown and edited</source>
        <translation>Көрсетілетін және өңделетін атаулардың тілі</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings — rule set {rules}</source>
        <translation>Қателер: {errors}, ескертулер: {warnings} — ережелер жинағы {rules}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Credits per year</source>
        <translation>Курс кредиттері</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>{number} сем.</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}-курс</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Жаңа жол</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Delete {count} rows (learning outcomes included)?</source>
        <translation>{count} жол жойылсын ба (оқыту нәтижелерімен қоса)?</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>{code} жылжыту</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The curriculum has unsaved changes. Save them?</source>
        <translation>Жоспарда сақталмаған өзгерістер бар. Сақтау керек пе?</translation>
    </message>
    <message>
        <source>The curriculum was not saved</source>
        <translation>Жоспар сақталмады</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Бекіткен:</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Бекітілмеді</translation>
    </message>
    <message>
        <source>A draft copy was made (number {id}); it opens now.</source>
        <translation>Жобаның көшірмесі жасалды (нөмірі {id}); ол қазір ашылады.</translation>
    </message>
    <message>
        <source>Move this approved curriculum to the archive? It stays readable and printable.</source>
        <translation>Бекітілген жоспар мұрағатқа жіберілсін бе? Оны оқуға және басып шығаруға болады.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Мұрағатқа жіберілмеді</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге шығару</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>PDF-ке басып шығару</translation>
    </message>
    <message>
        <source>The document is printed from the saved curriculum. Save the changes first?</source>
        <translation>Құжат сақталған жоспардан басылады. Алдымен өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Құжаттың тілі:</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <source>Change the process schedule</source>
        <translation>Оқу процесінің кестесін өзгерту</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>{code} өзгерту</translation>
    </message>
</context>
<context>
    <name>CurriculumList</name>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
</context>
<context>
    <name>CurriculumSections</name>
    <message>
        <source>General-education subjects</source>
        <translation>Жалпы білім беру пәндері</translation>
    </message>
    <message>
        <source>Basic modules</source>
        <translation>Базалық модульдер</translation>
    </message>
    <message>
        <source>Professional modules</source>
        <translation>Кәсіптік модульдер</translation>
    </message>
    <message>
        <source>Professional practice and production training</source>
        <translation>Кәсіптік практика және өндірістік оқыту</translation>
    </message>
    <message>
        <source>Intermediate attestation</source>
        <translation>Аралық аттестаттау</translation>
    </message>
    <message>
        <source>Final attestation</source>
        <translation>Қорытынды аттестаттау</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Факультативтер</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Preparing the demo college…</source>
        <translation>Демо-колледж дайындалуда…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Zhospar дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite)</source>
        <translation>Zhospar дерекқорлары (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File › Open.</source>
        <translation>{path} бұрыннан бар. Басқа атау таңдаңыз немесе оны Файл › Ашу арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Дерекқор құрылуда…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>A shared server database is backed up by its server&apos;s administrator, not by Zhospar.</source>
        <translation>Ортақ сервердегі дерекқордың сақтық көшірмесін Zhospar емес, сервер әкімшісі жасайды.</translation>
    </message>
    <message>
        <source>The backup was written to:
{path}</source>
        <translation>Сақтық көшірме мына жерге жазылды:
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>A shared server database is restored by its server&apos;s administrator, not by Zhospar.</source>
        <translation>Ортақ сервердегі дерекқорды Zhospar емес, сервер әкімшісі қалпына келтіреді.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.db);;All files (*)</source>
        <translation>Сақтық көшірмелер (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Replace everything in the open database with the backup
{backup}?

A copy of the current data is saved first, so this can be undone by restoring that copy.</source>
        <translation>Ашық дерекқордағы барлық деректер мына сақтық көшірмемен ауыстырылсын ба?
{backup}

Алдымен ағымдағы деректердің көшірмесі сақталады, сондықтан оны қалпына келтіріп, әрекетті болдырмауға болады.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The database was restored from the backup.</source>
        <translation>Дерекқор сақтық көшірмеден қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Change {code}</source>
        <translation>{code} өзгерту</translation>
    </message>
    <message>
        <source>New qualification</source>
        <translation>Жаңа біліктілік</translation>
    </message>
    <message>
        <source>New specialty</source>
        <translation>Жаңа мамандық</translation>
    </message>
    <message>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>until</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Qualification: {kind}, level {level}</source>
        <translation>Біліктілік: {kind}, {level}-деңгей</translation>
    </message>
    <message>
        <source>8 digits for a specialty, like 06130100; level, W/S/AB and 8 digits for a qualification, like 3W06130102</source>
        <translation>Мамандық үшін 8 цифр, мысалы 06130100; біліктілік үшін деңгей, W/S/AB және 8 цифр, мысалы 3W06130102</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database problem</source>
        <translation>Дерекқор мәселесі</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…және тағы {count}.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>Ештеңе сақталмады. Түзетіңіз:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Zhospar met an error it did not expect. Your saved data is safe.

Please send the log file to support:
{path}</source>
        <translation>Zhospar күтпеген қатеге тап болды. Сақталған деректеріңіз аман.

Журнал файлын қолдау қызметіне жіберіңіз:
{path}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Тақырып жолы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>GroupColumns</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Білім базасы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Оқу нысаны</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>Open the &amp;demo college</source>
        <translation>&amp;Демо-колледжді ашу</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>R&amp;estore from a backup…</source>
        <translation>Көшірмеден қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Деректер қалтасын ашу</translation>
    </message>
    <message>
        <source>&amp;About Zhospar</source>
        <translation>Zhospar &amp;туралы</translation>
    </message>
    <message>
        <source>new database</source>
        <translation>жаңа дерекқор</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (демо)</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Дерекқор: {name}</translation>
    </message>
    <message>
        <source>The college profile was saved.</source>
        <translation>Колледж профилі сақталды.</translation>
    </message>
    <message>
        <source>About Zhospar</source>
        <translation>Zhospar туралы</translation>
    </message>
    <message>
        <source>Zhospar {version}

Working curricula, contingent and NEDB, dual training, demonstration exams and state reports for Kazakhstan&apos;s technical and vocational colleges.

Log file: {log}</source>
        <translation>Zhospar {version}

Қазақстанның техникалық және кәсіптік колледждеріне арналған жұмыс оқу жоспарлары, контингент және ҰБДҚ, дуальды оқыту, демонстрациялық емтихандар және мемлекеттік есептер.

Журнал файлы: {log}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database is busy: another program or another Zhospar window is writing to it. Wait a moment and try again.</source>
        <translation>Дерекқор бос емес: оған басқа бағдарлама немесе Zhospar-дың басқа терезесі жазып жатыр. Біраз күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file is read-only. Copy it to a folder where you may write, or ask the administrator to allow writing.</source>
        <translation>Дерекқор файлы тек оқуға арналған. Оны жазуға рұқсат бар қалтаға көшіріңіз немесе әкімшіден жазуға рұқсат сұраңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Диск толып қалды. Орын босатып, қайталап көріңіз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This file is not a Zhospar database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>Бұл файл Zhospar дерекқоры емес немесе зақымдалған. Басқа файл таңдаңыз немесе сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>Дерекқорды ашу мүмкін емес. Файлдың бар екенін және оны оқуға рұқсатыңыз барын тексеріңіз.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk or the network folder.</source>
        <translation>Дерекқорды оқу немесе жазу кезінде диск қате берді. Дискіні немесе желілік қалтаны тексеріңіз.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Zhospar. Update the application to open it.</source>
        <translation>Бұл дерекқор Zhospar-дың жаңарақ нұсқасымен сақталған. Оны ашу үшін бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to Zhospar.</source>
        <translation>Бұл дерекқор Zhospar-ға емес, басқа бағдарламаға тиесілі.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address, the password and the network.</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес. Мекенжайды, құпиясөзді және желіні тексеріңіз.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>must be exactly 12 digits</source>
        <translation>дәл 12 цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>has a wrong check digit (the last digit): check for a typo</source>
        <translation>бақылау цифры (соңғы цифр) қате: қате терілмегенін тексеріңіз</translation>
    </message>
    <message>
        <source>cannot exist: no check digit fits its first 11 digits</source>
        <translation>болуы мүмкін емес: алғашқы 11 цифрына ешбір бақылау цифры сәйкес келмейді</translation>
    </message>
    <message>
        <source>does not start with a real date</source>
        <translation>нақты күннен басталмайды</translation>
    </message>
    <message>
        <source>has a 7th digit that is not 1-6 (century and sex)</source>
        <translation>7-цифры 1-6 емес (ғасыр мен жынысы)</translation>
    </message>
    <message>
        <source>has a 5th digit that is not 4, 5 or 6 (kind of organisation)</source>
        <translation>5-цифры 4, 5 немесе 6 емес (ұйым түрі)</translation>
    </message>
    <message>
        <source>does not agree with the birth date</source>
        <translation>туған күнімен сәйкес келмейді</translation>
    </message>
    <message>
        <source>does not agree with the sex</source>
        <translation>жынысымен сәйкес келмейді</translation>
    </message>
    <message>
        <source>“{code}” is not a specialty code: 8 digits are expected, like 06130100</source>
        <translation>«{code}» мамандық коды емес: 8 цифр күтіледі, мысалы 06130100</translation>
    </message>
    <message>
        <source>“{code}” is not a qualification code: level, W, S or AB and 8 digits are expected, like 3W06130102</source>
        <translation>«{code}» біліктілік коды емес: деңгей, W, S немесе AB және 8 цифр күтіледі, мысалы 3W06130102</translation>
    </message>
    <message>
        <source>“{code}” is neither a specialty code (06130100) nor a qualification code (4S06130103)</source>
        <translation>«{code}» мамандық коды да (06130100), біліктілік коды да (4S06130103) емес</translation>
    </message>
    <message>
        <source>“{code}” does not start with the specialty&apos;s first 6 digits</source>
        <translation>«{code}» мамандықтың алғашқы 6 цифрынан басталмайды</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>“{code}”: there is no specialty with the same first 6 digits; add the specialty first</source>
        <translation>«{code}»: алғашқы 6 цифры сәйкес мамандық жоқ; алдымен мамандықты қосыңыз</translation>
    </message>
    <message>
        <source>“{code}” is already in the classifier</source>
        <translation>«{code}» жіктеуіште бұрыннан бар</translation>
    </message>
    <message>
        <source>“{code}”: a specialty cannot become a qualification, nor the other way round</source>
        <translation>«{code}»: мамандық біліктілікке айнала алмайды, керісінше де</translation>
    </message>
    <message>
        <source>“{code}” has {count} qualifications; delete them first</source>
        <translation>«{code}» ішінде {count} біліктілік бар; алдымен соларды жойыңыз</translation>
    </message>
    <message>
        <source>“{code}” is used by {count} groups and cannot be deleted</source>
        <translation>«{code}» {count} топта қолданылады, жоюға болмайды</translation>
    </message>
    <message>
        <source>“{code}” is already on row {row}</source>
        <translation>«{code}» {row}-жолда бұрыннан бар</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>толтырылуы керек</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>no header row was found in the first rows; the sheet needs the columns {columns}</source>
        <translation>алғашқы жолдардан тақырып жолы табылмады; парақта мына бағандар болуы керек: {columns}</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2025-07-15 or 15.07.2025</source>
        <translation>«{value}» күн емес: 2025-07-15 немесе 15.07.2025 түрінде жазыңыз</translation>
    </message>
    <message>
        <source>the file cannot be read as an Excel workbook (.xlsx): {detail}</source>
        <translation>файлды Excel кітабы (.xlsx) ретінде оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows</source>
        <translation>парақта тақырып бар, бірақ жолдар жоқ</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>{sheet} парағы</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} бағаны</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Жіктеуіш</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Оқу жоспарлары</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Дуальды оқыту</translation>
    </message>
    <message>
        <source>Demonstration exams</source>
        <translation>Демо-емтихандар</translation>
    </message>
    <message>
        <source>NEDB</source>
        <translation>ҰБДҚ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
</context>
<context>
    <name>NewCurriculumDialog</name>
    <message>
        <source>New curriculum</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 сынып</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 сынып</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>ТжКБ</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>күндізгі</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>сырттай</translation>
    </message>
    <message>
        <source>Start empty (without the mandatory subjects and modules)</source>
        <translation>Бос бастау (міндетті пәндер мен модульдерсіз)</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Атауы *</translation>
    </message>
    <message>
        <source>Specialty *</source>
        <translation>Мамандық *</translation>
    </message>
    <message>
        <source>Qualifications *</source>
        <translation>Біліктіліктер *</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>Білім базасы</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Study form</source>
        <translation>Оқу нысаны</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Study years</source>
        <translation>Оқу жылдары</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the specialty (add it in the classifier first).</source>
        <translation>Мамандықты таңдаңыз (алдымен оны жіктеуішке қосыңыз).</translation>
    </message>
    <message>
        <source>Tick at least one qualification.</source>
        <translation>Кемінде бір біліктілікті белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>NoDatabasePage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Сәл күте тұрыңыз.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Дерекқорды ашу…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Жаңа дерекқор құру…</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Демо-колледжді ашу</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Ашық дерекқор жоқ</translation>
    </message>
    <message>
        <source>Open your college&apos;s database, create a new one, or look at the demo college.</source>
        <translation>Колледжіңіздің дерекқорын ашыңыз, жаңасын құрыңыз немесе демо-колледжді қараңыз.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Welcome to Zhospar</source>
        <translation>Zhospar-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Set up my college</source>
        <translation>Колледжімді баптау</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Демо-колледжді ашу</translation>
    </message>
    <message>
        <source>This database is new</source>
        <translation>Бұл дерекқор жаңа</translation>
    </message>
    <message>
        <source>Start by entering your college&apos;s profile: its names, BIN, address and director. Or look around the demo college first; your own database stays as it is.</source>
        <translation>Алдымен колледж профилін толтырыңыз: атаулары, БСН, мекенжайы және директоры. Немесе әуелі демо-колледжбен танысыңыз; өз дерекқорыңыз өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>This is the demo college. Its data is invented; change it freely.</source>
        <translation>Бұл — демо-колледж. Деректері ойдан алынған; еркін өзгерте беріңіз.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <source>Specialties in the classifier</source>
        <translation>Жіктеуіштегі мамандықтар</translation>
    </message>
    <message>
        <source>Qualifications in the classifier</source>
        <translation>Жіктеуіштегі біліктіліктер</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Соңғы сақтық көшірме</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>practical work</source>
        <translation>практикалық жұмыс</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>демонстрациялық емтихан</translation>
    </message>
    <message>
        <source>Row {code}</source>
        <translation>{code} жолы</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>(recognised by its name)</source>
        <translation>(атауы бойынша анықталады)</translation>
    </message>
    <message>
        <source>(not a qualification exam)</source>
        <translation>(біліктілік емтиханы емес)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>General-education subject</source>
        <translation>Жалпы білім беру пәні</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Базалық модуль нөмірі</translation>
    </message>
    <message>
        <source>Merged into the module</source>
        <translation>Біріктірілген модуль</translation>
    </message>
    <message>
        <source>Justification (extra basic module)</source>
        <translation>Негіздеме (қосымша базалық модуль)</translation>
    </message>
    <message>
        <source>Qualification exam form</source>
        <translation>Біліктілік емтиханының нысаны</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>T — theory</source>
        <translation>T — теориялық оқыту</translation>
    </message>
    <message>
        <source>A — intermediate attestation</source>
        <translation>A — аралық аттестаттау</translation>
    </message>
    <message>
        <source>P — practice or production training</source>
        <translation>P — кәсіптік практика немесе өндірістік оқыту</translation>
    </message>
    <message>
        <source>H — holidays</source>
        <translation>H — демалыс</translation>
    </message>
    <message>
        <source>F — final attestation</source>
        <translation>F — қорытынды аттестаттау</translation>
    </message>
    <message>
        <source>- — no study</source>
        <translation>- — оқу жоқ</translation>
    </message>
    <message>
        <source>Process schedule</source>
        <translation>Оқу процесінің кестесі</translation>
    </message>
    <message>
        <source>Select weeks and type a letter: </source>
        <translation>Апталарды белгілеп, әріпті теріңіз: </translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}-курс</translation>
    </message>
    <message>
        <source>Propose from the curriculum</source>
        <translation>Жоспардан ұсыну</translation>
    </message>
    <message>
        <source>The schedule has every part the rules ask for.</source>
        <translation>Кестеде ережелер талап ететін барлық бөлік бар.</translation>
    </message>
</context>
<context>
    <name>StudentColumns</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
</context>
</TS>
