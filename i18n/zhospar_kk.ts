<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ActualGrid</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Пән / модуль</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Жүктеме</translation>
    </message>
    <message>
        <source>Subgr.</source>
        <translation>Топша</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Row {row} ({line}), {month}</source>
        <translation>{row}-жол ({line}), {month}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Semester {semester}&apos;s hours go in {first} to {last}</source>
        <translation>{semester}-семестрдің сағаттары енгізілетін айлар: {first} – {last}</translation>
    </message>
    <message>
        <source>{who} taught {hours} h instead</source>
        <translation>{who}: алмастырып {hours} сағ. берді</translation>
    </message>
    <message>
        <source>not done: {hours} h</source>
        <translation>берілмеді: {hours} сағ.</translation>
    </message>
    <message>
        <source>over plan: {hours} h</source>
        <translation>жоспардан тыс: {hours} сағ.</translation>
    </message>
    <message>
        <source>taught instead of {who}</source>
        <translation>алмастыру: {who} орнына</translation>
    </message>
    <message>
        <source>Taught less the plan: below 0 not done yet, above 0 over plan</source>
        <translation>Берілгені минус жоспар: 0-ден кем — әлі берілмеді, 0-ден артық — жоспардан тыс</translation>
    </message>
    <message>
        <source>Hours taught on the line, by the teacher and by those who replaced them</source>
        <translation>Жол бойынша берілген сағат: педагогтың өзі және оны алмастырғандар</translation>
    </message>
</context>
<context>
    <name>ActualImport</name>
    <message>
        <source>Import hours taught</source>
        <translation>Берілген сағаттарды импорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Берілген сағаттар импортталмады</translation>
    </message>
    <message>
        <source>Reading the hours taught…</source>
        <translation>Берілген сағаттар оқылуда…</translation>
    </message>
</context>
<context>
    <name>ActualTab</name>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Күзгі семестр</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Көктемгі семестр</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Жүктеме</translation>
    </message>
    <message>
        <source>Taught by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>Кімнің орнына</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Берілмеді</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Жоспардан тыс</translation>
    </message>
    <message>
        <source>Taught by others</source>
        <translation>Басқалар берді</translation>
    </message>
    <message>
        <source>Taught for others</source>
        <translation>Басқалардың орнына</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Replacement…</source>
        <translation>Алмастыру…</translation>
    </message>
    <message>
        <source>Import hours taught…</source>
        <translation>Берілген сағаттарды импорттау…</translation>
    </message>
    <message>
        <source>Save a blank sheet…</source>
        <translation>Бос парақты сақтау…</translation>
    </message>
    <message>
        <source>For the chosen teacher…</source>
        <translation>Таңдалған педагогқа…</translation>
    </message>
    <message>
        <source>For all teachers…</source>
        <translation>Барлық педагогтарға…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Алмастырулар</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Type the hours taught in a month and press Enter (down) or Tab (right); Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes. Each change is saved at once; a value that is not a whole number of hours is refused, naming its cell, and nothing of its block is saved. «+6»: another teacher taught 6 hours of the class that month.</source>
        <translation>Айда берілген сағатты теріп, Enter (төмен) не Tab (оңға) басыңыз; Delete тазалайды, Ctrl+V Excel-ден көшірілген блокты қояды, Ctrl+Z болдырмайды. Әр өзгеріс бірден сақталады; бүтін сағат емес мән ұяшығы аталып қабылданбайды, оның блогынан ештеңе сақталмайды. «+6»: сол айда сабақтың 6 сағатын басқа педагог берді.</translation>
    </message>
    <message>
        <source>Who taught this teacher&apos;s classes, and whose classes this teacher taught.</source>
        <translation>Бұл педагогтың сабағын кім берді және бұл педагог кімнің сабағын берді.</translation>
    </message>
    <message>
        <source>Remove the replacement</source>
        <translation>Алмастыруды жою</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>All teachers: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h.</source>
        <translation>Барлық педагог: жоспар {plan} сағ., берілді {taught} сағ., берілмеді {not_done} сағ., жоспардан тыс {over} сағ.</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Алдымен педагогтарды қосыңыз: Штат…</translation>
    </message>
    <message>
        <source>The teacher has no classes this year: give them classes on the By group tab.</source>
        <translation>Педагогтың биыл сабағы жоқ: оған сабақты «Топтар бойынша» қойындысында беріңіз.</translation>
    </message>
    <message>
        <source>Recorded from {file}: hours: {hours}, teachers: {teachers}.</source>
        <translation>{file} файлынан жазылды: сағат: {hours}, педагогтар: {teachers}.</translation>
    </message>
    <message>
        <source>{teacher} has no classes in the academic year {year}.</source>
        <translation>{teacher} {year} оқу жылында сабақ бермейді.</translation>
    </message>
    <message>
        <source>{period}: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h; others taught {replaced} h of theirs, they taught {replacing} h for others.</source>
        <translation>{period}: жоспар {plan} сағ., берілді {taught} сағ., берілмеді {not_done} сағ., жоспардан тыс {over} сағ.; оның орнына басқалар {replaced} сағ. берді, өзі басқалардың орнына {replacing} сағ. берді.</translation>
    </message>
    <message>
        <source>Choose a teacher first.</source>
        <translation>Алдымен педагогты таңдаңыз.</translation>
    </message>
    <message>
        <source>Select the replacements to remove first.</source>
        <translation>Алдымен жойылатын алмастыруларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Сағаттар сақталмады</translation>
    </message>
    <message>
        <source>Replacement: {who} for {teacher}</source>
        <translation>Алмастыру: {teacher} орнына {who}</translation>
    </message>
    <message>
        <source>Remove {count} replacements</source>
        <translation>{count} алмастыруды жою</translation>
    </message>
    <message>
        <source>Recording the hours taught…</source>
        <translation>Берілген сағаттар жазылуда…</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Берілген сағаттар импортталмады</translation>
    </message>
    <message>
        <source>Import hours taught from {file}</source>
        <translation>{file} файлынан берілген сағаттарды импорттау</translation>
    </message>
    <message>
        <source>hours-taught</source>
        <translation>берілген-сағаттар</translation>
    </message>
    <message>
        <source>Save a blank sheet of hours taught</source>
        <translation>Берілген сағаттардың бос парағын сақтау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the blank sheet…</source>
        <translation>Бос парақ жазылуда…</translation>
    </message>
    <message>
        <source>Blank sheet not saved</source>
        <translation>Бос парақ сақталмады</translation>
    </message>
    <message>
        <source>Blank sheet of {count} lines saved to {file}.</source>
        <translation>{count} жолдық бос парақ {file} файлына сақталды.</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
</context>
<context>
    <name>AppendixDialog</name>
    <message>
        <source>Appendix to contract № {number}</source>
        <translation>№ {number} шартқа қосымша</translation>
    </message>
    <message>
        <source>The enterprise fills the appendix; once it is handed to the student it no longer changes. The modules come from the student&apos;s curriculum.</source>
        <translation>Қосымшаны кәсіпорын толтырады; білім алушыға берілгеннен кейін ол өзгермейді. Модульдер білім алушының оқу жоспарынан алынады.</translation>
    </message>
    <message>
        <source>The student&apos;s group has no working curriculum: the modules cannot be picked.</source>
        <translation>Білім алушының тобында жұмыс оқу жоспары жоқ: модульдерді таңдау мүмкін емес.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Кезең қосу</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Кезеңді жою</translation>
    </message>
    <message>
        <source>Click a period of the table first: the one to remove.</source>
        <translation>Алдымен кестеден жойылатын кезеңді шертіңіз.</translation>
    </message>
    <message>
        <source>Save the appendix?</source>
        <translation>Қосымша сақталсын ба?</translation>
    </message>
    <message>
        <source>Check these lines:
{lines}

Save the appendix as it is?</source>
        <translation>Мына жолдарды тексеріңіз:
{lines}

Қосымша осы күйінде сақталсын ба?</translation>
    </message>
    <message>
        <source>Appendix not saved</source>
        <translation>Қосымша сақталмады</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the curriculum</source>
        <translation>Оқу жоспарын бекіту</translation>
    </message>
    <message>
        <source>The college director approves the curriculum “{title}”.</source>
        <translation>Колледж директоры «{title}» оқу жоспарын бекітеді.</translation>
    </message>
    <message>
        <source>Who approves (the college director):</source>
        <translation>Кім бекітеді (колледж директоры):</translation>
    </message>
    <message>
        <source>Surname First name Patronymic</source>
        <translation>Тегі Аты Әкесінің аты</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Бекіту</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>College profile</source>
        <translation>Колледж профилі</translation>
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
        <source>Curriculum</source>
        <translation>Оқу жоспары</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Оқу жоспарының жолы</translation>
    </message>
    <message>
        <source>Year of the study schedule</source>
        <translation>Оқу процесі кестесінің жылы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Пәндік-циклдік комиссия</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Педагогикалық жүктеме</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Берілген сағаттар</translation>
    </message>
    <message>
        <source>Load row seen</source>
        <translation>Қаралған жүктеме жолы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Қозғалыс</translation>
    </message>
    <message>
        <source>Qualification awarded</source>
        <translation>Берілген біліктілік</translation>
    </message>
    <message>
        <source>NEDB exchange</source>
        <translation>ҰБДҚ-мен алмасу</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Бағалау шкаласы</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Қорытынды баға</translation>
    </message>
    <message>
        <source>Diploma or supplement</source>
        <translation>Диплом немесе қосымша</translation>
    </message>
    <message>
        <source>Graduate&apos;s employment</source>
        <translation>Түлектің жұмысқа орналасуы</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Dual training contract</source>
        <translation>Дуальды оқыту шарты</translation>
    </message>
    <message>
        <source>Module of a contract</source>
        <translation>Шарт модулі</translation>
    </message>
    <message>
        <source>Period of a contract</source>
        <translation>Шарт кезеңі</translation>
    </message>
    <message>
        <source>Payment to a mentor</source>
        <translation>Тәлімгерге төлем</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Өтемақы</translation>
    </message>
    <message>
        <source>Enterprise&apos;s request</source>
        <translation>Кәсіпорын тапсырысы</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Бағалау схемасы</translation>
    </message>
    <message>
        <source>Aspect of a marking scheme</source>
        <translation>Бағалау схемасының аспектісі</translation>
    </message>
    <message>
        <source>Exam session</source>
        <translation>Емтихан сессиясы</translation>
    </message>
    <message>
        <source>Exam expert</source>
        <translation>Емтихан сарапшысы</translation>
    </message>
    <message>
        <source>Exam candidate</source>
        <translation>Емтихан үміткері</translation>
    </message>
    <message>
        <source>Library count</source>
        <translation>Кітапханадағы оқулықтар саны</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Curator&apos;s group</source>
        <translation>Куратордың тобы</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Дерекқор баптауы</translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation>Өзгерістер журналының жазбасы</translation>
    </message>
    <message>
        <source>Record held for editing</source>
        <translation>Өңдеуге алынған жазба</translation>
    </message>
    <message>
        <source>Demo college filled in</source>
        <translation>Демо-колледж толтырылды</translation>
    </message>
    <message>
        <source>Classifier shipped with the program</source>
        <translation>Бағдарламамен бірге келген жіктеуіш</translation>
    </message>
    <message>
        <source>Classifier import</source>
        <translation>Жіктеуішті импорттау</translation>
    </message>
    <message>
        <source>NEDB import</source>
        <translation>ҰБДҚ-дан импорттау</translation>
    </message>
    <message>
        <source>Students import</source>
        <translation>Студенттерді импорттау</translation>
    </message>
    <message>
        <source>Grades import</source>
        <translation>Бағаларды импорттау</translation>
    </message>
    <message>
        <source>Teacher load import</source>
        <translation>Педагогикалық жүктемені импорттау</translation>
    </message>
    <message>
        <source>Curriculum import</source>
        <translation>Оқу жоспарын импорттау</translation>
    </message>
    <message>
        <source>Changes of the curricula taken into the load</source>
        <translation>Оқу жоспарларының өзгерістері жүктемеге енгізілді</translation>
    </message>
    <message>
        <source>Load copied from last year</source>
        <translation>Жүктеме өткен жылдан көшірілді</translation>
    </message>
    <message>
        <source>Load of the year cleared</source>
        <translation>Жылдың жүктемесі тазартылды</translation>
    </message>
    <message>
        <source>Hours taught entered</source>
        <translation>Берілген сағаттар енгізілді</translation>
    </message>
    <message>
        <source>Hours taught import</source>
        <translation>Берілген сағаттарды импорттау</translation>
    </message>
    <message>
        <source>Employment import</source>
        <translation>Жұмысқа орналасуды импорттау</translation>
    </message>
    <message>
        <source>Exam scores import</source>
        <translation>Емтихан балдарын импорттау</translation>
    </message>
    <message>
        <source>Candidates added to an exam session</source>
        <translation>Үміткерлер емтихан сессиясына қосылды</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Import or order</source>
        <translation>Импорт немесе бұйрық</translation>
    </message>
    <message>
        <source>{kind}: {count} created</source>
        <translation>{kind}: {count} құрылды</translation>
    </message>
    <message>
        <source>{kind}: {count} changed</source>
        <translation>{kind}: {count} өзгертілді</translation>
    </message>
    <message>
        <source>{kind}: {count} deleted</source>
        <translation>{kind}: {count} жойылды</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{field}: was «{old}», became «{new}»</source>
        <translation>{field}: бұрын «{old}», енді «{new}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Бұл дерекқорда логин мен құпиясөзбен кіруді талап ету</translation>
    </message>
    <message>
        <source>{field}: «{value}»</source>
        <translation>{field}: «{value}»</translation>
    </message>
    <message>
        <source>{kind} № {id} — {action}</source>
        <translation>{kind} № {id} — {action}</translation>
    </message>
    <message>
        <source>{kind} — {action}</source>
        <translation>{kind} — {action}</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Файлдағы жолдар</translation>
    </message>
    <message>
        <source>№ {id}</source>
        <translation>№ {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Енді</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізіп жіберілді</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогтар</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>{when} — {who}, computer {computer}</source>
        <translation>{when} — {who}, компьютер: {computer}</translation>
    </message>
    <message>
        <source>{action}: {kind} «{record}»</source>
        <translation>{action}: {kind} «{record}»</translation>
    </message>
    <message>
        <source>No values were written down.</source>
        <translation>Мәндер жазылмаған.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the change log.</source>
        <translation>Сіздің рөліңізге ({role}) өзгерістер журналын оқуға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the changes of {area}.</source>
        <translation>Сіздің рөліңізге ({role}) «{area}» бөліміндегі өзгерістерді оқуға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <source>History: {label}</source>
        <translation>Тарихы: {label}</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Choose an entry to read what it changed.</source>
        <translation>Не өзгергенін оқу үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Record, IIN or value (Ctrl+F)</source>
        <translation>Жазба, ЖСН немесе мән (Ctrl+F)</translation>
    </message>
    <message>
        <source>Who made the changes</source>
        <translation>Өзгерісті кім енгізді</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Күннен</translation>
    </message>
    <message>
        <source>to</source>
        <translation>күнге дейін</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Файл тілі</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Save the entries found to an Excel workbook or a CSV file; IINs are masked in it</source>
        <translation>Табылған жазбаларды Excel кітабына немесе CSV файлына сақтау; ондағы ЖСН жасырылады</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>All kinds of records</source>
        <translation>Жазбалардың барлық түрі</translation>
    </message>
    <message>
        <source>The newest {count} entries; narrow the search to reach older ones</source>
        <translation>Ең соңғы {count} жазба; ертеректегілерін көру үшін іздеуді тарылтыңыз</translation>
    </message>
    <message>
        <source>No change of this record was written down one by one; records made by an import or an order are in its entry of the change log</source>
        <translation>Бұл жазбаның өзгерістері жеке-жеке жазылмаған; импортпен немесе бұйрықпен жасалған жазбалар өзгерістер журналында сол импорттың не бұйрықтың жазбасында тұр</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Сәйкес жазба жоқ</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <source>change-log</source>
        <translation>өзгерістер-журналы</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Өзгерістер журналын экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV, нүктелі үтір (*.csv)</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Журнал оқылуда…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Файл жазылуда…</translation>
    </message>
    <message>
        <source>The change log was not exported</source>
        <translation>Өзгерістер журналы экспортталмады</translation>
    </message>
    <message>
        <source>Exporting the change log…</source>
        <translation>Өзгерістер журналы экспортталуда…</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}</source>
        <translation>{count} жазба {path} файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}).</source>
        <translation>Сіз {name} ({login}) ретінде кірдіңіз.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>The password is not changed</source>
        <translation>Құпиясөз өзгертілмеді</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you sign in.</source>
        <translation>Құпиясөзіңіз өзгертілді. Келесі жолы кіргенде жаңасын пайдаланыңыз.</translation>
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
    <message>
        <source>urban</source>
        <translation>қала</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>ауыл</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>жалпы негізде</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>ауыстыру</translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation>қайта қабылдау</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>оқиды</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>академиялық демалыста</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>бітірген</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>қабылдау</translation>
    </message>
    <message>
        <source>academic leave</source>
        <translation>академиялық демалыс</translation>
    </message>
    <message>
        <source>return from leave</source>
        <translation>демалыстан оралу</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>шығару</translation>
    </message>
    <message>
        <source>graduation</source>
        <translation>бітіру</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>жетім</translation>
    </message>
    <message>
        <source>without parental care</source>
        <translation>ата-анасының қамқорлығынсыз</translation>
    </message>
    <message>
        <source>with a disability</source>
        <translation>мүгедектігі бар</translation>
    </message>
    <message>
        <source>from a large family</source>
        <translation>көпбалалы отбасынан</translation>
    </message>
    <message>
        <source>from a low-income family</source>
        <translation>аз қамтылған отбасынан</translation>
    </message>
    <message>
        <source>special educational needs</source>
        <translation>ерекше білім беру қажеттіліктері</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>hearing impairment</source>
        <translation>есту қабілеті бұзылған</translation>
    </message>
    <message>
        <source>visual impairment</source>
        <translation>көру қабілеті бұзылған</translation>
    </message>
    <message>
        <source>speech impairment</source>
        <translation>сөйлеу қабілеті бұзылған</translation>
    </message>
    <message>
        <source>musculoskeletal disorder</source>
        <translation>тірек-қимыл аппаратының бұзылуы</translation>
    </message>
    <message>
        <source>intellectual disability</source>
        <translation>зияткерлік бұзылыс</translation>
    </message>
    <message>
        <source>delayed mental development</source>
        <translation>психикалық дамуы тежелген</translation>
    </message>
    <message>
        <source>autism spectrum</source>
        <translation>аутизм спектрі</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>special curriculum</source>
        <translation>арнайы оқу бағдарламасы</translation>
    </message>
    <message>
        <source>individual curriculum</source>
        <translation>жеке оқу бағдарламасы</translation>
    </message>
    <message>
        <source>at own request</source>
        <translation>өз қалауы бойынша</translation>
    </message>
    <message>
        <source>academic failure</source>
        <translation>үлгерімнің төмендігі</translation>
    </message>
    <message>
        <source>transfer to another college</source>
        <translation>басқа колледжге ауысу</translation>
    </message>
    <message>
        <source>breach of the college rules</source>
        <translation>колледж ережелерін бұзу</translation>
    </message>
    <message>
        <source>health</source>
        <translation>денсаулығы бойынша</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>әскери қызмет</translation>
    </message>
    <message>
        <source>death</source>
        <translation>қайтыс болуы</translation>
    </message>
    <message>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>баланы күту</translation>
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
        <source>A new database holds only a starting set of the classifier. Import the state classifier (ministry order No. 500 of 2018 with its amendments) from Excel with Import from Excel… (Ctrl+I): one sheet with the columns code, name in Kazakh and name in Russian.</source>
        <translation>Жаңа дерекқорда сыныптауыштың бастапқы бөлігі ғана бар. Мемлекеттік сыныптауышты (министрліктің 2018 жылғы № 500 бұйрығы, өзгерістерімен) Excel-ден «Excel-ден жүктеу…» батырмасымен (Ctrl+I) жүктеңіз: коды, қазақша атауы және орысша атауы бағандары бар бір парақ.</translation>
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
        <source>Select an entry in the list first.</source>
        <translation>Алдымен тізімнен жазбаны таңдаңыз.</translation>
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
    <name>Cli</name>
    <message>
        <source>demo database: {path}</source>
        <translation>демо дерекқор: {path}</translation>
    </message>
    <message>
        <source>up to date: {name}</source>
        <translation>жаңартылған: {name}</translation>
    </message>
    <message>
        <source>backup written: {path}</source>
        <translation>сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>Replace {name} with {path}? A copy of the current data is kept. [y/N] </source>
        <translation>{name} базасын {path} көшірмесімен алмастыру керек пе? Қазіргі деректердің көшірмесі сақталады. [и/Ж] </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>restored {name} from {path}</source>
        <translation>{name} базасы {path} көшірмесінен қалпына келтірілді</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{path} файлына {count} жазба жазылды</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated</source>
        <translation>импортталды: {added} қосылды, {updated} жаңартылды</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ештеңе импортталмады</translation>
    </message>
    <message>
        <source>nothing was imported: correct the cells above</source>
        <translation>ештеңе импортталмады: жоғарыда аталған ұяшықтарды түзетіңіз</translation>
    </message>
    <message>
        <source>the workbook was not checked: correct the cells above</source>
        <translation>кітап тексерілмеді: жоғарыда аталған ұяшықтарды түзетіңіз</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings; rule set {rule_set}</source>
        <translation>қате: {errors}, ескерту: {warnings}; ережелер жинағы {rule_set}</translation>
    </message>
    <message>
        <source># sheet {sheet}</source>
        <translation># парақ {sheet}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum: passed over</source>
        <translation>«{sheet}» парағында оқу жоспары жоқ: өткізіп жіберілді</translation>
    </message>
    <message>
        <source>give --id N (see --list)</source>
        <translation>--id N көрсетіңіз (--list қараңыз)</translation>
    </message>
    <message>
        <source>no curriculum {id} (see --list)</source>
        <translation>{id} оқу жоспары жоқ (--list қараңыз)</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>жазылды: {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <source>unexpected error; details in {path}</source>
        <translation>күтпеген қате; толығы {path} файлында</translation>
    </message>
    <message>
        <source>{total} students written to {path} (round {round}, sha256 {sha256}…)</source>
        <translation>{path} файлына {total} студент жазылды ({round} кезең, sha256 {sha256}…)</translation>
    </message>
    <message>
        <source>changes: {added} added, {changed} changed, {left} left</source>
        <translation>өзгерістер: {added} қосылды, {changed} өзгерді, {left} шықты</translation>
    </message>
    <message>
        <source>changes since the export of {at}: {added} added, {changed} changed, {left} left</source>
        <translation>{at} жүктеуден бергі өзгерістер: {added} қосылды, {changed} өзгерді, {left} шықты</translation>
    </message>
    <message>
        <source>line {line} {name}: {field}: ours «{ours}», file «{theirs}»</source>
        <translation>{line}-жол {name}: {field}: бізде «{ours}», файлда «{theirs}»</translation>
    </message>
    <message>
        <source>{new} new, {same} the same, {conflicts} with differences, {groups} new groups</source>
        <translation>жаңа: {new}, өзгеріссіз: {same}, айырмашылығы бар: {conflicts}, жаңа топ: {groups}</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>сынақ жүргізу: ештеңе жазылмады</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated from the file, {kept} kept as ours, {groups} groups added</source>
        <translation>импортталды: {added} қосылды, файлдан {updated} жаңартылды, {kept} біздікі қалдырылды, {groups} топ қосылды</translation>
    </message>
    <message>
        <source>when	round	direction	who	file	students	added/changed/left	SHA-256</source>
        <translation>қашан	кезең	бағыты	кім	файл	студенттер	қосылды/өзгерді/шықты	SHA-256</translation>
    </message>
    <message>
        <source>{count} problems before the NEDB round</source>
        <translation>ҰБДҚ кезеңіне дейін түзетілетін мәселе: {count}</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date; write it as YYYY-MM-DD</source>
        <translation>{option}: «{value}» күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>кезең басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>privileges granted to {role} on {name}</source>
        <translation>{name} дерекқорына құқықтар {role} рөліне берілді</translation>
    </message>
    <message>
        <source>there is no role {role} on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>серверде {role} рөлі жоқ: алдымен оны жасаңыз (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>grant is for a PostgreSQL database (--db postgresql+psycopg://owner@server/database)</source>
        <translation>grant командасы PostgreSQL дерекқорына арналған (--db postgresql+psycopg://owner@server/database)</translation>
    </message>
    <message>
        <source>{student}: ready to print ({graded} grades)</source>
        <translation>{student}: басып шығаруға дайын (бағалар: {graded})</translation>
    </message>
    <message>
        <source>{student}: {count} to fix before printing</source>
        <translation>{student}: басып шығару алдында түзету керек — {count}</translation>
    </message>
    <message>
        <source>{group}: {ready} of {total} students ready to print</source>
        <translation>{group}: басып шығаруға дайын — {total} студенттен {ready}</translation>
    </message>
    <message>
        <source>{count} files written to {folder}</source>
        <translation>{folder} қалтасына {count} файл жазылды</translation>
    </message>
    <message>
        <source>there is no group {group}</source>
        <translation>{group} тобы жоқ</translation>
    </message>
</context>
<context>
    <name>CognateBox</name>
    <message>
        <source>Cognate qualification</source>
        <translation>Мәндес біліктілік</translation>
    </message>
    <message>
        <source>Tick when the students admitted already hold a TVET qualification of the same profile (Kazakh «мәндес біліктілік»). Only then is a mid-level programme on the TVET base held to 60 credits (recommendations 2022-2023, lines 258-260); for another profile its total is not checked. Other levels and bases do not use it.</source>
        <translation>Қабылданған білім алушыларда осы бейіндегі ТжКБ біліктілігі бұрыннан болса белгілеңіз («мәндес біліктілік»). Тек сонда ТжКБ базасындағы орта буын бағдарламасы 60 кредитке тексеріледі (2022-2023 ұсынымдары, 258-260 жолдар); басқа бейін үшін жалпы көлемі тексерілмейді. Басқа деңгейлер мен базаларға әсер етпейді.</translation>
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
        <source>Deputy director for academic work</source>
        <translation>Директордың оқу ісі жөніндегі орынбасары</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Бас бухгалтер</translation>
    </message>
    <message>
        <source>Bank, in Kazakh</source>
        <translation>Банк, қазақша</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Банк, орысша</translation>
    </message>
    <message>
        <source>Signs the working curriculum as its compiler</source>
        <translation>Жұмыс оқу жоспарына құрастырушы ретінде қол қояды</translation>
    </message>
    <message>
        <source>Signs the teachers&apos; tarification list</source>
        <translation>Педагогтардың тарификациялық тізіміне қол қояды</translation>
    </message>
    <message>
        <source>Leave empty when the name reads the same in Russian</source>
        <translation>Атауы орысша да солай оқылса, бос қалдырыңыз</translation>
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
        <source>For the indicators</source>
        <translation>Көрсеткіштер үшін</translation>
    </message>
    <message>
        <source>Library textbook counts…</source>
        <translation>Кітапханадағы оқулықтар саны…</translation>
    </message>
    <message>
        <source>Teachers and their qualification upgrades…</source>
        <translation>Педагогтер және олардың біліктілігін арттыру…</translation>
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
    <name>Conflicts</name>
    <message>
        <source>Not allowed</source>
        <translation>Рұқсат жоқ</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}. Nothing was saved.</source>
        <translation>Сіздің рөліңізге ({role}) «{area}» бөлімін өзгертуге рұқсат жоқ. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Your account was switched off by the administrator after you signed in. Nothing was saved.</source>
        <translation>Сіз кіргеннен кейін әкімші тіркелгіңізді өшірді. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The administrator gave you another role ({role}) after you signed in; it may not change {area}. Nothing was saved. Sign in again (Users menu) to work with your new role.</source>
        <translation>Сіз кіргеннен кейін әкімші сізге басқа рөл берді ({role}); оған «{area}» бөлімін өзгертуге рұқсат жоқ. Ештеңе сақталмады. Жаңа рөліңізбен жұмыс істеу үшін қайта кіріңіз («Пайдаланушылар» мәзірі).</translation>
    </message>
    <message>
        <source>{who} saved this record at {time} on {day} ({computer}) after you opened it. Nothing of yours was saved.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін {who} оны сақтап қойды ({day}, сағат {time}, «{computer}» компьютері). Сіздің өзгерістеріңіз сақталмады.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін оны басқа біреу сақтады. Сіздің өзгерістеріңіз сақталмады.</translation>
    </message>
    <message>
        <source>{field}: saved «{theirs}», yours «{mine}»</source>
        <translation>{field}: сақталғаны «{theirs}», сіздікі «{mine}»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>Reload the saved record</source>
        <translation>Сақталған жазбаны қайта жүктеу</translation>
    </message>
    <message>
        <source>Keep my values on screen</source>
        <translation>Менің мәндерімді экранда қалдыру</translation>
    </message>
    <message>
        <source>Take theirs and put my changes back on it</source>
        <translation>Олардың нұсқасын алып, менің түзетулерімді қосу</translation>
    </message>
</context>
<context>
    <name>ContingentPage</name>
    <message>
        <source>Contingent</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>Students and groups. A student&apos;s group and status change only by orders (Movement order…); the history is kept.</source>
        <translation>Студенттер мен топтар. Студенттің тобы мен мәртебесі тек бұйрықпен өзгереді (Қозғалыс бұйрығы…); тарихы сақталады.</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Жаңа студент…</translation>
    </message>
    <message>
        <source>Card…</source>
        <translation>Карточка…</translation>
    </message>
    <message>
        <source>Movement order…</source>
        <translation>Қозғалыс бұйрығы…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Excel-ден импорттау…</translation>
    </message>
    <message>
        <source>Import from NEDB…</source>
        <translation>ҰБДҚ-дан импорттау…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Search by name, IIN or group (Ctrl+F)</source>
        <translation>Аты-жөні, ЖСН немесе топ бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>барлық топтар</translation>
    </message>
    <message>
        <source>all courses</source>
        <translation>барлық курстар</translation>
    </message>
    <message>
        <source>all specialties</source>
        <translation>барлық мамандықтар</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>барлық тілдер</translation>
    </message>
    <message>
        <source>any funding</source>
        <translation>кез келген қаржыландыру</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>барлық мәртебелер</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>кез келген санат</translation>
    </message>
    <message>
        <source>studying or on leave</source>
        <translation>оқиды немесе демалыста</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Show every student studying or on leave: the search and the filters cleared</source>
        <translation>Оқитын немесе демалыстағы барлық студентті көрсету: іздеу мен сүзгілер тазартылады</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Show its students</source>
        <translation>Студенттерін көрсету</translation>
    </message>
    <message>
        <source>No student is shown: change the search or the filters (Clear).</source>
        <translation>Бірде-бір студент көрсетілмеген: іздеуді немесе сүзгілерді өзгертіңіз (Тазарту).</translation>
    </message>
    <message>
        <source>Select a student in the list first.</source>
        <translation>Алдымен тізімнен студентті таңдаңыз.</translation>
    </message>
    <message>
        <source>There are no groups yet: create one (New group…).</source>
        <translation>Әлі топтар жоқ: топ құрыңыз (Жаңа топ…).</translation>
    </message>
    <message>
        <source>Select a group in the list first.</source>
        <translation>Алдымен тізімнен топты таңдаңыз.</translation>
    </message>
    <message>
        <source>No search or filter is set: all students studying or on leave are shown.</source>
        <translation>Іздеу де, сүзгі де берілмеген: оқитын немесе демалыстағы барлық студент көрсетілген.</translation>
    </message>
    <message>
        <source>Read again: {total} students in {groups} groups.</source>
        <translation>Қайта оқылды: {groups} топта {total} студент.</translation>
    </message>
    <message>
        <source>{count} students match: the first is selected. Press Enter to open a card, or type more in the search.</source>
        <translation>{count} студент сәйкес келеді: біріншісі таңдалды. Карточканы ашу үшін Enter басыңыз немесе іздеуге тағы жазыңыз.</translation>
    </message>
    <message>
        <source>No student matches “{text}” with these filters; {count} match among all students (any group or status): choose the filters, or Clear.</source>
        <translation>Осы сүзгілермен «{text}» сөзіне сәйкес студент жоқ; барлық студент арасында (кез келген топ не мәртебе) {count} сәйкес келеді: сүзгілерді таңдаңыз немесе Тазарту басыңыз.</translation>
    </message>
    <message>
        <source>No student matches “{text}”: search by surname, name, IIN or group.</source>
        <translation>«{text}» сөзіне сәйкес студент жоқ: тегі, аты, ЖСН немесе топ бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Жаңа студент</translation>
    </message>
    <message>
        <source>Create a group first (Groups tab).</source>
        <translation>Алдымен топ құрыңыз («Топтар» қойындысы).</translation>
    </message>
    <message>
        <source>Movement order</source>
        <translation>Қозғалыс бұйрығы</translation>
    </message>
    <message>
        <source>Select the students the order moves (Ctrl+click or Shift+click for many).</source>
        <translation>Бұйрық қатысты студенттерді таңдаңыз (бірнешеуі үшін Ctrl+шерту немесе Shift+шерту).</translation>
    </message>
    <message>
        <source>Order {number} applied: {kind} for {count} students.</source>
        <translation>{number} бұйрық қолданылды: {kind}, білім алушылар саны: {count}.</translation>
    </message>
    <message>
        <source>Import students from Excel</source>
        <translation>Студенттерді Excel-ден импорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>{added} students added; {skipped} already here were skipped.</source>
        <translation>{added} студент қосылды; бұрыннан бар {skipped} өткізіліп жіберілді.</translation>
    </message>
    <message>
        <source>Import from NEDB</source>
        <translation>ҰБДҚ-дан импорттау</translation>
    </message>
    <message>
        <source>{added} students added, {updated} updated from the file, {kept} kept as they were here, {groups} groups created.</source>
        <translation>{added} студент қосылды, {updated} файлдан жаңартылды, {kept} осындағыдай қалды, {groups} топ құрылды.</translation>
    </message>
    <message>
        <source>Delete the group {code}?</source>
        <translation>{code} тобын жою керек пе?</translation>
    </message>
    <message>
        <source>Imported from NEDB: {added} added, {updated} updated, {unchanged} the same, {kept} kept as here.</source>
        <translation>ҰБДҚ-дан жүктелді: қосылды {added}, жаңартылды {updated}, өзгеріссіз {unchanged}, осындағыдай қалдырылды {kept}.</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{total} студенттің {shown}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Болдырмау мүмкін емес</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} өзгерту</translation>
    </message>
    <message>
        <source>New student {name}</source>
        <translation>Жаңа студент {name}</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>№ {number} бұйрық</translation>
    </message>
</context>
<context>
    <name>ContingentReportBox</name>
    <message>
        <source>Contingent by specialty, course, language, funding and form of study; the movement of students for a period with its orders; students with special educational needs and social categories.</source>
        <translation>Мамандық, курс, тіл, қаржыландыру және оқу нысаны бойынша контингент; кезеңдегі студенттер қозғалысы мен бұйрықтар; ерекше білім беру қажеттіліктері бар және әлеуметтік санаттағы студенттер.</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Қозғалыс кезеңі</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Excel ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Excel ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
</context>
<context>
    <name>ContractColumns</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Кәсіпорындағы сағат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New dual-training contract</source>
        <translation>Жаңа дуальды оқыту шарты</translation>
    </message>
    <message>
        <source>Dual-training contract</source>
        <translation>Дуальды оқыту шарты</translation>
    </message>
    <message>
        <source>{name}, group {group}</source>
        <translation>{name}, тобы {group}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>Modules and learning outcomes of the curriculum delivered at the enterprise:</source>
        <translation>Кәсіпорында меңгерілетін оқу жоспарының модульдері мен оқыту нәтижелері:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Кәсіпорындағы сағат</translation>
    </message>
    <message>
        <source>Add from the curriculum</source>
        <translation>Оқу жоспарынан қосу</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Click a row of the table first: the one to remove.</source>
        <translation>Алдымен кестеден жойылатын жолды шертіңіз.</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>топтың жұмыс оқу жоспары жоқ</translation>
    </message>
    <message>
        <source>{code} {name} ({hours} h, practical training {practical} h)</source>
        <translation>{code} {name} ({hours} сағ, практикалық оқыту {practical} сағ)</translation>
    </message>
    <message>
        <source>Module {code} is already in the contract (selected): change its hours there.</source>
        <translation>{code} модулі шартта бар (таңдалған): оның сағатын сол жерде өзгертіңіз.</translation>
    </message>
    <message>
        <source>The student is under 18: the legal representative signs too.</source>
        <translation>Білім алушы 18-ге толмаған: заңды өкілі де қол қояды.</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Шарт сақталмады</translation>
    </message>
</context>
<context>
    <name>ContractFilters</name>
    <message>
        <source>Search: number, student, mentor…</source>
        <translation>Іздеу: нөмір, білім алушы, тәлімгер…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Барлық кәсіпорындар</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message>
        <source>signed on {date}</source>
        <translation>{date} қол қойылды</translation>
    </message>
    <message>
        <source>appendix handed over on {date}</source>
        <translation>қосымша {date} берілді</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>{date} аяқталды</translation>
    </message>
    <message>
        <source>terminated on {date}</source>
        <translation>{date} бұзылды</translation>
    </message>
</context>
<context>
    <name>ContractSteps</name>
    <message>
        <source>Sign contract № {number} ({student})?</source>
        <translation>№ {number} шартқа қол қойылсын ба ({student})?</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Hand the appendix of contract № {number} ({student}) over to the student? It is not changed after that.</source>
        <translation>№ {number} шарттың қосымшасы білім алушыға берілсін бе ({student})? Осыдан кейін ол өзгертілмейді.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>End contract № {number} ({student})? It is kept as the record of the training.</source>
        <translation>№ {number} шарт аяқталсын ба ({student})? Ол оқытудың есебі ретінде сақталады.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Terminate contract № {number} ({student}) before its end?</source>
        <translation>№ {number} шарт мерзімінен бұрын бұзылсын ба ({student})?</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Бұзылған күні</translation>
    </message>
    <message>
        <source>Sign № {number}</source>
        <translation>№ {number} шартқа қол қою</translation>
    </message>
    <message>
        <source>Hand over the appendix of № {number}</source>
        <translation>№ {number} шарттың қосымшасын беру</translation>
    </message>
    <message>
        <source>End № {number}</source>
        <translation>№ {number} шартты аяқтау</translation>
    </message>
    <message>
        <source>Terminate № {number}</source>
        <translation>№ {number} шартты бұзу</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>№ {number} шарт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Болдырмау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>CoverageColumns</name>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>State order: covered</source>
        <translation>Мемл. тапсырыс: қамтылды</translation>
    </message>
    <message>
        <source>State order, %</source>
        <translation>Мемл. тапсырыс, %</translation>
    </message>
    <message>
        <source>All students, %</source>
        <translation>Барлық студенттер, %</translation>
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
        <source>Search by title, specialty or qualification (Ctrl+F)</source>
        <translation>Атауы, мамандығы немесе біліктілігі бойынша іздеу (Ctrl+F)</translation>
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
        <source>There are no curricula yet: create one (New curriculum…) or import one from Excel.</source>
        <translation>Әлі оқу жоспарлары жоқ: жоспар құрыңыз (Жаңа жоспар…) немесе Excel-ден жүктеңіз.</translation>
    </message>
    <message>
        <source>No curriculum matches the search: clear the search box.</source>
        <translation>Іздеуге сәйкес оқу жоспары жоқ: іздеу жолын тазартыңыз.</translation>
    </message>
    <message>
        <source>Select a curriculum in the list first.</source>
        <translation>Алдымен тізімнен оқу жоспарын таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; an approved curriculum is archived from its editor (Curriculum menu).</source>
        <translation>Тек жобаны жоюға болады; бекітілген оқу жоспары өз редакторында мұрағатқа жіберіледі (Оқу жоспары мәзірі).</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer}: it cannot be deleted now.</source>
        <translation>Оны {who} {computer} компьютерінде өңдеп жатыр: қазір оны жоюға болмайды.</translation>
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
        <source>Copied as a draft: {title}</source>
        <translation>Жоба ретінде көшірілді: {title}</translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>«{title}» жобасы жойылсын ба? Мұны қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Deleted: {title}</source>
        <translation>Жойылды: {title}</translation>
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
        <source>Saving the curricula…</source>
        <translation>Оқу жоспарлары сақталуда…</translation>
    </message>
    <message>
        <source>{count} curricula imported as drafts: {titles}</source>
        <translation>{count} оқу жоспары жоба ретінде жүктелді: {titles}</translation>
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
        <source>No Kazakh name: the plan is in Kazakh</source>
        <translation>Қазақша атауы жоқ: жоспар қазақ тілінде</translation>
    </message>
    <message>
        <source>No Russian name: the plan is in Russian</source>
        <translation>Орысша атауы жоқ: жоспар орыс тілінде</translation>
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
        <source>Version {version} of “{title}” was made as a draft; it opens now. The approved version stays as it was.</source>
        <translation>«{title}» жоспарының {version} нұсқасы жоба ретінде жасалды; ол қазір ашылады. Бекітілген нұсқа өзгеріссіз қалады.</translation>
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
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Оқу жоспары</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Language of the names shown and edited</source>
        <translation>Көрсетілетін және өңделетін атаулардың тілі</translation>
    </message>
    <message>
        <source>Names in Kazakh</source>
        <translation>Атаулары қазақша</translation>
    </message>
    <message>
        <source>Names in Russian</source>
        <translation>Атаулары орысша</translation>
    </message>
    <message>
        <source>Change the cognate qualification</source>
        <translation>Мәндес біліктілікті өзгерту</translation>
    </message>
    <message>
        <source>An approved curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>Бекітілген оқу жоспары өзгертілмейді: оның жаңа нұсқасын жасаңыз (Оқу жоспары мәзірі).</translation>
    </message>
    <message>
        <source>An archived curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>Мұрағаттағы оқу жоспары өзгертілмейді: оның жаңа нұсқасын жасаңыз (Оқу жоспары мәзірі).</translation>
    </message>
    <message>
        <source>Select the rows first (a click; Ctrl+click or Shift+click for more).</source>
        <translation>Алдымен жолдарды таңдаңыз (шерту; бірнешеуі үшін Ctrl+шерту немесе Shift+шерту).</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Алдымен жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Select one row to move.</source>
        <translation>Жылжытатын бір жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>{code} is already the first of its rows.</source>
        <translation>{code} өз жолдарының ішінде бірінші тұр.</translation>
    </message>
    <message>
        <source>{code} is already the last of its rows.</source>
        <translation>{code} өз жолдарының ішінде соңғы тұр.</translation>
    </message>
    <message>
        <source>Nothing copied yet: select rows and copy them (Ctrl+C).</source>
        <translation>Әлі ештеңе көшірілмеген: жолдарды таңдап, көшіріңіз (Ctrl+C).</translation>
    </message>
    <message>
        <source>This curriculum is already approved.</source>
        <translation>Бұл оқу жоспары бекітілген.</translation>
    </message>
    <message>
        <source>A draft is changed as it is: a new version is made of an approved curriculum.</source>
        <translation>Жоба тікелей өзгертіледі: жаңа нұсқа бекітілген оқу жоспарынан жасалады.</translation>
    </message>
    <message>
        <source>Only an approved curriculum is archived; a draft can be deleted from the list.</source>
        <translation>Тек бекітілген оқу жоспары мұрағатқа жіберіледі; жобаны тізімнен жоюға болады.</translation>
    </message>
    <message>
        <source>This curriculum is already in the archive.</source>
        <translation>Бұл оқу жоспары мұрағатта тұр.</translation>
    </message>
    <message>
        <source>Approved by {who} on {date}: it is read-only.</source>
        <translation>{date} күні {who} бекітті: тек оқуға арналған.</translation>
    </message>
    <message>
        <source>Approved: it is read-only.</source>
        <translation>Бекітілген: тек оқуға арналған.</translation>
    </message>
    <message>
        <source>In the archive: it is read-only.</source>
        <translation>Мұрағатта: тек оқуға арналған.</translation>
    </message>
    <message>
        <source>To change it, make a new version (Curriculum menu).</source>
        <translation>Өзгерту үшін жаңа нұсқа жасаңыз (Оқу жоспары мәзірі).</translation>
    </message>
    <message>
        <source>The curriculum is read-only now</source>
        <translation>Оқу жоспары енді тек оқуға арналған</translation>
    </message>
    <message>
        <source>The curriculum was closed on the other computer: it can be edited here now.</source>
        <translation>Оқу жоспары басқа компьютерде жабылды: енді оны осында өңдеуге болады.</translation>
    </message>
    <message>
        <source>The saved curriculum is shown: {title}</source>
        <translation>Сақталған оқу жоспары көрсетілді: {title}</translation>
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
        <source>Every rule is met: no errors, no warnings — rule set {rules}</source>
        <translation>Барлық ереже орындалды: қате де, ескерту де жоқ — ережелер жинағы {rules}</translation>
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
        <source>Delete the module {code} “{name}” with its {count} learning outcomes?</source>
        <translation>{code} «{name}» модулі оның {count} оқыту нәтижесімен бірге жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete {count} rows (learning outcomes included)?</source>
        <translation>{count} жол жойылсын ба (оқыту нәтижелерімен қоса)?</translation>
    </message>
    <message>
        <source>Delete the row {code} “{name}”?</source>
        <translation>{code} «{name}» жолы жойылсын ба?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back until the curriculum is closed.</source>
        <translation>Оқу жоспары жабылғанға дейін Болдырмау (Ctrl+Z) оны қайтарады.</translation>
    </message>
    <message>
        <source>{count} rows deleted.</source>
        <translation>{count} жол жойылды.</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>{code} жылжыту</translation>
    </message>
    <message>
        <source>{count} rows copied: paste them here (Ctrl+V) or in a spreadsheet.</source>
        <translation>{count} жол көшірілді: оларды осында (Ctrl+V) немесе электрондық кестеге қойыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The curriculum is read-only now: your changes cannot be saved. Close and lose them?</source>
        <translation>Оқу жоспары енді тек оқуға арналған: өзгерістеріңізді сақтау мүмкін емес. Оларды жоғалтып, жабу керек пе?</translation>
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
        <source>Saved: {title}</source>
        <translation>Сақталды: {title}</translation>
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
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Бекітілмеді</translation>
    </message>
    <message>
        <source>Approved by {who}: {title}</source>
        <translation>{who} бекітті: {title}</translation>
    </message>
    <message>
        <source>The curriculum is not approved: the rule check finds errors. Nothing was changed.</source>
        <translation>Оқу жоспары бекітілмеді: ережелерді тексеру қателер табады. Ештеңе өзгертілген жоқ.</translation>
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
        <source>Moved to the archive: {title}</source>
        <translation>Мұрағатқа жіберілді: {title}</translation>
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
    <message>
        <source>a number of credits, 0 or more: 4 or 5,5</source>
        <translation>кредит саны, 0 немесе одан көп: 4 немесе 5,5</translation>
    </message>
    <message>
        <source>the hours, then the control letter if there is one: 72, 72 {exam}, 72 {graded}</source>
        <translation>сағат, бақылау болса, одан кейін оның әрпі: 72, 72 {exam}, 72 {graded}</translation>
    </message>
    <message>
        <source>a whole number of hours, 0 or more</source>
        <translation>сағаттың бүтін саны, 0 немесе одан көп</translation>
    </message>
    <message>
        <source>{row}, {column}: “{text}” is not taken; type {expected}.</source>
        <translation>{row}, {column}: «{text}» қабылданбады; күтілетіні: {expected}.</translation>
    </message>
</context>
<context>
    <name>CurriculumHold</name>
    <message>
        <source>{who} is editing this curriculum on {computer}: it is open read-only here.</source>
        <translation>Бұл оқу жоспарын {who} {computer} компьютерінде өңдеп жатыр: мұнда ол тек оқу үшін ашық.</translation>
    </message>
    <message>
        <source>This computer no longer holds the curriculum: it is read-only here.</source>
        <translation>Бұл компьютер оқу жоспарын енді ұстап тұрған жоқ: мұнда ол тек оқуға арналған.</translation>
    </message>
    <message>
        <source>It is opened read-only.</source>
        <translation>Ол тек оқу үшін ашылды.</translation>
    </message>
    <message>
        <source>You are editing this curriculum in another window (computer {computer}) since {time}: it is open read-only here.</source>
        <translation>Сіз бұл жоспарды басқа терезеде («{computer}» компьютері) сағат {time} бастап өңдеп отырсыз, сондықтан мұнда ол тек қарауға ашылды.</translation>
    </message>
    <message>
        <source>Being edited by {who} on {computer} since {time} — opened read-only.</source>
        <translation>Бұл жоспарды {who} («{computer}» компьютері) сағат {time} бастап өңдеп отыр, сондықтан мұнда ол тек қарауға ашылды.</translation>
    </message>
    <message>
        <source>What is on screen stays: export it to Excel or copy its rows to keep your changes.</source>
        <translation>Экрандағы мәліметтер қалады: өзгерістеріңізді сақтап қалу үшін жоспарды Excel-ге шығарыңыз немесе оның жолдарын көшіріңіз.</translation>
    </message>
    <message>
        <source>{who} on {computer} took this curriculum over at {time}, after this computer had not answered for a while: it is read-only here now.</source>
        <translation>Бұл компьютер біраз уақыт жауап бермегендіктен, {who} {computer} компьютерінде бұл оқу жоспарын өңдеуге алды ({time}): мұнда ол енді тек оқуға арналған.</translation>
    </message>
    <message>
        <source>This computer lost its hold on the curriculum after it had not answered for a while: it is read-only here now.</source>
        <translation>Бұл компьютер біраз уақыт жауап бермегендіктен, оқу жоспарын өңдеу құқығынан айырылды: мұнда ол енді тек оқуға арналған.</translation>
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
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
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
        <source>Other computers changed this database in the last half hour: {who}. What anyone did after the backup was made is lost: ask them to close Zhospar first.</source>
        <translation>Соңғы жарты сағатта бұл дерекқорды басқа компьютерлерден өзгерткен: {who}. Сақтық көшірме жасалғаннан кейін істелгеннің бәрі жоғалады: алдымен олардан Zhospar-ды жабуды сұраңыз.</translation>
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
    <name>DepartmentColumns</name>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогтар</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Departments (cycle commissions)</source>
        <translation>Пәндік-циклдік комиссиялар</translation>
    </message>
    <message>
        <source>Each teacher belongs to one department; the load documents group the teachers by department, in this order.</source>
        <translation>Әр педагог бір комиссияға жатады; жүктеме құжаттары педагогтарды комиссиялар бойынша осы ретпен топтайды.</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>Жаңа комиссия…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атауын өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Алдымен тізімнен комиссияны таңдаңыз.</translation>
    </message>
    <message>
        <source>The department is first already.</source>
        <translation>Комиссия онсыз да бірінші.</translation>
    </message>
    <message>
        <source>The department is last already.</source>
        <translation>Комиссия онсыз да соңғы.</translation>
    </message>
    <message>
        <source>Chair (signs the load cards and the summary)</source>
        <translation>Төраға (жүктеме карточкалары мен жиынтыққа қол қояды)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Жаңа комиссия</translation>
    </message>
    <message>
        <source>Delete the department “{name}”? Its teachers ({count}) stay, without a department.</source>
        <translation>«{name}» комиссиясын жою керек пе? Оның педагогтары ({count}) комиссиясыз қалады.</translation>
    </message>
    <message>
        <source>Delete the department “{name}”?</source>
        <translation>«{name}» комиссиясын жою керек пе?</translation>
    </message>
</context>
<context>
    <name>DepartmentTab</name>
    <message>
        <source>Department</source>
        <translation>Пәндік-циклдік комиссия</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогтар</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Мөлшерлемелер</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Күз</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Көктем</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Over the norm</source>
        <translation>Нормадан артық</translation>
    </message>
    <message>
        <source>Under the norm</source>
        <translation>Нормадан кем</translation>
    </message>
    <message>
        <source>Show its teachers</source>
        <translation>Педагогтарын көрсету</translation>
    </message>
    <message>
        <source>Print the department&apos;s summary…</source>
        <translation>Комиссия жиынтығын басып шығару…</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Алдымен тізімнен комиссияны таңдаңыз.</translation>
    </message>
    <message>
        <source>The teachers of no department have no summary: give them a department (Staff…).</source>
        <translation>Комиссиясыз педагогтарда жиынтық жоқ: оларға комиссия беріңіз (Штат…).</translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <source>row added</source>
        <translation>жол қосылды</translation>
    </message>
    <message>
        <source>row removed</source>
        <translation>жол жойылды</translation>
    </message>
    <message>
        <source>hours changed</source>
        <translation>сағат өзгерді</translation>
    </message>
    <message>
        <source>The curricula changed after the load was distributed. Accepting a line: a row whose hours changed keeps its teacher at the new hours; a removed row is taken from its teacher; an added row joins the group&apos;s rows without a teacher. Ctrl+Z takes an acceptance back. A new version of a curriculum counts once its groups are moved onto it: Contingent, Groups, Edit…</source>
        <translation>Жүктеме бөлінгеннен кейін оқу жоспарлары өзгерді. Жолды қабылдау: сағаты өзгерген жол жаңа сағатымен өз педагогында қалады; жойылған жол педагогтан алынады; қосылған жол топтың педагогсыз жолдарына қосылады. Ctrl+Z қабылдауды болдырмайды. Оқу жоспарының жаңа нұсқасы топтар оған ауыстырылғанда ескеріледі: Контингент, Топтар, Өзгерту…</translation>
    </message>
    <message>
        <source>Accept the selected</source>
        <translation>Таңдалғанды қабылдау</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Барлығын қабылдау</translation>
    </message>
    <message>
        <source>Show in the group</source>
        <translation>Топта көрсету</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Пән немесе модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Сағат түрі</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Берілген сағат</translation>
    </message>
    <message>
        <source>Hours now</source>
        <translation>Қазір сағат</translation>
    </message>
    <message>
        <source>Nothing changed in the curricula since the load was distributed.</source>
        <translation>Жүктеме бөлінгеннен кейін оқу жоспарлары өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Select the lines to accept first.</source>
        <translation>Алдымен қабылдайтын жолдарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Select one line to see it in its group.</source>
        <translation>Тобында көру үшін бір жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Accept {count} curriculum changes</source>
        <translation>Оқу жоспарының {count} өзгерісін қабылдау</translation>
    </message>
    <message>
        <source>{count} changes accepted.</source>
        <translation>{count} өзгеріс қабылданды.</translation>
    </message>
</context>
<context>
    <name>DualChoices</name>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <source>appendix handed over</source>
        <translation>қосымша берілді</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <source>small</source>
        <translation>шағын</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орта</translation>
    </message>
    <message>
        <source>large</source>
        <translation>ірі</translation>
    </message>
    <message>
        <source>production training</source>
        <translation>өндірістік оқыту</translation>
    </message>
    <message>
        <source>introductory practice</source>
        <translation>танысу практикасы</translation>
    </message>
    <message>
        <source>educational practice</source>
        <translation>оқу практикасы</translation>
    </message>
    <message>
        <source>technological practice</source>
        <translation>технологиялық практика</translation>
    </message>
    <message>
        <source>production practice</source>
        <translation>өндірістік практика</translation>
    </message>
    <message>
        <source>pre-diploma practice</source>
        <translation>диплом алдындағы практика</translation>
    </message>
    <message>
        <source>subject and principles</source>
        <translation>мәні мен қағидаттары</translation>
    </message>
    <message>
        <source>implementation</source>
        <translation>іске асыру</translation>
    </message>
    <message>
        <source>obligations of the parties</source>
        <translation>тараптардың міндеттемелері</translation>
    </message>
    <message>
        <source>validity period</source>
        <translation>қолданылу мерзімі</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>жауапкершілік</translation>
    </message>
    <message>
        <source>seats on the board of trustees and the industrial council</source>
        <translation>қамқоршылық кеңес пен индустриялық кеңестегі орындар</translation>
    </message>
    <message>
        <source>student practice</source>
        <translation>студенттер практикасы</translation>
    </message>
    <message>
        <source>equipping workshops and laboratories</source>
        <translation>шеберханалар мен зертханаларды жабдықтау</translation>
    </message>
    <message>
        <source>updating the educational programmes</source>
        <translation>білім беру бағдарламаларын жаңарту</translation>
    </message>
    <message>
        <source>teacher internships</source>
        <translation>педагогтердің тағылымдамасы</translation>
    </message>
    <message>
        <source>graduate employment</source>
        <translation>түлектерді жұмысқа орналастыру</translation>
    </message>
    <message>
        <source>mentor&apos;s service contract</source>
        <translation>тәлімгермен қызмет көрсету шарты</translation>
    </message>
    <message>
        <source>reimbursement to the enterprise</source>
        <translation>кәсіпорынға өтемақы</translation>
    </message>
    <message>
        <source>training on enterprise request</source>
        <translation>кәсіпорын тапсырысы бойынша даярлау</translation>
    </message>
    <message>
        <source>patronage memorandum</source>
        <translation>қамқорлық меморандумы</translation>
    </message>
</context>
<context>
    <name>DualIssueColumns</name>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
</context>
<context>
    <name>DualIssues</name>
    <message>
        <source>{share}% of the practical training at the enterprise ({hours} of {practical} h), under {threshold}%</source>
        <translation>практикалық оқытудың {share}% кәсіпорында ({practical} сағаттың {hours}), {threshold}%-дан аз</translation>
    </message>
    <message>
        <source>the contract ends on {date}</source>
        <translation>шарт {date} аяқталады</translation>
    </message>
    <message>
        <source>ended without the appendix handed to the student</source>
        <translation>қосымша білім алушыға берілмей аяқталды</translation>
    </message>
    <message>
        <source>in the dual group {group} without a contract in force</source>
        <translation>{group} дуальды тобында, күшіндегі шарты жоқ</translation>
    </message>
</context>
<context>
    <name>DualPage</name>
    <message>
        <source>Dual training</source>
        <translation>Дуальды оқыту</translation>
    </message>
    <message>
        <source>Contracts between the college, the enterprise and the student, with the appendix of periods at the enterprise; enterprises, mentors, payments and memoranda.</source>
        <translation>Колледж, кәсіпорын және білім алушы арасындағы шарттар, кәсіпорындағы кезеңдер қосымшасымен; кәсіпорындар, тәлімгерлер, төлемдер мен меморандумдар.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Enterprises and mentors</source>
        <translation>Кәсіпорындар мен тәлімгерлер</translation>
    </message>
    <message>
        <source>Partnerships and payments</source>
        <translation>Серіктестік және төлемдер</translation>
    </message>
    <message>
        <source>Checks and coverage</source>
        <translation>Тексерулер және қамту</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>Жаңа шарт…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Appendix…</source>
        <translation>Қосымша…</translation>
    </message>
    <message>
        <source>Hand over the appendix</source>
        <translation>Қосымшаны беру</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Бұзу…</translation>
    </message>
    <message>
        <source>Print the contract…</source>
        <translation>Шартты басып шығару…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Жаңа кәсіпорын…</translation>
    </message>
    <message>
        <source>Edit the enterprise…</source>
        <translation>Кәсіпорынды өзгерту…</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Жаңа тәлімгер…</translation>
    </message>
    <message>
        <source>Edit the mentor…</source>
        <translation>Тәлімгерді өзгерту…</translation>
    </message>
    <message>
        <source>Training on request…</source>
        <translation>Тапсырыс бойынша даярлау…</translation>
    </message>
    <message>
        <source>Memorandum…</source>
        <translation>Меморандум…</translation>
    </message>
    <message>
        <source>Mentor payment…</source>
        <translation>Тәлімгерге төлем…</translation>
    </message>
    <message>
        <source>Reimbursement…</source>
        <translation>Өтемақы…</translation>
    </message>
    <message>
        <source>Dual-training report (PDF)…</source>
        <translation>Дуальды оқыту туралы есеп (PDF)…</translation>
    </message>
    <message>
        <source>Dual-training report (Excel)…</source>
        <translation>Дуальды оқыту туралы есеп (Excel)…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet (Excel)…</source>
        <translation>ҰБДҚ мониторинг парағы (Excel)…</translation>
    </message>
    <message>
        <source>This academic year: mentors {mentors} ₸, reimbursements {paid} ₸, in all {total} ₸.</source>
        <translation>Осы оқу жылы: тәлімгерлерге {mentors} ₸, өтемақы {paid} ₸, барлығы {total} ₸.</translation>
    </message>
    <message>
        <source>Covered by dual training: {state}% of state-order students ({covered} of {total}) — the ministry&apos;s indicator; {all}% of all students.</source>
        <translation>Дуальды оқытумен қамтылғаны: мемлекеттік тапсырыс бойынша студенттердің {state}% ({total} ішінен {covered}) — министрлік индикаторы; барлық студенттердің {all}%.</translation>
    </message>
    <message>
        <source>Select a contract in the list first.</source>
        <translation>Алдымен тізімнен шартты таңдаңыз.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Жаңа шарт</translation>
    </message>
    <message>
        <source>Every studying student of a dual-training group already has a draft or a contract in force.</source>
        <translation>Дуалды оқыту тобының оқып жүрген әр студентінде шарт жобасы немесе күшіндегі шарт бар.</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Білім алушы:</translation>
    </message>
    <message>
        <source>Add the enterprise first.</source>
        <translation>Алдымен кәсіпорынды қосыңыз.</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>№ {number} шарт</translation>
    </message>
    <message>
        <source>An ended or terminated contract is kept as it was.</source>
        <translation>Аяқталған немесе бұзылған шарт өзгеріссіз сақталады.</translation>
    </message>
    <message>
        <source>Delete the draft contract № {number}?</source>
        <translation>№ {number} шарт жобасын жою керек пе?</translation>
    </message>
    <message>
        <source>Print the contract</source>
        <translation>Шартты басып шығару</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>PDF жасалуда…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Жаңа кәсіпорын</translation>
    </message>
    <message>
        <source>Select an enterprise in the list first.</source>
        <translation>Алдымен тізімнен кәсіпорынды таңдаңыз.</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
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
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <source>Agro-industrial</source>
        <translation>Агроөнеркәсіптік</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Байланыс тұлғалары</translation>
    </message>
    <message>
        <source>Signs contracts (full name)</source>
        <translation>Шарттарға қол қояды (аты-жөні)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Қол қоюшының лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Қол қоюшының лауазымы (орысша)</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Шот (ЖСК, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>Банктің БСК-сы</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Жаңа тәлімгер</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Contract № {number}: {status}.</source>
        <translation>№ {number} шарт: {status}.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілігі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Select a mentor in the list first.</source>
        <translation>Алдымен тізімнен тәлімгерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Training on enterprise request</source>
        <translation>Кәсіпорын тапсырысы бойынша даярлау</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарт нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Years to work there after graduation</source>
        <translation>Бітіргеннен кейін онда жұмыс істеу жылдары</translation>
    </message>
    <message>
        <source>Patronage memorandum</source>
        <translation>Қамқорлық меморандумы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Sections it contains</source>
        <translation>Қамтитын бөлімдері</translation>
    </message>
    <message>
        <source>Material aid, ₸</source>
        <translation>Материалдық көмек, ₸</translation>
    </message>
    <message>
        <source>Mentor&apos;s service contract</source>
        <translation>Тәлімгермен қызмет көрсету шарты</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Position in Kazakh</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Position in Russian</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сомасы, ₸</translation>
    </message>
    <message>
        <source>Reimbursement to an enterprise</source>
        <translation>Кәсіпорынға өтемақы</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Төленген күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Dual-training report</source>
        <translation>Дуальды оқыту туралы есеп</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet</source>
        <translation>ҰБДҚ мониторинг парағы</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Graduates of {year}: employment</source>
        <translation>{year} жылғы түлектер: жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Save the list to Excel…</source>
        <translation>Тізімді Excel-ге сақтау…</translation>
    </message>
    <message>
        <source>Read statuses from Excel…</source>
        <translation>Мәртебелерді Excel-ден оқу…</translation>
    </message>
    <message>
        <source>{count} graduates, {unknown} still unknown.</source>
        <translation>{count} түлек, {unknown} әлі белгісіз.</translation>
    </message>
    <message>
        <source>Save the list to Excel</source>
        <translation>Тізімді Excel-ге сақтау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Read statuses from Excel</source>
        <translation>Мәртебелерді Excel-ден оқу</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Оқылмады</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>{count} read from the file.</source>
        <translation>Файлдан {count} оқылды.</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Only those still unknown</source>
        <translation>Тек әлі белгісіздер</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Мемл. тапсырыс</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>EnterpriseColumns</name>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Тәлімгерлер</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
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
    <message>
        <source>Zhospar closed unexpectedly</source>
        <translation>Zhospar күтпеген жерден жабылды</translation>
    </message>
    <message>
        <source>Zhospar closed unexpectedly last time. Your saved data is safe; changes not saved then are lost.

If it happens again, please send the log file to support:
{path}</source>
        <translation>Өткен жолы Zhospar күтпеген жерден жабылды. Сақталған деректеріңіз аман; сол кезде сақталмаған өзгерістер жоғалды.

Бұл қайталанса, журнал файлын қолдау қызметіне жіберіңіз:
{path}</translation>
    </message>
</context>
<context>
    <name>ExamChoices</name>
    <message>
        <source>intermediate attestation</source>
        <translation>аралық аттестаттау</translation>
    </message>
    <message>
        <source>final attestation</source>
        <translation>қорытынды аттестаттау</translation>
    </message>
    <message>
        <source>qualification exam</source>
        <translation>біліктілік емтиханы</translation>
    </message>
    <message>
        <source>practical work</source>
        <translation>практикалық жұмыс</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>демонстрациялық емтихан</translation>
    </message>
    <message>
        <source>college workshop</source>
        <translation>колледж шеберханасы</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>зертхана</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>оқу орталығы</translation>
    </message>
    <message>
        <source>enterprise site</source>
        <translation>кәсіпорын алаңы</translation>
    </message>
    <message>
        <source>competence centre</source>
        <translation>құзыреттілік орталығы</translation>
    </message>
    <message>
        <source>chief expert / organiser</source>
        <translation>бас сарапшы / ұйымдастырушы</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>сарапшы</translation>
    </message>
    <message>
        <source>technical expert</source>
        <translation>техникалық сарапшы</translation>
    </message>
    <message>
        <source>employer representative</source>
        <translation>жұмыс беруші өкілі</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>held</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>өлшеу</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>бағалау (судьялар)</translation>
    </message>
</context>
<context>
    <name>ExamShortChoices</name>
    <message>
        <source>intermediate</source>
        <translation>аралық</translation>
    </message>
    <message>
        <source>final</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>біліктілік</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>практикалық</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>Demonstration exams</source>
        <translation>Демонстрациялық емтихандар</translation>
    </message>
    <message>
        <source>Plan a session, draw the task, enter the scores of each candidate; a pass records the qualification on the student. The grading scale is data.</source>
        <translation>Сессияны жоспарлаңыз, тапсырманы жеребемен таңдаңыз, әр үміткердің балын енгізіңіз; тапсырса, біліктілік студентке жазылады. Бағалау шкаласы деректерде сақталады.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Жаңа сессия…</translation>
    </message>
    <message>
        <source>Edit the session…</source>
        <translation>Сессияны өзгерту…</translation>
    </message>
    <message>
        <source>Delete the planned session</source>
        <translation>Жоспарланған сессияны жою</translation>
    </message>
    <message>
        <source>Marking scheme from Excel…</source>
        <translation>Excel-ден бағалау схемасы…</translation>
    </message>
    <message>
        <source>Candidates and scores</source>
        <translation>Үміткерлер мен балдар</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Сарапшылар тобы</translation>
    </message>
    <message>
        <source>Checks and figures</source>
        <translation>Тексерулер мен көрсеткіштер</translation>
    </message>
    <message>
        <source>Candidates from a group…</source>
        <translation>Топтан үміткерлер…</translation>
    </message>
    <message>
        <source>Draw the task</source>
        <translation>Тапсырманы жеребемен таңдау</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>Балдар…</translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation>Балдарды импорттау…</translation>
    </message>
    <message>
        <source>Finish and award</source>
        <translation>Аяқтау және біліктілік беру</translation>
    </message>
    <message>
        <source>Protocol (PDF)…</source>
        <translation>Хаттама (PDF)…</translation>
    </message>
    <message>
        <source>Results (Excel)…</source>
        <translation>Нәтижелер (Excel)…</translation>
    </message>
    <message>
        <source>Remove the candidate</source>
        <translation>Үміткерді алып тастау</translation>
    </message>
    <message>
        <source>Add an expert…</source>
        <translation>Сарапшы қосу…</translation>
    </message>
    <message>
        <source>Remove the expert</source>
        <translation>Сарапшыны алып тастау</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Whether the college holds demonstration exams, as the ministry&apos;s indicator counts it: a session in the demonstration form that has taken place and assessed at least one candidate. The share counts the students in their last course who sat a demonstration exam and were scored.</source>
        <translation>Министрліктің көрсеткіші бойынша колледждің демонстрациялық емтихан өткізетіні: демонстрациялық нысандағы, өткізілген және кемінде бір үміткерді бағалаған сессия. Үлес — соңғы курста оқитын, демонстрациялық емтихан тапсырып, балл алған студенттер.</translation>
    </message>
    <message>
        <source>QUAL-EXAM: worker qualifications without a qualification exam for the group:</source>
        <translation>QUAL-EXAM: топ үшін біліктілік емтиханы жоқ жұмысшы біліктіліктері:</translation>
    </message>
    <message>
        <source>Results by qualification:</source>
        <translation>Біліктіліктер бойынша нәтижелер:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Graduating students assessed by a demonstration exam: {percent}% ({assessed} of {total}). The college holds demonstration exams: {holds}.</source>
        <translation>Демонстрациялық емтиханмен бағаланған бітіруші студенттер: {percent}% ({total} ішінен {assessed}). Колледж демонстрациялық емтихан өткізеді: {holds}.</translation>
    </message>
    <message>
        <source>{qualification}: {candidates} candidates, {passed} passed, {absent} absent, mean {mean}</source>
        <translation>{qualification}: үміткерлер — {candidates}, тапсырғандар — {passed}, келмегендер — {absent}, орташа балл {mean}</translation>
    </message>
    <message>
        <source>Select a session in the list first.</source>
        <translation>Алдымен тізімнен сессияны таңдаңыз.</translation>
    </message>
    <message>
        <source>Select an expert on the Panel tab first.</source>
        <translation>Алдымен «Сарапшылар тобы» қойындысында сарапшыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Select a candidate in the list first.</source>
        <translation>Алдымен тізімнен үміткерді таңдаңыз.</translation>
    </message>
    <message>
        <source>No session yet: make one with New session…</source>
        <translation>Әзірге сессия жоқ: «Жаңа сессия…» арқылы жасаңыз</translation>
    </message>
    <message>
        <source>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; task: {task}; pass mark {mark}</source>
        <translation>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; тапсырма: {task}; өту балы {mark}</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Үміткер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>тапсырды</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>тапсырмады</translation>
    </message>
    <message>
        <source>New exam session</source>
        <translation>Жаңа емтихан сессиясы</translation>
    </message>
    <message>
        <source>Exam session № {id}</source>
        <translation>№ {id} емтихан сессиясы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Competence (WorldSkills skill)</source>
        <translation>Құзыреттілік (WorldSkills)</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Бағалау схемасы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Орынның атауы</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Өту балы</translation>
    </message>
    <message>
        <source>Infrastructure list</source>
        <translation>Инфрақұрылым тізбесі</translation>
    </message>
    <message>
        <source>Task variants, one a line</source>
        <translation>Тапсырма нұсқалары, әр жолға біреу</translation>
    </message>
    <message>
        <source>Consumables, ₸</source>
        <translation>Шығын материалдары, ₸</translation>
    </message>
    <message>
        <source>Venue, ₸</source>
        <translation>Алаң, ₸</translation>
    </message>
    <message>
        <source>Experts, ₸</source>
        <translation>Сарапшылар, ₸</translation>
    </message>
    <message>
        <source>Marking scheme from Excel</source>
        <translation>Excel-ден бағалау схемасы</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Title of the scheme:</source>
        <translation>Схема атауы:</translation>
    </message>
    <message>
        <source>Scheme not imported</source>
        <translation>Схема импортталмады</translation>
    </message>
    <message>
        <source>Candidates from a group</source>
        <translation>Топтан үміткерлер</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <source>Candidates not added</source>
        <translation>Үміткерлер қосылмады</translation>
    </message>
    <message>
        <source>Add an expert</source>
        <translation>Сарапшы қосу</translation>
    </message>
    <message>
        <source>Remove {name} from the panel of session № {id}?</source>
        <translation>{name} № {id} сессияның сарапшылар тобынан алынып тасталсын ба?</translation>
    </message>
    <message>
        <source>{name} was removed from the panel.</source>
        <translation>{name} сарапшылар тобынан алынып тасталды.</translation>
    </message>
    <message>
        <source>Take {name} off the list of session № {id}? Any marks typed for them go too.</source>
        <translation>{name} № {id} сессияның тізімінен алынып тасталсын ба? Оған енгізілген балдар да жойылады.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Алынып тасталмады</translation>
    </message>
    <message>
        <source>{name} was taken off the list of session № {id}.</source>
        <translation>{name} № {id} сессияның тізімінен алынып тасталды.</translation>
    </message>
    <message>
        <source>Delete the planned session № {id} with its panel and candidate list?</source>
        <translation>№ {id} жоспарланған сессияны сарапшылар тобымен және үміткерлер тізімімен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Жеребе тартылмады</translation>
    </message>
    <message>
        <source>Drawn: {task}</source>
        <translation>Жеребе бойынша: {task}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>The session has no candidates yet: add them with Candidates from a group…</source>
        <translation>Сессияда әлі үміткерлер жоқ: оларды «Топтан үміткерлер…» арқылы қосыңыз.</translation>
    </message>
    <message>
        <source>The scores of session № {id} cannot be entered yet:</source>
        <translation>№ {id} сессияның балдарын әлі енгізуге болмайды:</translation>
    </message>
    <message>
        <source>Scores saved: {count} candidates have a total.</source>
        <translation>Балдар сақталды: {count} үміткердің қорытынды балы бар.</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Балдарды импорттау</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Балдар импортталмады</translation>
    </message>
    <message>
        <source>Scores imported from {file}.</source>
        <translation>Балдар {file} файлынан жүктелді.</translation>
    </message>
    <message>
        <source>Mark the session held and record the qualification on every candidate who passed?</source>
        <translation>Сессияны өткізілді деп белгілеп, тапсырған әр үміткерге біліктілікті жазу керек пе?</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Аяқталмады</translation>
    </message>
    <message>
        <source>Session № {id} is held: the qualification was recorded on {count} candidates who passed.</source>
        <translation>№ {id} сессия өтті: біліктілік тапсырған {count} үміткерге жазылды.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>PDF жасалуда…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Subject or cycle</source>
        <translation>Пән немесе цикл</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>Диплом нөмірі</translation>
    </message>
    <message>
        <source>Diploma date</source>
        <translation>Диплом берілген күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Category awarded on</source>
        <translation>Санат берілген күні</translation>
    </message>
    <message>
        <source>Teaching since</source>
        <translation>Педагогикалық өтілдің басталуы</translation>
    </message>
    <message>
        <source>Teaching experience, years</source>
        <translation>Педагогикалық өтілі, жыл</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Пәндік-циклдік комиссия</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Кіші топ</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Оқу жоспарының жолы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Taught instead of</source>
        <translation>Кімнің орнына оқытты</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Load norms</source>
        <translation>Жүктеме нормалары</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Chair of the department</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Дуальды оқыту</translation>
    </message>
    <message>
        <source>From the group</source>
        <translation>Қай топтан</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
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
        <source>Deputy director for academic work</source>
        <translation>Директордың оқу ісі жөніндегі орынбасары</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Бас бухгалтер</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Банк, орысша</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарт нөмірі</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Бағалау шкаласының диапазондары</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>Парақ бағаны</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Құзыреттілік</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Тапсырды</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Why the blank is spoiled</source>
        <translation>Бланктің бүліну себебі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Оқу жоспары</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Modules at the enterprise</source>
        <translation>Кәсіпорындағы модульдер</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Legal representative&apos;s IIN</source>
        <translation>Заңды өкілдің ЖСН-і</translation>
    </message>
    <message>
        <source>Signs for the enterprise (full name)</source>
        <translation>Кәсіпорын атынан қол қояды (аты-жөні)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Қол қоюшының лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Қол қоюшының лауазымы (орысша)</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Шот (ЖСК, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>Банктің БСК-сы</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Kazakh</source>
        <translation>Шарттар жасалатын орын (қазақша)</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Russian</source>
        <translation>Шарттар жасалатын орын (орысша)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Тақырып жолы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
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
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен түрі</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Білім базасы</translation>
    </message>
    <message>
        <source>Kind of enrolment</source>
        <translation>Қабылдау түрі</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Without parental care</source>
        <translation>Ата-анасының қамқорлығынсыз</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>Аз қамтылған отбасы</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Ерекше білім беру қажеттіліктері</translation>
    </message>
    <message>
        <source>Curriculum for special needs</source>
        <translation>Ерекше қажеттіліктерге арналған бағдарлама</translation>
    </message>
    <message>
        <source>Needs a dormitory place</source>
        <translation>Жатақханаға мұқтаж</translation>
    </message>
    <message>
        <source>Dormitory place given</source>
        <translation>Жатақханадан орын берілді</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Кіруге рұқсат</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған уақыты</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Жатақхана</translation>
    </message>
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
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Duration of study</source>
        <translation>Оқу мерзімі</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Күшіне енетін күні</translation>
    </message>
    <message>
        <source>Into the group</source>
        <translation>Қай топқа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Оқу нысаны</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Шәкіртақы</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Жетім</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Көпбалалы отбасы</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Академиялық демалыс</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Демалыс аяқталатын күн</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>Демалыс себебі</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Шығу себебі</translation>
    </message>
    <message>
        <source>NEDB record (EI)</source>
        <translation>ҰБДҚ жазбасы (EI)</translation>
    </message>
    <message>
        <source>NEDB contingent id</source>
        <translation>ҰБДҚ-дағы контингент ID</translation>
    </message>
    <message>
        <source>Scholarship amount</source>
        <translation>Стипендия мөлшері</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Өту балы</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Бағалау схемасы</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Сарапшылар тобы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Қазақ тіліндегі оқулықтар</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиттер</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Теория</translation>
    </message>
    <message>
        <source>Laboratory and practical lessons</source>
        <translation>Зертханалық-практикалық сабақтар</translation>
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
        <source>At a distance</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Базалық модуль нөмірі</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Емтихан нысаны</translation>
    </message>
    <message>
        <source>Years of study</source>
        <translation>Оқу жылдары</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Апталар</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Аптасына сағат</translation>
    </message>
    <message>
        <source>Hours in the semester</source>
        <translation>Семестрдегі сағат</translation>
    </message>
    <message>
        <source>Control in the semester</source>
        <translation>Семестрдегі бақылау</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Біріктірілген</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>Білім базасы</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Ережелер жинағы</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Rule check</source>
        <translation>Ережелерді тексеру</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Бағалау шкаласы</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Дәстүрлі баға</translation>
    </message>
    <message>
        <source>Kind of load</source>
        <translation>Жүктеме түрі</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>Curator&apos;s groups</source>
        <translation>Куратордың топтары</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кіре алады</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Логин мен құпиясөзбен кіру</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Әкімшіні жасау</translation>
    </message>
    <message>
        <source>This database asks everyone to sign in, and it has no users yet. Create its administrator: the administrator adds the other users and gives them their roles. Keep the password safe: nobody can read it back.</source>
        <translation>Бұл дерекқорда әркім логин мен құпиясөзбен кіреді, ал әзірге онда пайдаланушы жоқ. Оның әкімшісін жасаңыз: әкімші басқа пайдаланушыларды қосып, оларға рөл береді. Құпиясөзді сенімді жерде сақтаңыз: оны кейін ешкім оқи алмайды.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Жасау және кіру</translation>
    </message>
    <message>
        <source>The administrator is not created</source>
        <translation>Әкімші жасалмады</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* required</source>
        <translation>* міндетті өріс</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Close without saving? What was typed in this form is lost.</source>
        <translation>Сақтамай жабу керек пе? Осы терезеде терілгендер жоғалады.</translation>
    </message>
</context>
<context>
    <name>GradeGrid</name>
    <message>
        <source>credits</source>
        <translation>кредит</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} сағат</translation>
    </message>
    <message>
        <source>pass/fail: {passed} (+ or -)</source>
        <translation>сынақ: {passed} (+ немесе -)</translation>
    </message>
    <message>
        <source>a percent from 0 to 100</source>
        <translation>0-ден 100-ге дейінгі пайыз</translation>
    </message>
    <message>
        <source>elective: only for the students who took it</source>
        <translation>факультатив: тек оны таңдаған студенттер үшін</translation>
    </message>
    <message>
        <source>{cell}: no grade yet</source>
        <translation>{cell}: әлі баға жоқ</translation>
    </message>
    <message>
        <source>{cell}: {percent}%, {letter}, {points} points, {word}</source>
        <translation>{cell}: {percent}%, {letter}, {points} балл, {word}</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>қанағаттанарлықсыз</translation>
    </message>
</context>
<context>
    <name>GradeGridEditor</name>
    <message>
        <source>Grade of {cell}</source>
        <translation>{cell} бағасы</translation>
    </message>
    <message>
        <source>Select the grades to clear first.</source>
        <translation>Алдымен өшірілетін бағаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>The selected cells have no grade to clear.</source>
        <translation>Таңдалған ұяшықтарда өшіретін баға жоқ.</translation>
    </message>
    <message>
        <source>Clear {count} grades</source>
        <translation>{count} бағаны өшіру</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block starts first.</source>
        <translation>Алдымен қойылатын блок басталатын ұяшықты шертіңіз.</translation>
    </message>
    <message>
        <source>The clipboard holds no grades to paste.</source>
        <translation>Алмасу буферінде қоятын баға жоқ.</translation>
    </message>
    <message>
        <source>Paste {count} grades</source>
        <translation>{count} бағаны қою</translation>
    </message>
    <message>
        <source>Pasted; {count} values beyond the grid&apos;s last student or row were left out.</source>
        <translation>Қойылды; кестенің соңғы студентінен немесе жолынан тыс {count} мән қалдырылды.</translation>
    </message>
    <message>
        <source>Select the grades to copy first.</source>
        <translation>Алдымен көшірілетін бағаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Grades not saved</source>
        <translation>Бағалар сақталмады</translation>
    </message>
</context>
<context>
    <name>GradeImport</name>
    <message>
        <source>Import a grade sheet</source>
        <translation>Бағалар ведомосін импорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Бағалар ведомосі оқылмады</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Бағалар ведомосі оқылуда…</translation>
    </message>
    <message>
        <source>{count} grades imported from {file}.</source>
        <translation>{file} файлынан {count} баға импортталды.</translation>
    </message>
</context>
<context>
    <name>GradeRegister</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Тірк. №</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Алған адам</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Reason spoiled</source>
        <translation>Бүліну себебі</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <source>supplement</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Final grades</source>
        <translation>Қорытынды бағалар</translation>
    </message>
    <message>
        <source>Grade sheet</source>
        <translation>Бағалар ведомосі</translation>
    </message>
    <message>
        <source>Register of diplomas</source>
        <translation>Дипломдарды тіркеу кітабы</translation>
    </message>
    <message>
        <source>Type a percent and press Enter (down) or Tab (right); a pass/fail row takes {passed} (or +, -). Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes, Ctrl+Y redoes. Each change is saved at once; a value that is not a grade is refused, naming its cell, and nothing of its block is saved.</source>
        <translation>Пайызды теріп, Enter (төмен) немесе Tab (оңға) басыңыз; сынақ жолына {passed} (немесе +, -) жазылады. Delete тазалайды, Ctrl+V Excel-ден көшірілген блокты қояды, Ctrl+Z болдырмайды, Ctrl+Y қайтарады. Әр өзгеріс бірден сақталады; баға емес мән ұяшығы аталып қабылданбайды, оның блогынан ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <source>Import a grade sheet…</source>
        <translation>Бағалар ведомосін импорттау…</translation>
    </message>
    <message>
        <source>Grading scale…</source>
        <translation>Бағалау шкаласы…</translation>
    </message>
    <message>
        <source>Print supplements…</source>
        <translation>Қосымшаларды басып шығару…</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Алдымен топты таңдаңыз.</translation>
    </message>
    <message>
        <source>The group needs its curriculum before its grades are entered.</source>
        <translation>Бағаларды енгізбес бұрын топқа оқу жоспары берілуі керек.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>Топта бағаланатын студент жоқ.</translation>
    </message>
    <message>
        <source>graduating</source>
        <translation>бітіруші</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>бітірген</translation>
    </message>
    <message>
        <source>Choose a group with a curriculum to see what its supplements lack.</source>
        <translation>Қосымшаларда не жетіспейтінін көру үшін оқу жоспары бар топты таңдаңыз.</translation>
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
    <message>
        <source>Working curriculum</source>
        <translation>Жұмыс оқу жоспары</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>аралас</translation>
    </message>
    <message>
        <source>dual training: every student needs a contract with an enterprise</source>
        <translation>дуальды оқыту: әр студентке кәсіпорынмен шарт керек</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Білім базасы</translation>
    </message>
    <message>
        <source>Working curriculum</source>
        <translation>Жұмыс оқу жоспары</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>{title} — version {version}, {status}</source>
        <translation>{title} — {version}-нұсқа, {status}</translation>
    </message>
    <message>
        <source>Group not saved</source>
        <translation>Топ сақталмады</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Only groups with open hours</source>
        <translation>Тек қалдығы бар топтар</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Тағайындау…</translation>
    </message>
    <message>
        <source>Split by subgroups…</source>
        <translation>Топшаларға бөлу…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Next open row</source>
        <translation>Келесі бос жол</translation>
    </message>
    <message>
        <source>No group has a curriculum with semesters in this year: link the groups to their curricula on the Contingent page.</source>
        <translation>Бұл жылы семестрлері бар оқу жоспары ешбір топта жоқ: топтарды «Контингент» бетінде оқу жоспарларына байланыстырыңыз.</translation>
    </message>
    <message>
        <source>{group}, course {course}: {hours} h to teach, {open} h without a teacher</source>
        <translation>{group}, {course}-курс: берілетін {hours} сағ., педагогсыз {open} сағ.</translation>
    </message>
    <message>
        <source>Select rows of the group&apos;s load first.</source>
        <translation>Алдымен топ жүктемесінің жолдарын таңдаңыз.</translation>
    </message>
    <message>
        <source>Select one row to split it by subgroups.</source>
        <translation>Топшаларға бөлу үшін бір жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Every row of the group has its teacher.</source>
        <translation>Топтың әр жолының педагогы бар.</translation>
    </message>
    <message>
        <source>{teacher}: {code} {group}</source>
        <translation>{teacher}: {code} {group}</translation>
    </message>
    <message>
        <source>Take back {code} {group}</source>
        <translation>{code} {group} алып тастау</translation>
    </message>
    <message>
        <source>No teacher is named “{text}”: choose one from the list (typing part of the name narrows it).</source>
        <translation>«{text}» деген педагог жоқ: тізімнен таңдаңыз (аты-жөнінің бір бөлігі тізімді тарылтады).</translation>
    </message>
    <message>
        <source>Assign {count} rows to</source>
        <translation>{count} жолды тағайындау</translation>
    </message>
    <message>
        <source>{teacher}: {count} rows</source>
        <translation>{teacher}: {count} жол</translation>
    </message>
    <message>
        <source>Subgroup 1 of {code}</source>
        <translation>{code}: 1-топша</translation>
    </message>
    <message>
        <source>Subgroup 2 of {code}</source>
        <translation>{code}: 2-топша</translation>
    </message>
    <message>
        <source>Split {code} {group}</source>
        <translation>{code} {group} бөлу</translation>
    </message>
    <message>
        <source>Each subgroup&apos;s teacher now has the {hours} h in full.</source>
        <translation>Енді әр топшаның педагогы {hours} сағатты толық алады.</translation>
    </message>
    <message>
        <source>Take back {count} rows</source>
        <translation>{count} жолды алып тастау</translation>
    </message>
    <message>
        <source>The hours are open again; Ctrl+Z gives them back.</source>
        <translation>Сағаттар қайта бос; Ctrl+Z оларды қайтарады.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <source>Hours of {cell}</source>
        <translation>{cell} сағаттары</translation>
    </message>
    <message>
        <source>Select the months&apos; hours to clear first.</source>
        <translation>Алдымен тазалайтын айлардың сағаттарын таңдаңыз.</translation>
    </message>
    <message>
        <source>The selected cells hold no hours.</source>
        <translation>Таңдалған ұяшықтарда сағат жоқ.</translation>
    </message>
    <message>
        <source>Clear {count} months&apos; hours</source>
        <translation>{count} айдың сағатын тазалау</translation>
    </message>
    <message>
        <source>Click the month&apos;s cell where the pasted block starts first.</source>
        <translation>Алдымен қойылатын блок басталатын айдың ұяшығын басыңыз.</translation>
    </message>
    <message>
        <source>Nothing to paste here: the hours go in the months&apos; columns.</source>
        <translation>Мұнда қоятын ештеңе жоқ: сағаттар айлардың бағандарына жазылады.</translation>
    </message>
    <message>
        <source>Paste {count} months&apos; hours</source>
        <translation>{count} айдың сағатын қою</translation>
    </message>
    <message>
        <source>Pasted; {count} values outside the months&apos; columns were left out.</source>
        <translation>Қойылды; айлар бағандарынан тыс {count} мән алынбады.</translation>
    </message>
    <message>
        <source>Select the hours to copy first.</source>
        <translation>Алдымен көшірілетін сағаттарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Сағаттар сақталмады</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a grade sheet: {file}</source>
        <translation>Бағалар ведомосін импорттау: {file}</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>Nothing is written yet. {students} students of the sheet are matched to the group; {grades} grades would be written. {errors} problems must be corrected in the workbook first; {notes} things will not be written (listed below).</source>
        <translation>Әзірге ештеңе жазылған жоқ. Ведомостағы {students} студент топпен сәйкестендірілді; {grades} баға жазылады. Алдымен кітапта {errors} қатені түзету керек; {notes} нәрсе жазылмайды (төменде тізімделген).</translation>
    </message>
    <message>
        <source>Row {line}: {written} is {student}</source>
        <translation>{line}-жол: {written} — бұл {student}</translation>
    </message>
    <message>
        <source>Write {count} grades</source>
        <translation>{count} баға жазу</translation>
    </message>
    <message>
        <source>Correct the problems marked in red in the workbook and import it again.</source>
        <translation>Кітапта қызылмен белгіленген қателерді түзетіп, оны қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Бағалар ведомосі оқылмады</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Бағалар ведомосі оқылуда…</translation>
    </message>
    <message>
        <source>Grades not imported</source>
        <translation>Бағалар импортталмады</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import hours taught: {file}</source>
        <translation>Берілген сағаттарды импорттау: {file}</translation>
    </message>
    <message>
        <source>Nothing is written yet. From the sheet “{sheet}” (rows with hours: {lines}): teachers: {teachers}, monthly entries: {entries}, of them by a replacement: {swaps}, hours: {hours}. What was entered before for the same class, teacher and month is replaced; the whole import is one step to undo.</source>
        <translation>Әзірге ештеңе жазылған жоқ. «{sheet}» парағынан (сағаты бар жолдар: {lines}): педагогтар: {teachers}, айлық жазбалар: {entries}, оның ішінде алмастыру: {swaps}, сағат: {hours}. Бұрын сол сабаққа, педагогқа және айға енгізілгені ауыстырылады; бүкіл импорт бір қадаммен болдырмалады.</translation>
    </message>
    <message>
        <source>Months: {months}</source>
        <translation>Айлар: {months}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Record {hours} hours</source>
        <translation>{hours} сағатты жазу</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Түлектерді жұмысқа орналастыру…</translation>
    </message>
    <message>
        <source>Teachers…</source>
        <translation>Педагогтер…</translation>
    </message>
    <message>
        <source>Textbook counts…</source>
        <translation>Оқулықтар саны…</translation>
    </message>
    <message>
        <source>Green: the target of the year is reached; orange: not yet; the dashed line is the target. Double-click a row or click a chart to see the records behind a figure. Coverage, inclusive conditions and teachers are counted only for the current year.</source>
        <translation>Жасыл: жылдың нысаналы мәніне жетті; қызғылт сары: әлі жетпеді; үзік сызық — нысаналы мән. Көрсеткіштің артындағы жазбаларды көру үшін жолды екі рет басыңыз немесе диаграмманы басыңыз. Қамту, инклюзивті жағдайлар және педагогтер тек ағымдағы жыл бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Target {year}</source>
        <translation>Нысаналы мән {year}</translation>
    </message>
    <message>
        <source>Not kept by year: counted only for the current year</source>
        <translation>Жылдар бойынша сақталмайды: тек ағымдағы жыл үшін есептеледі</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>State-order graduates employed in the first year</source>
        <translation>Бірінші жылы жұмысқа орналасқан мемл. тапсырыс түлектері</translation>
    </message>
    <message>
        <source>State-order students covered by dual training</source>
        <translation>Дуальды оқытумен қамтылған мемл. тапсырыс студенттері</translation>
    </message>
    <message>
        <source>The college holds demonstration exams</source>
        <translation>Колледж демонстрациялық емтихан өткізеді</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Инклюзивті білім беру жағдайлары</translation>
    </message>
    <message>
        <source>Provision with Kazakh-language textbooks</source>
        <translation>Қазақ тіліндегі оқулықтармен қамтамасыз ету</translation>
    </message>
    <message>
        <source>Teachers whose last upgrade is over 3 years old</source>
        <translation>Соңғы біліктілігін арттырғанына 3 жылдан асқан педагогтер</translation>
    </message>
    <message>
        <source>employed in the specialty</source>
        <translation>мамандығы бойынша жұмыс істейді</translation>
    </message>
    <message>
        <source>employed outside the specialty</source>
        <translation>мамандығынан тыс жұмыс істейді</translation>
    </message>
    <message>
        <source>further study</source>
        <translation>оқуын жалғастырады</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>әскери қызметте</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>бала күтіміне байланысты демалыста</translation>
    </message>
    <message>
        <source>not employed</source>
        <translation>жұмыссыз</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>confirmed by records</source>
        <translation>құжатпен расталған</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>түлектің өз сөзінен</translation>
    </message>
    <message>
        <source>ramps</source>
        <translation>пандустар</translation>
    </message>
    <message>
        <source>light signals</source>
        <translation>жарық сигналдары</translation>
    </message>
    <message>
        <source>call button</source>
        <translation>шақыру түймесі</translation>
    </message>
    <message>
        <source>adapted sanitary unit</source>
        <translation>бейімделген санитарлық-гигиеналық бөлме</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Мемл. тапсырыс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Under a dual contract</source>
        <translation>Дуальды шарт бойынша</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Жағдай</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Textbooks</source>
        <translation>Оқулықтар</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>Қазақ тілінде</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Last qualification upgrade</source>
        <translation>Соңғы біліктілікті арттыру</translation>
    </message>
    <message>
        <source>Over 3 years ago</source>
        <translation>3 жылдан бұрын</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Counted as employed</source>
        <translation>Жұмысқа орналасқан деп есептелді</translation>
    </message>
    <message>
        <source>Continuing / not available for work</source>
        <translation>Жалғастырушылар / жұмысқа шыға алмайтындар</translation>
    </message>
    <message>
        <source>Candidates assessed</source>
        <translation>Бағаланған үміткерлер</translation>
    </message>
    <message>
        <source>Counted as held</source>
        <translation>Өткізілді деп есептеледі</translation>
    </message>
    <message>
        <source>The employment indicator counts graduates employed in the first year after graduation, of all state-order graduates; further study, military service and parental leave are shown apart.</source>
        <translation>Жұмысқа орналасу көрсеткіші бітіргеннен кейінгі бірінші жылы жұмысқа орналасқан түлектерді мемлекеттік тапсырыс бойынша барлық түлектерден есептейді; оқуын жалғастырушылар, әскери қызметтегілер және бала күтімі бойынша демалыстағылар бөлек көрсетіледі.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>continuing / not available for work: {count} ({share})</source>
        <translation>жалғастырушылар / жұмысқа шыға алмайтындар: {count} ({share})</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a blank</source>
        <translation>Бланкті беру</translation>
    </message>
    <message>
        <source>as printed on the blank, e.g. JB</source>
        <translation>бланкте басылғандай, мысалы JB</translation>
    </message>
    <message>
        <source>The next free number of the series is suggested; type the blank&apos;s own.</source>
        <translation>Серияның келесі бос нөмірі ұсынылады; бланктің өз нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>With honours (distinction)</source>
        <translation>Үздік (үздік диплом)</translation>
    </message>
    <message>
        <source>The rule that decides a diploma with distinction could not be confirmed from the legal acts: Zhospar does not compute it. The registrar sets this flag.</source>
        <translation>Үздік дипломды анықтайтын ереже нормативтік құқықтық актілерден расталмады: Zhospar оны есептемейді. Бұл белгіні тіркеуші қояды.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Graduate *</source>
        <translation>Түлек *</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Данасының тілі</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Сериясы *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Нөмірі *</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date of issue *</source>
        <translation>Берілген күні *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Алған адам</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Беру…</translation>
    </message>
    <message>
        <source>the graduate</source>
        <translation>түлек</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <source>Choose the graduate the blank is issued to: the group chosen has no graduates.</source>
        <translation>Бланк берілетін түлекті таңдаңыз: таңдалған топта түлектер жоқ.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as issued to {student} on {date}?

A number entered in the register is never used again.</source>
        <translation>{kind} {series} № {number} {date} күні {student} атына берілді деп тіркелсін бе?

Тіркеу кітабына енгізілген нөмір қайта ешқашан қолданылмайды.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} issued to {student}.</source>
        <translation>Тіркелді: {kind} {series} № {number} {student} атына берілді.</translation>
    </message>
</context>
<context>
    <name>LeaveDetailsDialog</name>
    <message>
        <source>Academic leave</source>
        <translation>Академиялық демалыс</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Демалыс аяқталатын күн</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>Демалыс басталғаннан кейін аяқталуы керек: аяқталу күні {until}, бұйрық {on} бастап күшіне енеді.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library textbook counts</source>
        <translation>Кітапханадағы оқулықтар саны</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>All textbooks</source>
        <translation>Барлық оқулықтар</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Қазақ тіліндегі оқулықтар</translation>
    </message>
    <message>
        <source>Textbook count</source>
        <translation>Оқулықтар саны</translation>
    </message>
    <message>
        <source>Delete the count of {year}?</source>
        <translation>{year} жылғы санды жою керек пе?</translation>
    </message>
</context>
<context>
    <name>LoadComponents</name>
    <message>
        <source>Theory</source>
        <translation>Теория</translation>
    </message>
    <message>
        <source>Practical and laboratory</source>
        <translation>Практикалық және зертханалық</translation>
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
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Exams and attestation</source>
        <translation>Емтихандар және аттестаттау</translation>
    </message>
    <message>
        <source>Practice supervision</source>
        <translation>Практика жетекшілігі</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Teacher load</source>
        <translation>Педагогикалық жүктеме</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Оқу жылы:</translation>
    </message>
    <message>
        <source>Copy last year&apos;s assignment</source>
        <translation>Өткен жылғы бөлуді көшіру</translation>
    </message>
    <message>
        <source>Each open row gets the teacher who had it last year: the same group a year on, or the group now in that course of the same curriculum. Rows already given stay as they are.</source>
        <translation>Әр бос жолға өткен жылы оны жүргізген педагог беріледі: бір курс жоғары сол топ немесе сол оқу жоспарының сол курсындағы қазіргі топ. Бұрын берілген жолдар өзгермейді.</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Штат…</translation>
    </message>
    <message>
        <source>The teachers, their tarification details and departments</source>
        <translation>Педагогтар, олардың тарификация деректері және комиссиялар</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>The tarification list, the load cards, the department&apos;s summary and the fulfilment report, in Kazakh or Russian</source>
        <translation>Тарификациялық тізім, жүктеме карточкалары, комиссия жиынтығы және орындалу есебі — қазақша немесе орысша</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Топтар бойынша</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>Педагогтар бойынша</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Комиссиялар бойынша</translation>
    </message>
    <message>
        <source>Curriculum changes</source>
        <translation>Жоспар өзгерістері</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Берілген сағаттар</translation>
    </message>
    <message>
        <source>Norm of one rate: {annual} h a year ({weekly} h a week). Rates from {least} to {most}.</source>
        <translation>Бір мөлшерлеменің нормасы: жылына {annual} сағ. (аптасына {weekly} сағ.). Мөлшерлемелер {least}-ден {most}-ге дейін.</translation>
    </message>
    <message>
        <source>These figures are not confirmed by the text of an act: check them against your college&apos;s order before the tarification (Help explains).</source>
        <translation>Бұл сандар нормативтік акт мәтінімен расталмаған: тарификацияға дейін оларды колледж бұйрығымен салыстырыңыз (Анықтамада түсіндірілген).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(комиссиясыз)</translation>
    </message>
    <message>
        <source>{total} of {norm} h</source>
        <translation>{norm} сағ. ішінен {total}</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Алдымен педагогтарды қосыңыз: Штат…</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Copying last year&apos;s assignment…</source>
        <translation>Өткен жылғы бөлу көшірілуде…</translation>
    </message>
    <message>
        <source>Nothing to copy: last year ({year}) has no assignment for the rows still open.</source>
        <translation>Көшіретін ештеңе жоқ: өткен жылы ({year}) бос жолдарға бөлу жоқ.</translation>
    </message>
    <message>
        <source>{count} assignments copied from {year}; Ctrl+Z takes them back.</source>
        <translation>{year} жылынан {count} тағайындау көшірілді; Ctrl+Z болдырмайды.</translation>
    </message>
</context>
<context>
    <name>LoadPrintDialog</name>
    <message>
        <source>Print the teacher-load documents, {year}</source>
        <translation>Педагогикалық жүктеме құжаттарын басып шығару, {year}</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>One file: choose its folder and name; several: their folder.</source>
        <translation>Бір файл: қалтасы мен атауын таңдаңыз; бірнеше файл: олардың қалтасын.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Файлдарды жазу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Tarification list</source>
        <translation>Тарификациялық тізім</translation>
    </message>
    <message>
        <source>Individual load cards</source>
        <translation>Жеке жүктеме карточкалары</translation>
    </message>
    <message>
        <source>Department summary</source>
        <translation>Комиссия жиынтығы</translation>
    </message>
    <message>
        <source>Load fulfilment report</source>
        <translation>Жүктеменің орындалуы туралы есеп</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <source>Draft (marked on every page)</source>
        <translation>Жоба (әр бетте белгіленеді)</translation>
    </message>
    <message>
        <source>For checking before the director approves the list.</source>
        <translation>Директор тізімді бекіткенге дейін тексеру үшін.</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Күзгі семестр</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Көктемгі семестр</translation>
    </message>
    <message>
        <source>Only the department chosen above</source>
        <translation>Тек жоғарыда таңдалған комиссия</translation>
    </message>
    <message>
        <source>All teachers with load: {count}</source>
        <translation>Жүктемесі бар барлық педагогтар: {count}</translation>
    </message>
    <message>
        <source>Only the teachers ticked below</source>
        <translation>Төменде белгіленген педагогтар ғана</translation>
    </message>
    <message>
        <source>No teacher has load in {year} yet: distribute the hours first.</source>
        <translation>{year} оқу жылында әлі ешбір педагогқа жүктеме берілмеген: алдымен сағаттарды бөліңіз.</translation>
    </message>
    <message>
        <source>No department (cycle commission) is set up: add one under Staff…, Departments… first.</source>
        <translation>Бірде-бір пәндік-циклдік комиссия жоқ: алдымен оны «Штат…», «Пәндік-циклдік комиссиялар…» арқылы қосыңыз.</translation>
    </message>
    <message>
        <source>Choose the document to print.</source>
        <translation>Басып шығаратын құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Tick PDF or Excel workbook.</source>
        <translation>PDF немесе Excel кітабын белгілеңіз.</translation>
    </message>
    <message>
        <source>Tick the teachers whose cards to print.</source>
        <translation>Карточкалары басылатын педагогтарды белгілеңіз.</translation>
    </message>
    <message>
        <source>The department {name} has no teachers.</source>
        <translation>«{name}» комиссиясында педагог жоқ.</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Файлдарға арналған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Құжаттарға арналған қалта</translation>
    </message>
    <message>
        <source>reading the load</source>
        <translation>жүктеме оқылуда</translation>
    </message>
    <message>
        <source>writing the files</source>
        <translation>файлдар жазылуда</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Жазылмады</translation>
    </message>
    <message>
        <source>Writing the documents…</source>
        <translation>Құжаттар жазылуда…</translation>
    </message>
    <message>
        <source>Documents written</source>
        <translation>Құжаттар жазылды</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>{folder} қалтасына жазылды:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>over the norm by {hours} h</source>
        <translation>нормадан {hours} сағ. артық</translation>
    </message>
    <message>
        <source>under the norm by {hours} h</source>
        <translation>нормадан {hours} сағ. кем</translation>
    </message>
    <message>
        <source>at the norm</source>
        <translation>нормада</translation>
    </message>
    <message>
        <source>more than {rates} rates</source>
        <translation>{rates} мөлшерлемеден артық</translation>
    </message>
    <message>
        <source>less than {rates} rate</source>
        <translation>{rates} мөлшерлемеден кем</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
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
        <source>Demo college ({path})</source>
        <translation>Демо-колледж ({path})</translation>
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
        <source>NEDB round {round} is open: the contingent is not exported yet</source>
        <translation>ҰБДҚ кезеңі ашық ({round}): контингент әлі экспортталмаған</translation>
    </message>
    <message>
        <source>The college profile was saved.</source>
        <translation>Колледж профилі сақталды.</translation>
    </message>
    <message>
        <source>The demo college is open: a made-up college to try everything on.</source>
        <translation>Демо-колледж ашық: бәрін сынап көруге арналған ойдан құрылған колледж.</translation>
    </message>
    <message>
        <source>Opened: {name}</source>
        <translation>Ашылды: {name}</translation>
    </message>
    <message>
        <source>The database used last was not found ({path}). {opened}</source>
        <translation>Соңғы пайдаланылған дерекқор табылмады ({path}). {opened}</translation>
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
    <name>MentorColumns</name>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Білім алушылар</translation>
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
        <source>The database server refused this to Zhospar&apos;s account: the database needs an upgrade that its administrator runs (zhospar-cli migrate, then zhospar-cli grant), or the account lacks a privilege. Ask the administrator of the database server.</source>
        <translation>Дерекқор сервері мұны Zhospar тіркелгісіне рұқсат етпеді: дерекқорды оның әкімшісі жаңартуы керек (zhospar-cli migrate, содан кейін zhospar-cli grant) немесе тіркелгіге құқық жетіспейді. Дерекқор серверінің әкімшісіне жүгініңіз.</translation>
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
        <source>has digits of another script (full-width, as some programs copy them): type the 12 digits again with the keyboard</source>
        <translation>басқа жазудың цифрлары бар (кейбір бағдарламалар көшіретін кең цифрлар): 12 цифрды пернетақтадан қайта теріңіз</translation>
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
        <source>the file cannot be written ({detail}); choose another folder or close the file in the other program</source>
        <translation>файлды жазу мүмкін емес ({detail}); басқа қалтаны таңдаңыз немесе файлды басқа бағдарламада жабыңыз</translation>
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
    <message>
        <source>a group “{code}” already exists</source>
        <translation>«{code}» тобы бұрыннан бар</translation>
    </message>
    <message>
        <source>“{code}” is not in the classifier</source>
        <translation>«{code}» жіктеуіште жоқ</translation>
    </message>
    <message>
        <source>“{value}” is not a year of intake</source>
        <translation>«{value}» қабылдау жылы емес</translation>
    </message>
    <message>
        <source>{value} months is not a duration of study (1 to 60)</source>
        <translation>{value} ай оқу мерзімі бола алмайды (1-ден 60-қа дейін)</translation>
    </message>
    <message>
        <source>the group has {count} students or movements and cannot be deleted</source>
        <translation>топта {count} студент немесе қозғалыс бар, оны жоюға болмайды</translation>
    </message>
    <message>
        <source>{value} is not a possible birth date</source>
        <translation>{value} мүмкін туған күн емес</translation>
    </message>
    <message>
        <source>“{value}” is not a two-letter country code (KZ, RU, UZ…)</source>
        <translation>«{value}» екі әріпті ел коды емес (KZ, RU, UZ…)</translation>
    </message>
    <message>
        <source>choose the category of special needs first</source>
        <translation>алдымен ерекше қажеттілік санатын таңдаңыз</translation>
    </message>
    <message>
        <source>a place can be given only to a student who needs one</source>
        <translation>орын тек қажет ететін студентке беріледі</translation>
    </message>
    <message>
        <source>{value} is already the IIN of {name}</source>
        <translation>{value} — {name} студентінің ЖСН-і</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>«{value}» берілген нұсқалардың бірі емес</translation>
    </message>
    <message>
        <source>choose at least one student</source>
        <translation>кемінде бір студентті таңдаңыз</translation>
    </message>
    <message>
        <source>{name} cannot be moved so: the student is {status}</source>
        <translation>{name} үшін бұл қозғалыс мүмкін емес: студент — {status}</translation>
    </message>
    <message>
        <source>{name} is already in that group</source>
        <translation>{name} осы топта оқиды</translation>
    </message>
    <message>
        <source>{name} has movements or records that build on it; make a new order instead</source>
        <translation>{name}: бұған негізделген кейінгі қозғалыстар немесе жазбалар бар; оның орнына жаңа бұйрық шығарыңыз</translation>
    </message>
    <message>
        <source>this is not NEDB&apos;s contingent file: a UTF-16 text file with a byte-order mark is expected</source>
        <translation>бұл ҰБДҚ контингент файлы емес: байт реті белгісі бар UTF-16 мәтіндік файлы күтіледі</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text (it breaks at byte {detail}): export it from NEDB again</source>
        <translation>файл UTF-16 мәтіні емес ({detail}-байтта қате): оны ҰБДҚ-дан қайта жүктеп алыңыз</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>файлда тақырып жолы жоқ</translation>
    </message>
    <message>
        <source>the file has a header but no students: it was cut short or exported empty; export it from NEDB again</source>
        <translation>файлда тақырып бар, бірақ студенттер жоқ: ол толық жүктелмеген немесе бос экспортталған; оны ҰБДҚ-дан қайта жүктеп алыңыз</translation>
    </message>
    <message>
        <source>the line has a different number of cells than the header (in the line / in the header: {detail})</source>
        <translation>жолдағы ұяшықтар саны тақырыптағыдан өзгеше (жолда / тақырыпта: {detail})</translation>
    </message>
    <message>
        <source>the file lacks the columns {columns}</source>
        <translation>файлда {columns} бағандары жоқ</translation>
    </message>
    <message>
        <source>“{value}” is not understood; expected one of: {expected}</source>
        <translation>«{value}» түсініксіз; мыналардың бірі күтіледі: {expected}</translation>
    </message>
    <message>
        <source>the student left on {left_on} but has no enrolment date</source>
        <translation>студент {left_on} шығып кеткен, бірақ оқуға қабылданған күні жоқ</translation>
    </message>
    <message>
        <source>the leaving date {value} is before the enrolment date {enrolled_on}</source>
        <translation>шығу күні {value} қабылдау күнінен {enrolled_on} бұрын</translation>
    </message>
    <message>
        <source>the enrolment, leave and leaving dates do not follow one another (the student would be {status})</source>
        <translation>қабылдау, академиялық демалыс және шығу күндері ретімен келмейді (студент мына күйде болар еді: {status})</translation>
    </message>
    <message>
        <source>“{value}” is outside {first} – {last}</source>
        <translation>«{value}» {first} – {last} аралығынан тыс</translation>
    </message>
    <message>
        <source>holds an invisible control or direction-changing character ({character}); type it again</source>
        <translation>көрінбейтін басқару немесе бағыт өзгертетін таңба бар ({character}); мәтінді қайта теріңіз</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: digits, spaces, +, - and brackets are expected, at least 10 digits, like +7 701 234 56 78 or 8 (7172) 12-34-56</source>
        <translation>«{value}» — телефон нөмірі емес: цифрлар, бос орындар, +, - және жақшалар күтіледі, кемінде 10 цифр, мысалы +7 701 234 56 78 немесе 8 (7172) 12-34-56</translation>
    </message>
    <message>
        <source>the database changed while the file was being read (another import at the same time?); nothing was imported: read the file again</source>
        <translation>файл оқылып жатқанда дерекқор өзгерді (бір мезгілде басқа импорт жүрді ме?); ештеңе импортталмады: файлды қайта оқыңыз</translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation>{path} файлы жоқ</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — файл емес, қалта</translation>
    </message>
    <message>
        <source>you may not read {path}: copy the file or ask the administrator for access</source>
        <translation>{path} файлын оқуға рұқсат жоқ: файлды көшіріңіз немесе әкімшіден рұқсат сұраңыз</translation>
    </message>
    <message>
        <source>the folder {path} does not exist: create it or choose another</source>
        <translation>{path} қалтасы жоқ: оны жасаңыз немесе басқасын таңдаңыз</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx and try again</source>
        <translation>файл Excel кітабы (.xlsx) емес: оны Excel-де .xlsx ретінде сақтап, қайталаңыз</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read: open it in Excel, save it again and try again</source>
        <translation>кітап зақымдалған, оқылмайды: оны Excel-де ашып, қайта сақтаңыз да, қайталаңыз</translation>
    </message>
    <message>
        <source>the workbook is too large to read (at most {limit} MB unpacked and {rows} rows): delete the unused rows and columns</source>
        <translation>кітап тым үлкен (ашқанда {limit} МБ және {rows} жолдан аспауы керек): артық жолдар мен бағандарды жойыңыз</translation>
    </message>
    <message>
        <source>the workbook has no sheet with cells (a chart sheet cannot be read)</source>
        <translation>кітапта ұяшықтары бар парақ жоқ (диаграмма парағы оқылмайды)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» сан емес</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» бүтін сан емес</translation>
    </message>
    <message>
        <source>“{value}” is out of range: a number from {low} to {high} is expected</source>
        <translation>«{value}» рұқсат етілген шектен тыс: {low} мен {high} аралығындағы сан күтіледі</translation>
    </message>
    <message>
        <source>has {length} characters, more than the {limit} that fit</source>
        <translation>{length} таңбадан тұрады, ал ең көбі {limit} таңба сыяды</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: write 96, or hours and credits as 96с-4к (at most {limit} hours)</source>
        <translation>«{value}» сағат саны емес: 96 деп немесе сағат пен кредитті 96с-4к түрінде жазыңыз (ең көбі {limit} сағат)</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>«{value}» мыналардың бірі емес: {allowed}</translation>
    </message>
    <message>
        <source>the section of “{value}” is not known: fill in the section column or start the code with ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К or Ф</source>
        <translation>«{value}» бөлімі белгісіз: бөлім бағанын толтырыңыз немесе кодты ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К не Ф әрпімен бастаңыз</translation>
    </message>
    <message>
        <source>no header row of a curriculum (with the columns code and hours) was found</source>
        <translation>оқу жоспарының тақырып жолы («коды» мен «сағат» бағандарымен) табылмады</translation>
    </message>
    <message>
        <source>the subtotal “{name}” says {written} hours but its rows add up to {sum}: correct the subtotal or the rows above it</source>
        <translation>«{name}» аралық қорытындысында {written} сағат жазылған, ал оның жолдарының қосындысы {sum}: қорытындыны немесе оның үстіндегі жолдарды түзетіңіз</translation>
    </message>
    <message>
        <source>“{value}” has no hours: write them in the hours column or in its semesters</source>
        <translation>«{value}» жолында сағат жоқ: оларды сағат бағанына немесе семестрлерге жазыңыз</translation>
    </message>
    <message>
        <source>the header of a curriculum is on row {header}, but no row under it has a subject, module or outcome with hours</source>
        <translation>оқу жоспарының тақырып жолы {header}-жолда, бірақ оның астында сағаты бар пән, модуль немесе оқыту нәтижесі жоқ</translation>
    </message>
    <message>
        <source>the control “{value}” falls in semester {semester}, where the row has no hours: write the semester in which the row is taught</source>
        <translation>«{value}» бақылауы {semester}-семестрге түседі, ал бұл жолдың ол семестрде сағаты жоқ: жол оқытылатын семестрді жазыңыз</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum that can be read: a header row naming the index (code), name and hours columns over a row for each subject, module or outcome was expected, or a summary sheet with a column for each subject over a row of hours (96 or 96с-4к)</source>
        <translation>«{sheet}» парағында оқылатын оқу жоспары жоқ: индекс (коды), атауы және сағат бағандары аталған тақырып жолы және оның астында әр пәнге, модульге не оқыту нәтижесіне бір жол, не болмаса сағат жолының үстінде әр пәнге бір бағаны бар жиынтық ведомость (96 немесе 96с-4к) күтілген еді</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {sheets}</source>
        <translation>кітапта «{sheet}» парағы жоқ; оның парақтары: {sheets}</translation>
    </message>
    <message>
        <source>the semester columns hold hours a week, but the weeks of each semester are not written under them: write the weeks under each semester (17 апта / 17 нед.) or the semester&apos;s hours instead</source>
        <translation>семестр бағандарында аптасына сағат жазылған, бірақ олардың астында әр семестрдің апта саны жазылмаған: әр семестрдің астына апта санын жазыңыз (17 апта / 17 нед.) немесе оның орнына семестрдің сағатын жазыңыз</translation>
    </message>
    <message>
        <source>the intake year of the sheet “{sheet}” is written neither on the sheet nor in the file name: give it (a year from {low} to {high})</source>
        <translation>«{sheet}» парағының қабылдау жылы парақта да, файл атауында да жазылмаған: оны көрсетіңіз ({low} жылдан {high} жылға дейін)</translation>
    </message>
    <message>
        <source>the key {row} is used by more than one row</source>
        <translation>{row} кілті бірнеше жолда қолданылған</translation>
    </message>
    <message>
        <source>row {row} belongs to {parent}, which is not in the curriculum</source>
        <translation>{row} жолы {parent} құрамында, бірақ ол жоспарда жоқ</translation>
    </message>
    <message>
        <source>row {row} has fewer than 0 hours</source>
        <translation>{row} жолында сағат саны теріс</translation>
    </message>
    <message>
        <source>{value} is already on line {row}</source>
        <translation>{value} {row}-жолда бар</translation>
    </message>
    <message>
        <source>“{value}” is not in the classifier; add it there first</source>
        <translation>«{value}» жіктеуіште жоқ; алдымен оны сонда қосыңыз</translation>
    </message>
    <message>
        <source>the group {value} is new: its course and duration of study are needed to create it</source>
        <translation>{value} тобы жаңа: оны құру үшін курсы мен оқу мерзімі керек</translation>
    </message>
    <message>
        <source>“{value}” is not a sex: write М/Ж, M/F or Ер/Әйел</source>
        <translation>«{value}» жынысты білдірмейді: М/Ж, M/F немесе Ер/Әйел деп жазыңыз</translation>
    </message>
    <message>
        <source>choose the column that holds it</source>
        <translation>оны қамтитын бағанды таңдаңыз</translation>
    </message>
    <message>
        <source>{name} has not graduated: employment is recorded for graduates</source>
        <translation>{name} бітірмеген: жұмысқа орналасу түлектерге жазылады</translation>
    </message>
    <message>
        <source>{kazakh} Kazakh-language textbooks cannot be more than all {total}</source>
        <translation>қазақ тіліндегі {kazakh} оқулық барлық {total} оқулықтан көп бола алмайды</translation>
    </message>
    <message>
        <source>is before the graduation on {date}</source>
        <translation>{date} бітіру күнінен бұрын</translation>
    </message>
    <message>
        <source>is after {date}: the indicator counts the first year after graduation</source>
        <translation>{date} күнінен кейін: көрсеткіш бітіргеннен кейінгі бірінші жылды есептейді</translation>
    </message>
    <message>
        <source>{iin} is not the IIN of a graduate of {year}</source>
        <translation>{iin} — {year} жылғы түлектің ЖСН-і емес</translation>
    </message>
    <message>
        <source>{iin} is on the sheet twice</source>
        <translation>{iin} парақта екі рет бар</translation>
    </message>
    <message>
        <source>the count of {year} was just saved elsewhere; open the list again</source>
        <translation>{year} жылғы сан басқа жерде жаңа ғана сақталды; тізімді қайта ашыңыз</translation>
    </message>
    <message>
        <source>there is no group “{value}”; create it on the Groups tab first</source>
        <translation>«{value}» тобы жоқ; алдымен оны «Топтар» қойындысында құрыңыз</translation>
    </message>
    <message>
        <source>an enterprise with BIN {value} is already recorded</source>
        <translation>БСН {value} кәсіпорын бұрыннан жазылған</translation>
    </message>
    <message>
        <source>the mentor works at another enterprise</source>
        <translation>тәлімгер басқа кәсіпорында жұмыс істейді</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number of hours</source>
        <translation>{code}: {value} сағат саны емес</translation>
    </message>
    <message>
        <source>not possible for a contract that is {status}</source>
        <translation>мәртебесі «{status}» шарт үшін мүмкін емес</translation>
    </message>
    <message>
        <source>the student is under 18: the legal representative signs too</source>
        <translation>білім алушы 18-ге толмаған: заңды өкілі де қол қояды</translation>
    </message>
    <message>
        <source>the appendix has no periods yet</source>
        <translation>қосымшада әлі кезеңдер жоқ</translation>
    </message>
    <message>
        <source>the appendix was handed to the student and is not changed any more</source>
        <translation>қосымша білім алушыға берілді, енді өзгертілмейді</translation>
    </message>
    <message>
        <source>the student already has contract № {number}; end or terminate it first</source>
        <translation>білім алушының № {number} шарты бар; алдымен оны аяқтаңыз немесе бұзыңыз</translation>
    </message>
    <message>
        <source>№ {number} is already another contract&apos;s number; give this one its own</source>
        <translation>№ {number} басқа шартқа берілген; бұл шартқа өз нөмірін беріңіз</translation>
    </message>
    <message>
        <source>module {code} is listed twice: keep one line with all its hours</source>
        <translation>{code} модулі екі рет көрсетілген: оның барлық сағаты бар бір жолды қалдырыңыз</translation>
    </message>
    <message>
        <source>{hours} hours are more than {days} days allow ({most} at 8 hours a day; a plausibility check, not a legal limit)</source>
        <translation>{hours} сағат {days} күнге сыятыннан көп (күніне 8 сағаттан ең көбі {most}; бұл заңдағы шек емес, шынайылықты тексеру ғана)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} сома емес</translation>
    </message>
    <message>
        <source>{name} cannot order training: a medium or large enterprise outside the agro-industrial sector is required</source>
        <translation>{name} даярлауға тапсырыс бере алмайды: агроөнеркәсіптік секторға жатпайтын орта немесе ірі кәсіпорын қажет</translation>
    </message>
    <message>
        <source>{value} is not a number of places</source>
        <translation>{value} орын саны емес</translation>
    </message>
    <message>
        <source>{name} is not a large enterprise: memoranda are made with large ones</source>
        <translation>{name} ірі кәсіпорын емес: меморандумдар ірі кәсіпорындармен жасалады</translation>
    </message>
    <message>
        <source>“{value}” is not an account number (IBAN): KZ and 18 characters with the right check digits</source>
        <translation>«{value}» шот нөмірі (IBAN) емес: KZ және бақылау цифрлары дұрыс 18 таңба болуы керек</translation>
    </message>
    <message>
        <source>“{value}” is not a bank BIC: 8 or 11 Latin letters and digits</source>
        <translation>«{value}» банктің БСК-сы емес: 8 немесе 11 латын әрпі мен цифр</translation>
    </message>
    <message>
        <source>aspect {aspect} is listed twice</source>
        <translation>{aspect} аспектісі екі рет көрсетілген</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is not a maximum mark</source>
        <translation>{aspect} аспектісі: {value} ең жоғары балл бола алмайды</translation>
    </message>
    <message>
        <source>the maximum marks sum to {value}, not 100</source>
        <translation>ең жоғары балдардың қосындысы 100 емес, {value}</translation>
    </message>
    <message>
        <source>aspect {aspect} is measured: one score is expected</source>
        <translation>{aspect} аспектісі өлшенеді: бір балл керек</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is more than its maximum or below 0</source>
        <translation>{aspect} аспектісі: {value} ең жоғары балдан асады немесе 0-ден кем</translation>
    </message>
    <message>
        <source>aspect {aspect} is judged: three judges&apos; scores are expected</source>
        <translation>{aspect} аспектісі судьялармен бағаланады: үш судьяның балы керек</translation>
    </message>
    <message>
        <source>aspect {aspect}: each judge gives a whole 0, 1, 2 or 3 ({value})</source>
        <translation>{aspect} аспектісі: әр судья 0, 1, 2 немесе 3 бүтін балл қояды ({value})</translation>
    </message>
    <message>
        <source>there is no aspect {aspect} in the marking scheme</source>
        <translation>бағалау схемасында {aspect} аспектісі жоқ</translation>
    </message>
    <message>
        <source>aspects {aspects} have no marks yet: type 0 where the candidate did not do the task, or clear the whole row to leave it not scored</source>
        <translation>{aspects} аспектілерінде әлі балл жоқ: үміткер тапсырманы орындамаса 0 қойыңыз, немесе жолды бағаланбаған күйде қалдыру үшін оны толық тазартыңыз</translation>
    </message>
    <message>
        <source>{value} is not a pass mark (above 0, at most 100)</source>
        <translation>{value} өту балы бола алмайды (0-ден жоғары, 100-ден аспайды)</translation>
    </message>
    <message>
        <source>the session has no tasks to draw from</source>
        <translation>сессияда жеребе тартатын тапсырмалар жоқ</translation>
    </message>
    <message>
        <source>the session has no marking scheme</source>
        <translation>сессияда бағалау схемасы жоқ</translation>
    </message>
    <message>
        <source>{value} is not a candidate of this session</source>
        <translation>{value} осы сессияның үміткері емес</translation>
    </message>
    <message>
        <source>{count} candidates present have no scores yet</source>
        <translation>келген {count} үміткердің әлі балы жоқ</translation>
    </message>
    <message>
        <source>the session has no expert panel: add the experts on the Panel tab first (they sign the protocol)</source>
        <translation>сессияның сарапшылар тобы жоқ: алдымен «Сарапшылар тобы» қойындысында сарапшыларды қосыңыз (олар хаттамаға қол қояды)</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of aspect: write M (measurement) or J (judgement)</source>
        <translation>«{value}» аспект түрі емес: M (өлшеу) немесе J (бағалау) деп жазыңыз</translation>
    </message>
    <message>
        <source>the session has results: it is kept as the record of the exam</source>
        <translation>сессияның нәтижелері бар: ол емтиханның жазбасы ретінде сақталады</translation>
    </message>
    <message>
        <source>{value} is outside the grading scale</source>
        <translation>{value} бағалау шкаласынан тыс</translation>
    </message>
    <message>
        <source>the session is on {date}: scores are entered on or after that day</source>
        <translation>сессия {date} күні: балдар сол күні немесе одан кейін енгізіледі</translation>
    </message>
    <message>
        <source>draw the task first: the candidates are marked on the task drawn by lot</source>
        <translation>алдымен тапсырманы жеребемен таңдаңыз: үміткерлер жеребемен таңдалған тапсырма бойынша бағаланады</translation>
    </message>
    <message>
        <source>errors remain ({count}); correct them in the list under the plan, then approve</source>
        <translation>қателер қалды ({count}): оларды жоспардың астындағы тізім бойынша түзетіп, содан кейін бекітіңіз</translation>
    </message>
    <message>
        <source>only a draft can be changed or approved; make a new version to change it</source>
        <translation>тек жобаны өзгертуге немесе бекітуге болады; өзгерту үшін жаңа нұсқасын жасаңыз</translation>
    </message>
    <message>
        <source>only an approved curriculum can be archived</source>
        <translation>тек бекітілген оқу жоспарын мұрағатқа жіберуге болады</translation>
    </message>
    <message>
        <source>final grades ({count}) were given against this curriculum&apos;s rows: it cannot be deleted</source>
        <translation>осы оқу жоспарының жолдары бойынша қорытынды бағалар ({count}) қойылған: оны жоюға болмайды</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer} (since {since}): it cannot be deleted while it is open there</source>
        <translation>оны {who} {computer} компьютерінде өңдеп жатыр ({since} уақытынан бері): ол сонда ашық тұрғанда оны жоюға болмайды</translation>
    </message>
    <message>
        <source>this curriculum is still a draft: change it directly, no new version is needed</source>
        <translation>бұл оқу жоспары әлі жоба: оны тікелей өзгертіңіз, жаңа нұсқа қажет емес</translation>
    </message>
    <message>
        <source>the grading scale has no bands</source>
        <translation>бағалау шкаласында диапазондар жоқ</translation>
    </message>
    <message>
        <source>band {index} of the grading scale needs from, to (whole percents), a letter, points and a traditional grade</source>
        <translation>бағалау шкаласының {index}-диапазонына «бастап», «дейін» (бүтін пайыз), әріп, балл және дәстүрлі баға керек</translation>
    </message>
    <message>
        <source>the band {letter} starts at {low}% but ends at {high}%</source>
        <translation>{letter} диапазоны {low}%-дан басталады, бірақ {high}%-да аяқталады</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) goes outside 0-100%</source>
        <translation>{letter} диапазоны ({low}-{high}%) 0-100% шегінен шығады</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in no band of the grading scale</source>
        <translation>{low}-{high} пайыздары бағалау шкаласының ешбір диапазонына кірмейді</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in both bands {first} and {second}</source>
        <translation>{low}-{high} пайыздары {first} және {second} диапазондарының екеуіне де кіреді</translation>
    </message>
    <message>
        <source>the letter {letter} is given to more than one band</source>
        <translation>{letter} әрпі бірнеше диапазонға берілген</translation>
    </message>
    <message>
        <source>the band {letter} has {points} points: 0 to 4 are expected</source>
        <translation>{letter} диапазонында {points} балл: 0-ден 4-ке дейін күтіледі</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) has more points ({points}) than the band {above} above it ({above_points})</source>
        <translation>{letter} диапазонында ({low}-{high}%) балл ({points}) одан жоғары тұрған {above} диапазонынан ({above_points}) көп</translation>
    </message>
    <message>
        <source>the band {letter} gives the traditional grade “{traditional}”, which is not one of: {known}</source>
        <translation>{letter} диапазоны «{traditional}» дәстүрлі бағасын береді, ол мыналардың бірі емес: {known}</translation>
    </message>
    <message>
        <source>the band {letter} gives a better traditional grade than the band {above} above it</source>
        <translation>{letter} диапазоны одан жоғары тұрған {above} диапазонынан жақсырақ дәстүрлі баға береді</translation>
    </message>
    <message>
        <source>the traditional grade “{traditional}” needs its words in Kazakh, Russian and English</source>
        <translation>«{traditional}» дәстүрлі бағасына қазақша, орысша және ағылшынша сөздері керек</translation>
    </message>
    <message>
        <source>“{value}” is not a percent: a number from 0 to 100 is expected</source>
        <translation>«{value}» пайыз емес: 0-ден 100-ге дейінгі сан күтіледі</translation>
    </message>
    <message>
        <source>{value} is not a percent from 0 to 100</source>
        <translation>{value} — 0-ден 100-ге дейінгі пайыз емес</translation>
    </message>
    <message>
        <source>“{value}” is not a percent of “{item}”: a number from 0 to 100 is expected, or сынақ / зачтено for a pass</source>
        <translation>«{value}» — «{item}» пәнінің пайызы емес: 0-ден 100-ге дейінгі сан немесе сынақ үшін сынақ / зачтено күтіледі</translation>
    </message>
    <message>
        <source>{value} is not a percent of “{item}”: a number from 0 to 100 is expected</source>
        <translation>{value} — «{item}» пәнінің пайызы емес: 0-ден 100-ге дейінгі сан күтіледі</translation>
    </message>
    <message>
        <source>“{item}” has “{value}” but no percent: write the percent (0-100), from which the letter, points and traditional grade follow</source>
        <translation>«{item}» пәнінде «{value}» бар, бірақ пайыз жоқ: пайызды (0-100) жазыңыз, әріп, балл және дәстүрлі баға содан шығады</translation>
    </message>
    <message>
        <source>the letter {letter} of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>«{item}» пәнінің {letter} әрпі {percent}%-ға сәйкес келмейді: бағалау шкаласы бойынша {expected} күтіледі</translation>
    </message>
    <message>
        <source>{points} points of “{item}” do not agree with {percent}%: {expected} are expected by the grading scale</source>
        <translation>«{item}» пәнінің {points} балы {percent}%-ға сәйкес келмейді: бағалау шкаласы бойынша {expected} күтіледі</translation>
    </message>
    <message>
        <source>“{value}” is not the points of “{item}”: a number from 0 to 4 is expected</source>
        <translation>«{value}» — «{item}» пәнінің балы емес: 0-ден 4-ке дейінгі сан күтіледі</translation>
    </message>
    <message>
        <source>“{traditional}” of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>«{item}» пәнінің «{traditional}» бағасы {percent}%-ға сәйкес келмейді: бағалау шкаласы бойынша {expected} күтіледі</translation>
    </message>
    <message>
        <source>“{value}” of “{item}” is not a traditional grade: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (or 5, 4, 3, 2, or the Russian words), or сынақ / зачтено is expected</source>
        <translation>«{item}» пәнінің «{value}» мәні дәстүрлі баға емес: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (немесе 5, 4, 3, 2, немесе орысша сөздер), не сынақ / зачтено күтіледі</translation>
    </message>
    <message>
        <source>the formula of “{item}” gives the error {value}: correct the formula or type the grade</source>
        <translation>«{item}» формуласы {value} қатесін береді: формуланы түзетіңіз немесе бағаны теріңіз</translation>
    </message>
    <message>
        <source>the grades of the sheet “{sheet}” are all 5 or less: they look like traditional marks (5, 4, 3, 2), but the percent (0-100) of each grade is expected, from which the letter, points and traditional grade follow</source>
        <translation>«{sheet}» парағындағы бағалардың бәрі 5 немесе одан аз: олар дәстүрлі бағаларға (5, 4, 3, 2) ұқсайды, бірақ әр бағаның пайызы (0-100) күтіледі, әріп, балл және дәстүрлі баға содан шығады</translation>
    </message>
    <message>
        <source>the row has grades but no student&apos;s name: write the full name in column {column}</source>
        <translation>жолда бағалар бар, бірақ студенттің аты-жөні жоқ: {column} бағанына толық аты-жөнін жазыңыз</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is not a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>«{sheet}» парағы бағалар ведомосі емес: п / б / цэ / трад бағандары бар пәндер, немесе сағаттар жолының астында әр пәнге бір баған, немесе аты-жөндердің үстінде «Аты-жөні», бағалардың үстінде жол кодтары бар тақырып жолы күтілді</translation>
    </message>
    <message>
        <source>no sheet of the workbook is a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>кітаптың бірде-бір парағы бағалар ведомосі емес: п / б / цэ / трад бағандары бар пәндер, немесе сағаттар жолының астында әр пәнге бір баған, немесе аты-жөндердің үстінде «Аты-жөні», бағалардың үстінде жол кодтары бар тақырып жолы күтілді</translation>
    </message>
    <message>
        <source>the group {group} has no curriculum: choose its curriculum on the Groups tab first</source>
        <translation>{group} тобының оқу жоспары жоқ: алдымен Топтар қойындысында оның оқу жоспарын таңдаңыз</translation>
    </message>
    <message>
        <source>{student} is not a student of the group {group}</source>
        <translation>{student} — {group} тобының студенті емес</translation>
    </message>
    <message>
        <source>{student}, {row}: this row of the curriculum takes no grade</source>
        <translation>{student}, {row}: оқу жоспарының бұл жолына баға қойылмайды</translation>
    </message>
    <message>
        <source>“{value}” is not a pass or a fail: this row is graded сынақ / зачтено or not</source>
        <translation>«{value}» — сынақ та, сынақ емес те емес: бұл жол сынақ / зачтено немесе жоқ деп бағаланады</translation>
    </message>
    <message>
        <source>{student}: no grade for {row}</source>
        <translation>{student}: {row} бойынша баға жоқ</translation>
    </message>
    <message>
        <source>{student}: a grade for {row}, which is not a graded row of the group&apos;s curriculum</source>
        <translation>{student}: топтың оқу жоспарында бағаланатын жол емес {row} бойынша баға бар</translation>
    </message>
    <message>
        <source>{student}: a failing grade ({value}) for {row}</source>
        <translation>{student}: {row} бойынша қанағаттанарлықсыз баға ({value})</translation>
    </message>
    <message>
        <source>{student}, {row}: a percent is kept for a row the curriculum grades сынақ / зачтено</source>
        <translation>{student}, {row}: оқу жоспары сынақ / зачтено деп бағалайтын жолға пайыз сақталған</translation>
    </message>
    <message>
        <source>{student}, {row}: a pass or fail is kept for a row the curriculum grades by percent</source>
        <translation>{student}, {row}: оқу жоспары пайызбен бағалайтын жолға сынақ белгісі сақталған</translation>
    </message>
    <message>
        <source>{student}, {row}: the curriculum gives this row no hours</source>
        <translation>{student}, {row}: оқу жоспары бұл жолға сағат бермейді</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) is not a student of the group {group}</source>
        <translation>{student} (ведомостің {line}-жолы) — {group} тобының студенті емес</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) matches more than one student of the group</source>
        <translation>{student} (ведомостің {line}-жолы) топтың бірнеше студентіне сәйкес келеді</translation>
    </message>
    <message>
        <source>{student} is on the sheet twice (rows {first} and {line})</source>
        <translation>{student} ведомосте екі рет бар ({first} және {line} жолдар)</translation>
    </message>
    <message>
        <source>the sheet&apos;s column “{item}” matches no row of the group&apos;s curriculum</source>
        <translation>ведомостің «{item}» бағаны топ оқу жоспарының ешбір жолына сәйкес келмейді</translation>
    </message>
    <message>
        <source>no column of the sheet grades {row}</source>
        <translation>ведомостің бірде-бір бағаны {row} бойынша баға бермейді</translation>
    </message>
    <message>
        <source>{student} of the group is not on the sheet</source>
        <translation>топтағы {student} ведомосте жоқ</translation>
    </message>
    <message>
        <source>“{value}” is neither a diploma nor a supplement</source>
        <translation>«{value}» — диплом да, қосымша да емес</translation>
    </message>
    <message>
        <source>a supplement&apos;s copy is in Kazakh or Russian, not “{value}”</source>
        <translation>қосымшаның данасы қазақша немесе орысша болады, «{value}» емес</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is issued already: a number is never used twice</source>
        <translation>{series} № {number} бланкі бұрын берілген: нөмір екі рет қолданылмайды</translation>
    </message>
    <message>
        <source>the blank {series} № {number} was spoiled: its number is never used again</source>
        <translation>{series} № {number} бланкі бүлінген: оның нөмірі қайта қолданылмайды</translation>
    </message>
    <message>
        <source>“{value}” is not a blank number: digits are expected</source>
        <translation>«{value}» — бланк нөмірі емес: цифрлар күтіледі</translation>
    </message>
    <message>
        <source>the registration number {value} is already given to {series} № {number}</source>
        <translation>{value} тіркеу нөмірі {series} № {number} бланкіне берілген</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is spoiled already</source>
        <translation>{series} № {number} бланкі бүлінген деп тіркелген</translation>
    </message>
    <message>
        <source>there is no such student</source>
        <translation>мұндай студент жоқ</translation>
    </message>
    <message>
        <source>{student}: the supplement cannot print while {count} problems of the grades remain (see the grade check)</source>
        <translation>{student}: бағалардың {count} мәселесі қалғанда қосымша басып шығарылмайды (бағаларды тексеруді қараңыз)</translation>
    </message>
    <message>
        <source>{student}, {row}: {problem}</source>
        <translation>{student}, {row}: {problem}</translation>
    </message>
    <message>
        <source>the load norms file holds no norms</source>
        <translation>жүктеме нормаларының файлында нормалар жоқ</translation>
    </message>
    <message>
        <source>the load norms have no figure “{figure}”</source>
        <translation>жүктеме нормаларында «{figure}» көрсеткіші жоқ</translation>
    </message>
    <message>
        <source>the load norm “{figure}” needs a positive value, a source and whether it is confirmed</source>
        <translation>«{figure}» жүктеме нормасына оң мән, дереккөз және оның расталған-расталмағаны керек</translation>
    </message>
    <message>
        <source>the smallest load ({low} rate) is above the largest ({high} rates)</source>
        <translation>ең аз жүктеме ({low} мөлшерлеме) ең көп жүктемеден ({high} мөлшерлеме) жоғары</translation>
    </message>
    <message>
        <source>{annual} hours a year is not {weekly} hours a week × {weeks} weeks</source>
        <translation>жылына {annual} сағат аптасына {weekly} сағат × {weeks} аптаға тең емес</translation>
    </message>
    <message>
        <source>the category “{category}” needs its names in Kazakh and Russian, a surcharge from 0 to 100 % and a source</source>
        <translation>«{category}» санатына қазақша және орысша атаулары, 0-ден 100 %-ға дейінгі үстеме және дереккөз керек</translation>
    </message>
    <message>
        <source>the load norms have no category “{category}”</source>
        <translation>жүктеме нормаларында «{category}» санаты жоқ</translation>
    </message>
    <message>
        <source>the category “{category}” has a smaller surcharge than the category below it</source>
        <translation>«{category}» санатының үстемесі одан төмен санаттікінен аз</translation>
    </message>
    <message>
        <source>“{value}” is not a teacher&apos;s category: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь or педагог-мастер</source>
        <translation>«{value}» — педагог санаты емес: педагог, педагог-модератор, педагог-сарапшы, педагог-зерттеуші немесе педагог-шебер</translation>
    </message>
    <message>
        <source>a category&apos;s date is given but no category</source>
        <translation>санаттың күні берілген, бірақ санаты жоқ</translation>
    </message>
    <message>
        <source>“{value}” is not a level of education</source>
        <translation>«{value}» — білім деңгейі емес</translation>
    </message>
    <message>
        <source>“{value}” is not a rate: a positive number such as 1, 0,5 or 1,5 is expected</source>
        <translation>«{value}» — мөлшерлеме емес: 1, 0,5 немесе 1,5 сияқты оң сан күтіледі</translation>
    </message>
    <message>
        <source>{value} years of teaching experience cannot be right</source>
        <translation>{value} жыл педагогикалық өтіл дұрыс болуы мүмкін емес</translation>
    </message>
    <message>
        <source>{value} is a date still to come</source>
        <translation>{value} — әлі келмеген күн</translation>
    </message>
    <message>
        <source>there is no such department</source>
        <translation>мұндай пәндік-циклдік комиссия жоқ</translation>
    </message>
    <message>
        <source>{name} holds {count} lines of teaching load or hours taught: give them to another teacher first</source>
        <translation>{name} педагогте оқу жүктемесінің немесе өткізілген сағаттың {count} жолы бар: алдымен оларды басқа педагогке беріңіз</translation>
    </message>
    <message>
        <source>subgroup {value} does not exist: a class is taught whole or in subgroups 1 and 2</source>
        <translation>{value} кіші топ жоқ: сабақ бүкіл топқа немесе 1 және 2 кіші топтарға өткізіледі</translation>
    </message>
    <message>
        <source>there is no such teacher</source>
        <translation>мұндай педагог жоқ</translation>
    </message>
    <message>
        <source>the group&apos;s curriculum has no {component} hours of {row} in semester {semester} this year</source>
        <translation>топтың оқу жоспарында осы жылы {semester}-семестрде {row} бойынша {component} сағаты жоқ</translation>
    </message>
    <message>
        <source>{row}, semester {semester}: the class is given both to the whole group and to a subgroup; it would count twice</source>
        <translation>{row}, {semester}-семестр: сабақ бүкіл топқа да, кіші топқа да берілген; ол екі рет есептеледі</translation>
    </message>
    <message>
        <source>{value} is not a month of the academic year {year}</source>
        <translation>{value} — {year} оқу жылының айы емес</translation>
    </message>
    <message>
        <source>{value} hours in a month cannot be right</source>
        <translation>айына {value} сағат дұрыс болуы мүмкін емес</translation>
    </message>
    <message>
        <source>a teacher cannot replace themselves</source>
        <translation>педагог өзін-өзі алмастыра алмайды</translation>
    </message>
    <message>
        <source>{value} is not a month of semester {semester}: its hours go in {first} to {last}</source>
        <translation>{value} — {semester}-семестрдің айы емес: оның сағаттары {first} – {last} айларына енгізіледі</translation>
    </message>
    <message>
        <source>no column of the header is a month: write the months as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>тақырыптың бірде-бір бағаны ай емес: айларды 09.2026 түрінде не атымен (қыркүйек, сентябрь) жазыңыз</translation>
    </message>
    <message>
        <source>the month {value} has a column already ({first})</source>
        <translation>{value} айының бағаны бұрыннан бар ({first})</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of load: {allowed}</source>
        <translation>«{value}» жүктеме түрі емес: {allowed}</translation>
    </message>
    <message>
        <source>“{value}”: there is no teacher of this name; add the teacher or correct the name</source>
        <translation>«{value}»: мұндай есімді педагог жоқ; педагогты қосыңыз не атын түзетіңіз</translation>
    </message>
    <message>
        <source>“{value}”: {count} teachers have this name; tell them apart in the staff list first</source>
        <translation>«{value}»: бұл есім {count} педагогта бар; алдымен штат тізімінде оларды ажыратыңыз</translation>
    </message>
    <message>
        <source>“{value}”: there is no group of this code with a curriculum in the academic year {year}</source>
        <translation>«{value}»: {year} оқу жылында оқу жоспары бар мұндай кодты топ жоқ</translation>
    </message>
    <message>
        <source>the curriculum of {group} has no {component} hours of “{value}” in the academic year {year}</source>
        <translation>{group} тобының оқу жоспарында {year} оқу жылында «{value}» бойынша «{component}» сағаттары жоқ</translation>
    </message>
    <message>
        <source>{group}, {value}: subgroup {subgroup} has no teacher in the distribution; it is taught as {held} (0 is the whole group)</source>
        <translation>{group}, {value}: бөлуде {subgroup}-топшаның педагогы жоқ; сабақ {held} бойынша беріледі (0 — бүкіл топ)</translation>
    </message>
    <message>
        <source>the same class, subgroup, teacher and month are on row {first} already</source>
        <translation>дәл осы сабақ, топша, педагог және ай {first}-жолда бар</translation>
    </message>
    <message>
        <source>the column “{value}” has hours but its header is not a month: write the month as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>«{value}» бағанында сағаттар бар, бірақ оның тақырыбы ай емес: айды 09.2026 түрінде немесе атымен жазыңыз (қыркүйек, сентябрь)</translation>
    </message>
    <message>
        <source>the sheet has no hours to import: fill in the month columns</source>
        <translation>парақта импорттайтын сағат жоқ: айлардың бағандарын толтырыңыз</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: a whole number from 0 to {limit} is expected</source>
        <translation>«{value}» сағат саны емес: 0-ден {limit}-ге дейінгі бүтін сан күтіледі</translation>
    </message>
    <message>
        <source>“{value}” cannot be a login: 3 to 60 letters, digits, dots, hyphens or underscores, without spaces</source>
        <translation>«{value}» логин бола алмайды: бос орынсыз 3-тен 60-қа дейін әріп, цифр, нүкте, дефис немесе астын сызу белгісі керек</translation>
    </message>
    <message>
        <source>“{value}” is already another user&apos;s login</source>
        <translation>«{value}» логинін басқа пайдаланушы алған</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>{count} таңбадан ұзын</translation>
    </message>
    <message>
        <source>must be at least {count} characters long</source>
        <translation>кемінде {count} таңба болуы керек</translation>
    </message>
    <message>
        <source>must not be the same as the login</source>
        <translation>логинмен бірдей болмауы керек</translation>
    </message>
    <message>
        <source>is the same as the current password</source>
        <translation>қазіргі құпиясөзбен бірдей</translation>
    </message>
    <message>
        <source>the two passwords typed differ: type the same password twice</source>
        <translation>терілген екі құпиясөз әртүрлі: бір құпиясөзді екі рет теріңіз</translation>
    </message>
    <message>
        <source>is not right</source>
        <translation>дұрыс емес</translation>
    </message>
    <message>
        <source>you work without signing in, so there is no password of yours to change</source>
        <translation>сіз логинсіз жұмыс істейсіз, сондықтан өзгертетін құпиясөзіңіз жоқ</translation>
    </message>
    <message>
        <source>“{value}” is not a role of this program</source>
        <translation>«{value}» — бұл бағдарламаның рөлі емес</translation>
    </message>
    <message>
        <source>only a curator has groups of their own</source>
        <translation>өз топтары тек кураторда ғана болады</translation>
    </message>
    <message>
        <source>one of the chosen groups no longer exists</source>
        <translation>таңдалған топтардың бірі енді жоқ</translation>
    </message>
    <message>
        <source>{value} is the last active administrator: make another user an administrator first, or nobody could manage the users</source>
        <translation>{value} — соңғы белсенді әкімші: алдымен басқа пайдаланушыны әкімші етіңіз, әйтпесе пайдаланушыларды басқаратын ешкім қалмайды</translation>
    </message>
    <message>
        <source>this database has users already: an administrator adds new ones</source>
        <translation>бұл дерекқорда пайдаланушылар бар: жаңаларын әкімші қосады</translation>
    </message>
    <message>
        <source>add an active administrator first: with sign-in asked, somebody must be able to manage the users</source>
        <translation>алдымен белсенді әкімші қосыңыз: кіру талап етілгенде пайдаланушыларды біреу басқара алуы керек</translation>
    </message>
    <message>
        <source>a database on a server is shared by several computers and always asks for sign-in</source>
        <translation>сервердегі дерекқорды бірнеше компьютер ортақ пайдаланады, сондықтан кіру әрқашан талап етіледі</translation>
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
    <message>
        <source>Final grades</source>
        <translation>Қорытынды бағалар</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Педагогикалық жүктеме</translation>
    </message>
</context>
<context>
    <name>NedbImportDialog</name>
    <message>
        <source>Import from NEDB</source>
        <translation>ҰБДҚ-дан импорттау</translation>
    </message>
    <message>
        <source>{file}: {new} new students, {same} the same as here, {conflicts} with differences; {groups} new groups.</source>
        <translation>{file}: жаңа студенттер — {new}, осындағыдай — {same}, айырмашылығы барлар — {conflicts}; жаңа топтар — {groups}.</translation>
    </message>
    <message>
        <source>Tick a difference to take the file&apos;s value; unticked ones keep ours. Group and status differences are shown only: they change by orders.</source>
        <translation>Файлдағы мәнді алу үшін айырмашылықты белгілеңіз; белгіленбегендері осындағыдай қалады. Топ пен мәртебе айырмашылықтары тек көрсетіледі: олар бұйрықпен өзгереді.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Мұнда</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>New students:</source>
        <translation>Жаңа студенттер:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <source>Importing from NEDB…</source>
        <translation>ҰБДҚ-дан импортталуда…</translation>
    </message>
    <message>
        <source>NEDB files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>ҰБДҚ файлдары (*.txt *.csv *.tsv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the NEDB file…</source>
        <translation>ҰБДҚ файлы оқылуда…</translation>
    </message>
</context>
<context>
    <name>NedbPage</name>
    <message>
        <source>NEDB</source>
        <translation>ҰБДҚ</translation>
    </message>
    <message>
        <source>The contingent file of the National Education Database: check it, export it for the upload, import the file the system gives. Two rounds a year: September–October and March–April.</source>
        <translation>Ұлттық білім беру деректер қорының контингент файлы: тексеріңіз, жүктеу үшін экспорттаңыз, жүйе берген файлды импорттаңыз. Жылына екі кезең: қыркүйек–қазан және наурыз–сәуір.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Export the contingent file…</source>
        <translation>Контингент файлын экспорттау…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <source>Import NEDB&apos;s file…</source>
        <translation>ҰБДҚ файлын импорттау…</translation>
    </message>
    <message>
        <source>Import the demo NEDB file…</source>
        <translation>Демо ҰБДҚ файлын импорттау…</translation>
    </message>
    <message>
        <source>Before the round: problems to fix (double-click opens the record)</source>
        <translation>Кезең алдында: түзетілетін мәселелер (екі рет шерту жазбаны ашады)</translation>
    </message>
    <message>
        <source>Find a student, a group or a problem (Ctrl+F)</source>
        <translation>Студентті, топты немесе мәселені табу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Submission log</source>
        <translation>Тапсыру журналы</translation>
    </message>
    <message>
        <source>Checking the contingent for NEDB…</source>
        <translation>Контингент ҰБДҚ үшін тексерілуде…</translation>
    </message>
    <message>
        <source>No collection round is open now; the last one was {round}.</source>
        <translation>Қазір жинау кезеңі ашық емес; соңғысы: {round}.</translation>
    </message>
    <message>
        <source>The {round} round is open; the contingent has been exported in it.</source>
        <translation>{round} кезеңі ашық; контингент онда экспортталды.</translation>
    </message>
    <message>
        <source>The {round} round is open and the contingent has not been exported in it yet.</source>
        <translation>{round} кезеңі ашық, ал контингент онда әлі экспортталмаған.</translation>
    </message>
    <message>
        <source>{shown} of {count} problems</source>
        <translation>{count} мәселенің {shown}</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} мәселе</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Мәселе табылған жоқ.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <source>left</source>
        <translation>шықты</translation>
    </message>
    <message>
        <source>Checked again: {count} problems.</source>
        <translation>Қайта тексерілді: {count} мәселе.</translation>
    </message>
    <message>
        <source>Checked again: no problems found.</source>
        <translation>Қайта тексерілді: мәселе табылмады.</translation>
    </message>
    <message>
        <source>Export the contingent file</source>
        <translation>Контингент файлын экспорттау</translation>
    </message>
    <message>
        <source>NEDB files (*.txt)</source>
        <translation>ҰБДҚ файлдары (*.txt)</translation>
    </message>
    <message>
        <source>The check found {count} problems. Export anyway?</source>
        <translation>Тексеру {count} мәселе тапты. Бәрібір экспорттау керек пе?</translation>
    </message>
    <message>
        <source>Since the last exchange with NEDB (import or export)</source>
        <translation>ҰБДҚ-мен соңғы алмасудан бері (импорт немесе экспорт)</translation>
    </message>
    <message>
        <source>No file has been exchanged with NEDB yet: the file carries {count} students ({active} studying or on leave, {left} who left this academic year), all new to NEDB.</source>
        <translation>ҰБДҚ-мен әлі бірде-бір файл алмасылмаған: файлда {count} студент бар (оқитын немесе демалыстағы {active}, осы оқу жылы шыққан {left}), бәрі ҰБДҚ үшін жаңа.</translation>
    </message>
    <message>
        <source>Since the {direction} of {when}: {added} added, {changed} changed, {left} left.</source>
        <translation>Алмасудан бері ({direction}, {when}): {added} қосылды, {changed} өзгерді, {left} шықты.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Экспортталмады</translation>
    </message>
    <message>
        <source>Writing the NEDB file…</source>
        <translation>ҰБДҚ файлы жазылуда…</translation>
    </message>
    <message>
        <source>{count} students written to {file}. The file is readable by you alone: it holds personal data.</source>
        <translation>{count} студент {file} файлына жазылды. Файлды тек сіз оқи аласыз: онда дербес деректер бар.</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Кітап жазылуда…</translation>
    </message>
    <message>
        <source>{count} students written to {file}.</source>
        <translation>{count} студент {file} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>NedbWords</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>does not need a place</source>
        <translation>орын қажет емес</translation>
    </message>
    <message>
        <source>needs a place, not given</source>
        <translation>орын қажет, берілмеген</translation>
    </message>
    <message>
        <source>lives in the dormitory</source>
        <translation>жатақханада тұрады</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>This database is a file on a network share ({where}).

A database file is not made to be shared that way: when several computers write to it at the same time, the file can be damaged and work can be lost. Until the database is moved to a server, let only one computer at a time work with it, and keep backups.

For several workstations, put the college&apos;s database on a PostgreSQL server: the README&apos;s section “A college server (PostgreSQL)” tells the administrator how.</source>
        <translation>Бұл дерекқор — желілік қалтадағы файл ({where}).

Дерекқор файлы мұндай ортақ жұмысқа арналмаған: оған бірнеше компьютер бір уақытта жазғанда файл бүлінуі, жасалған жұмыс жоғалуы мүмкін. Дерекқор серверге көшірілгенше онымен бір уақытта тек бір компьютер жұмыс істесін және сақтық көшірмелерді жасап тұрыңыз.

Бірнеше жұмыс орны үшін колледж дерекқорын PostgreSQL серверіне орналастырыңыз: мұны қалай істеу керектігін әкімшіге README файлының «A college server (PostgreSQL)» бөлімі түсіндіреді.</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Дерекқор желілік қалтада</translation>
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
    <name>OrderDialog</name>
    <message>
        <source>Movement order</source>
        <translation>Қозғалыс бұйрығы</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>мысалы, {example}</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Қозғалыс</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Демалыс аяқталатын күн</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Apply the order</source>
        <translation>Бұйрықты қолдану</translation>
    </message>
    <message>
        <source>This movement cannot apply to a student who is {status}.</source>
        <translation>Бұл қозғалыс мәртебесі «{status}» студентке қолданылмайды.</translation>
    </message>
    <message>
        <source>The order applies to {count} students.</source>
        <translation>Бұйрық {count} студентке қолданылады.</translation>
    </message>
    <message>
        <source>{count} marked in red will be left out.</source>
        <translation>Қызылмен белгіленгендер ({count}) бұйрыққа кірмейді.</translation>
    </message>
    <message>
        <source>None of the students chosen can have this movement: choose another movement, or other students on the list.</source>
        <translation>Таңдалған студенттердің ешқайсысына бұл қозғалыс қолданылмайды: басқа қозғалысты немесе тізімнен басқа студенттерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Order not applied</source>
        <translation>Бұйрық қолданылмады</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>Демалыс басталғаннан кейін аяқталуы керек: аяқталу күні {until}, бұйрық {on} бастап күшіне енеді.</translation>
    </message>
    <message>
        <source>{name} was changed on another computer after the list was read: the order was not applied, nothing was written. The list is read again: check the students and apply the order again.</source>
        <translation>Тізім оқылғаннан кейін {name} студентінің деректері басқа компьютерде өзгертілді: бұйрық қолданылмады, ештеңе жазылмады. Тізім қайта оқылды: студенттерді тексеріп, бұйрықты қайта қолданыңыз.</translation>
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
        <source>Students studying or on leave</source>
        <translation>Оқитын немесе демалыстағы студенттер</translation>
    </message>
    <message>
        <source>Left this academic year (still in the NEDB file)</source>
        <translation>Осы оқу жылы шыққандар (ҰБДҚ файлында әлі бар)</translation>
    </message>
    <message>
        <source>Help › User guide (F1): a short guide to a day&apos;s work, from the first curriculum to the report pack.</source>
        <translation>Анықтама › Пайдаланушы нұсқаулығы (F1): алғашқы оқу жоспарынан есептер жинағына дейінгі күнделікті жұмыстың қысқа нұсқаулығы.</translation>
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
    <name>PackBox</name>
    <message>
        <source>Counting the contingent and the movement…</source>
        <translation>Контингент пен қозғалыс есептелуде…</translation>
    </message>
    <message>
        <source>Dual training…</source>
        <translation>Дуальды оқыту…</translation>
    </message>
    <message>
        <source>Demonstration exams…</source>
        <translation>Демонстрациялық емтихандар…</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Түлектерді жұмысқа орналастыру…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>Көрсеткіштер…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Кітап жазылуда…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <source>One PDF and one Excel workbook with everything the ministry and the regional department ask for: the indicators against the national targets, the contingent, the movement of students, dual training, demonstration exams and graduates&apos; employment — with the college&apos;s header, the date, charts and signature blocks.</source>
        <translation>Министрлік пен облыстық басқарма сұрайтынның бәрі бір PDF пен бір Excel кітабында: ұлттық нысаналы мәндермен салыстырылған көрсеткіштер, контингент, студенттер қозғалысы, дуальды оқыту, демонстрациялық емтихандар және түлектерді жұмысқа орналастыру — колледж деректемелері, күні, диаграммалар және қолтаңба орындарымен.</translation>
    </message>
    <message>
        <source>Year of the indicators and graduates</source>
        <translation>Көрсеткіштер мен түлектер жылы</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Қозғалыс кезеңі</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Құжаттар тілі</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Make the report pack</source>
        <translation>Есептер жинағын жасау</translation>
    </message>
    <message>
        <source>Folder for the report pack</source>
        <translation>Есептер жинағына арналған қалта</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Есептер жинағы</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>Report pack not made</source>
        <translation>Есептер жинағы жасалмады</translation>
    </message>
    <message>
        <source>Making the report pack…</source>
        <translation>Есептер жинағы жасалуда…</translation>
    </message>
    <message>
        <source>Made: {pdf} and {xlsx}.</source>
        <translation>Дайын: {pdf} және {xlsx}.</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>New password for {login}</source>
        <translation>{login} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>{name} signs in with this password from now on; tell it to them in person. They can change it themselves afterwards.</source>
        <translation>Енді {name} осы құпиясөзбен кіреді; оны жеке өзіне айтыңыз. Кейін ол құпиясөзді өзі өзгерте алады.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>The password is not set</source>
        <translation>Құпиясөз берілмеді</translation>
    </message>
</context>
<context>
    <name>PaymentColumns</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сомасы, ₸</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>no IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <source>the IIN {problem}</source>
        <translation>ЖСН: {problem}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>туған күні жоқ</translation>
    </message>
    <message>
        <source>the academic leave has no end date or reason</source>
        <translation>академиялық демалыстың аяқталу күні немесе себебі жоқ</translation>
    </message>
    <message>
        <source>studies in no group</source>
        <translation>ешбір топта оқымайды</translation>
    </message>
    <message>
        <source>the same person is recorded twice, in the groups {groups}</source>
        <translation>бір адам екі рет жазылған, топтары: {groups}</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>топтың жұмыс оқу жоспары жоқ</translation>
    </message>
    <message>
        <source>the group has no qualification</source>
        <translation>топтың біліктілігі жоқ</translation>
    </message>
    <message>
        <source>the code {code} is no longer in the classifier for this intake</source>
        <translation>{code} коды осы қабылдау үшін жіктеуіште енді жоқ</translation>
    </message>
    <message>
        <source>the {kind} was recorded without an order</source>
        <translation>«{kind}» бұйрықсыз жазылған</translation>
    </message>
</context>
<context>
    <name>PreflightColumns</name>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print supplements: {group}</source>
        <translation>Қосымшаларды басып шығару: {group}</translation>
    </message>
    <message>
        <source>Students (those whose grades are not complete cannot be ticked):</source>
        <translation>Студенттер (бағалары толық емес студенттерді белгілеуге болмайды):</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: түзету керек — {count}</translation>
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
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
    <message>
        <source>Plain A4 paper</source>
        <translation>Қарапайым A4 қағаз</translation>
    </message>
    <message>
        <source>The pre-printed blank</source>
        <translation>Баспаханалық бланк</translation>
    </message>
    <message>
        <source>the printer&apos;s name, as the system calls it</source>
        <translation>жүйе атайтын принтер атауы</translation>
    </message>
    <message>
        <source>Positive moves the print right</source>
        <translation>Оң мән басуды оңға жылжытады</translation>
    </message>
    <message>
        <source>Positive moves the print down</source>
        <translation>Оң мән басуды төмен жылжытады</translation>
    </message>
    <message>
        <source>across</source>
        <translation>көлденең</translation>
    </message>
    <message>
        <source>down</source>
        <translation>тігінен</translation>
    </message>
    <message>
        <source>Print a calibration page…</source>
        <translation>Калибрлеу бетін басып шығару…</translation>
    </message>
    <message>
        <source>Print it onto a blank, measure how far the marks are from the blank&apos;s fields, and type the offsets here.</source>
        <translation>Оны бланкке басып шығарып, белгілердің бланк өрістерінен қаншалықты алыс екенін өлшеңіз де, ығысуларды осында жазыңыз.</translation>
    </message>
    <message>
        <source>One file per language, in the order the blanks are loaded</source>
        <translation>Әр тілге бір файл, бланктер салынатын ретпен</translation>
    </message>
    <message>
        <source>Otherwise each graduate&apos;s supplement is a file of its own.</source>
        <translation>Әйтпесе әр түлектің қосымшасы жеке файл болады.</translation>
    </message>
    <message>
        <source>Supplements {group}</source>
        <translation>Қосымшалар {group}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Calibration, mm</source>
        <translation>Калибрлеу, мм</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>PDF файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Write the PDFs</source>
        <translation>PDF жазу</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибрлеу беті</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration page written: {file}. Print it onto a blank at 100% scale.</source>
        <translation>Калибрлеу беті жазылды: {file}. Оны бланкке 100% масштабпен басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Басып шығаратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>No student is ticked. Those whose grades are not complete cannot be printed: fix what the grade check lists first.</source>
        <translation>Бірде-бір студент белгіленбеген. Бағалары толық емес студенттерді басып шығаруға болмайды: алдымен бағаларды тексеру тізіміндегілерді түзетіңіз.</translation>
    </message>
    <message>
        <source>Tick the students whose supplements to print.</source>
        <translation>Қосымшалары басып шығарылатын студенттерді белгілеңіз.</translation>
    </message>
    <message>
        <source>Print the others?</source>
        <translation>Қалғандарын басып шығару керек пе?</translation>
    </message>
    <message>
        <source>{count} students cannot be printed until their grades agree with the curriculum:
{names}

Print the other {ready}?</source>
        <translation>Бағалары оқу жоспарымен сәйкес келгенше {count} студентті басып шығаруға болмайды:
{names}

Қалған {ready} студентті басып шығару керек пе?</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Файлдарға арналған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Writing the supplements…</source>
        <translation>Қосымшалар жазылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Printing cancelled: no file of it was kept.</source>
        <translation>Басып шығару тоқтатылды: оның бірде-бір файлы сақталмады.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>The files cannot be written to {folder}: {reason}</source>
        <translation>Файлдарды {folder} қалтасына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{count} PDF files written to {folder}</source>
        <translation>{folder} қалтасына {count} PDF файл жазылды</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
</context>
<context>
    <name>ReconcilePanel</name>
    <message>
        <source>Click a line to go to its cell in the grid.</source>
        <translation>Кестедегі ұяшығына өту үшін жолды шертіңіз.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>Топта бағаланатын студент жоқ.</translation>
    </message>
    <message>
        <source>Ready to print: {ready} of {total} students. To fix before printing:</source>
        <translation>Басып шығаруға дайын: {total} студенттен {ready}. Басып шығару алдында түзету керек:</translation>
    </message>
    <message>
        <source>Every student&apos;s grades agree with the curriculum: {total} ready to print.</source>
        <translation>Барлық студенттің бағалары оқу жоспарымен сәйкес келеді: {total} студент басып шығаруға дайын.</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: түзету керек — {count}</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what</source>
        <translation>Бұл жазбаны кім, қашан және нені өзгерткені</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Алдымен тізімнен жолды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>The college: {value}; target: {target}.</source>
        <translation>Колледж: {value}; нысаналы мән: {target}.</translation>
    </message>
    <message>
        <source>Counted from the records as they are today.</source>
        <translation>Бүгінгі жазбалар бойынша есептелген.</translation>
    </message>
    <message>
        <source>Double-click a student to open the card.</source>
        <translation>Білім алушының карточкасын ашу үшін оны екі рет басыңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Name, IIN, series, number or registration number (Ctrl+F)</source>
        <translation>Аты-жөні, ЖСН, сериясы, нөмірі немесе тіркеу нөмірі (Ctrl+F)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <source>Issued and spoiled</source>
        <translation>Берілген және бүлінген</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>Issue a blank…</source>
        <translation>Бланкті беру…</translation>
    </message>
    <message>
        <source>Spoil a blank…</source>
        <translation>Бүлінген бланкті тіркеу…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} жазба</translation>
    </message>
    <message>
        <source>No blank is in the register yet: Issue a blank… records one.</source>
        <translation>Тіркеу кітабында әлі бланк жоқ: «Бланкті беру…» біреуін тіркейді.</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replacement of {teacher}</source>
        <translation>Алмастыру: {teacher}</translation>
    </message>
    <message>
        <source>Hours another teacher taught instead of {teacher}. They count towards the class, which stays done, and towards the one who taught them. 0 hours removes the replacement.</source>
        <translation>{teacher} орнына басқа педагог берген сағаттар. Олар сабаққа есептеледі (ол орындалған болып қалады) және оны берген педагогқа есептеледі. 0 сағат алмастыруды жояды.</translation>
    </message>
    <message>
        <source>{line}, semester {semester}</source>
        <translation>{line}, {semester}-семестр</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Сабақ:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Ай:</translation>
    </message>
    <message>
        <source>Taught by:</source>
        <translation>Кім берді:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Сағат:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Reports are made from the records as they are now. Printed documents are in Kazakh or Russian.</source>
        <translation>Есептер жазбалардың қазіргі күйінен жасалады. Басылатын құжаттар қазақ немесе орыс тілінде.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Есептер жинағы</translation>
    </message>
    <message>
        <source>Contingent and movement</source>
        <translation>Контингент және қозғалыс</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Директордың оқу ісі жөніндегі орынбасары</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <source>Dual-training coordinator</source>
        <translation>Дуальды оқыту үйлестірушісі</translation>
    </message>
    <message>
        <source>Exam organiser</source>
        <translation>Емтихан ұйымдастырушысы</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The only user of this computer</source>
        <translation>Осы компьютердің жалғыз пайдаланушысы</translation>
    </message>
    <message>
        <source>the college&apos;s profile</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>the classifier</source>
        <translation>Жіктеуіш</translation>
    </message>
    <message>
        <source>curricula</source>
        <translation>Оқу жоспарлары</translation>
    </message>
    <message>
        <source>teachers and the teacher load</source>
        <translation>Педагогикалық жүктеме</translation>
    </message>
    <message>
        <source>groups and students</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>final grades and diplomas</source>
        <translation>Қорытынды бағалар</translation>
    </message>
    <message>
        <source>graduates&apos; employment</source>
        <translation>Түлектерді жұмысқа орналастыру</translation>
    </message>
    <message>
        <source>dual training</source>
        <translation>Дуальды оқыту</translation>
    </message>
    <message>
        <source>demonstration exams</source>
        <translation>Демо-емтихандар</translation>
    </message>
    <message>
        <source>the state reports&apos; records</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>the change log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}.</source>
        <translation>Сіздің рөліңізге ({role}) «{area}» бөлімін өзгертуге рұқсат жоқ.</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>autumn {year} (September–October)</source>
        <translation>{year} күз (қыркүйек–қазан)</translation>
    </message>
    <message>
        <source>spring {year} (March–April)</source>
        <translation>{year} көктем (наурыз–сәуір)</translation>
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
    <name>ScaleDialog</name>
    <message>
        <source>Grading scale</source>
        <translation>Бағалау шкаласы</translation>
    </message>
    <message>
        <source>Where a grade band begins is the college&apos;s choice (the national scale is the default). Each whole percent from 0 to 100 must fall in exactly one band.</source>
        <translation>Баға диапазонының қайдан басталатынын колледж таңдайды (әдепкісі — ұлттық шкала). 0-ден 100-ге дейінгі әр бүтін пайыз дәл бір диапазонға кіруі керек.</translation>
    </message>
    <message>
        <source>From, %</source>
        <translation>Бастап, %</translation>
    </message>
    <message>
        <source>To, %</source>
        <translation>Дейін, %</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Әріп</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Дәстүрлі баға</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Диапазон қосу</translation>
    </message>
    <message>
        <source>Remove the band</source>
        <translation>Диапазонды жою</translation>
    </message>
    <message>
        <source>Reset to the national scale</source>
        <translation>Ұлттық шкалаға қайтару</translation>
    </message>
    <message>
        <source>Select the band to remove first.</source>
        <translation>Алдымен жойылатын диапазонды таңдаңыз.</translation>
    </message>
    <message>
        <source>The national scale&apos;s bands: Save keeps them.</source>
        <translation>Ұлттық шкаланың диапазондары: Сақтау оларды сақтайды.</translation>
    </message>
    <message>
        <source>The national grading scale is used.</source>
        <translation>Ұлттық бағалау шкаласы қолданылады.</translation>
    </message>
    <message>
        <source>The college&apos;s grading scale is saved: the grid&apos;s letters follow it.</source>
        <translation>Колледждің бағалау шкаласы сақталды: кестедегі әріптер соған сәйкес.</translation>
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
    <name>ScoreGridDialog</name>
    <message>
        <source>Scores of the session № {id}</source>
        <translation>№ {id} сессияның балдары</translation>
    </message>
    <message>
        <source>Type a mark and press Enter (down) or Tab (right); Delete clears; Ctrl+Z undoes. A judged aspect takes each of the three judges&apos; whole 0 to 3.</source>
        <translation>Балды теріп, Enter (төмен) немесе Tab (оңға) басыңыз; Delete өшіреді; Ctrl+Z болдырмайды. Судьялар бағалайтын аспектіге үш судьяның әрқайсысы 0-ден 3-ке дейін бүтін балл қояды.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Үміткер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Қайта тапсыру</translation>
    </message>
    <message>
        <source>{aspect}
0–{max}</source>
        <translation>{aspect}
0–{max}</translation>
    </message>
    <message>
        <source>{aspect} judge {n}
0–3</source>
        <translation>{aspect} судья {n}
0–3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Not a mark</source>
        <translation>Балл емес</translation>
    </message>
    <message>
        <source>{candidate}, {cell}: “{value}” is not allowed. Allowed: {allowed}.</source>
        <translation>{candidate}, {cell}: «{value}» жарамайды. Рұқсат етілгені: {allowed}.</translation>
    </message>
    <message>
        <source>a whole 0, 1, 2 or 3</source>
        <translation>бүтін 0, 1, 2 немесе 3</translation>
    </message>
    <message>
        <source>0 to {max}, at most two decimals</source>
        <translation>0-ден {max}-ға дейін, үтірден кейін екі таңбадан аспайды</translation>
    </message>
    <message>
        <source>aspect {aspect}</source>
        <translation>{aspect} аспектісі</translation>
    </message>
    <message>
        <source>aspect {aspect}, judge {n}</source>
        <translation>{aspect} аспектісі, {n}-судья</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>unfinished: every aspect needs its marks</source>
        <translation>аяқталмаған: әр аспектіге балл қойылуы керек</translation>
    </message>
    <message>
        <source>Scores not saved</source>
        <translation>Балдар сақталмады</translation>
    </message>
    <message>
        <source>{candidate}: marks</source>
        <translation>{candidate}: балдар</translation>
    </message>
    <message>
        <source>{candidate}: absent</source>
        <translation>{candidate}: келмеді</translation>
    </message>
    <message>
        <source>{candidate}: retake</source>
        <translation>{candidate}: қайта тапсыру</translation>
    </message>
</context>
<context>
    <name>SessionColumns</name>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Qual.</source>
        <translation>Білікт.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation>Үміт.</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Сессия нөмірі</translation>
    </message>
    <message>
        <source>First day of the session</source>
        <translation>Сессияның бірінші күні</translation>
    </message>
    <message>
        <source>Kind of attestation</source>
        <translation>Аттестаттау түрі</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Емтихан нысаны</translation>
    </message>
    <message>
        <source>Qualification (code)</source>
        <translation>Біліктілік (коды)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Үміткерлер</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import students from Excel</source>
        <translation>Студенттерді Excel-ден импорттау</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} rows. Say which column holds each field; the guesses come from the header.</source>
        <translation>«{sheet}» парағы: {rows} жол. Әр өріс қай бағанда екенін көрсетіңіз; болжамдар тақырыптан алынған.</translation>
    </message>
    <message>
        <source>(not in the sheet)</source>
        <translation>(парақта жоқ)</translation>
    </message>
    <message>
        <source>admission order number (may be added later)</source>
        <translation>қабылдау бұйрығының нөмірі (кейін қосуға болады)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <source>Importing students…</source>
        <translation>Студенттер импортталуда…</translation>
    </message>
</context>
<context>
    <name>SheetPickerDialog</name>
    <message>
        <source>Import curricula from the workbook</source>
        <translation>Кітаптан оқу жоспарларын жүктеу</translation>
    </message>
    <message>
        <source>Each sheet holds its own curriculum. Tick the sheets to import; each becomes a draft.</source>
        <translation>Әр парақта өз оқу жоспары бар. Жүктелетін парақтарды белгілеңіз; әрқайсысы жоба болады.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақтар</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Белгілерді алу</translation>
    </message>
    <message>
        <source>Why the sheet cannot be imported</source>
        <translation>Парақты неге жүктеуге болмайды</translation>
    </message>
    <message>
        <source>Intake year (not written on the sheet or in the file name):</source>
        <translation>Қабылдау жылы (парақта да, файл атауында да жоқ):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <source>{sheet}: cannot be imported</source>
        <translation>{sheet}: жүктеуге болмайды</translation>
    </message>
    <message>
        <source>{sheet}: {specialty} {qualifications}, intake {year}, {years} years, {rows} rows</source>
        <translation>{sheet}: {specialty} {qualifications}, қабылдау {year}, оқу жылы: {years}, жол: {rows}</translation>
    </message>
    <message>
        <source>This sheet can be imported.</source>
        <translation>Бұл парақты жүктеуге болады.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>At least {count} characters</source>
        <translation>Кемінде {count} таңба</translation>
    </message>
    <message>
        <source>Sign in to Zhospar</source>
        <translation>Zhospar-ға кіру</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Дерекқор: {name}</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the college&apos;s administrator to switch it on.</source>
        <translation>Бұл тіркелгі өшірілген. Колледж әкімшісінен оны қайта қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>The login or the password is not right. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Логин немесе құпиясөз дұрыс емес. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <source>Spoil a blank</source>
        <translation>Бүлінген бланкті тіркеу</translation>
    </message>
    <message>
        <source>A spoiled blank keeps its number in the register for ever: the number is never given again.</source>
        <translation>Бүлінген бланктің нөмірі тіркеу кітабында мәңгі қалады: ол нөмір қайта берілмейді.</translation>
    </message>
    <message>
        <source>The blank chosen in the register, issued to {student}.</source>
        <translation>Тіркеу кітабында таңдалған, {student} атына берілген бланк.</translation>
    </message>
    <message>
        <source>e.g. a misprint in the name</source>
        <translation>мысалы, аты-жөніндегі қате</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Сериясы *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Нөмірі *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Себебі *</translation>
    </message>
    <message>
        <source>Spoil…</source>
        <translation>Бүлінген деп тіркеу…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <source>Write why the blank is spoiled: the reason is kept in the register.</source>
        <translation>Бланктің неге бүлінгенін жазыңыз: себебі тіркеу кітабында сақталады.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as spoiled ({reason})?

This cannot be undone: the number stays used.</source>
        <translation>{kind} {series} № {number} бүлінген ({reason}) деп тіркелсін бе?

Мұны қайтаруға болмайды: нөмір пайдаланылған болып қалады.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} spoiled.</source>
        <translation>Тіркелді: {kind} {series} № {number} бүлінген.</translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Өтілі, жыл</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <source>Last upgrade</source>
        <translation>Біліктілік арттыру</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Teaching staff</source>
        <translation>Педагогтар құрамы</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Аты-жөні бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>New teacher…</source>
        <translation>Жаңа педагог…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Пәндік-циклдік комиссиялар…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Барлық комиссиялар</translation>
    </message>
    <message>
        <source>Without a department</source>
        <translation>Комиссиясыз</translation>
    </message>
    <message>
        <source>{shown} of {count} teachers</source>
        <translation>{count} педагогтың {shown}</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Алдымен тізімнен педагогты таңдаңыз.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>{name} педагогын жою керек пе?</translation>
    </message>
    <message>
        <source>The teacher was not deleted</source>
        <translation>Педагог жойылмады</translation>
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
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student card</source>
        <translation>Студент карточкасы</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Жаңа студент</translation>
    </message>
    <message>
        <source>{status}, group {group}</source>
        <translation>{status}, тобы {group}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Қозғалыстар</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <source>New dual contract…</source>
        <translation>Жаңа дуальды шарт…</translation>
    </message>
    <message>
        <source>Academic leave until {until}, reason: {reason}</source>
        <translation>Академиялық демалыс {until} дейін, себебі: {reason}</translation>
    </message>
    <message>
        <source>NEDB needs the end date and the reason</source>
        <translation>ҰБДҚ-ға аяқталу күні мен себебі қажет</translation>
    </message>
    <message>
        <source>Enter the leave&apos;s end and reason…</source>
        <translation>Демалыстың аяқталуы мен себебін енгізу…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source>e.g. 105-к (may be added later)</source>
        <translation>мысалы, 105-к (кейін қосуға болады)</translation>
    </message>
    <message>
        <source>Categories and support</source>
        <translation>Санаттар және қолдау</translation>
    </message>
    <message>
        <source>needs a dormitory place</source>
        <translation>жатақханаға мұқтаж</translation>
    </message>
    <message>
        <source>dormitory place given</source>
        <translation>жатақханадан орын берілді</translation>
    </message>
    <message>
        <source>receives a scholarship</source>
        <translation>шәкіртақы алады</translation>
    </message>
    <message>
        <source>NEDB ids: {ei} / {id}</source>
        <translation>ҰБДҚ идентификаторлары: {ei} / {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Қозғалыс</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>бұйрықсыз</translation>
    </message>
    <message>
        <source>Double-click to enter the order it was made under.</source>
        <translation>Қозғалыс жасалған бұйрықты енгізу үшін қос шертіңіз.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>e.g. qualification exam protocol No. 3</source>
        <translation>мысалы, біліктілік емтиханының №3 хаттамасы</translation>
    </message>
    <message>
        <source>Record the qualification</source>
        <translation>Біліктілікті жазу</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation>Студент сақталмады</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>The saved card is shown with your changes on it: check them and save.</source>
        <translation>Сақталған карточка сіздің түзетулеріңізбен көрсетілді: оларды тексеріп, «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Qualification not recorded</source>
        <translation>Біліктілік жазылмады</translation>
    </message>
</context>
<context>
    <name>SubmissionColumns</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Added / changed / left</source>
        <translation>Қосылды / өзгерді / шықты</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Бақылау сомасы (SHA-256)</translation>
    </message>
</context>
<context>
    <name>TeacherForm</name>
    <message>
        <source>Teacher: {name}</source>
        <translation>Педагог: {name}</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Жаңа педагог</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <source>Person and post</source>
        <translation>Тұлға және лауазым</translation>
    </message>
    <message>
        <source>12 digits, optional</source>
        <translation>12 цифр, міндетті емес</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>мысалы, арнайы пәндер оқытушысы</translation>
    </message>
    <message>
        <source>1, 0,5 or 1,5</source>
        <translation>1, 0,5 немесе 1,5</translation>
    </message>
    <message>
        <source>The rate held: 1 is a full rate, 0,5 a half, 1,5 one and a half.</source>
        <translation>Атқаратын мөлшерлеме: 1 — толық, 0,5 — жарты, 1,5 — бір жарым мөлшерлеме.</translation>
    </message>
    <message>
        <source>Education and qualification</source>
        <translation>Білімі және біліктілігі</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>санатсыз</translation>
    </message>
    <message>
        <source>Teaching experience</source>
        <translation>Педагогикалық өтілі</translation>
    </message>
    <message>
        <source>The start date counts: enter it, and the years grow by themselves.</source>
        <translation>Басталған күні есептеледі: оны енгізіңіз, жылдар өздігінен қосылады.</translation>
    </message>
    <message>
        <source>The start date counts: {years} full years today; they grow by themselves.</source>
        <translation>Басталған күні есептеледі: бүгін {years} толық жыл; жылдар өздігінен қосылады.</translation>
    </message>
    <message>
        <source>The years entered count: {years}. They do not grow by themselves: enter the start date when it is known.</source>
        <translation>Енгізілген жылдар есептеледі: {years}. Олар өздігінен өспейді: басталған күні белгілі болса, соны енгізіңіз.</translation>
    </message>
    <message>
        <source>The teacher was not saved</source>
        <translation>Педагог сақталмады</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Пәндік-циклдік комиссия</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Күз</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Көктем</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Against the norm</source>
        <translation>Нормаға қатысты</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Пән немесе модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Сағат түрі</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Топша</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Find a teacher (Ctrl+F)</source>
        <translation>Педагогты табу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Teacher&apos;s card…</source>
        <translation>Педагог карточкасы…</translation>
    </message>
    <message>
        <source>Print the load card…</source>
        <translation>Жүктеме карточкасын басып шығару…</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Алдымен тізімнен педагогты таңдаңыз.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Select a teacher to see the groups and subjects they teach.</source>
        <translation>Топтары мен пәндерін көру үшін педагогты таңдаңыз.</translation>
    </message>
    <message>
        <source>{name}: {total} h in the year, norm {norm} h for the rate {rate} — {status}</source>
        <translation>{name}: жылына {total} сағ., {rate} мөлшерлемеге норма {norm} сағ. — {status}</translation>
    </message>
    <message>
        <source>whole group</source>
        <translation>бүкіл топ</translation>
    </message>
</context>
<context>
    <name>TeachersDialog</name>
    <message>
        <source>Teachers and their qualification upgrades</source>
        <translation>Педагогтер және олардың біліктілігін арттыру</translation>
    </message>
    <message>
        <source>An upgrade more than 3 years ago (or none recorded) counts against the indicator.</source>
        <translation>3 жылдан бұрын арттырылған (немесе жазылмаған) біліктілік көрсеткішке қарсы есептеледі.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>{name} педагогін жою керек пе?</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Пән немесе модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Сағат түрі</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Subgroup 1</source>
        <translation>1-топша</translation>
    </message>
    <message>
        <source>Subgroup 2</source>
        <translation>2-топша</translation>
    </message>
    <message>
        <source>by subgroups</source>
        <translation>топшалар бойынша</translation>
    </message>
    <message>
        <source>The whole group. Type a teacher&apos;s name; Delete takes the hours back.</source>
        <translation>Бүкіл топ. Педагогтың атын теріңіз; Delete сағатты алып тастайды.</translation>
    </message>
    <message>
        <source>A subgroup: each subgroup&apos;s teacher gets the unit&apos;s hours in full. Typing here splits the class.</source>
        <translation>Топша: әр топшаның педагогы сабақтың сағатын толық алады. Мұнда теру сабақты топшаларға бөледі.</translation>
    </message>
    <message>
        <source>The curriculum&apos;s semester</source>
        <translation>Оқу жоспарының семестрі</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кіре алады</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no, switched off</source>
        <translation>жоқ, өшірілген</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Пайдаланушы {login}</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кіре алады</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>The curator&apos;s groups (a curator sees only these):</source>
        <translation>Куратордың топтары (куратор тек соларды көреді):</translation>
    </message>
    <message>
        <source>Find a group by its code</source>
        <translation>Топты шифры бойынша табу</translation>
    </message>
    <message>
        <source>Only a curator has groups of their own; the other roles see every group.</source>
        <translation>Өз топтары тек кураторда болады; басқа рөлдер барлық топты көреді.</translation>
    </message>
    <message>
        <source>The user is not saved</source>
        <translation>Пайдаланушы сақталмады</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Пайдаланушылар мен рөлдер</translation>
    </message>
    <message>
        <source>Everyone signs in with their own login; their role decides what they may change. A user who leaves is switched off, not deleted: the change log keeps their name.</source>
        <translation>Әркім өз логинімен кіреді; нені өзгерте алатынын оның рөлі шешеді. Жұмыстан кеткен пайдаланушы жойылмайды, өшіріледі: өзгерістер журналы оның атын сақтайды.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Құпиясөз беру…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Бұл дерекқорда логин мен құпиясөзбен кіруді талап ету</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Алдымен тізімнен пайдаланушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Қайта қосу</translation>
    </message>
    <message>
        <source>A database on a server is shared by several computers: it always asks everyone to sign in.</source>
        <translation>Сервердегі дерекқорды бірнеше компьютер ортақ пайдаланады: онда әркім әрқашан кіруі керек.</translation>
    </message>
    <message>
        <source>Only an administrator changes this.</source>
        <translation>Мұны тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>On: everyone opening this file signs in with a login and password. Off: whoever opens the file may do everything.</source>
        <translation>Қосулы: бұл файлды ашқан әркім логин мен құпиясөзбен кіреді. Өшірулі: файлды ашқан кез келген адам бәрін істей алады.</translation>
    </message>
    <message>
        <source>Sign-in is not changed</source>
        <translation>Кіру тәртібі өзгертілмеді</translation>
    </message>
    <message>
        <source>Switch off {name} ({login})? They will no longer be able to sign in; what they did stays in the change log under their name.</source>
        <translation>{name} ({login}) өшірілсін бе? Ол енді кіре алмайды; оның істегені өзгерістер журналында оның атымен қалады.</translation>
    </message>
    <message>
        <source>Switch on {name} ({login})? They will be able to sign in again with their password.</source>
        <translation>{name} ({login}) қайта қосылсын ба? Ол өз құпиясөзімен қайтадан кіре алады.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Records were changed on another computer: the pages show them now.</source>
        <translation>Басқа компьютерде жазбалар өзгертілді: беттер енді оларды көрсетеді.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пайдаланушылар мен рөлдер…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>Өзгерістер &amp;журналы…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Құпиясөзімді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: there is no password of yours to change.</source>
        <translation>Бұл дерекқор кіруді талап етпейді: өзгертетін құпиясөзіңіз жоқ.</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>Басқа пайдаланушы ретінде &amp;кіру…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: turn it on in Users and roles…</source>
        <translation>Бұл дерекқор кіруді талап етпейді: кіруді «Пайдаланушылар мен рөлдер…» терезесінде қосуға болады</translation>
    </message>
</context>
</TS>
