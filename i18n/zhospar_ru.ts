<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActualGrid</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Дисциплина / модуль</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Сем.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Subgr.</source>
        <translation>Подгр.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Row {row} ({line}), {month}</source>
        <translation>Строка {row} ({line}), {month}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Semester {semester}&apos;s hours go in {first} to {last}</source>
        <translation>Часы {semester}-го семестра вносятся в месяцы: {first} – {last}</translation>
    </message>
    <message>
        <source>{who} taught {hours} h instead</source>
        <translation>{who}: {hours} ч. в замену</translation>
    </message>
    <message>
        <source>not done: {hours} h</source>
        <translation>не выполнено: {hours} ч.</translation>
    </message>
    <message>
        <source>over plan: {hours} h</source>
        <translation>сверх плана: {hours} ч.</translation>
    </message>
    <message>
        <source>taught instead of {who}</source>
        <translation>замена за: {who}</translation>
    </message>
    <message>
        <source>Taught less the plan: below 0 not done yet, above 0 over plan</source>
        <translation>Выдано минус план: меньше 0 — ещё не выполнено, больше 0 — сверх плана</translation>
    </message>
    <message>
        <source>Hours taught on the line, by the teacher and by those who replaced them</source>
        <translation>Часы, выданные по строке: самим преподавателем и заменявшими его</translation>
    </message>
</context>
<context>
    <name>ActualImport</name>
    <message>
        <source>Import hours taught</source>
        <translation>Импорт выданных часов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Выданные часы не импортированы</translation>
    </message>
    <message>
        <source>Reading the hours taught…</source>
        <translation>Чтение выданных часов…</translation>
    </message>
</context>
<context>
    <name>ActualTab</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Осенний семестр</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Весенний семестр</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Taught by</source>
        <translation>Кто провёл</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>Вместо кого</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Сверх плана</translation>
    </message>
    <message>
        <source>Taught by others</source>
        <translation>Выдано другими</translation>
    </message>
    <message>
        <source>Taught for others</source>
        <translation>За других</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Преподаватель:</translation>
    </message>
    <message>
        <source>Replacement…</source>
        <translation>Замена…</translation>
    </message>
    <message>
        <source>Import hours taught…</source>
        <translation>Импорт выданных часов…</translation>
    </message>
    <message>
        <source>Save a blank sheet…</source>
        <translation>Сохранить бланк…</translation>
    </message>
    <message>
        <source>For the chosen teacher…</source>
        <translation>Для выбранного преподавателя…</translation>
    </message>
    <message>
        <source>For all teachers…</source>
        <translation>Для всех преподавателей…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Type the hours taught in a month and press Enter (down) or Tab (right); Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes. Each change is saved at once; a value that is not a whole number of hours is refused, naming its cell, and nothing of its block is saved. «+6»: another teacher taught 6 hours of the class that month.</source>
        <translation>Введите часы, выданные за месяц, и нажмите Enter (вниз) или Tab (вправо); Delete очищает, Ctrl+V вставляет блок, скопированный из Excel, Ctrl+Z отменяет. Каждое изменение сохраняется сразу; значение, не являющееся целым числом часов, отклоняется с указанием ячейки, и из его блока ничего не сохраняется. «+6»: в этом месяце 6 часов занятия провёл другой преподаватель.</translation>
    </message>
    <message>
        <source>Who taught this teacher&apos;s classes, and whose classes this teacher taught.</source>
        <translation>Кто проводил занятия этого преподавателя и чьи занятия провёл он сам.</translation>
    </message>
    <message>
        <source>Remove the replacement</source>
        <translation>Удалить замену</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>All teachers: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h.</source>
        <translation>Все преподаватели: план {plan} ч., выдано {taught} ч., не выполнено {not_done} ч., сверх плана {over} ч.</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Сначала добавьте преподавателей: Штат…</translation>
    </message>
    <message>
        <source>The teacher has no classes this year: give them classes on the By group tab.</source>
        <translation>У преподавателя нет занятий в этом году: назначьте их на вкладке «По группам».</translation>
    </message>
    <message>
        <source>Recorded from {file}: hours: {hours}, teachers: {teachers}.</source>
        <translation>Записано из {file}: часов: {hours}, преподавателей: {teachers}.</translation>
    </message>
    <message>
        <source>{teacher} has no classes in the academic year {year}.</source>
        <translation>{teacher}: нет занятий в {year} учебном году.</translation>
    </message>
    <message>
        <source>{period}: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h; others taught {replaced} h of theirs, they taught {replacing} h for others.</source>
        <translation>{period}: план {plan} ч., выдано {taught} ч., не выполнено {not_done} ч., сверх плана {over} ч.; другие провели за него {replaced} ч., он провёл за других {replacing} ч.</translation>
    </message>
    <message>
        <source>Choose a teacher first.</source>
        <translation>Сначала выберите преподавателя.</translation>
    </message>
    <message>
        <source>Select the replacements to remove first.</source>
        <translation>Сначала выберите замены для удаления.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Часы не сохранены</translation>
    </message>
    <message>
        <source>Replacement: {who} for {teacher}</source>
        <translation>Замена: {who} вместо {teacher}</translation>
    </message>
    <message>
        <source>Remove {count} replacements</source>
        <translation>Удалить замены: {count}</translation>
    </message>
    <message>
        <source>Recording the hours taught…</source>
        <translation>Запись выданных часов…</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Выданные часы не импортированы</translation>
    </message>
    <message>
        <source>Import hours taught from {file}</source>
        <translation>Импорт выданных часов из {file}</translation>
    </message>
    <message>
        <source>hours-taught</source>
        <translation>выданные-часы</translation>
    </message>
    <message>
        <source>Save a blank sheet of hours taught</source>
        <translation>Сохранить бланк выданных часов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the blank sheet…</source>
        <translation>Запись бланка…</translation>
    </message>
    <message>
        <source>Blank sheet not saved</source>
        <translation>Бланк не сохранён</translation>
    </message>
    <message>
        <source>Blank sheet of {count} lines saved to {file}.</source>
        <translation>Бланк из {count} строк сохранён в {file}.</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
</context>
<context>
    <name>AppendixDialog</name>
    <message>
        <source>Appendix to contract № {number}</source>
        <translation>Приложение к договору № {number}</translation>
    </message>
    <message>
        <source>The enterprise fills the appendix; once it is handed to the student it no longer changes. The modules come from the student&apos;s curriculum.</source>
        <translation>Приложение заполняет предприятие; после выдачи обучающемуся оно не изменяется. Модули берутся из учебного плана обучающегося.</translation>
    </message>
    <message>
        <source>The student&apos;s group has no working curriculum: the modules cannot be picked.</source>
        <translation>У группы обучающегося нет рабочего учебного плана: модули выбрать нельзя.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Добавить период</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Удалить период</translation>
    </message>
    <message>
        <source>Click a period of the table first: the one to remove.</source>
        <translation>Сначала щёлкните в таблице период, который нужно удалить.</translation>
    </message>
    <message>
        <source>Save the appendix?</source>
        <translation>Сохранить приложение?</translation>
    </message>
    <message>
        <source>Check these lines:
{lines}

Save the appendix as it is?</source>
        <translation>Проверьте эти строки:
{lines}

Сохранить приложение как есть?</translation>
    </message>
    <message>
        <source>Appendix not saved</source>
        <translation>Приложение не сохранено</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the curriculum</source>
        <translation>Утверждение учебного плана</translation>
    </message>
    <message>
        <source>The college director approves the curriculum “{title}”.</source>
        <translation>Директор колледжа утверждает учебный план «{title}».</translation>
    </message>
    <message>
        <source>Who approves (the college director):</source>
        <translation>Кто утверждает (директор колледжа):</translation>
    </message>
    <message>
        <source>Surname First name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>College profile</source>
        <translation>Профиль колледжа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Учебный план</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Строка учебного плана</translation>
    </message>
    <message>
        <source>Year of the study schedule</source>
        <translation>Год графика учебного процесса</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Предметно-цикловая комиссия</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Педагогическая нагрузка</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Выданные часы</translation>
    </message>
    <message>
        <source>Load row seen</source>
        <translation>Просмотренная строка нагрузки</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Qualification awarded</source>
        <translation>Присвоенная квалификация</translation>
    </message>
    <message>
        <source>NEDB exchange</source>
        <translation>Обмен с НОБД</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Шкала оценивания</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Итоговая оценка</translation>
    </message>
    <message>
        <source>Diploma or supplement</source>
        <translation>Диплом или приложение</translation>
    </message>
    <message>
        <source>Graduate&apos;s employment</source>
        <translation>Трудоустройство выпускника</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Dual training contract</source>
        <translation>Договор о дуальном обучении</translation>
    </message>
    <message>
        <source>Module of a contract</source>
        <translation>Модуль договора</translation>
    </message>
    <message>
        <source>Period of a contract</source>
        <translation>Период договора</translation>
    </message>
    <message>
        <source>Payment to a mentor</source>
        <translation>Выплата наставнику</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <source>Enterprise&apos;s request</source>
        <translation>Заказ предприятия</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Схема оценки</translation>
    </message>
    <message>
        <source>Aspect of a marking scheme</source>
        <translation>Аспект схемы оценки</translation>
    </message>
    <message>
        <source>Exam session</source>
        <translation>Сессия экзамена</translation>
    </message>
    <message>
        <source>Exam expert</source>
        <translation>Эксперт экзамена</translation>
    </message>
    <message>
        <source>Exam candidate</source>
        <translation>Кандидат на экзамен</translation>
    </message>
    <message>
        <source>Library count</source>
        <translation>Количество учебников в библиотеке</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Curator&apos;s group</source>
        <translation>Группа куратора</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Настройка базы данных</translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation>Запись журнала изменений</translation>
    </message>
    <message>
        <source>Record held for editing</source>
        <translation>Запись, занятая для редактирования</translation>
    </message>
    <message>
        <source>Demo college filled in</source>
        <translation>Заполнен демо-колледж</translation>
    </message>
    <message>
        <source>Classifier shipped with the program</source>
        <translation>Классификатор из поставки программы</translation>
    </message>
    <message>
        <source>Classifier import</source>
        <translation>Импорт классификатора</translation>
    </message>
    <message>
        <source>NEDB import</source>
        <translation>Импорт из НОБД</translation>
    </message>
    <message>
        <source>Students import</source>
        <translation>Импорт студентов</translation>
    </message>
    <message>
        <source>Grades import</source>
        <translation>Импорт оценок</translation>
    </message>
    <message>
        <source>Teacher load import</source>
        <translation>Импорт педагогической нагрузки</translation>
    </message>
    <message>
        <source>Curriculum import</source>
        <translation>Импорт учебного плана</translation>
    </message>
    <message>
        <source>Changes of the curricula taken into the load</source>
        <translation>Изменения учебных планов перенесены в нагрузку</translation>
    </message>
    <message>
        <source>Load copied from last year</source>
        <translation>Нагрузка скопирована с прошлого года</translation>
    </message>
    <message>
        <source>Load of the year cleared</source>
        <translation>Нагрузка года очищена</translation>
    </message>
    <message>
        <source>Hours taught entered</source>
        <translation>Внесены выданные часы</translation>
    </message>
    <message>
        <source>Hours taught import</source>
        <translation>Импорт выданных часов</translation>
    </message>
    <message>
        <source>Employment import</source>
        <translation>Импорт трудоустройства</translation>
    </message>
    <message>
        <source>Exam scores import</source>
        <translation>Импорт баллов экзамена</translation>
    </message>
    <message>
        <source>Candidates added to an exam session</source>
        <translation>Кандидаты добавлены в сессию экзамена</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Import or order</source>
        <translation>Импорт или приказ</translation>
    </message>
    <message>
        <source>{kind}: {count} created</source>
        <translation>{kind}: создано {count}</translation>
    </message>
    <message>
        <source>{kind}: {count} changed</source>
        <translation>{kind}: изменено {count}</translation>
    </message>
    <message>
        <source>{kind}: {count} deleted</source>
        <translation>{kind}: удалено {count}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{field}: was «{old}», became «{new}»</source>
        <translation>{field}: было «{old}», стало «{new}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Требовать вход по логину и паролю в этой базе данных</translation>
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
        <translation>Строк в файле</translation>
    </message>
    <message>
        <source>№ {id}</source>
        <translation>№ {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Преподаватели</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>{when} — {who}, computer {computer}</source>
        <translation>{when} — {who}, компьютер {computer}</translation>
    </message>
    <message>
        <source>{action}: {kind} «{record}»</source>
        <translation>{action}: {kind} «{record}»</translation>
    </message>
    <message>
        <source>No values were written down.</source>
        <translation>Значения не записаны.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the change log.</source>
        <translation>Вашей роли ({role}) не разрешено читать журнал изменений.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the changes of {area}.</source>
        <translation>Вашей роли ({role}) не разрешено читать изменения раздела «{area}».</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>History: {label}</source>
        <translation>История: {label}</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Choose an entry to read what it changed.</source>
        <translation>Выберите запись, чтобы прочитать, что в ней изменено.</translation>
    </message>
    <message>
        <source>Record, IIN or value (Ctrl+F)</source>
        <translation>Запись, ИИН или значение (Ctrl+F)</translation>
    </message>
    <message>
        <source>Who made the changes</source>
        <translation>Кто вносил изменения</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Язык файла</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Save the entries found to an Excel workbook or a CSV file; IINs are masked in it</source>
        <translation>Сохранить найденные записи в книгу Excel или файл CSV; ИИН в нём скрыты</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All kinds of records</source>
        <translation>Все виды записей</translation>
    </message>
    <message>
        <source>The newest {count} entries; narrow the search to reach older ones</source>
        <translation>Последние {count} записей; чтобы увидеть более ранние, сузьте поиск</translation>
    </message>
    <message>
        <source>No change of this record was written down one by one; records made by an import or an order are in its entry of the change log</source>
        <translation>Изменения этой записи по отдельности не записывались; записи, созданные импортом или приказом, видны в записи журнала изменений об этом импорте или приказе</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Подходящих записей нет</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>change-log</source>
        <translation>журнал-изменений</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Выгрузка журнала изменений</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <source>The change log was not exported</source>
        <translation>Журнал изменений не выгружен</translation>
    </message>
    <message>
        <source>Exporting the change log…</source>
        <translation>Выгрузка журнала изменений…</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}</source>
        <translation>Выгружено записей: {count}, файл {path}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}).</source>
        <translation>Вы вошли как {name} ({login}).</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>П&amp;овторите новый пароль:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>The password is not changed</source>
        <translation>Пароль не изменён</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you sign in.</source>
        <translation>Пароль изменён. При следующем входе используйте новый.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>очная</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>заочная</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 классов</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 классов</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>ТиПО</translation>
    </message>
    <message>
        <source>male</source>
        <translation>муж.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жен.</translation>
    </message>
    <message>
        <source>state order (republican budget)</source>
        <translation>госзаказ (республиканский бюджет)</translation>
    </message>
    <message>
        <source>state order (local budget)</source>
        <translation>госзаказ (местный бюджет)</translation>
    </message>
    <message>
        <source>enterprise order</source>
        <translation>заказ предприятия</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>платное</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>городская</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>сельская</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>на общих основаниях</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>обучается</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>в академическом отпуске</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>выпущен</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>не зачислен</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>зачисление</translation>
    </message>
    <message>
        <source>academic leave</source>
        <translation>академический отпуск</translation>
    </message>
    <message>
        <source>return from leave</source>
        <translation>выход из отпуска</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>отчисление</translation>
    </message>
    <message>
        <source>graduation</source>
        <translation>выпуск</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>сирота</translation>
    </message>
    <message>
        <source>without parental care</source>
        <translation>без попечения родителей</translation>
    </message>
    <message>
        <source>with a disability</source>
        <translation>с инвалидностью</translation>
    </message>
    <message>
        <source>from a large family</source>
        <translation>из многодетной семьи</translation>
    </message>
    <message>
        <source>from a low-income family</source>
        <translation>из малообеспеченной семьи</translation>
    </message>
    <message>
        <source>special educational needs</source>
        <translation>особые образовательные потребности</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>hearing impairment</source>
        <translation>нарушение слуха</translation>
    </message>
    <message>
        <source>visual impairment</source>
        <translation>нарушение зрения</translation>
    </message>
    <message>
        <source>speech impairment</source>
        <translation>нарушение речи</translation>
    </message>
    <message>
        <source>musculoskeletal disorder</source>
        <translation>нарушение опорно-двигательного аппарата</translation>
    </message>
    <message>
        <source>intellectual disability</source>
        <translation>нарушение интеллекта</translation>
    </message>
    <message>
        <source>delayed mental development</source>
        <translation>задержка психического развития</translation>
    </message>
    <message>
        <source>autism spectrum</source>
        <translation>расстройство аутистического спектра</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>special curriculum</source>
        <translation>специальная учебная программа</translation>
    </message>
    <message>
        <source>individual curriculum</source>
        <translation>индивидуальная учебная программа</translation>
    </message>
    <message>
        <source>at own request</source>
        <translation>по собственному желанию</translation>
    </message>
    <message>
        <source>academic failure</source>
        <translation>академическая неуспеваемость</translation>
    </message>
    <message>
        <source>transfer to another college</source>
        <translation>перевод в другой колледж</translation>
    </message>
    <message>
        <source>breach of the college rules</source>
        <translation>нарушение правил колледжа</translation>
    </message>
    <message>
        <source>health</source>
        <translation>по состоянию здоровья</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>военная служба</translation>
    </message>
    <message>
        <source>death</source>
        <translation>смерть</translation>
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
        <translation>уход за ребёнком</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Worker qualification</source>
        <translation>Рабочая квалификация</translation>
    </message>
    <message>
        <source>Mid-level specialist</source>
        <translation>Специалист среднего звена</translation>
    </message>
    <message>
        <source>Applied bachelor</source>
        <translation>Прикладной бакалавр</translation>
    </message>
</context>
<context>
    <name>ClassifierColumns</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Наименование на английском</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Действует сегодня</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ClassifierPage</name>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить невозможно</translation>
    </message>
    <message>
        <source>Classifier of specialties and qualifications</source>
        <translation>Классификатор специальностей и квалификаций</translation>
    </message>
    <message>
        <source>Specialty codes have 8 digits; qualification codes start with the level and W (worker), S (mid-level specialist) or AB (applied bachelor).</source>
        <translation>Код специальности состоит из 8 цифр; код квалификации начинается с уровня и буквы W (рабочий), S (специалист среднего звена) или AB (прикладной бакалавр).</translation>
    </message>
    <message>
        <source>A new database holds only a starting set of the classifier. Import the state classifier (ministry order No. 500 of 2018 with its amendments) from Excel with Import from Excel… (Ctrl+I): one sheet with the columns code, name in Kazakh and name in Russian.</source>
        <translation>Новая база содержит лишь начальную часть классификатора. Загрузите государственный классификатор (приказ министерства № 500 от 2018 года с изменениями) из Excel кнопкой «Загрузить из Excel…» (Ctrl+I): один лист со столбцами код, наименование на казахском и наименование на русском.</translation>
    </message>
    <message>
        <source>Search by code or name (Ctrl+F)</source>
        <translation>Поиск по коду или наименованию (Ctrl+F)</translation>
    </message>
    <message>
        <source>New specialty…</source>
        <translation>Новая специальность…</translation>
    </message>
    <message>
        <source>New qualification…</source>
        <translation>Новая квалификация…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Сначала выберите запись в списке.</translation>
    </message>
    <message>
        <source>Change {code}</source>
        <translation>Изменение {code}</translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>Добавление {code}</translation>
    </message>
    <message>
        <source>Delete {code} “{name}” from the classifier?</source>
        <translation>Удалить {code} «{name}» из классификатора?</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>Удаление {code}</translation>
    </message>
    <message>
        <source>Import the classifier</source>
        <translation>Загрузка классификатора</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing the classifier…</source>
        <translation>Загрузка классификатора…</translation>
    </message>
    <message>
        <source>The classifier was not imported</source>
        <translation>Классификатор не загружен</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <source>{added} entries added, {updated} updated.</source>
        <translation>Добавлено записей: {added}, обновлено: {updated}.</translation>
    </message>
    <message>
        <source>Export the classifier</source>
        <translation>Выгрузка классификатора</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Выгрузка завершена</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>Записей выгружено: {count}, файл {path}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>demo database: {path}</source>
        <translation>демонстрационная база: {path}</translation>
    </message>
    <message>
        <source>up to date: {name}</source>
        <translation>актуальна: {name}</translation>
    </message>
    <message>
        <source>backup written: {path}</source>
        <translation>резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>Replace {name} with {path}? A copy of the current data is kept. [y/N] </source>
        <translation>Заменить {name} на {path}? Копия текущих данных сохранится. [д/Н] </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ничего не изменено</translation>
    </message>
    <message>
        <source>restored {name} from {path}</source>
        <translation>{name} восстановлена из {path}</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>записей в {path}: {count}</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated</source>
        <translation>импортировано: добавлено {added}, обновлено {updated}</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>nothing was imported: correct the cells above</source>
        <translation>ничего не импортировано: исправьте ячейки, указанные выше</translation>
    </message>
    <message>
        <source>the workbook was not checked: correct the cells above</source>
        <translation>книга не проверена: исправьте ячейки, указанные выше</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings; rule set {rule_set}</source>
        <translation>ошибок: {errors}, предупреждений: {warnings}; свод правил {rule_set}</translation>
    </message>
    <message>
        <source># sheet {sheet}</source>
        <translation># лист {sheet}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum: passed over</source>
        <translation>на листе «{sheet}» нет учебного плана: пропущен</translation>
    </message>
    <message>
        <source>give --id N (see --list)</source>
        <translation>укажите --id N (см. --list)</translation>
    </message>
    <message>
        <source>no curriculum {id} (see --list)</source>
        <translation>учебного плана {id} нет (см. --list)</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>записано: {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>unexpected error; details in {path}</source>
        <translation>непредвиденная ошибка; подробности в {path}</translation>
    </message>
    <message>
        <source>{total} students written to {path} (round {round}, sha256 {sha256}…)</source>
        <translation>в {path} записано студентов: {total} (выгрузка {round}, sha256 {sha256}…)</translation>
    </message>
    <message>
        <source>changes: {added} added, {changed} changed, {left} left</source>
        <translation>изменения: добавлено {added}, изменено {changed}, выбыло {left}</translation>
    </message>
    <message>
        <source>changes since the export of {at}: {added} added, {changed} changed, {left} left</source>
        <translation>изменения с выгрузки {at}: добавлено {added}, изменено {changed}, выбыло {left}</translation>
    </message>
    <message>
        <source>line {line} {name}: {field}: ours «{ours}», file «{theirs}»</source>
        <translation>строка {line} {name}: {field}: у нас «{ours}», в файле «{theirs}»</translation>
    </message>
    <message>
        <source>{new} new, {same} the same, {conflicts} with differences, {groups} new groups</source>
        <translation>новых: {new}, без изменений: {same}, с расхождениями: {conflicts}, новых групп: {groups}</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>пробный прогон: ничего не записано</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated from the file, {kept} kept as ours, {groups} groups added</source>
        <translation>импортировано: добавлено {added}, обновлено из файла {updated}, оставлено нашим {kept}, добавлено групп {groups}</translation>
    </message>
    <message>
        <source>when	round	direction	who	file	students	added/changed/left	SHA-256</source>
        <translation>когда	выгрузка	направление	кто	файл	студенты	добавлено/изменено/выбыло	SHA-256</translation>
    </message>
    <message>
        <source>{count} problems before the NEDB round</source>
        <translation>проблем перед выгрузкой в НОБД: {count}</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date; write it as YYYY-MM-DD</source>
        <translation>{option}: «{value}» — не дата; напишите в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>privileges granted to {role} on {name}</source>
        <translation>права на {name} выданы роли {role}</translation>
    </message>
    <message>
        <source>there is no role {role} on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>на сервере нет роли {role}: сначала создайте её (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>grant is for a PostgreSQL database (--db postgresql+psycopg://owner@server/database)</source>
        <translation>команда grant — для базы данных PostgreSQL (--db postgresql+psycopg://owner@server/database)</translation>
    </message>
    <message>
        <source>{student}: ready to print ({graded} grades)</source>
        <translation>{student}: готов к печати (оценок: {graded})</translation>
    </message>
    <message>
        <source>{student}: {count} to fix before printing</source>
        <translation>{student}: исправить перед печатью: {count}</translation>
    </message>
    <message>
        <source>{group}: {ready} of {total} students ready to print</source>
        <translation>{group}: готовы к печати {ready} из {total} студентов</translation>
    </message>
    <message>
        <source>{count} files written to {folder}</source>
        <translation>в папку {folder} записано файлов: {count}</translation>
    </message>
    <message>
        <source>there is no group {group}</source>
        <translation>группы {group} нет</translation>
    </message>
</context>
<context>
    <name>CognateBox</name>
    <message>
        <source>Cognate qualification</source>
        <translation>Родственная квалификация</translation>
    </message>
    <message>
        <source>Tick when the students admitted already hold a TVET qualification of the same profile (Kazakh «мәндес біліктілік»). Only then is a mid-level programme on the TVET base held to 60 credits (recommendations 2022-2023, lines 258-260); for another profile its total is not checked. Other levels and bases do not use it.</source>
        <translation>Отметьте, если принятые обучающиеся уже имеют квалификацию ТиПО того же профиля («мәндес біліктілік»). Только тогда программа специалиста среднего звена на базе ТиПО проверяется на 60 кредитов (рекомендации 2022-2023, строки 258-260); для другого профиля общий объём не проверяется. На другие уровни и базы не влияет.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <source>College profile</source>
        <translation>Профиль колледжа</translation>
    </message>
    <message>
        <source>The college&apos;s names and details appear on every printed document and report.</source>
        <translation>Наименования и реквизиты колледжа выводятся в каждом печатном документе и отчёте.</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Заместитель директора по учебной работе</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <source>Bank, in Kazakh</source>
        <translation>Банк, на казахском</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Банк, на русском</translation>
    </message>
    <message>
        <source>Signs the working curriculum as its compiler</source>
        <translation>Подписывает рабочий учебный план как составитель</translation>
    </message>
    <message>
        <source>Signs the teachers&apos; tarification list</source>
        <translation>Подписывает тарификационный список преподавателей</translation>
    </message>
    <message>
        <source>Leave empty when the name reads the same in Russian</source>
        <translation>Оставьте пустым, если на русском наименование такое же</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Условия для инклюзивного образования</translation>
    </message>
    <message>
        <source>Entrance ramps</source>
        <translation>Пандусы у входа</translation>
    </message>
    <message>
        <source>Light signals</source>
        <translation>Световые сигналы</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Кнопка вызова</translation>
    </message>
    <message>
        <source>Adapted sanitary unit</source>
        <translation>Приспособленный санузел</translation>
    </message>
    <message>
        <source>For the indicators</source>
        <translation>Для показателей</translation>
    </message>
    <message>
        <source>Library textbook counts…</source>
        <translation>Количество учебников в библиотеке…</translation>
    </message>
    <message>
        <source>Teachers and their qualification upgrades…</source>
        <translation>Педагоги и повышение их квалификации…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Отменить изменения после последнего сохранения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Сохранить профиль (Ctrl+S)</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Профиль не сохранён</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The college profile has unsaved changes. Save them?</source>
        <translation>В профиле колледжа есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>BIN {problem}</source>
        <translation>БИН {problem}</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БИН верный</translation>
    </message>
    <message>
        <source>All four conditions are met: the college counts towards the inclusive-education indicator.</source>
        <translation>Все четыре условия выполнены: колледж учитывается в показателе инклюзивного образования.</translation>
    </message>
    <message>
        <source>Not all four conditions are met: the college does not count towards the inclusive-education indicator.</source>
        <translation>Выполнены не все четыре условия: колледж не учитывается в показателе инклюзивного образования.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}. Nothing was saved.</source>
        <translation>Вашей роли ({role}) не разрешено изменять раздел «{area}». Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Your account was switched off by the administrator after you signed in. Nothing was saved.</source>
        <translation>После вашего входа администратор отключил вашу учётную запись. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The administrator gave you another role ({role}) after you signed in; it may not change {area}. Nothing was saved. Sign in again (Users menu) to work with your new role.</source>
        <translation>После вашего входа администратор назначил вам другую роль ({role}); ей не разрешено изменять раздел «{area}». Ничего не сохранено. Чтобы работать с новой ролью, войдите заново (меню «Пользователи»).</translation>
    </message>
    <message>
        <source>{who} saved this record at {time} on {day} ({computer}) after you opened it. Nothing of yours was saved.</source>
        <translation>Запись сохранил(а) {who} ({day} в {time}, компьютер {computer}) — уже после того, как вы её открыли. Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved.</source>
        <translation>Эту запись сохранил кто-то другой уже после того, как вы её открыли. Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>{field}: saved «{theirs}», yours «{mine}»</source>
        <translation>{field}: сохранено «{theirs}», у вас «{mine}»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Reload the saved record</source>
        <translation>Загрузить сохранённую запись</translation>
    </message>
    <message>
        <source>Keep my values on screen</source>
        <translation>Оставить мои значения на экране</translation>
    </message>
    <message>
        <source>Take theirs and put my changes back on it</source>
        <translation>Взять их версию и применить мои правки</translation>
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
        <translation>Студенты и группы. Группа и статус студента меняются только приказами (Приказ о движении…); история сохраняется.</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Новый студент…</translation>
    </message>
    <message>
        <source>Card…</source>
        <translation>Карточка…</translation>
    </message>
    <message>
        <source>Movement order…</source>
        <translation>Приказ о движении…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import from NEDB…</source>
        <translation>Импорт из НОБД…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Search by name, IIN or group (Ctrl+F)</source>
        <translation>Поиск по ФИО, ИИН или группе (Ctrl+F)</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>все группы</translation>
    </message>
    <message>
        <source>all courses</source>
        <translation>все курсы</translation>
    </message>
    <message>
        <source>all specialties</source>
        <translation>все специальности</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>все языки</translation>
    </message>
    <message>
        <source>any funding</source>
        <translation>любое финансирование</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>все статусы</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>любая категория</translation>
    </message>
    <message>
        <source>studying or on leave</source>
        <translation>обучается или в отпуске</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every student studying or on leave: the search and the filters cleared</source>
        <translation>Показать всех студентов, обучающихся или находящихся в отпуске: поиск и фильтры сбрасываются</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Show its students</source>
        <translation>Показать её студентов</translation>
    </message>
    <message>
        <source>No student is shown: change the search or the filters (Clear).</source>
        <translation>Не показан ни один студент: измените поиск или фильтры (Сбросить).</translation>
    </message>
    <message>
        <source>Select a student in the list first.</source>
        <translation>Сначала выберите студента в списке.</translation>
    </message>
    <message>
        <source>There are no groups yet: create one (New group…).</source>
        <translation>Групп пока нет: создайте группу (Новая группа…).</translation>
    </message>
    <message>
        <source>Select a group in the list first.</source>
        <translation>Сначала выберите группу в списке.</translation>
    </message>
    <message>
        <source>No search or filter is set: all students studying or on leave are shown.</source>
        <translation>Поиск и фильтры не заданы: показаны все студенты, обучающиеся или находящиеся в отпуске.</translation>
    </message>
    <message>
        <source>Read again: {total} students in {groups} groups.</source>
        <translation>Прочитано заново: студентов — {total}, групп — {groups}.</translation>
    </message>
    <message>
        <source>{count} students match: the first is selected. Press Enter to open a card, or type more in the search.</source>
        <translation>Подходят студентов: {count}, выбран первый. Нажмите Enter, чтобы открыть карточку, или уточните поиск.</translation>
    </message>
    <message>
        <source>No student matches “{text}” with these filters; {count} match among all students (any group or status): choose the filters, or Clear.</source>
        <translation>С этими фильтрами «{text}» не найден ни один студент; среди всех студентов (любая группа и статус) подходят: {count}. Выберите фильтры или нажмите «Сбросить».</translation>
    </message>
    <message>
        <source>No student matches “{text}”: search by surname, name, IIN or group.</source>
        <translation>Ни один студент не подходит под «{text}»: ищите по фамилии, имени, ИИН или группе.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Новый студент</translation>
    </message>
    <message>
        <source>Create a group first (Groups tab).</source>
        <translation>Сначала создайте группу (вкладка «Группы»).</translation>
    </message>
    <message>
        <source>Movement order</source>
        <translation>Приказ о движении</translation>
    </message>
    <message>
        <source>Select the students the order moves (Ctrl+click or Shift+click for many).</source>
        <translation>Выберите студентов, которых касается приказ (Ctrl+щелчок или Shift+щелчок для нескольких).</translation>
    </message>
    <message>
        <source>Order {number} applied: {kind} for {count} students.</source>
        <translation>Приказ {number} применён: {kind}, обучающихся: {count}.</translation>
    </message>
    <message>
        <source>Import students from Excel</source>
        <translation>Импорт студентов из Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{added} students added; {skipped} already here were skipped.</source>
        <translation>Добавлено студентов: {added}; уже имеющиеся ({skipped}) пропущены.</translation>
    </message>
    <message>
        <source>Import from NEDB</source>
        <translation>Импорт из НОБД</translation>
    </message>
    <message>
        <source>{added} students added, {updated} updated from the file, {kept} kept as they were here, {groups} groups created.</source>
        <translation>Добавлено студентов: {added}, обновлено из файла: {updated}, оставлено как здесь: {kept}, создано групп: {groups}.</translation>
    </message>
    <message>
        <source>Delete the group {code}?</source>
        <translation>Удалить группу {code}?</translation>
    </message>
    <message>
        <source>Imported from NEDB: {added} added, {updated} updated, {unchanged} the same, {kept} kept as here.</source>
        <translation>Загружено из НОБД: добавлено {added}, обновлено {updated}, без изменений {unchanged}, оставлено как здесь {kept}.</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{shown} из {total} студентов</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить нельзя</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>New student {name}</source>
        <translation>Новый студент {name}</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Приказ № {number}</translation>
    </message>
</context>
<context>
    <name>ContingentReportBox</name>
    <message>
        <source>Contingent by specialty, course, language, funding and form of study; the movement of students for a period with its orders; students with special educational needs and social categories.</source>
        <translation>Контингент по специальности, курсу, языку, финансированию и форме обучения; движение студентов за период с приказами; студенты с особыми образовательными потребностями и социальных категорий.</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Период движения</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Сохранить в Excel…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Сохранить в Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
</context>
<context>
    <name>ContractColumns</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Часы на предприятии</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New dual-training contract</source>
        <translation>Новый договор о дуальном обучении</translation>
    </message>
    <message>
        <source>Dual-training contract</source>
        <translation>Договор о дуальном обучении</translation>
    </message>
    <message>
        <source>{name}, group {group}</source>
        <translation>{name}, группа {group}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Modules and learning outcomes of the curriculum delivered at the enterprise:</source>
        <translation>Модули и результаты обучения учебного плана, осваиваемые на предприятии:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Часы на предприятии</translation>
    </message>
    <message>
        <source>Add from the curriculum</source>
        <translation>Добавить из учебного плана</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Click a row of the table first: the one to remove.</source>
        <translation>Сначала щёлкните в таблице строку, которую нужно удалить.</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>у группы нет рабочего учебного плана</translation>
    </message>
    <message>
        <source>{code} {name} ({hours} h, practical training {practical} h)</source>
        <translation>{code} {name} ({hours} ч, практическое обучение {practical} ч)</translation>
    </message>
    <message>
        <source>Module {code} is already in the contract (selected): change its hours there.</source>
        <translation>Модуль {code} уже есть в договоре (выделен): измените его часы там.</translation>
    </message>
    <message>
        <source>The student is under 18: the legal representative signs too.</source>
        <translation>Обучающемуся нет 18 лет: подписывает и законный представитель.</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Договор не сохранён</translation>
    </message>
</context>
<context>
    <name>ContractFilters</name>
    <message>
        <source>Search: number, student, mentor…</source>
        <translation>Поиск: номер, обучающийся, наставник…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Все предприятия</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message>
        <source>signed on {date}</source>
        <translation>подписан {date}</translation>
    </message>
    <message>
        <source>appendix handed over on {date}</source>
        <translation>приложение выдано {date}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>завершён {date}</translation>
    </message>
    <message>
        <source>terminated on {date}</source>
        <translation>расторгнут {date}</translation>
    </message>
</context>
<context>
    <name>ContractSteps</name>
    <message>
        <source>Sign contract № {number} ({student})?</source>
        <translation>Подписать договор № {number} ({student})?</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Hand the appendix of contract № {number} ({student}) over to the student? It is not changed after that.</source>
        <translation>Выдать обучающемуся приложение к договору № {number} ({student})? После этого оно не изменяется.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>End contract № {number} ({student})? It is kept as the record of the training.</source>
        <translation>Завершить договор № {number} ({student})? Он сохраняется как запись об обучении.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Terminate contract № {number} ({student}) before its end?</source>
        <translation>Расторгнуть договор № {number} ({student}) досрочно?</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Дата расторжения</translation>
    </message>
    <message>
        <source>Sign № {number}</source>
        <translation>Подписание № {number}</translation>
    </message>
    <message>
        <source>Hand over the appendix of № {number}</source>
        <translation>Выдача приложения к № {number}</translation>
    </message>
    <message>
        <source>End № {number}</source>
        <translation>Завершение № {number}</translation>
    </message>
    <message>
        <source>Terminate № {number}</source>
        <translation>Расторжение № {number}</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>Договор № {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Отменить невозможно</translation>
    </message>
</context>
<context>
    <name>CoverageColumns</name>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>State order: covered</source>
        <translation>Госзаказ: охвачено</translation>
    </message>
    <message>
        <source>State order, %</source>
        <translation>Госзаказ, %</translation>
    </message>
    <message>
        <source>All students, %</source>
        <translation>Все студенты, %</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>Working curricula</source>
        <translation>Рабочие учебные планы</translation>
    </message>
    <message>
        <source>Every rule of the credit-modular system is checked as you edit. Open a curriculum with Enter or a double click.</source>
        <translation>Каждое правило кредитно-модульной системы проверяется при редактировании. Откройте план клавишей Enter или двойным щелчком.</translation>
    </message>
    <message>
        <source>New curriculum…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Копия…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search by title, specialty or qualification (Ctrl+F)</source>
        <translation>Поиск по названию, специальности или квалификации (Ctrl+F)</translation>
    </message>
    <message>
        <source>No curricula yet</source>
        <translation>Планов пока нет</translation>
    </message>
    <message>
        <source>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</source>
        <translation>Создайте первый по шаблону для базы и уровня; обязательные предметы и модули будут заполнены.</translation>
    </message>
    <message>
        <source>There are no curricula yet: create one (New curriculum…) or import one from Excel.</source>
        <translation>Учебных планов пока нет: создайте план (Новый план…) или загрузите его из Excel.</translation>
    </message>
    <message>
        <source>No curriculum matches the search: clear the search box.</source>
        <translation>Ни один учебный план не подходит под поиск: очистите строку поиска.</translation>
    </message>
    <message>
        <source>Select a curriculum in the list first.</source>
        <translation>Сначала выберите учебный план в списке.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; an approved curriculum is archived from its editor (Curriculum menu).</source>
        <translation>Удалить можно только проект; утверждённый учебный план переносится в архив из его редактора (меню «Учебный план»).</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer}: it cannot be deleted now.</source>
        <translation>Его редактирует {who} на компьютере {computer}: сейчас удалить его нельзя.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Название копии:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>Copied as a draft: {title}</source>
        <translation>Скопирован как проект: {title}</translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>Удалить проект «{title}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Deleted: {title}</source>
        <translation>Удалён: {title}</translation>
    </message>
    <message>
        <source>Import a curriculum</source>
        <translation>Загрузка плана</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Чтение книги…</translation>
    </message>
    <message>
        <source>Saving the curricula…</source>
        <translation>Сохранение учебных планов…</translation>
    </message>
    <message>
        <source>{count} curricula imported as drafts: {titles}</source>
        <translation>Загружено учебных планов (проекты): {count} — {titles}</translation>
    </message>
    <message>
        <source>The curriculum was not imported</source>
        <translation>План не загружен</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Теория</translation>
    </message>
    <message>
        <source>Lab./practical</source>
        <translation>Лаб./практ.</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Курсовой проект</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Произв. обучение</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Э</translation>
    </message>
    <message>
        <source>T</source>
        <translation>З</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>ДЗ</translation>
    </message>
    <message>
        <source>No Kazakh name: the plan is in Kazakh</source>
        <translation>Нет названия на казахском: план на казахском языке</translation>
    </message>
    <message>
        <source>No Russian name: the plan is in Russian</source>
        <translation>Нет названия на русском: план на русском языке</translation>
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
        <translation>К списку</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Row properties…</source>
        <translation>Свойства строки…</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Удалить строки</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Копировать строки</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <source>Process schedule…</source>
        <translation>График учебного процесса…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” was made as a draft; it opens now. The approved version stays as it was.</source>
        <translation>Версия {version} плана «{title}» создана как проект; сейчас она откроется. Утверждённая версия остаётся без изменений.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Печать в PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Учебный план</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language of the names shown and edited</source>
        <translation>Язык показываемых и редактируемых наименований</translation>
    </message>
    <message>
        <source>Names in Kazakh</source>
        <translation>Названия на казахском</translation>
    </message>
    <message>
        <source>Names in Russian</source>
        <translation>Названия на русском</translation>
    </message>
    <message>
        <source>Change the cognate qualification</source>
        <translation>Изменить родственную квалификацию</translation>
    </message>
    <message>
        <source>An approved curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>Утверждённый учебный план не изменяется: создайте его новую версию (меню «Учебный план»).</translation>
    </message>
    <message>
        <source>An archived curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>Учебный план в архиве не изменяется: создайте его новую версию (меню «Учебный план»).</translation>
    </message>
    <message>
        <source>Select the rows first (a click; Ctrl+click or Shift+click for more).</source>
        <translation>Сначала выберите строки (щелчок; Ctrl+щелчок или Shift+щелчок для нескольких).</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>Select one row to move.</source>
        <translation>Выберите одну строку для перемещения.</translation>
    </message>
    <message>
        <source>{code} is already the first of its rows.</source>
        <translation>{code} уже первая среди своих строк.</translation>
    </message>
    <message>
        <source>{code} is already the last of its rows.</source>
        <translation>{code} уже последняя среди своих строк.</translation>
    </message>
    <message>
        <source>Nothing copied yet: select rows and copy them (Ctrl+C).</source>
        <translation>Ещё ничего не скопировано: выберите строки и скопируйте их (Ctrl+C).</translation>
    </message>
    <message>
        <source>This curriculum is already approved.</source>
        <translation>Этот учебный план уже утверждён.</translation>
    </message>
    <message>
        <source>A draft is changed as it is: a new version is made of an approved curriculum.</source>
        <translation>Проект изменяется напрямую: новая версия создаётся из утверждённого учебного плана.</translation>
    </message>
    <message>
        <source>Only an approved curriculum is archived; a draft can be deleted from the list.</source>
        <translation>В архив переносится только утверждённый учебный план; проект можно удалить из списка.</translation>
    </message>
    <message>
        <source>This curriculum is already in the archive.</source>
        <translation>Этот учебный план уже в архиве.</translation>
    </message>
    <message>
        <source>Approved by {who} on {date}: it is read-only.</source>
        <translation>Утверждён {date} ({who}): только для чтения.</translation>
    </message>
    <message>
        <source>Approved: it is read-only.</source>
        <translation>Утверждён: только для чтения.</translation>
    </message>
    <message>
        <source>In the archive: it is read-only.</source>
        <translation>В архиве: только для чтения.</translation>
    </message>
    <message>
        <source>To change it, make a new version (Curriculum menu).</source>
        <translation>Чтобы изменить, создайте новую версию (меню «Учебный план»).</translation>
    </message>
    <message>
        <source>The curriculum is read-only now</source>
        <translation>Учебный план теперь только для чтения</translation>
    </message>
    <message>
        <source>The curriculum was closed on the other computer: it can be edited here now.</source>
        <translation>На другом компьютере учебный план закрыли: теперь его можно редактировать здесь.</translation>
    </message>
    <message>
        <source>The saved curriculum is shown: {title}</source>
        <translation>Показан сохранённый учебный план: {title}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings — rule set {rules}</source>
        <translation>Ошибок: {errors}, предупреждений: {warnings} — свод правил {rules}</translation>
    </message>
    <message>
        <source>Every rule is met: no errors, no warnings — rule set {rules}</source>
        <translation>Все правила соблюдены: ни ошибок, ни предупреждений — свод правил {rules}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Credits per year</source>
        <translation>Кредиты за курс</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>{number} сем.</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year} курс</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавление строки</translation>
    </message>
    <message>
        <source>Delete the module {code} “{name}” with its {count} learning outcomes?</source>
        <translation>Удалить модуль {code} «{name}» вместе с его результатами обучения ({count})?</translation>
    </message>
    <message>
        <source>Delete {count} rows (learning outcomes included)?</source>
        <translation>Удалить строки ({count}, вместе с результатами обучения)?</translation>
    </message>
    <message>
        <source>Delete the row {code} “{name}”?</source>
        <translation>Удалить строку {code} «{name}»?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back until the curriculum is closed.</source>
        <translation>Пока учебный план не закрыт, «Отменить» (Ctrl+Z) вернёт удалённое.</translation>
    </message>
    <message>
        <source>{count} rows deleted.</source>
        <translation>Удалено строк: {count}.</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>Перемещение {code}</translation>
    </message>
    <message>
        <source>{count} rows copied: paste them here (Ctrl+V) or in a spreadsheet.</source>
        <translation>Скопировано строк: {count}. Вставьте их сюда (Ctrl+V) или в электронную таблицу.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The curriculum is read-only now: your changes cannot be saved. Close and lose them?</source>
        <translation>Учебный план теперь только для чтения: ваши изменения сохранить нельзя. Закрыть его, потеряв их?</translation>
    </message>
    <message>
        <source>The curriculum has unsaved changes. Save them?</source>
        <translation>В плане есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>The curriculum was not saved</source>
        <translation>План не сохранён</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Сохранено: {title}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Не утверждён</translation>
    </message>
    <message>
        <source>Approved by {who}: {title}</source>
        <translation>Утверждено ({who}): {title}</translation>
    </message>
    <message>
        <source>The curriculum is not approved: the rule check finds errors. Nothing was changed.</source>
        <translation>Учебный план не утверждён: проверка правил находит ошибки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Move this approved curriculum to the archive? It stays readable and printable.</source>
        <translation>Перенести утверждённый план в архив? Его можно будет читать и печатать.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Не перенесён в архив</translation>
    </message>
    <message>
        <source>Moved to the archive: {title}</source>
        <translation>Перенесён в архив: {title}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Печать в PDF</translation>
    </message>
    <message>
        <source>The document is printed from the saved curriculum. Save the changes first?</source>
        <translation>Документ печатается из сохранённого плана. Сначала сохранить изменения?</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>Change the process schedule</source>
        <translation>Изменение графика учебного процесса</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Изменение {code}</translation>
    </message>
    <message>
        <source>a number of credits, 0 or more: 4 or 5,5</source>
        <translation>число кредитов, 0 или больше: 4 или 5,5</translation>
    </message>
    <message>
        <source>the hours, then the control letter if there is one: 72, 72 {exam}, 72 {graded}</source>
        <translation>часы, затем буква контроля, если он есть: 72, 72 {exam}, 72 {graded}</translation>
    </message>
    <message>
        <source>a whole number of hours, 0 or more</source>
        <translation>целое число часов, 0 или больше</translation>
    </message>
    <message>
        <source>{row}, {column}: “{text}” is not taken; type {expected}.</source>
        <translation>{row}, {column}: «{text}» не принято; ожидается {expected}.</translation>
    </message>
</context>
<context>
    <name>CurriculumHold</name>
    <message>
        <source>{who} is editing this curriculum on {computer}: it is open read-only here.</source>
        <translation>Этот учебный план редактирует {who} на компьютере {computer}: здесь он открыт только для чтения.</translation>
    </message>
    <message>
        <source>This computer no longer holds the curriculum: it is read-only here.</source>
        <translation>Этот компьютер больше не занимает учебный план: здесь он только для чтения.</translation>
    </message>
    <message>
        <source>It is opened read-only.</source>
        <translation>Он открыт только для чтения.</translation>
    </message>
    <message>
        <source>You are editing this curriculum in another window (computer {computer}) since {time}: it is open read-only here.</source>
        <translation>Вы уже редактируете этот план в другом окне (компьютер {computer}) с {time}, поэтому здесь он открыт только для просмотра.</translation>
    </message>
    <message>
        <source>Being edited by {who} on {computer} since {time} — opened read-only.</source>
        <translation>Этот план с {time} редактирует {who} (компьютер {computer}), поэтому здесь он открыт только для просмотра.</translation>
    </message>
    <message>
        <source>What is on screen stays: export it to Excel or copy its rows to keep your changes.</source>
        <translation>То, что на экране, остаётся: чтобы сохранить свои изменения, выгрузите план в Excel или скопируйте его строки.</translation>
    </message>
    <message>
        <source>{who} on {computer} took this curriculum over at {time}, after this computer had not answered for a while: it is read-only here now.</source>
        <translation>{who} на компьютере {computer} в {time} взял(а) этот учебный план на редактирование, потому что этот компьютер какое-то время не отвечал: здесь он теперь только для чтения.</translation>
    </message>
    <message>
        <source>This computer lost its hold on the curriculum after it had not answered for a while: it is read-only here now.</source>
        <translation>Этот компьютер какое-то время не отвечал и потерял право редактировать учебный план: здесь он теперь только для чтения.</translation>
    </message>
</context>
<context>
    <name>CurriculumList</name>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>CurriculumSections</name>
    <message>
        <source>General-education subjects</source>
        <translation>Общеобразовательные дисциплины</translation>
    </message>
    <message>
        <source>Basic modules</source>
        <translation>Базовые модули</translation>
    </message>
    <message>
        <source>Professional modules</source>
        <translation>Профессиональные модули</translation>
    </message>
    <message>
        <source>Professional practice and production training</source>
        <translation>Профессиональная практика и производственное обучение</translation>
    </message>
    <message>
        <source>Intermediate attestation</source>
        <translation>Промежуточная аттестация</translation>
    </message>
    <message>
        <source>Final attestation</source>
        <translation>Итоговая аттестация</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Факультативы</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Preparing the demo college…</source>
        <translation>Подготовка демо-колледжа…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Zhospar (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite)</source>
        <translation>Базы данных Zhospar (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File › Open.</source>
        <translation>{path} уже существует. Выберите другое имя или откройте его через Файл › Открыть.</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Создание базы данных…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>A shared server database is backed up by its server&apos;s administrator, not by Zhospar.</source>
        <translation>Резервную копию общей серверной базы делает администратор сервера, а не Zhospar.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The backup was written to:
{path}</source>
        <translation>Резервная копия записана в:
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>A shared server database is restored by its server&apos;s administrator, not by Zhospar.</source>
        <translation>Общую серверную базу восстанавливает администратор сервера, а не Zhospar.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.db);;All files (*)</source>
        <translation>Резервные копии (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace everything in the open database with the backup
{backup}?

A copy of the current data is saved first, so this can be undone by restoring that copy.</source>
        <translation>Заменить все данные открытой базы резервной копией
{backup}?

Сначала сохраняется копия текущих данных, поэтому действие можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <source>Other computers changed this database in the last half hour: {who}. What anyone did after the backup was made is lost: ask them to close Zhospar first.</source>
        <translation>За последние полчаса эту базу данных изменяли с других компьютеров: {who}. Всё, что сделано после создания резервной копии, будет потеряно: сначала попросите их закрыть Zhospar.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The database was restored from the backup.</source>
        <translation>База данных восстановлена из резервной копии.</translation>
    </message>
</context>
<context>
    <name>DepartmentColumns</name>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Преподаватели</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Departments (cycle commissions)</source>
        <translation>Цикловые (предметные) комиссии</translation>
    </message>
    <message>
        <source>Each teacher belongs to one department; the load documents group the teachers by department, in this order.</source>
        <translation>Каждый преподаватель входит в одну комиссию; документы по нагрузке группируют преподавателей по комиссиям в этом порядке.</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>Новая комиссия…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Сначала выберите комиссию в списке.</translation>
    </message>
    <message>
        <source>The department is first already.</source>
        <translation>Комиссия уже первая.</translation>
    </message>
    <message>
        <source>The department is last already.</source>
        <translation>Комиссия уже последняя.</translation>
    </message>
    <message>
        <source>Chair (signs the load cards and the summary)</source>
        <translation>Председатель (подписывает карточки нагрузки и сводную)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новая комиссия</translation>
    </message>
    <message>
        <source>Delete the department “{name}”? Its teachers ({count}) stay, without a department.</source>
        <translation>Удалить комиссию «{name}»? Её преподаватели ({count}) останутся без комиссии.</translation>
    </message>
    <message>
        <source>Delete the department “{name}”?</source>
        <translation>Удалить комиссию «{name}»?</translation>
    </message>
</context>
<context>
    <name>DepartmentTab</name>
    <message>
        <source>Department</source>
        <translation>Предметно-цикловая комиссия</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Преподаватели</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Ставки</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Осень</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Весна</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Over the norm</source>
        <translation>Сверх нормы</translation>
    </message>
    <message>
        <source>Under the norm</source>
        <translation>Ниже нормы</translation>
    </message>
    <message>
        <source>Show its teachers</source>
        <translation>Показать преподавателей</translation>
    </message>
    <message>
        <source>Print the department&apos;s summary…</source>
        <translation>Печать сводной по комиссии…</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Сначала выберите комиссию в списке.</translation>
    </message>
    <message>
        <source>The teachers of no department have no summary: give them a department (Staff…).</source>
        <translation>У преподавателей без комиссии нет сводной: укажите им комиссию (Штат…).</translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <source>row added</source>
        <translation>строка добавлена</translation>
    </message>
    <message>
        <source>row removed</source>
        <translation>строка удалена</translation>
    </message>
    <message>
        <source>hours changed</source>
        <translation>часы изменены</translation>
    </message>
    <message>
        <source>The curricula changed after the load was distributed. Accepting a line: a row whose hours changed keeps its teacher at the new hours; a removed row is taken from its teacher; an added row joins the group&apos;s rows without a teacher. Ctrl+Z takes an acceptance back. A new version of a curriculum counts once its groups are moved onto it: Contingent, Groups, Edit…</source>
        <translation>Учебные планы изменились после распределения нагрузки. Принять строку: строка с изменёнными часами остаётся у своего преподавателя с новыми часами; удалённая строка снимается с преподавателя; добавленная строка попадает в строки группы без преподавателя. Ctrl+Z отменяет принятие. Новая версия учебного плана учитывается, когда на неё переведены группы: Контингент, Группы, Изменить…</translation>
    </message>
    <message>
        <source>Accept the selected</source>
        <translation>Принять выбранные</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>Show in the group</source>
        <translation>Показать в группе</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
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
        <translation>Дисциплина или модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Вид часов</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Было часов</translation>
    </message>
    <message>
        <source>Hours now</source>
        <translation>Сейчас часов</translation>
    </message>
    <message>
        <source>Nothing changed in the curricula since the load was distributed.</source>
        <translation>После распределения нагрузки учебные планы не менялись.</translation>
    </message>
    <message>
        <source>Select the lines to accept first.</source>
        <translation>Сначала выберите строки, которые нужно принять.</translation>
    </message>
    <message>
        <source>Select one line to see it in its group.</source>
        <translation>Выберите одну строку, чтобы увидеть её в группе.</translation>
    </message>
    <message>
        <source>Accept {count} curriculum changes</source>
        <translation>Принять изменения учебных планов: {count}</translation>
    </message>
    <message>
        <source>{count} changes accepted.</source>
        <translation>Принято изменений: {count}.</translation>
    </message>
</context>
<context>
    <name>DualChoices</name>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>заключён</translation>
    </message>
    <message>
        <source>appendix handed over</source>
        <translation>приложение выдано</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>расторгнут</translation>
    </message>
    <message>
        <source>small</source>
        <translation>малое</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>large</source>
        <translation>крупное</translation>
    </message>
    <message>
        <source>production training</source>
        <translation>производственное обучение</translation>
    </message>
    <message>
        <source>introductory practice</source>
        <translation>ознакомительная практика</translation>
    </message>
    <message>
        <source>educational practice</source>
        <translation>учебная практика</translation>
    </message>
    <message>
        <source>technological practice</source>
        <translation>технологическая практика</translation>
    </message>
    <message>
        <source>production practice</source>
        <translation>производственная практика</translation>
    </message>
    <message>
        <source>pre-diploma practice</source>
        <translation>преддипломная практика</translation>
    </message>
    <message>
        <source>subject and principles</source>
        <translation>предмет и принципы</translation>
    </message>
    <message>
        <source>implementation</source>
        <translation>реализация</translation>
    </message>
    <message>
        <source>obligations of the parties</source>
        <translation>обязательства сторон</translation>
    </message>
    <message>
        <source>validity period</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>ответственность</translation>
    </message>
    <message>
        <source>seats on the board of trustees and the industrial council</source>
        <translation>места в попечительском и индустриальном советах</translation>
    </message>
    <message>
        <source>student practice</source>
        <translation>практика студентов</translation>
    </message>
    <message>
        <source>equipping workshops and laboratories</source>
        <translation>оснащение мастерских и лабораторий</translation>
    </message>
    <message>
        <source>updating the educational programmes</source>
        <translation>обновление образовательных программ</translation>
    </message>
    <message>
        <source>teacher internships</source>
        <translation>стажировки педагогов</translation>
    </message>
    <message>
        <source>graduate employment</source>
        <translation>трудоустройство выпускников</translation>
    </message>
    <message>
        <source>mentor&apos;s service contract</source>
        <translation>договор возмездных услуг с наставником</translation>
    </message>
    <message>
        <source>reimbursement to the enterprise</source>
        <translation>возмещение предприятию</translation>
    </message>
    <message>
        <source>training on enterprise request</source>
        <translation>подготовка по заказу предприятия</translation>
    </message>
    <message>
        <source>patronage memorandum</source>
        <translation>меморандум о шефстве</translation>
    </message>
</context>
<context>
    <name>DualIssueColumns</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>DualIssues</name>
    <message>
        <source>{share}% of the practical training at the enterprise ({hours} of {practical} h), under {threshold}%</source>
        <translation>{share}% практического обучения на предприятии ({hours} из {practical} ч), меньше {threshold}%</translation>
    </message>
    <message>
        <source>the contract ends on {date}</source>
        <translation>договор заканчивается {date}</translation>
    </message>
    <message>
        <source>ended without the appendix handed to the student</source>
        <translation>завершён без выдачи приложения обучающемуся</translation>
    </message>
    <message>
        <source>in the dual group {group} without a contract in force</source>
        <translation>в дуальной группе {group} без действующего договора</translation>
    </message>
</context>
<context>
    <name>DualPage</name>
    <message>
        <source>Dual training</source>
        <translation>Дуальное обучение</translation>
    </message>
    <message>
        <source>Contracts between the college, the enterprise and the student, with the appendix of periods at the enterprise; enterprises, mentors, payments and memoranda.</source>
        <translation>Договоры колледжа, предприятия и обучающегося с приложением периодов на предприятии; предприятия, наставники, выплаты и меморандумы.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Enterprises and mentors</source>
        <translation>Предприятия и наставники</translation>
    </message>
    <message>
        <source>Partnerships and payments</source>
        <translation>Партнёрство и выплаты</translation>
    </message>
    <message>
        <source>Checks and coverage</source>
        <translation>Проверки и охват</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>Новый договор…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Appendix…</source>
        <translation>Приложение…</translation>
    </message>
    <message>
        <source>Hand over the appendix</source>
        <translation>Выдать приложение</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Расторгнуть…</translation>
    </message>
    <message>
        <source>Print the contract…</source>
        <translation>Напечатать договор…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <source>Edit the enterprise…</source>
        <translation>Изменить предприятие…</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Новый наставник…</translation>
    </message>
    <message>
        <source>Edit the mentor…</source>
        <translation>Изменить наставника…</translation>
    </message>
    <message>
        <source>Training on request…</source>
        <translation>Подготовка по заказу…</translation>
    </message>
    <message>
        <source>Memorandum…</source>
        <translation>Меморандум…</translation>
    </message>
    <message>
        <source>Mentor payment…</source>
        <translation>Выплата наставнику…</translation>
    </message>
    <message>
        <source>Reimbursement…</source>
        <translation>Возмещение…</translation>
    </message>
    <message>
        <source>Dual-training report (PDF)…</source>
        <translation>Отчёт о дуальном обучении (PDF)…</translation>
    </message>
    <message>
        <source>Dual-training report (Excel)…</source>
        <translation>Отчёт о дуальном обучении (Excel)…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet (Excel)…</source>
        <translation>Лист мониторинга НОБД (Excel)…</translation>
    </message>
    <message>
        <source>This academic year: mentors {mentors} ₸, reimbursements {paid} ₸, in all {total} ₸.</source>
        <translation>В этом учебном году: наставникам {mentors} ₸, возмещение {paid} ₸, всего {total} ₸.</translation>
    </message>
    <message>
        <source>Covered by dual training: {state}% of state-order students ({covered} of {total}) — the ministry&apos;s indicator; {all}% of all students.</source>
        <translation>Охват дуальным обучением: {state}% студентов госзаказа ({covered} из {total}) — индикатор министерства; {all}% всех студентов.</translation>
    </message>
    <message>
        <source>Select a contract in the list first.</source>
        <translation>Сначала выберите договор в списке.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Every studying student of a dual-training group already has a draft or a contract in force.</source>
        <translation>У каждого обучающегося студента группы дуального обучения уже есть проект договора или действующий договор.</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Обучающийся:</translation>
    </message>
    <message>
        <source>Add the enterprise first.</source>
        <translation>Сначала добавьте предприятие.</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>Договор № {number}</translation>
    </message>
    <message>
        <source>An ended or terminated contract is kept as it was.</source>
        <translation>Завершённый или расторгнутый договор хранится без изменений.</translation>
    </message>
    <message>
        <source>Delete the draft contract № {number}?</source>
        <translation>Удалить проект договора № {number}?</translation>
    </message>
    <message>
        <source>Print the contract</source>
        <translation>Печать договора</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Формирование PDF…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Новое предприятие</translation>
    </message>
    <message>
        <source>Select an enterprise in the list first.</source>
        <translation>Сначала выберите предприятие в списке.</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Agro-industrial</source>
        <translation>Агропромышленное</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Signs contracts (full name)</source>
        <translation>Подписывает договоры (ФИО)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Должность подписанта на казахском</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Должность подписанта на русском</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Счёт (ИИК, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>БИК банка</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Новый наставник</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Contract № {number}: {status}.</source>
        <translation>Договор № {number}: {status}.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Select a mentor in the list first.</source>
        <translation>Сначала выберите наставника в списке.</translation>
    </message>
    <message>
        <source>Training on enterprise request</source>
        <translation>Подготовка по заказу предприятия</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Years to work there after graduation</source>
        <translation>Лет отработки после выпуска</translation>
    </message>
    <message>
        <source>Patronage memorandum</source>
        <translation>Меморандум о шефстве</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Sections it contains</source>
        <translation>Содержит разделы</translation>
    </message>
    <message>
        <source>Material aid, ₸</source>
        <translation>Материальная помощь, ₸</translation>
    </message>
    <message>
        <source>Mentor&apos;s service contract</source>
        <translation>Договор возмездных услуг с наставником</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Position in Kazakh</source>
        <translation>Должность на казахском</translation>
    </message>
    <message>
        <source>Position in Russian</source>
        <translation>Должность на русском</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сумма, ₸</translation>
    </message>
    <message>
        <source>Reimbursement to an enterprise</source>
        <translation>Возмещение предприятию</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Dual-training report</source>
        <translation>Отчёт о дуальном обучении</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet</source>
        <translation>Лист мониторинга НОБД</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Graduates of {year}: employment</source>
        <translation>Выпускники {year} года: трудоустройство</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Save the list to Excel…</source>
        <translation>Сохранить список в Excel…</translation>
    </message>
    <message>
        <source>Read statuses from Excel…</source>
        <translation>Загрузить статусы из Excel…</translation>
    </message>
    <message>
        <source>{count} graduates, {unknown} still unknown.</source>
        <translation>Выпускников: {count}, ещё неизвестно: {unknown}.</translation>
    </message>
    <message>
        <source>Save the list to Excel</source>
        <translation>Сохранить список в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Read statuses from Excel</source>
        <translation>Загрузить статусы из Excel</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>{count} read from the file.</source>
        <translation>Из файла загружено: {count}.</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Only those still unknown</source>
        <translation>Только неизвестные</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Госзаказ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>EnterpriseColumns</name>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Change {code}</source>
        <translation>Изменение {code}</translation>
    </message>
    <message>
        <source>New qualification</source>
        <translation>Новая квалификация</translation>
    </message>
    <message>
        <source>New specialty</source>
        <translation>Новая специальность</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualification: {kind}, level {level}</source>
        <translation>Квалификация: {kind}, уровень {level}</translation>
    </message>
    <message>
        <source>8 digits for a specialty, like 06130100; level, W/S/AB and 8 digits for a qualification, like 3W06130102</source>
        <translation>Для специальности 8 цифр, например 06130100; для квалификации уровень, W/S/AB и 8 цифр, например 3W06130102</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database problem</source>
        <translation>Проблема с базой данных</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…и ещё {count}.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>Ничего не сохранено. Исправьте:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Zhospar met an error it did not expect. Your saved data is safe.

Please send the log file to support:
{path}</source>
        <translation>Zhospar столкнулся с непредвиденной ошибкой. Сохранённые данные в безопасности.

Отправьте файл журнала в поддержку:
{path}</translation>
    </message>
    <message>
        <source>Zhospar closed unexpectedly</source>
        <translation>Zhospar неожиданно закрылся</translation>
    </message>
    <message>
        <source>Zhospar closed unexpectedly last time. Your saved data is safe; changes not saved then are lost.

If it happens again, please send the log file to support:
{path}</source>
        <translation>В прошлый раз Zhospar неожиданно закрылся. Сохранённые данные в безопасности; изменения, не сохранённые тогда, потеряны.

Если это повторится, отправьте файл журнала в службу поддержки:
{path}</translation>
    </message>
</context>
<context>
    <name>ExamChoices</name>
    <message>
        <source>intermediate attestation</source>
        <translation>промежуточная аттестация</translation>
    </message>
    <message>
        <source>final attestation</source>
        <translation>итоговая аттестация</translation>
    </message>
    <message>
        <source>qualification exam</source>
        <translation>квалификационный экзамен</translation>
    </message>
    <message>
        <source>practical work</source>
        <translation>практическая работа</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>демонстрационный экзамен</translation>
    </message>
    <message>
        <source>college workshop</source>
        <translation>мастерская колледжа</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>лаборатория</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>учебный центр</translation>
    </message>
    <message>
        <source>enterprise site</source>
        <translation>площадка предприятия</translation>
    </message>
    <message>
        <source>competence centre</source>
        <translation>центр компетенций</translation>
    </message>
    <message>
        <source>chief expert / organiser</source>
        <translation>главный эксперт / организатор</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>technical expert</source>
        <translation>технический эксперт</translation>
    </message>
    <message>
        <source>employer representative</source>
        <translation>представитель работодателя</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведён</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>измерение</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>судейская оценка</translation>
    </message>
</context>
<context>
    <name>ExamShortChoices</name>
    <message>
        <source>intermediate</source>
        <translation>промежут.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>итоговая</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>квалиф.</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>практ.</translation>
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
        <translation>Демонстрационные экзамены</translation>
    </message>
    <message>
        <source>Plan a session, draw the task, enter the scores of each candidate; a pass records the qualification on the student. The grading scale is data.</source>
        <translation>Запланируйте сессию, проведите жеребьёвку задания, внесите баллы каждого кандидата; при сдаче квалификация записывается студенту. Шкала оценивания хранится как данные.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Новая сессия…</translation>
    </message>
    <message>
        <source>Edit the session…</source>
        <translation>Изменить сессию…</translation>
    </message>
    <message>
        <source>Delete the planned session</source>
        <translation>Удалить запланированную сессию</translation>
    </message>
    <message>
        <source>Marking scheme from Excel…</source>
        <translation>Схема оценки из Excel…</translation>
    </message>
    <message>
        <source>Candidates and scores</source>
        <translation>Кандидаты и баллы</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Экспертная группа</translation>
    </message>
    <message>
        <source>Checks and figures</source>
        <translation>Проверки и показатели</translation>
    </message>
    <message>
        <source>Candidates from a group…</source>
        <translation>Кандидаты из группы…</translation>
    </message>
    <message>
        <source>Draw the task</source>
        <translation>Жеребьёвка задания</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>Баллы…</translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation>Импорт баллов…</translation>
    </message>
    <message>
        <source>Finish and award</source>
        <translation>Завершить и присвоить</translation>
    </message>
    <message>
        <source>Protocol (PDF)…</source>
        <translation>Протокол (PDF)…</translation>
    </message>
    <message>
        <source>Results (Excel)…</source>
        <translation>Результаты (Excel)…</translation>
    </message>
    <message>
        <source>Remove the candidate</source>
        <translation>Убрать кандидата</translation>
    </message>
    <message>
        <source>Add an expert…</source>
        <translation>Добавить эксперта…</translation>
    </message>
    <message>
        <source>Remove the expert</source>
        <translation>Убрать эксперта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Whether the college holds demonstration exams, as the ministry&apos;s indicator counts it: a session in the demonstration form that has taken place and assessed at least one candidate. The share counts the students in their last course who sat a demonstration exam and were scored.</source>
        <translation>Проводит ли колледж демонстрационные экзамены, как это считает показатель министерства: сессия в демонстрационной форме, которая состоялась и оценила хотя бы одного кандидата. Доля считает студентов последнего курса, которые сдавали демонстрационный экзамен и получили баллы.</translation>
    </message>
    <message>
        <source>QUAL-EXAM: worker qualifications without a qualification exam for the group:</source>
        <translation>QUAL-EXAM: рабочие квалификации без квалификационного экзамена для группы:</translation>
    </message>
    <message>
        <source>Results by qualification:</source>
        <translation>Результаты по квалификациям:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Graduating students assessed by a demonstration exam: {percent}% ({assessed} of {total}). The college holds demonstration exams: {holds}.</source>
        <translation>Выпускники, оценённые демонстрационным экзаменом: {percent}% ({assessed} из {total}). Колледж проводит демонстрационные экзамены: {holds}.</translation>
    </message>
    <message>
        <source>{qualification}: {candidates} candidates, {passed} passed, {absent} absent, mean {mean}</source>
        <translation>{qualification}: кандидатов — {candidates}, сдали — {passed}, не явились — {absent}, средний балл {mean}</translation>
    </message>
    <message>
        <source>Select a session in the list first.</source>
        <translation>Сначала выберите сессию в списке.</translation>
    </message>
    <message>
        <source>Select an expert on the Panel tab first.</source>
        <translation>Сначала выберите эксперта на вкладке «Экспертная группа».</translation>
    </message>
    <message>
        <source>Select a candidate in the list first.</source>
        <translation>Сначала выберите кандидата в списке.</translation>
    </message>
    <message>
        <source>No session yet: make one with New session…</source>
        <translation>Сессий пока нет: создайте через «Новая сессия…»</translation>
    </message>
    <message>
        <source>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; task: {task}; pass mark {mark}</source>
        <translation>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; задание: {task}; проходной балл {mark}</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>неявка</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдал</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не сдал</translation>
    </message>
    <message>
        <source>New exam session</source>
        <translation>Новая сессия экзамена</translation>
    </message>
    <message>
        <source>Exam session № {id}</source>
        <translation>Сессия экзамена № {id}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Competence (WorldSkills skill)</source>
        <translation>Компетенция (WorldSkills)</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Схема оценки</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Название площадки</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <source>Infrastructure list</source>
        <translation>Инфраструктурный лист</translation>
    </message>
    <message>
        <source>Task variants, one a line</source>
        <translation>Варианты заданий, по одному в строке</translation>
    </message>
    <message>
        <source>Consumables, ₸</source>
        <translation>Расходные материалы, ₸</translation>
    </message>
    <message>
        <source>Venue, ₸</source>
        <translation>Площадка, ₸</translation>
    </message>
    <message>
        <source>Experts, ₸</source>
        <translation>Эксперты, ₸</translation>
    </message>
    <message>
        <source>Marking scheme from Excel</source>
        <translation>Схема оценки из Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Title of the scheme:</source>
        <translation>Название схемы:</translation>
    </message>
    <message>
        <source>Scheme not imported</source>
        <translation>Схема не импортирована</translation>
    </message>
    <message>
        <source>Candidates from a group</source>
        <translation>Кандидаты из группы</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Candidates not added</source>
        <translation>Кандидаты не добавлены</translation>
    </message>
    <message>
        <source>Add an expert</source>
        <translation>Добавить эксперта</translation>
    </message>
    <message>
        <source>Remove {name} from the panel of session № {id}?</source>
        <translation>Убрать {name} из экспертной группы сессии № {id}?</translation>
    </message>
    <message>
        <source>{name} was removed from the panel.</source>
        <translation>{name}: убран(а) из экспертной группы.</translation>
    </message>
    <message>
        <source>Take {name} off the list of session № {id}? Any marks typed for them go too.</source>
        <translation>Убрать кандидата {name} из списка сессии № {id}? Введённые для него баллы тоже удалятся.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не убран</translation>
    </message>
    <message>
        <source>{name} was taken off the list of session № {id}.</source>
        <translation>Кандидат {name} убран из списка сессии № {id}.</translation>
    </message>
    <message>
        <source>Delete the planned session № {id} with its panel and candidate list?</source>
        <translation>Удалить запланированную сессию № {id} вместе с экспертной группой и списком кандидатов?</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Жеребьёвка не проведена</translation>
    </message>
    <message>
        <source>Drawn: {task}</source>
        <translation>По жребию: {task}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>The session has no candidates yet: add them with Candidates from a group…</source>
        <translation>В сессии ещё нет кандидатов: добавьте их кнопкой «Кандидаты из группы…».</translation>
    </message>
    <message>
        <source>The scores of session № {id} cannot be entered yet:</source>
        <translation>Баллы сессии № {id} пока нельзя ввести:</translation>
    </message>
    <message>
        <source>Scores saved: {count} candidates have a total.</source>
        <translation>Баллы сохранены: итог есть у кандидатов: {count}.</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Импорт баллов</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Баллы не импортированы</translation>
    </message>
    <message>
        <source>Scores imported from {file}.</source>
        <translation>Баллы загружены из {file}.</translation>
    </message>
    <message>
        <source>Mark the session held and record the qualification on every candidate who passed?</source>
        <translation>Отметить сессию проведённой и записать квалификацию каждому сдавшему кандидату?</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>Session № {id} is held: the qualification was recorded on {count} candidates who passed.</source>
        <translation>Сессия № {id} проведена: квалификация записана сдавшим кандидатам: {count}.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Формирование PDF…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subject or cycle</source>
        <translation>Дисциплина или цикл</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>Номер диплома</translation>
    </message>
    <message>
        <source>Diploma date</source>
        <translation>Дата выдачи диплома</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category awarded on</source>
        <translation>Дата присвоения категории</translation>
    </message>
    <message>
        <source>Teaching since</source>
        <translation>Педагогический стаж с</translation>
    </message>
    <message>
        <source>Teaching experience, years</source>
        <translation>Педагогический стаж, лет</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Предметно-цикловая комиссия</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Строка учебного плана</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Taught instead of</source>
        <translation>Вместо кого проведено</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Load norms</source>
        <translation>Нормы нагрузки</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Chair of the department</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Дуальное обучение</translation>
    </message>
    <message>
        <source>From the group</source>
        <translation>Из группы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Наименование на английском</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Заместитель директора по учебной работе</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Банк, на русском</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Диапазоны шкалы оценивания</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>Столбец листа</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдал</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Why the blank is spoiled</source>
        <translation>Причина порчи бланка</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Учебный план</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Modules at the enterprise</source>
        <translation>Модули на предприятии</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Legal representative&apos;s IIN</source>
        <translation>ИИН законного представителя</translation>
    </message>
    <message>
        <source>Signs for the enterprise (full name)</source>
        <translation>Подписывает от предприятия (ФИО)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Должность подписанта на казахском</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Должность подписанта на русском</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Счёт (ИИК, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>БИК банка</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Kazakh</source>
        <translation>Место заключения договоров (на казахском)</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Russian</source>
        <translation>Место заключения договоров (на русском)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Тип местности</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>База образования</translation>
    </message>
    <message>
        <source>Kind of enrolment</source>
        <translation>Вид зачисления</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Without parental care</source>
        <translation>Без попечения родителей</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>Малообеспеченная семья</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Особые образовательные потребности</translation>
    </message>
    <message>
        <source>Curriculum for special needs</source>
        <translation>Программа для особых потребностей</translation>
    </message>
    <message>
        <source>Needs a dormitory place</source>
        <translation>Нуждается в общежитии</translation>
    </message>
    <message>
        <source>Dormitory place given</source>
        <translation>Место в общежитии предоставлено</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Вход разрешён</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Время создания</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Время изменения</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Общежитие</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Duration of study</source>
        <translation>Срок обучения</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Вступает в силу</translation>
    </message>
    <message>
        <source>Into the group</source>
        <translation>В группу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Стипендия</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Сирота</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Академический отпуск</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Отпуск до</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>Причина отпуска</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Причина выбытия</translation>
    </message>
    <message>
        <source>NEDB record (EI)</source>
        <translation>Запись НОБД (EI)</translation>
    </message>
    <message>
        <source>NEDB contingent id</source>
        <translation>ID контингента в НОБД</translation>
    </message>
    <message>
        <source>Scholarship amount</source>
        <translation>Размер стипендии</translation>
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
        <translation>Проходной балл</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Схема оценки</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Экспертная группа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Учебники на казахском языке</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Теория</translation>
    </message>
    <message>
        <source>Laboratory and practical lessons</source>
        <translation>Лабораторно-практические занятия</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Курсовой проект</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Производственное обучение</translation>
    </message>
    <message>
        <source>At a distance</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Номер базового модуля</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Форма экзамена</translation>
    </message>
    <message>
        <source>Years of study</source>
        <translation>Лет обучения</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Hours in the semester</source>
        <translation>Часы в семестре</translation>
    </message>
    <message>
        <source>Control in the semester</source>
        <translation>Контроль в семестре</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Объединён с</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>База образования</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Свод правил</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Rule check</source>
        <translation>Проверка правил</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем утверждён</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Шкала оценивания</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Традиционная оценка</translation>
    </message>
    <message>
        <source>Kind of load</source>
        <translation>Вид нагрузки</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Curator&apos;s groups</source>
        <translation>Группы куратора</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход по логину и паролю</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>This database asks everyone to sign in, and it has no users yet. Create its administrator: the administrator adds the other users and gives them their roles. Keep the password safe: nobody can read it back.</source>
        <translation>В этой базе данных все входят по логину и паролю, а пользователей в ней ещё нет. Создайте её администратора: он добавит остальных пользователей и назначит им роли. Храните пароль надёжно: прочитать его потом не сможет никто.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <source>The administrator is not created</source>
        <translation>Администратор не создан</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* required</source>
        <translation>* обязательное поле</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Close without saving? What was typed in this form is lost.</source>
        <translation>Закрыть без сохранения? Введённое в эту форму будет потеряно.</translation>
    </message>
</context>
<context>
    <name>GradeGrid</name>
    <message>
        <source>credits</source>
        <translation>кред.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>pass/fail: {passed} (+ or -)</source>
        <translation>зачёт: {passed} (+ или -)</translation>
    </message>
    <message>
        <source>a percent from 0 to 100</source>
        <translation>процент от 0 до 100</translation>
    </message>
    <message>
        <source>elective: only for the students who took it</source>
        <translation>факультатив: только для выбравших его студентов</translation>
    </message>
    <message>
        <source>{cell}: no grade yet</source>
        <translation>{cell}: оценки ещё нет</translation>
    </message>
    <message>
        <source>{cell}: {percent}%, {letter}, {points} points, {word}</source>
        <translation>{cell}: {percent}%, {letter}, баллы: {points}, {word}</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>неудовлетворительно</translation>
    </message>
</context>
<context>
    <name>GradeGridEditor</name>
    <message>
        <source>Grade of {cell}</source>
        <translation>Оценка {cell}</translation>
    </message>
    <message>
        <source>Select the grades to clear first.</source>
        <translation>Сначала выберите оценки, которые нужно очистить.</translation>
    </message>
    <message>
        <source>The selected cells have no grade to clear.</source>
        <translation>В выбранных ячейках нет оценок, которые можно очистить.</translation>
    </message>
    <message>
        <source>Clear {count} grades</source>
        <translation>Очистить оценки ({count})</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block starts first.</source>
        <translation>Сначала щёлкните ячейку, с которой начнётся вставляемый блок.</translation>
    </message>
    <message>
        <source>The clipboard holds no grades to paste.</source>
        <translation>В буфере обмена нет оценок для вставки.</translation>
    </message>
    <message>
        <source>Paste {count} grades</source>
        <translation>Вставить оценки ({count})</translation>
    </message>
    <message>
        <source>Pasted; {count} values beyond the grid&apos;s last student or row were left out.</source>
        <translation>Вставлено; значения за последним студентом или строкой таблицы пропущены: {count}.</translation>
    </message>
    <message>
        <source>Select the grades to copy first.</source>
        <translation>Сначала выберите оценки, которые нужно скопировать.</translation>
    </message>
    <message>
        <source>Grades not saved</source>
        <translation>Оценки не сохранены</translation>
    </message>
</context>
<context>
    <name>GradeImport</name>
    <message>
        <source>Import a grade sheet</source>
        <translation>Импорт ведомости оценок</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Ведомость оценок не прочитана</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Чтение ведомости оценок…</translation>
    </message>
    <message>
        <source>{count} grades imported from {file}.</source>
        <translation>Из {file} импортировано оценок: {count}.</translation>
    </message>
</context>
<context>
    <name>GradeRegister</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason spoiled</source>
        <translation>Причина порчи</translation>
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
        <translation>приложение</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>испорчен</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Final grades</source>
        <translation>Итоговые оценки</translation>
    </message>
    <message>
        <source>Grade sheet</source>
        <translation>Ведомость оценок</translation>
    </message>
    <message>
        <source>Register of diplomas</source>
        <translation>Книга регистрации дипломов</translation>
    </message>
    <message>
        <source>Type a percent and press Enter (down) or Tab (right); a pass/fail row takes {passed} (or +, -). Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes, Ctrl+Y redoes. Each change is saved at once; a value that is not a grade is refused, naming its cell, and nothing of its block is saved.</source>
        <translation>Введите процент и нажмите Enter (вниз) или Tab (вправо); в строке зачёта вводится {passed} (или +, -). Delete очищает, Ctrl+V вставляет блок, скопированный из Excel, Ctrl+Z отменяет, Ctrl+Y повторяет. Каждое изменение сохраняется сразу; значение, не являющееся оценкой, отклоняется с указанием ячейки, и ничего из его блока не сохраняется.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Import a grade sheet…</source>
        <translation>Импорт ведомости оценок…</translation>
    </message>
    <message>
        <source>Grading scale…</source>
        <translation>Шкала оценивания…</translation>
    </message>
    <message>
        <source>Print supplements…</source>
        <translation>Печать приложений…</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Сначала выберите группу.</translation>
    </message>
    <message>
        <source>The group needs its curriculum before its grades are entered.</source>
        <translation>Прежде чем вводить оценки, группе нужно назначить учебный план.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>В группе нет студентов для оценивания.</translation>
    </message>
    <message>
        <source>graduating</source>
        <translation>выпускная</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>выпущена</translation>
    </message>
    <message>
        <source>Choose a group with a curriculum to see what its supplements lack.</source>
        <translation>Выберите группу с учебным планом, чтобы увидеть, чего не хватает в приложениях.</translation>
    </message>
</context>
<context>
    <name>GroupColumns</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Working curriculum</source>
        <translation>Рабочий учебный план</translation>
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
        <translation>Группа</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>смешанное</translation>
    </message>
    <message>
        <source>dual training: every student needs a contract with an enterprise</source>
        <translation>дуальное обучение: каждому студенту нужен договор с предприятием</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Working curriculum</source>
        <translation>Рабочий учебный план</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>{title} — version {version}, {status}</source>
        <translation>{title} — версия {version}, {status}</translation>
    </message>
    <message>
        <source>Group not saved</source>
        <translation>Группа не сохранена</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Only groups with open hours</source>
        <translation>Только с остатком часов</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Split by subgroups…</source>
        <translation>Разделить на подгруппы…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Next open row</source>
        <translation>Следующая свободная строка</translation>
    </message>
    <message>
        <source>No group has a curriculum with semesters in this year: link the groups to their curricula on the Contingent page.</source>
        <translation>Ни у одной группы нет учебного плана с семестрами этого года: привяжите группы к их учебным планам на странице «Контингент».</translation>
    </message>
    <message>
        <source>{group}, course {course}: {hours} h to teach, {open} h without a teacher</source>
        <translation>{group}, {course} курс: {hours} ч. к выдаче, {open} ч. без преподавателя</translation>
    </message>
    <message>
        <source>Select rows of the group&apos;s load first.</source>
        <translation>Сначала выберите строки нагрузки группы.</translation>
    </message>
    <message>
        <source>Select one row to split it by subgroups.</source>
        <translation>Выберите одну строку, чтобы разделить её на подгруппы.</translation>
    </message>
    <message>
        <source>Every row of the group has its teacher.</source>
        <translation>У каждой строки группы есть преподаватель.</translation>
    </message>
    <message>
        <source>{teacher}: {code} {group}</source>
        <translation>{teacher}: {code} {group}</translation>
    </message>
    <message>
        <source>Take back {code} {group}</source>
        <translation>Снять {code} {group}</translation>
    </message>
    <message>
        <source>No teacher is named “{text}”: choose one from the list (typing part of the name narrows it).</source>
        <translation>Нет преподавателя с именем «{text}»: выберите из списка (часть имени сужает список).</translation>
    </message>
    <message>
        <source>Assign {count} rows to</source>
        <translation>Назначить строки ({count})</translation>
    </message>
    <message>
        <source>{teacher}: {count} rows</source>
        <translation>{teacher}: строк {count}</translation>
    </message>
    <message>
        <source>Subgroup 1 of {code}</source>
        <translation>Подгруппа 1: {code}</translation>
    </message>
    <message>
        <source>Subgroup 2 of {code}</source>
        <translation>Подгруппа 2: {code}</translation>
    </message>
    <message>
        <source>Split {code} {group}</source>
        <translation>Разделить {code} {group}</translation>
    </message>
    <message>
        <source>Each subgroup&apos;s teacher now has the {hours} h in full.</source>
        <translation>Теперь преподаватель каждой подгруппы получает все {hours} ч.</translation>
    </message>
    <message>
        <source>Take back {count} rows</source>
        <translation>Снять строки: {count}</translation>
    </message>
    <message>
        <source>The hours are open again; Ctrl+Z gives them back.</source>
        <translation>Часы снова свободны; Ctrl+Z вернёт их.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <source>Hours of {cell}</source>
        <translation>Часы: {cell}</translation>
    </message>
    <message>
        <source>Select the months&apos; hours to clear first.</source>
        <translation>Сначала выберите часы месяцев для очистки.</translation>
    </message>
    <message>
        <source>The selected cells hold no hours.</source>
        <translation>В выбранных ячейках нет часов.</translation>
    </message>
    <message>
        <source>Clear {count} months&apos; hours</source>
        <translation>Очистить часы за месяцы: {count}</translation>
    </message>
    <message>
        <source>Click the month&apos;s cell where the pasted block starts first.</source>
        <translation>Сначала щёлкните ячейку месяца, с которой начнётся вставляемый блок.</translation>
    </message>
    <message>
        <source>Nothing to paste here: the hours go in the months&apos; columns.</source>
        <translation>Здесь нечего вставлять: часы вносятся в столбцы месяцев.</translation>
    </message>
    <message>
        <source>Paste {count} months&apos; hours</source>
        <translation>Вставить часы за месяцы: {count}</translation>
    </message>
    <message>
        <source>Pasted; {count} values outside the months&apos; columns were left out.</source>
        <translation>Вставлено; {count} значений вне столбцов месяцев пропущено.</translation>
    </message>
    <message>
        <source>Select the hours to copy first.</source>
        <translation>Сначала выберите часы для копирования.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Часы не сохранены</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a grade sheet: {file}</source>
        <translation>Импорт ведомости оценок: {file}</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Nothing is written yet. {students} students of the sheet are matched to the group; {grades} grades would be written. {errors} problems must be corrected in the workbook first; {notes} things will not be written (listed below).</source>
        <translation>Пока ничего не записано. Студентов ведомости, сопоставленных с группой: {students}; будет записано оценок: {grades}. Сначала в книге нужно исправить ошибки: {errors}; не будет записано: {notes} (перечислено ниже).</translation>
    </message>
    <message>
        <source>Row {line}: {written} is {student}</source>
        <translation>Строка {line}: {written} — это {student}</translation>
    </message>
    <message>
        <source>Write {count} grades</source>
        <translation>Записать оценки ({count})</translation>
    </message>
    <message>
        <source>Correct the problems marked in red in the workbook and import it again.</source>
        <translation>Исправьте в книге ошибки, отмеченные красным, и импортируйте её снова.</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Ведомость оценок не прочитана</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Чтение ведомости оценок…</translation>
    </message>
    <message>
        <source>Grades not imported</source>
        <translation>Оценки не импортированы</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import hours taught: {file}</source>
        <translation>Импорт выданных часов: {file}</translation>
    </message>
    <message>
        <source>Nothing is written yet. From the sheet “{sheet}” (rows with hours: {lines}): teachers: {teachers}, monthly entries: {entries}, of them by a replacement: {swaps}, hours: {hours}. What was entered before for the same class, teacher and month is replaced; the whole import is one step to undo.</source>
        <translation>Пока ничего не записано. С листа «{sheet}» (строк с часами: {lines}): преподавателей: {teachers}, записей по месяцам: {entries}, из них замен: {swaps}, часов: {hours}. Введённое ранее для того же занятия, преподавателя и месяца заменяется; весь импорт отменяется одним шагом.</translation>
    </message>
    <message>
        <source>Months: {months}</source>
        <translation>Месяцы: {months}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Record {hours} hours</source>
        <translation>Записать {hours} ч.</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Трудоустройство выпускников…</translation>
    </message>
    <message>
        <source>Teachers…</source>
        <translation>Педагоги…</translation>
    </message>
    <message>
        <source>Textbook counts…</source>
        <translation>Количество учебников…</translation>
    </message>
    <message>
        <source>Green: the target of the year is reached; orange: not yet; the dashed line is the target. Double-click a row or click a chart to see the records behind a figure. Coverage, inclusive conditions and teachers are counted only for the current year.</source>
        <translation>Зелёный: целевое значение года достигнуто; оранжевый: ещё нет; пунктир — целевое значение. Дважды щёлкните строку или щёлкните диаграмму, чтобы увидеть записи за показателем. Охват, условия инклюзии и педагоги считаются только за текущий год.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target {year}</source>
        <translation>Цель {year}</translation>
    </message>
    <message>
        <source>Not kept by year: counted only for the current year</source>
        <translation>Не хранится по годам: считается только за текущий год</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>State-order graduates employed in the first year</source>
        <translation>Трудоустроенные в первый год выпускники госзаказа</translation>
    </message>
    <message>
        <source>State-order students covered by dual training</source>
        <translation>Студенты госзаказа, охваченные дуальным обучением</translation>
    </message>
    <message>
        <source>The college holds demonstration exams</source>
        <translation>Колледж проводит демонстрационные экзамены</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Условия для инклюзивного образования</translation>
    </message>
    <message>
        <source>Provision with Kazakh-language textbooks</source>
        <translation>Обеспеченность учебниками на казахском языке</translation>
    </message>
    <message>
        <source>Teachers whose last upgrade is over 3 years old</source>
        <translation>Педагоги, повышавшие квалификацию более 3 лет назад</translation>
    </message>
    <message>
        <source>employed in the specialty</source>
        <translation>трудоустроен по специальности</translation>
    </message>
    <message>
        <source>employed outside the specialty</source>
        <translation>трудоустроен не по специальности</translation>
    </message>
    <message>
        <source>further study</source>
        <translation>продолжает обучение</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>военная служба</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>отпуск по уходу за ребёнком</translation>
    </message>
    <message>
        <source>not employed</source>
        <translation>не трудоустроен</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>confirmed by records</source>
        <translation>подтверждено документами</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>со слов выпускника</translation>
    </message>
    <message>
        <source>ramps</source>
        <translation>пандусы</translation>
    </message>
    <message>
        <source>light signals</source>
        <translation>световые сигналы</translation>
    </message>
    <message>
        <source>call button</source>
        <translation>кнопка вызова</translation>
    </message>
    <message>
        <source>adapted sanitary unit</source>
        <translation>приспособленный санузел</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Госзаказ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Under a dual contract</source>
        <translation>По договору дуального обучения</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Имеется</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Textbooks</source>
        <translation>Учебники</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Last qualification upgrade</source>
        <translation>Последнее повышение квалификации</translation>
    </message>
    <message>
        <source>Over 3 years ago</source>
        <translation>Более 3 лет назад</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Counted as employed</source>
        <translation>Учтён как трудоустроенный</translation>
    </message>
    <message>
        <source>Continuing / not available for work</source>
        <translation>Продолжают / недоступны для работы</translation>
    </message>
    <message>
        <source>Candidates assessed</source>
        <translation>Оценено кандидатов</translation>
    </message>
    <message>
        <source>Counted as held</source>
        <translation>Засчитана как проведённая</translation>
    </message>
    <message>
        <source>The employment indicator counts graduates employed in the first year after graduation, of all state-order graduates; further study, military service and parental leave are shown apart.</source>
        <translation>Показатель трудоустройства считает выпускников, трудоустроенных в первый год после окончания, от всех выпускников по госзаказу; продолжающие обучение, проходящие воинскую службу и находящиеся в отпуске по уходу за ребёнком показаны отдельно.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>continuing / not available for work: {count} ({share})</source>
        <translation>продолжают / недоступны для работы: {count} ({share})</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a blank</source>
        <translation>Выдача бланка</translation>
    </message>
    <message>
        <source>as printed on the blank, e.g. JB</source>
        <translation>как напечатано на бланке, например JB</translation>
    </message>
    <message>
        <source>The next free number of the series is suggested; type the blank&apos;s own.</source>
        <translation>Предлагается следующий свободный номер серии; введите номер самого бланка.</translation>
    </message>
    <message>
        <source>With honours (distinction)</source>
        <translation>С отличием (диплом с отличием)</translation>
    </message>
    <message>
        <source>The rule that decides a diploma with distinction could not be confirmed from the legal acts: Zhospar does not compute it. The registrar sets this flag.</source>
        <translation>Правило, по которому выдаётся диплом с отличием, не удалось подтвердить по нормативным правовым актам: Zhospar его не вычисляет. Эту отметку ставит регистратор.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Graduate *</source>
        <translation>Выпускник *</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Язык экземпляра</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Серия *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Номер *</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Date of issue *</source>
        <translation>Дата выдачи *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <source>the graduate</source>
        <translation>выпускник</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Choose the graduate the blank is issued to: the group chosen has no graduates.</source>
        <translation>Выберите выпускника, которому выдаётся бланк: в выбранной группе нет выпускников.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as issued to {student} on {date}?

A number entered in the register is never used again.</source>
        <translation>Записать, что {kind} {series} № {number} выдан {date}, выпускник: {student}?

Номер, внесённый в книгу регистрации, больше никогда не используется.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} issued to {student}.</source>
        <translation>Записано: {kind} {series} № {number} выдан, выпускник: {student}.</translation>
    </message>
</context>
<context>
    <name>LeaveDetailsDialog</name>
    <message>
        <source>Academic leave</source>
        <translation>Академический отпуск</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Отпуск до</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>Отпуск должен закончиться после начала: дата окончания {until}, приказ вступает в силу {on}.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library textbook counts</source>
        <translation>Количество учебников в библиотеке</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>All textbooks</source>
        <translation>Всего учебников</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Учебники на казахском языке</translation>
    </message>
    <message>
        <source>Textbook count</source>
        <translation>Количество учебников</translation>
    </message>
    <message>
        <source>Delete the count of {year}?</source>
        <translation>Удалить данные за {year} год?</translation>
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
        <translation>Практические и лабораторные</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Курсовой проект</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Производственное обучение</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Exams and attestation</source>
        <translation>Экзамены и аттестация</translation>
    </message>
    <message>
        <source>Practice supervision</source>
        <translation>Руководство практикой</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Teacher load</source>
        <translation>Педагогическая нагрузка</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Copy last year&apos;s assignment</source>
        <translation>Перенести распределение прошлого года</translation>
    </message>
    <message>
        <source>Each open row gets the teacher who had it last year: the same group a year on, or the group now in that course of the same curriculum. Rows already given stay as they are.</source>
        <translation>Каждая свободная строка получает преподавателя, который вёл её в прошлом году: та же группа курсом старше или группа, которая сейчас на том же курсе того же учебного плана. Уже назначенные строки не меняются.</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Штат…</translation>
    </message>
    <message>
        <source>The teachers, their tarification details and departments</source>
        <translation>Преподаватели, их данные для тарификации и комиссии</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The tarification list, the load cards, the department&apos;s summary and the fulfilment report, in Kazakh or Russian</source>
        <translation>Тарификационный список, карточки нагрузки, сводная по комиссии и отчёт о выполнении — на казахском или русском</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>По группам</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>По преподавателям</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>По комиссиям</translation>
    </message>
    <message>
        <source>Curriculum changes</source>
        <translation>Изменения планов</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Выданные часы</translation>
    </message>
    <message>
        <source>Norm of one rate: {annual} h a year ({weekly} h a week). Rates from {least} to {most}.</source>
        <translation>Норма одной ставки: {annual} ч. в год ({weekly} ч. в неделю). Ставки от {least} до {most}.</translation>
    </message>
    <message>
        <source>These figures are not confirmed by the text of an act: check them against your college&apos;s order before the tarification (Help explains).</source>
        <translation>Эти цифры не подтверждены текстом нормативного акта: сверьте их с приказом колледжа до тарификации (см. Справку).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без комиссии)</translation>
    </message>
    <message>
        <source>{total} of {norm} h</source>
        <translation>{total} из {norm} ч.</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Сначала добавьте преподавателей: Штат…</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Преподаватель:</translation>
    </message>
    <message>
        <source>Copying last year&apos;s assignment…</source>
        <translation>Перенос распределения прошлого года…</translation>
    </message>
    <message>
        <source>Nothing to copy: last year ({year}) has no assignment for the rows still open.</source>
        <translation>Нечего переносить: в прошлом году ({year}) для свободных строк нет распределения.</translation>
    </message>
    <message>
        <source>{count} assignments copied from {year}; Ctrl+Z takes them back.</source>
        <translation>Перенесено назначений из {year}: {count}; Ctrl+Z отменит.</translation>
    </message>
</context>
<context>
    <name>LoadPrintDialog</name>
    <message>
        <source>Print the teacher-load documents, {year}</source>
        <translation>Печать документов по педагогической нагрузке, {year}</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>One file: choose its folder and name; several: their folder.</source>
        <translation>Один файл: выберите папку и имя; несколько: их папку.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Записать файлы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Tarification list</source>
        <translation>Тарификационный список</translation>
    </message>
    <message>
        <source>Individual load cards</source>
        <translation>Карточки индивидуальной нагрузки</translation>
    </message>
    <message>
        <source>Department summary</source>
        <translation>Сводная по комиссии</translation>
    </message>
    <message>
        <source>Load fulfilment report</source>
        <translation>Отчёт о выполнении нагрузки</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Draft (marked on every page)</source>
        <translation>Проект (отметка на каждой странице)</translation>
    </message>
    <message>
        <source>For checking before the director approves the list.</source>
        <translation>Для проверки до утверждения списка директором.</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Осенний семестр</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Весенний семестр</translation>
    </message>
    <message>
        <source>Only the department chosen above</source>
        <translation>Только комиссия, выбранная выше</translation>
    </message>
    <message>
        <source>All teachers with load: {count}</source>
        <translation>Все преподаватели с нагрузкой: {count}</translation>
    </message>
    <message>
        <source>Only the teachers ticked below</source>
        <translation>Только отмеченные ниже преподаватели</translation>
    </message>
    <message>
        <source>No teacher has load in {year} yet: distribute the hours first.</source>
        <translation>В {year} учебном году ни у одного преподавателя ещё нет нагрузки: сначала распределите часы.</translation>
    </message>
    <message>
        <source>No department (cycle commission) is set up: add one under Staff…, Departments… first.</source>
        <translation>Не создано ни одной цикловой комиссии: сначала добавьте её через «Штат…», «Цикловые комиссии…».</translation>
    </message>
    <message>
        <source>Choose the document to print.</source>
        <translation>Выберите документ для печати.</translation>
    </message>
    <message>
        <source>Tick PDF or Excel workbook.</source>
        <translation>Отметьте PDF или книгу Excel.</translation>
    </message>
    <message>
        <source>Tick the teachers whose cards to print.</source>
        <translation>Отметьте преподавателей, чьи карточки печатать.</translation>
    </message>
    <message>
        <source>The department {name} has no teachers.</source>
        <translation>В комиссии «{name}» нет преподавателей.</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Выберите папку для файлов.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Папка для документов</translation>
    </message>
    <message>
        <source>reading the load</source>
        <translation>чтение нагрузки</translation>
    </message>
    <message>
        <source>writing the files</source>
        <translation>запись файлов</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Writing the documents…</source>
        <translation>Запись документов…</translation>
    </message>
    <message>
        <source>Documents written</source>
        <translation>Документы записаны</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Записано в папку {folder}:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>over the norm by {hours} h</source>
        <translation>сверх нормы на {hours} ч.</translation>
    </message>
    <message>
        <source>under the norm by {hours} h</source>
        <translation>ниже нормы на {hours} ч.</translation>
    </message>
    <message>
        <source>at the norm</source>
        <translation>по норме</translation>
    </message>
    <message>
        <source>more than {rates} rates</source>
        <translation>больше {rates} ставки</translation>
    </message>
    <message>
        <source>less than {rates} rate</source>
        <translation>меньше {rates} ставки</translation>
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
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open the &amp;demo college</source>
        <translation>Открыть &amp;демо-колледж</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Н&amp;едавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>R&amp;estore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>&amp;About Zhospar</source>
        <translation>О &amp;программе Zhospar</translation>
    </message>
    <message>
        <source>Demo college ({path})</source>
        <translation>Демо-колледж ({path})</translation>
    </message>
    <message>
        <source>new database</source>
        <translation>новая база данных</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (демо)</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>NEDB round {round} is open: the contingent is not exported yet</source>
        <translation>Открыт этап НОБД ({round}): контингент ещё не выгружен</translation>
    </message>
    <message>
        <source>The college profile was saved.</source>
        <translation>Профиль колледжа сохранён.</translation>
    </message>
    <message>
        <source>The demo college is open: a made-up college to try everything on.</source>
        <translation>Открыт демо-колледж: вымышленный колледж, на котором можно всё попробовать.</translation>
    </message>
    <message>
        <source>Opened: {name}</source>
        <translation>Открыто: {name}</translation>
    </message>
    <message>
        <source>The database used last was not found ({path}). {opened}</source>
        <translation>Последняя использованная база данных не найдена ({path}). {opened}</translation>
    </message>
    <message>
        <source>About Zhospar</source>
        <translation>О программе Zhospar</translation>
    </message>
    <message>
        <source>Zhospar {version}

Working curricula, contingent and NEDB, dual training, demonstration exams and state reports for Kazakhstan&apos;s technical and vocational colleges.

Log file: {log}</source>
        <translation>Zhospar {version}

Рабочие учебные планы, контингент и НОБД, дуальное обучение, демонстрационные экзамены и государственные отчёты для колледжей технического и профессионального образования Казахстана.

Файл журнала: {log}</translation>
    </message>
</context>
<context>
    <name>MentorColumns</name>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database is busy: another program or another Zhospar window is writing to it. Wait a moment and try again.</source>
        <translation>База данных занята: в неё пишет другая программа или другое окно Zhospar. Подождите немного и повторите.</translation>
    </message>
    <message>
        <source>The database file is read-only. Copy it to a folder where you may write, or ask the administrator to allow writing.</source>
        <translation>Файл базы данных доступен только для чтения. Скопируйте его в папку, где разрешена запись, или попросите администратора разрешить запись.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите; ничего не потеряно.</translation>
    </message>
    <message>
        <source>This file is not a Zhospar database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>Этот файл не является базой данных Zhospar или повреждён. Выберите другой файл или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>Не удаётся открыть базу данных. Проверьте, что файл существует и у вас есть право его читать.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk or the network folder.</source>
        <translation>При чтении или записи базы данных диск сообщил об ошибке. Проверьте диск или сетевую папку.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Zhospar. Update the application to open it.</source>
        <translation>Эта база данных сохранена более новой версией Zhospar. Обновите программу, чтобы открыть её.</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to Zhospar.</source>
        <translation>Эта база данных принадлежит другой программе, а не Zhospar.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address, the password and the network.</source>
        <translation>Нет связи с сервером базы данных. Проверьте адрес, пароль и сеть.</translation>
    </message>
    <message>
        <source>The database server refused this to Zhospar&apos;s account: the database needs an upgrade that its administrator runs (zhospar-cli migrate, then zhospar-cli grant), or the account lacks a privilege. Ask the administrator of the database server.</source>
        <translation>Сервер базы данных отказал в этом учётной записи Zhospar: базе данных нужно обновление, которое выполняет её администратор (zhospar-cli migrate, затем zhospar-cli grant), или у учётной записи не хватает прав. Обратитесь к администратору сервера базы данных.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>must be exactly 12 digits</source>
        <translation>должно состоять ровно из 12 цифр</translation>
    </message>
    <message>
        <source>has digits of another script (full-width, as some programs copy them): type the 12 digits again with the keyboard</source>
        <translation>содержит цифры другого начертания (широкие, как их копируют некоторые программы): наберите 12 цифр заново с клавиатуры</translation>
    </message>
    <message>
        <source>has a wrong check digit (the last digit): check for a typo</source>
        <translation>неверная контрольная (последняя) цифра: проверьте, нет ли опечатки</translation>
    </message>
    <message>
        <source>cannot exist: no check digit fits its first 11 digits</source>
        <translation>не может существовать: к первым 11 цифрам не подходит ни одна контрольная цифра</translation>
    </message>
    <message>
        <source>does not start with a real date</source>
        <translation>не начинается с реальной даты</translation>
    </message>
    <message>
        <source>has a 7th digit that is not 1-6 (century and sex)</source>
        <translation>7-я цифра не от 1 до 6 (век и пол)</translation>
    </message>
    <message>
        <source>has a 5th digit that is not 4, 5 or 6 (kind of organisation)</source>
        <translation>5-я цифра не 4, 5 или 6 (вид организации)</translation>
    </message>
    <message>
        <source>does not agree with the birth date</source>
        <translation>не совпадает с датой рождения</translation>
    </message>
    <message>
        <source>does not agree with the sex</source>
        <translation>не совпадает с полом</translation>
    </message>
    <message>
        <source>“{code}” is not a specialty code: 8 digits are expected, like 06130100</source>
        <translation>«{code}» не код специальности: ожидается 8 цифр, например 06130100</translation>
    </message>
    <message>
        <source>“{code}” is not a qualification code: level, W, S or AB and 8 digits are expected, like 3W06130102</source>
        <translation>«{code}» не код квалификации: ожидается уровень, W, S или AB и 8 цифр, например 3W06130102</translation>
    </message>
    <message>
        <source>“{code}” is neither a specialty code (06130100) nor a qualification code (4S06130103)</source>
        <translation>«{code}» не является ни кодом специальности (06130100), ни кодом квалификации (4S06130103)</translation>
    </message>
    <message>
        <source>“{code}” does not start with the specialty&apos;s first 6 digits</source>
        <translation>«{code}» не начинается с первых 6 цифр специальности</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>“{code}”: there is no specialty with the same first 6 digits; add the specialty first</source>
        <translation>«{code}»: нет специальности с такими же первыми 6 цифрами; сначала добавьте специальность</translation>
    </message>
    <message>
        <source>“{code}” is already in the classifier</source>
        <translation>«{code}» уже есть в классификаторе</translation>
    </message>
    <message>
        <source>“{code}”: a specialty cannot become a qualification, nor the other way round</source>
        <translation>«{code}»: специальность не может стать квалификацией, и наоборот</translation>
    </message>
    <message>
        <source>“{code}” has {count} qualifications; delete them first</source>
        <translation>У «{code}» есть квалификации ({count}); сначала удалите их</translation>
    </message>
    <message>
        <source>“{code}” is used by {count} groups and cannot be deleted</source>
        <translation>«{code}» используется в группах ({count}) и не может быть удалён</translation>
    </message>
    <message>
        <source>“{code}” is already on row {row}</source>
        <translation>«{code}» уже есть в строке {row}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» не адрес электронной почты</translation>
    </message>
    <message>
        <source>no header row was found in the first rows; the sheet needs the columns {columns}</source>
        <translation>в первых строках не найдена строка заголовков; на листе нужны столбцы {columns}</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2025-07-15 or 15.07.2025</source>
        <translation>«{value}» не дата: запишите как 2025-07-15 или 15.07.2025</translation>
    </message>
    <message>
        <source>the file cannot be read as an Excel workbook (.xlsx): {detail}</source>
        <translation>файл не читается как книга Excel (.xlsx): {detail}</translation>
    </message>
    <message>
        <source>the file cannot be written ({detail}); choose another folder or close the file in the other program</source>
        <translation>файл не удаётся записать ({detail}); выберите другую папку или закройте файл в другой программе</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows</source>
        <translation>на листе есть заголовок, но нет строк</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>a group “{code}” already exists</source>
        <translation>группа «{code}» уже существует</translation>
    </message>
    <message>
        <source>“{code}” is not in the classifier</source>
        <translation>«{code}» нет в классификаторе</translation>
    </message>
    <message>
        <source>“{value}” is not a year of intake</source>
        <translation>«{value}» — не год приёма</translation>
    </message>
    <message>
        <source>{value} months is not a duration of study (1 to 60)</source>
        <translation>{value} мес. не может быть сроком обучения (от 1 до 60)</translation>
    </message>
    <message>
        <source>the group has {count} students or movements and cannot be deleted</source>
        <translation>в группе есть студенты или движения ({count}), её нельзя удалить</translation>
    </message>
    <message>
        <source>{value} is not a possible birth date</source>
        <translation>{value} — невозможная дата рождения</translation>
    </message>
    <message>
        <source>“{value}” is not a two-letter country code (KZ, RU, UZ…)</source>
        <translation>«{value}» — не двухбуквенный код страны (KZ, RU, UZ…)</translation>
    </message>
    <message>
        <source>choose the category of special needs first</source>
        <translation>сначала выберите категорию особых потребностей</translation>
    </message>
    <message>
        <source>a place can be given only to a student who needs one</source>
        <translation>место можно предоставить только нуждающемуся студенту</translation>
    </message>
    <message>
        <source>{value} is already the IIN of {name}</source>
        <translation>{value} — это уже ИИН студента {name}</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>«{value}» нет среди вариантов</translation>
    </message>
    <message>
        <source>choose at least one student</source>
        <translation>выберите хотя бы одного студента</translation>
    </message>
    <message>
        <source>{name} cannot be moved so: the student is {status}</source>
        <translation>{name}: такое движение невозможно, студент — {status}</translation>
    </message>
    <message>
        <source>{name} is already in that group</source>
        <translation>{name} уже в этой группе</translation>
    </message>
    <message>
        <source>{name} has movements or records that build on it; make a new order instead</source>
        <translation>{name}: есть более поздние движения или записи, основанные на этом; вместо этого издайте новый приказ</translation>
    </message>
    <message>
        <source>this is not NEDB&apos;s contingent file: a UTF-16 text file with a byte-order mark is expected</source>
        <translation>это не файл контингента НОБД: ожидается текстовый файл UTF-16 с меткой порядка байтов</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text (it breaks at byte {detail}): export it from NEDB again</source>
        <translation>файл не является текстом UTF-16 (ошибка в байте {detail}): выгрузите его из НОБД заново</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>в файле нет строки заголовков</translation>
    </message>
    <message>
        <source>the file has a header but no students: it was cut short or exported empty; export it from NEDB again</source>
        <translation>в файле есть заголовок, но нет студентов: он обрезан или выгружен пустым; выгрузите его из НОБД заново</translation>
    </message>
    <message>
        <source>the line has a different number of cells than the header (in the line / in the header: {detail})</source>
        <translation>в строке другое число ячеек, чем в заголовке (в строке / в заголовке: {detail})</translation>
    </message>
    <message>
        <source>the file lacks the columns {columns}</source>
        <translation>в файле нет столбцов {columns}</translation>
    </message>
    <message>
        <source>“{value}” is not understood; expected one of: {expected}</source>
        <translation>«{value}» не распознано; ожидается одно из: {expected}</translation>
    </message>
    <message>
        <source>the student left on {left_on} but has no enrolment date</source>
        <translation>студент выбыл {left_on}, но у него нет даты зачисления</translation>
    </message>
    <message>
        <source>the leaving date {value} is before the enrolment date {enrolled_on}</source>
        <translation>дата выбытия {value} раньше даты зачисления {enrolled_on}</translation>
    </message>
    <message>
        <source>the enrolment, leave and leaving dates do not follow one another (the student would be {status})</source>
        <translation>даты зачисления, академического отпуска и выбытия идут не по порядку (студент оказался бы: {status})</translation>
    </message>
    <message>
        <source>“{value}” is outside {first} – {last}</source>
        <translation>«{value}» вне периода {first} – {last}</translation>
    </message>
    <message>
        <source>holds an invisible control or direction-changing character ({character}); type it again</source>
        <translation>содержит невидимый управляющий символ или символ смены направления ({character}); наберите текст заново</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: digits, spaces, +, - and brackets are expected, at least 10 digits, like +7 701 234 56 78 or 8 (7172) 12-34-56</source>
        <translation>«{value}» — не номер телефона: ожидаются цифры, пробелы, +, - и скобки, не менее 10 цифр, например +7 701 234 56 78 или 8 (7172) 12-34-56</translation>
    </message>
    <message>
        <source>the database changed while the file was being read (another import at the same time?); nothing was imported: read the file again</source>
        <translation>база данных изменилась, пока читался файл (одновременно шёл другой импорт?); ничего не импортировано: прочитайте файл ещё раз</translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation>файл {path} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — это папка, а не файл</translation>
    </message>
    <message>
        <source>you may not read {path}: copy the file or ask the administrator for access</source>
        <translation>нет права читать {path}: скопируйте файл или попросите доступ у администратора</translation>
    </message>
    <message>
        <source>the folder {path} does not exist: create it or choose another</source>
        <translation>папка {path} не существует: создайте её или выберите другую</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx and try again</source>
        <translation>файл не является книгой Excel (.xlsx): сохраните его в Excel как .xlsx и повторите</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read: open it in Excel, save it again and try again</source>
        <translation>книга повреждена и не читается: откройте её в Excel, сохраните заново и повторите</translation>
    </message>
    <message>
        <source>the workbook is too large to read (at most {limit} MB unpacked and {rows} rows): delete the unused rows and columns</source>
        <translation>книга слишком велика (не более {limit} МБ в распакованном виде и {rows} строк): удалите лишние строки и столбцы</translation>
    </message>
    <message>
        <source>the workbook has no sheet with cells (a chart sheet cannot be read)</source>
        <translation>в книге нет листа с ячейками (лист диаграммы не читается)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <source>“{value}” is out of range: a number from {low} to {high} is expected</source>
        <translation>«{value}» вне допустимых пределов: ожидается число от {low} до {high}</translation>
    </message>
    <message>
        <source>has {length} characters, more than the {limit} that fit</source>
        <translation>содержит {length} символов, а помещается не более {limit}</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: write 96, or hours and credits as 96с-4к (at most {limit} hours)</source>
        <translation>«{value}» — не число часов: напишите 96 или часы с кредитами, как 96с-4к (не более {limit} часов)</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>«{value}» — не одно из: {allowed}</translation>
    </message>
    <message>
        <source>the section of “{value}” is not known: fill in the section column or start the code with ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К or Ф</source>
        <translation>раздел для «{value}» неизвестен: заполните столбец раздела или начните код с ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К или Ф</translation>
    </message>
    <message>
        <source>no header row of a curriculum (with the columns code and hours) was found</source>
        <translation>не найдена строка заголовка учебного плана (со столбцами «код» и «часы»)</translation>
    </message>
    <message>
        <source>the subtotal “{name}” says {written} hours but its rows add up to {sum}: correct the subtotal or the rows above it</source>
        <translation>в промежуточном итоге «{name}» указано {written} ч, а сумма его строк — {sum}: исправьте итог или строки над ним</translation>
    </message>
    <message>
        <source>“{value}” has no hours: write them in the hours column or in its semesters</source>
        <translation>у строки «{value}» нет часов: укажите их в столбце часов или по семестрам</translation>
    </message>
    <message>
        <source>the header of a curriculum is on row {header}, but no row under it has a subject, module or outcome with hours</source>
        <translation>шапка учебного плана находится в строке {header}, но под ней нет ни одной дисциплины, модуля или результата обучения с часами</translation>
    </message>
    <message>
        <source>the control “{value}” falls in semester {semester}, where the row has no hours: write the semester in which the row is taught</source>
        <translation>контроль «{value}» приходится на {semester} семестр, где у строки нет часов: укажите семестр, в котором она изучается</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum that can be read: a header row naming the index (code), name and hours columns over a row for each subject, module or outcome was expected, or a summary sheet with a column for each subject over a row of hours (96 or 96с-4к)</source>
        <translation>на листе «{sheet}» нет учебного плана, который можно прочитать: ожидалась строка заголовков со столбцами индекс (код), наименование и часы и под ней строка на каждую дисциплину, модуль или результат обучения, либо сводная ведомость со столбцом на каждую дисциплину над строкой часов (96 или 96с-4к)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {sheets}</source>
        <translation>в книге нет листа «{sheet}»; её листы: {sheets}</translation>
    </message>
    <message>
        <source>the semester columns hold hours a week, but the weeks of each semester are not written under them: write the weeks under each semester (17 апта / 17 нед.) or the semester&apos;s hours instead</source>
        <translation>в столбцах семестров записаны часы в неделю, но под ними не указано число недель каждого семестра: укажите недели под каждым семестром (17 апта / 17 нед.) или запишите вместо этого часы семестра</translation>
    </message>
    <message>
        <source>the intake year of the sheet “{sheet}” is written neither on the sheet nor in the file name: give it (a year from {low} to {high})</source>
        <translation>год приёма листа «{sheet}» не указан ни на листе, ни в имени файла: укажите его (год от {low} до {high})</translation>
    </message>
    <message>
        <source>the key {row} is used by more than one row</source>
        <translation>ключ {row} используется в нескольких строках</translation>
    </message>
    <message>
        <source>row {row} belongs to {parent}, which is not in the curriculum</source>
        <translation>строка {row} относится к {parent}, которого нет в плане</translation>
    </message>
    <message>
        <source>row {row} has fewer than 0 hours</source>
        <translation>у строки {row} отрицательное число часов</translation>
    </message>
    <message>
        <source>{value} is already on line {row}</source>
        <translation>{value} уже есть в строке {row}</translation>
    </message>
    <message>
        <source>“{value}” is not in the classifier; add it there first</source>
        <translation>«{value}» нет в классификаторе; сначала добавьте его туда</translation>
    </message>
    <message>
        <source>the group {value} is new: its course and duration of study are needed to create it</source>
        <translation>группа {value} новая: для её создания нужны курс и срок обучения</translation>
    </message>
    <message>
        <source>“{value}” is not a sex: write М/Ж, M/F or Ер/Әйел</source>
        <translation>«{value}» не обозначает пол: пишите М/Ж, M/F или Ер/Әйел</translation>
    </message>
    <message>
        <source>choose the column that holds it</source>
        <translation>выберите столбец, в котором это указано</translation>
    </message>
    <message>
        <source>{name} has not graduated: employment is recorded for graduates</source>
        <translation>{name} не окончил(а) обучение: трудоустройство записывается выпускникам</translation>
    </message>
    <message>
        <source>{kazakh} Kazakh-language textbooks cannot be more than all {total}</source>
        <translation>учебников на казахском ({kazakh}) не может быть больше всех ({total})</translation>
    </message>
    <message>
        <source>is before the graduation on {date}</source>
        <translation>раньше выпуска {date}</translation>
    </message>
    <message>
        <source>is after {date}: the indicator counts the first year after graduation</source>
        <translation>позже {date}: показатель учитывает первый год после выпуска</translation>
    </message>
    <message>
        <source>{iin} is not the IIN of a graduate of {year}</source>
        <translation>{iin} не ИИН выпускника {year} года</translation>
    </message>
    <message>
        <source>{iin} is on the sheet twice</source>
        <translation>{iin} встречается на листе дважды</translation>
    </message>
    <message>
        <source>the count of {year} was just saved elsewhere; open the list again</source>
        <translation>данные за {year} год только что сохранены в другом месте; откройте список заново</translation>
    </message>
    <message>
        <source>there is no group “{value}”; create it on the Groups tab first</source>
        <translation>группы «{value}» нет; сначала создайте её на вкладке «Группы»</translation>
    </message>
    <message>
        <source>an enterprise with BIN {value} is already recorded</source>
        <translation>предприятие с БИН {value} уже записано</translation>
    </message>
    <message>
        <source>the mentor works at another enterprise</source>
        <translation>наставник работает на другом предприятии</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number of hours</source>
        <translation>{code}: {value} — не число часов</translation>
    </message>
    <message>
        <source>not possible for a contract that is {status}</source>
        <translation>невозможно для договора со статусом «{status}»</translation>
    </message>
    <message>
        <source>the student is under 18: the legal representative signs too</source>
        <translation>обучающемуся нет 18 лет: подписывает и законный представитель</translation>
    </message>
    <message>
        <source>the appendix has no periods yet</source>
        <translation>в приложении ещё нет периодов</translation>
    </message>
    <message>
        <source>the appendix was handed to the student and is not changed any more</source>
        <translation>приложение выдано обучающемуся и больше не меняется</translation>
    </message>
    <message>
        <source>the student already has contract № {number}; end or terminate it first</source>
        <translation>у обучающегося уже есть договор № {number}; сначала завершите или расторгните его</translation>
    </message>
    <message>
        <source>№ {number} is already another contract&apos;s number; give this one its own</source>
        <translation>№ {number} уже присвоен другому договору; дайте этому договору свой номер</translation>
    </message>
    <message>
        <source>module {code} is listed twice: keep one line with all its hours</source>
        <translation>модуль {code} указан дважды: оставьте одну строку со всеми его часами</translation>
    </message>
    <message>
        <source>{hours} hours are more than {days} days allow ({most} at 8 hours a day; a plausibility check, not a legal limit)</source>
        <translation>{hours} ч — больше, чем позволяют {days} дн. (не более {most} при 8 часах в день; это проверка правдоподобия, а не законодательное ограничение)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} — не сумма</translation>
    </message>
    <message>
        <source>{name} cannot order training: a medium or large enterprise outside the agro-industrial sector is required</source>
        <translation>{name} не может заказать подготовку: нужно среднее или крупное предприятие вне агропромышленного сектора</translation>
    </message>
    <message>
        <source>{value} is not a number of places</source>
        <translation>{value} — не число мест</translation>
    </message>
    <message>
        <source>{name} is not a large enterprise: memoranda are made with large ones</source>
        <translation>{name} — не крупное предприятие: меморандумы заключаются с крупными</translation>
    </message>
    <message>
        <source>“{value}” is not an account number (IBAN): KZ and 18 characters with the right check digits</source>
        <translation>«{value}» — не номер счёта (IBAN): нужны KZ и 18 знаков с верными контрольными цифрами</translation>
    </message>
    <message>
        <source>“{value}” is not a bank BIC: 8 or 11 Latin letters and digits</source>
        <translation>«{value}» — не БИК банка: 8 или 11 латинских букв и цифр</translation>
    </message>
    <message>
        <source>aspect {aspect} is listed twice</source>
        <translation>аспект {aspect} указан дважды</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is not a maximum mark</source>
        <translation>аспект {aspect}: {value} не может быть максимальным баллом</translation>
    </message>
    <message>
        <source>the maximum marks sum to {value}, not 100</source>
        <translation>сумма максимальных баллов {value}, а не 100</translation>
    </message>
    <message>
        <source>aspect {aspect} is measured: one score is expected</source>
        <translation>аспект {aspect} измеряется: нужен один балл</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is more than its maximum or below 0</source>
        <translation>аспект {aspect}: {value} больше максимума или меньше 0</translation>
    </message>
    <message>
        <source>aspect {aspect} is judged: three judges&apos; scores are expected</source>
        <translation>аспект {aspect} оценивается судьями: нужны баллы трёх судей</translation>
    </message>
    <message>
        <source>aspect {aspect}: each judge gives a whole 0, 1, 2 or 3 ({value})</source>
        <translation>аспект {aspect}: каждый судья ставит целый балл 0, 1, 2 или 3 ({value})</translation>
    </message>
    <message>
        <source>there is no aspect {aspect} in the marking scheme</source>
        <translation>в схеме оценки нет аспекта {aspect}</translation>
    </message>
    <message>
        <source>aspects {aspects} have no marks yet: type 0 where the candidate did not do the task, or clear the whole row to leave it not scored</source>
        <translation>у аспектов {aspects} ещё нет баллов: поставьте 0, если кандидат не выполнил задание, или очистите всю строку, чтобы оставить её без оценки</translation>
    </message>
    <message>
        <source>{value} is not a pass mark (above 0, at most 100)</source>
        <translation>{value} не может быть проходным баллом (больше 0, не больше 100)</translation>
    </message>
    <message>
        <source>the session has no tasks to draw from</source>
        <translation>у сессии нет заданий для жеребьёвки</translation>
    </message>
    <message>
        <source>the session has no marking scheme</source>
        <translation>у сессии нет схемы оценки</translation>
    </message>
    <message>
        <source>{value} is not a candidate of this session</source>
        <translation>{value} не является кандидатом этой сессии</translation>
    </message>
    <message>
        <source>{count} candidates present have no scores yet</source>
        <translation>у {count} присутствовавших кандидатов ещё нет баллов</translation>
    </message>
    <message>
        <source>the session has no expert panel: add the experts on the Panel tab first (they sign the protocol)</source>
        <translation>у сессии нет экспертной группы: сначала добавьте экспертов на вкладке «Экспертная группа» (они подписывают протокол)</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of aspect: write M (measurement) or J (judgement)</source>
        <translation>«{value}» — не вид аспекта: пишите M (измерение) или J (судейская оценка)</translation>
    </message>
    <message>
        <source>the session has results: it is kept as the record of the exam</source>
        <translation>у сессии есть результаты: она хранится как запись об экзамене</translation>
    </message>
    <message>
        <source>{value} is outside the grading scale</source>
        <translation>{value} вне шкалы оценивания</translation>
    </message>
    <message>
        <source>the session is on {date}: scores are entered on or after that day</source>
        <translation>сессия назначена на {date}: баллы вводятся в этот день или позже</translation>
    </message>
    <message>
        <source>draw the task first: the candidates are marked on the task drawn by lot</source>
        <translation>сначала проведите жеребьёвку задания: кандидаты оцениваются по заданию, выбранному жребием</translation>
    </message>
    <message>
        <source>errors remain ({count}); correct them in the list under the plan, then approve</source>
        <translation>остались ошибки ({count}): исправьте их по списку под планом, затем утверждайте</translation>
    </message>
    <message>
        <source>only a draft can be changed or approved; make a new version to change it</source>
        <translation>изменить или утвердить можно только черновик; чтобы изменить, создайте новую версию</translation>
    </message>
    <message>
        <source>only an approved curriculum can be archived</source>
        <translation>в архив можно перенести только утверждённый учебный план</translation>
    </message>
    <message>
        <source>final grades ({count}) were given against this curriculum&apos;s rows: it cannot be deleted</source>
        <translation>по строкам этого учебного плана выставлены итоговые оценки ({count}): его нельзя удалить</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer} (since {since}): it cannot be deleted while it is open there</source>
        <translation>его редактирует {who} на компьютере {computer} (с {since}): пока он открыт там, удалить его нельзя</translation>
    </message>
    <message>
        <source>this curriculum is still a draft: change it directly, no new version is needed</source>
        <translation>этот учебный план ещё черновик: измените его напрямую, новая версия не нужна</translation>
    </message>
    <message>
        <source>the grading scale has no bands</source>
        <translation>в шкале оценивания нет диапазонов</translation>
    </message>
    <message>
        <source>band {index} of the grading scale needs from, to (whole percents), a letter, points and a traditional grade</source>
        <translation>для диапазона {index} шкалы оценивания нужны «от», «до» (целые проценты), буква, баллы и традиционная оценка</translation>
    </message>
    <message>
        <source>the band {letter} starts at {low}% but ends at {high}%</source>
        <translation>диапазон {letter} начинается с {low}%, но заканчивается на {high}%</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) goes outside 0-100%</source>
        <translation>диапазон {letter} ({low}-{high}%) выходит за пределы 0-100%</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in no band of the grading scale</source>
        <translation>проценты {low}-{high} не попадают ни в один диапазон шкалы оценивания</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in both bands {first} and {second}</source>
        <translation>проценты {low}-{high} попадают в оба диапазона: {first} и {second}</translation>
    </message>
    <message>
        <source>the letter {letter} is given to more than one band</source>
        <translation>буква {letter} присвоена более чем одному диапазону</translation>
    </message>
    <message>
        <source>the band {letter} has {points} points: 0 to 4 are expected</source>
        <translation>у диапазона {letter} баллы {points}: ожидается от 0 до 4</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) has more points ({points}) than the band {above} above it ({above_points})</source>
        <translation>у диапазона {letter} ({low}-{high}%) баллов ({points}) больше, чем у диапазона {above} над ним ({above_points})</translation>
    </message>
    <message>
        <source>the band {letter} gives the traditional grade “{traditional}”, which is not one of: {known}</source>
        <translation>диапазон {letter} даёт традиционную оценку «{traditional}», которой нет среди: {known}</translation>
    </message>
    <message>
        <source>the band {letter} gives a better traditional grade than the band {above} above it</source>
        <translation>диапазон {letter} даёт лучшую традиционную оценку, чем диапазон {above} над ним</translation>
    </message>
    <message>
        <source>the traditional grade “{traditional}” needs its words in Kazakh, Russian and English</source>
        <translation>для традиционной оценки «{traditional}» нужны слова на казахском, русском и английском</translation>
    </message>
    <message>
        <source>“{value}” is not a percent: a number from 0 to 100 is expected</source>
        <translation>«{value}» — не процент: ожидается число от 0 до 100</translation>
    </message>
    <message>
        <source>{value} is not a percent from 0 to 100</source>
        <translation>{value} — не процент от 0 до 100</translation>
    </message>
    <message>
        <source>“{value}” is not a percent of “{item}”: a number from 0 to 100 is expected, or сынақ / зачтено for a pass</source>
        <translation>«{value}» — не процент по «{item}»: ожидается число от 0 до 100 или сынақ / зачтено для зачёта</translation>
    </message>
    <message>
        <source>{value} is not a percent of “{item}”: a number from 0 to 100 is expected</source>
        <translation>{value} — не процент по «{item}»: ожидается число от 0 до 100</translation>
    </message>
    <message>
        <source>“{item}” has “{value}” but no percent: write the percent (0-100), from which the letter, points and traditional grade follow</source>
        <translation>у «{item}» есть «{value}», но нет процента: напишите процент (0-100), из него следуют буква, баллы и традиционная оценка</translation>
    </message>
    <message>
        <source>the letter {letter} of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>буква {letter} по «{item}» не соответствует {percent}%: по шкале оценивания ожидается {expected}</translation>
    </message>
    <message>
        <source>{points} points of “{item}” do not agree with {percent}%: {expected} are expected by the grading scale</source>
        <translation>баллы {points} по «{item}» не соответствуют {percent}%: по шкале оценивания ожидается {expected}</translation>
    </message>
    <message>
        <source>“{value}” is not the points of “{item}”: a number from 0 to 4 is expected</source>
        <translation>«{value}» — не баллы по «{item}»: ожидается число от 0 до 4</translation>
    </message>
    <message>
        <source>“{traditional}” of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>«{traditional}» по «{item}» не соответствует {percent}%: по шкале оценивания ожидается {expected}</translation>
    </message>
    <message>
        <source>“{value}” of “{item}” is not a traditional grade: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (or 5, 4, 3, 2, or the Russian words), or сынақ / зачтено is expected</source>
        <translation>«{value}» по «{item}» — не традиционная оценка: ожидается отлично, хорошо, удовлетворительно, неудовлетворительно (или 5, 4, 3, 2, или казахские слова) либо сынақ / зачтено</translation>
    </message>
    <message>
        <source>the formula of “{item}” gives the error {value}: correct the formula or type the grade</source>
        <translation>формула «{item}» даёт ошибку {value}: исправьте формулу или введите оценку</translation>
    </message>
    <message>
        <source>the grades of the sheet “{sheet}” are all 5 or less: they look like traditional marks (5, 4, 3, 2), but the percent (0-100) of each grade is expected, from which the letter, points and traditional grade follow</source>
        <translation>все оценки листа «{sheet}» не больше 5: они похожи на традиционные отметки (5, 4, 3, 2), но ожидается процент (0-100) каждой оценки, из которого следуют буква, баллы и традиционная оценка</translation>
    </message>
    <message>
        <source>the row has grades but no student&apos;s name: write the full name in column {column}</source>
        <translation>в строке есть оценки, но нет ФИО студента: напишите полное ФИО в столбце {column}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is not a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>лист «{sheet}» — не ведомость оценок: ожидались предметы со столбцами п / б / цэ / трад, или по одному столбцу на предмет под строкой часов, или строка заголовков с «Аты-жөні» над ФИО и кодами строк над оценками</translation>
    </message>
    <message>
        <source>no sheet of the workbook is a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>ни один лист книги не является ведомостью оценок: ожидались предметы со столбцами п / б / цэ / трад, или по одному столбцу на предмет под строкой часов, или строка заголовков с «Аты-жөні» над ФИО и кодами строк над оценками</translation>
    </message>
    <message>
        <source>the group {group} has no curriculum: choose its curriculum on the Groups tab first</source>
        <translation>у группы {group} нет учебного плана: сначала выберите её учебный план на вкладке «Группы»</translation>
    </message>
    <message>
        <source>{student} is not a student of the group {group}</source>
        <translation>{student} не является студентом группы {group}</translation>
    </message>
    <message>
        <source>{student}, {row}: this row of the curriculum takes no grade</source>
        <translation>{student}, {row}: по этой строке учебного плана оценка не ставится</translation>
    </message>
    <message>
        <source>“{value}” is not a pass or a fail: this row is graded сынақ / зачтено or not</source>
        <translation>«{value}» — не зачёт и не незачёт: эта строка оценивается как сынақ / зачтено или нет</translation>
    </message>
    <message>
        <source>{student}: no grade for {row}</source>
        <translation>{student}: нет оценки по {row}</translation>
    </message>
    <message>
        <source>{student}: a grade for {row}, which is not a graded row of the group&apos;s curriculum</source>
        <translation>{student}: оценка по {row}, которая не является оцениваемой строкой учебного плана группы</translation>
    </message>
    <message>
        <source>{student}: a failing grade ({value}) for {row}</source>
        <translation>{student}: неудовлетворительная оценка ({value}) по {row}</translation>
    </message>
    <message>
        <source>{student}, {row}: a percent is kept for a row the curriculum grades сынақ / зачтено</source>
        <translation>{student}, {row}: сохранён процент по строке, которую учебный план оценивает как сынақ / зачтено</translation>
    </message>
    <message>
        <source>{student}, {row}: a pass or fail is kept for a row the curriculum grades by percent</source>
        <translation>{student}, {row}: сохранён зачёт/незачёт по строке, которую учебный план оценивает в процентах</translation>
    </message>
    <message>
        <source>{student}, {row}: the curriculum gives this row no hours</source>
        <translation>{student}, {row}: учебный план не даёт этой строке часов</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) is not a student of the group {group}</source>
        <translation>{student} (строка {line} ведомости) не студент группы {group}</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) matches more than one student of the group</source>
        <translation>{student} (строка {line} ведомости) соответствует нескольким студентам группы</translation>
    </message>
    <message>
        <source>{student} is on the sheet twice (rows {first} and {line})</source>
        <translation>{student} встречается в ведомости дважды (строки {first} и {line})</translation>
    </message>
    <message>
        <source>the sheet&apos;s column “{item}” matches no row of the group&apos;s curriculum</source>
        <translation>столбец ведомости «{item}» не соответствует ни одной строке учебного плана группы</translation>
    </message>
    <message>
        <source>no column of the sheet grades {row}</source>
        <translation>ни один столбец ведомости не содержит оценок по {row}</translation>
    </message>
    <message>
        <source>{student} of the group is not on the sheet</source>
        <translation>{student} из группы отсутствует в ведомости</translation>
    </message>
    <message>
        <source>“{value}” is neither a diploma nor a supplement</source>
        <translation>«{value}» — не диплом и не приложение</translation>
    </message>
    <message>
        <source>a supplement&apos;s copy is in Kazakh or Russian, not “{value}”</source>
        <translation>экземпляр приложения бывает на казахском или русском, а не «{value}»</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is issued already: a number is never used twice</source>
        <translation>бланк {series} № {number} уже выдан: номер не используется дважды</translation>
    </message>
    <message>
        <source>the blank {series} № {number} was spoiled: its number is never used again</source>
        <translation>бланк {series} № {number} испорчен: его номер больше не используется</translation>
    </message>
    <message>
        <source>“{value}” is not a blank number: digits are expected</source>
        <translation>«{value}» — не номер бланка: ожидаются цифры</translation>
    </message>
    <message>
        <source>the registration number {value} is already given to {series} № {number}</source>
        <translation>регистрационный номер {value} уже присвоен {series} № {number}</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is spoiled already</source>
        <translation>бланк {series} № {number} уже записан как испорченный</translation>
    </message>
    <message>
        <source>there is no such student</source>
        <translation>такого студента нет</translation>
    </message>
    <message>
        <source>{student}: the supplement cannot print while {count} problems of the grades remain (see the grade check)</source>
        <translation>{student}: приложение не печатается, пока остаются проблемы с оценками ({count}) (см. проверку оценок)</translation>
    </message>
    <message>
        <source>{student}, {row}: {problem}</source>
        <translation>{student}, {row}: {problem}</translation>
    </message>
    <message>
        <source>the load norms file holds no norms</source>
        <translation>в файле норм нагрузки нет норм</translation>
    </message>
    <message>
        <source>the load norms have no figure “{figure}”</source>
        <translation>в нормах нагрузки нет показателя «{figure}»</translation>
    </message>
    <message>
        <source>the load norm “{figure}” needs a positive value, a source and whether it is confirmed</source>
        <translation>для нормы нагрузки «{figure}» нужны положительное значение, источник и отметка, подтверждена ли она</translation>
    </message>
    <message>
        <source>the smallest load ({low} rate) is above the largest ({high} rates)</source>
        <translation>наименьшая нагрузка ({low} ставки) больше наибольшей ({high} ставки)</translation>
    </message>
    <message>
        <source>{annual} hours a year is not {weekly} hours a week × {weeks} weeks</source>
        <translation>{annual} ч в год не равно {weekly} ч в неделю × {weeks} нед.</translation>
    </message>
    <message>
        <source>the category “{category}” needs its names in Kazakh and Russian, a surcharge from 0 to 100 % and a source</source>
        <translation>для категории «{category}» нужны наименования на казахском и русском, доплата от 0 до 100 % и источник</translation>
    </message>
    <message>
        <source>the load norms have no category “{category}”</source>
        <translation>в нормах нагрузки нет категории «{category}»</translation>
    </message>
    <message>
        <source>the category “{category}” has a smaller surcharge than the category below it</source>
        <translation>у категории «{category}» доплата меньше, чем у категории ниже неё</translation>
    </message>
    <message>
        <source>“{value}” is not a teacher&apos;s category: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь or педагог-мастер</source>
        <translation>«{value}» — не категория педагога: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь или педагог-мастер</translation>
    </message>
    <message>
        <source>a category&apos;s date is given but no category</source>
        <translation>указана дата категории, но нет самой категории</translation>
    </message>
    <message>
        <source>“{value}” is not a level of education</source>
        <translation>«{value}» — не уровень образования</translation>
    </message>
    <message>
        <source>“{value}” is not a rate: a positive number such as 1, 0,5 or 1,5 is expected</source>
        <translation>«{value}» — не ставка: ожидается положительное число, например 1, 0,5 или 1,5</translation>
    </message>
    <message>
        <source>{value} years of teaching experience cannot be right</source>
        <translation>педагогический стаж {value} лет не может быть верным</translation>
    </message>
    <message>
        <source>{value} is a date still to come</source>
        <translation>{value} — дата, которая ещё не наступила</translation>
    </message>
    <message>
        <source>there is no such department</source>
        <translation>такой предметно-цикловой комиссии нет</translation>
    </message>
    <message>
        <source>{name} holds {count} lines of teaching load or hours taught: give them to another teacher first</source>
        <translation>за педагогом {name} числится строк учебной нагрузки или проведённых часов: {count}; сначала передайте их другому педагогу</translation>
    </message>
    <message>
        <source>subgroup {value} does not exist: a class is taught whole or in subgroups 1 and 2</source>
        <translation>подгруппы {value} нет: занятие проводится для всей группы или по подгруппам 1 и 2</translation>
    </message>
    <message>
        <source>there is no such teacher</source>
        <translation>такого педагога нет</translation>
    </message>
    <message>
        <source>the group&apos;s curriculum has no {component} hours of {row} in semester {semester} this year</source>
        <translation>в учебном плане группы нет часов «{component}» по {row} в {semester} семестре этого года</translation>
    </message>
    <message>
        <source>{row}, semester {semester}: the class is given both to the whole group and to a subgroup; it would count twice</source>
        <translation>{row}, {semester} семестр: занятие отдано и всей группе, и подгруппе; оно было бы учтено дважды</translation>
    </message>
    <message>
        <source>{value} is not a month of the academic year {year}</source>
        <translation>{value} — не месяц {year} учебного года</translation>
    </message>
    <message>
        <source>{value} hours in a month cannot be right</source>
        <translation>{value} часов в месяц не может быть верным</translation>
    </message>
    <message>
        <source>a teacher cannot replace themselves</source>
        <translation>педагог не может заменять сам себя</translation>
    </message>
    <message>
        <source>{value} is not a month of semester {semester}: its hours go in {first} to {last}</source>
        <translation>{value} — не месяц {semester}-го семестра: его часы вносятся в месяцы {first} – {last}</translation>
    </message>
    <message>
        <source>no column of the header is a month: write the months as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>ни один столбец заголовка не является месяцем: запишите месяцы как 09.2026 или названием (қыркүйек, сентябрь)</translation>
    </message>
    <message>
        <source>the month {value} has a column already ({first})</source>
        <translation>для месяца {value} уже есть столбец ({first})</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of load: {allowed}</source>
        <translation>«{value}» — не вид нагрузки: {allowed}</translation>
    </message>
    <message>
        <source>“{value}”: there is no teacher of this name; add the teacher or correct the name</source>
        <translation>«{value}»: преподавателя с таким именем нет; добавьте преподавателя или исправьте имя</translation>
    </message>
    <message>
        <source>“{value}”: {count} teachers have this name; tell them apart in the staff list first</source>
        <translation>«{value}»: такое имя у {count} преподавателей; сначала различите их в списке штата</translation>
    </message>
    <message>
        <source>“{value}”: there is no group of this code with a curriculum in the academic year {year}</source>
        <translation>«{value}»: нет группы с таким кодом и рабочим учебным планом в {year} учебном году</translation>
    </message>
    <message>
        <source>the curriculum of {group} has no {component} hours of “{value}” in the academic year {year}</source>
        <translation>в учебном плане {group} нет часов «{component}» по «{value}» в {year} учебном году</translation>
    </message>
    <message>
        <source>{group}, {value}: subgroup {subgroup} has no teacher in the distribution; it is taught as {held} (0 is the whole group)</source>
        <translation>{group}, {value}: у подгруппы {subgroup} нет преподавателя в распределении; занятие ведётся как {held} (0 — вся группа)</translation>
    </message>
    <message>
        <source>the same class, subgroup, teacher and month are on row {first} already</source>
        <translation>то же занятие, подгруппа, преподаватель и месяц уже есть в строке {first}</translation>
    </message>
    <message>
        <source>the column “{value}” has hours but its header is not a month: write the month as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>в столбце «{value}» есть часы, но его заголовок — не месяц: запишите месяц как 09.2026 или названием (қыркүйек, сентябрь)</translation>
    </message>
    <message>
        <source>the sheet has no hours to import: fill in the month columns</source>
        <translation>на листе нет часов для импорта: заполните столбцы месяцев</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: a whole number from 0 to {limit} is expected</source>
        <translation>«{value}» — не число часов: ожидается целое число от 0 до {limit}</translation>
    </message>
    <message>
        <source>“{value}” cannot be a login: 3 to 60 letters, digits, dots, hyphens or underscores, without spaces</source>
        <translation>«{value}» не может быть логином: нужно от 3 до 60 букв, цифр, точек, дефисов или подчёркиваний, без пробелов</translation>
    </message>
    <message>
        <source>“{value}” is already another user&apos;s login</source>
        <translation>«{value}» — уже логин другого пользователя</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>длиннее {count} символов</translation>
    </message>
    <message>
        <source>must be at least {count} characters long</source>
        <translation>нужно не менее {count} символов</translation>
    </message>
    <message>
        <source>must not be the same as the login</source>
        <translation>не может совпадать с логином</translation>
    </message>
    <message>
        <source>is the same as the current password</source>
        <translation>совпадает с текущим паролем</translation>
    </message>
    <message>
        <source>the two passwords typed differ: type the same password twice</source>
        <translation>два введённых пароля различаются: введите один и тот же пароль дважды</translation>
    </message>
    <message>
        <source>is not right</source>
        <translation>указан неверно</translation>
    </message>
    <message>
        <source>you work without signing in, so there is no password of yours to change</source>
        <translation>вы работаете без входа по логину, поэтому менять нечего: своего пароля у вас нет</translation>
    </message>
    <message>
        <source>“{value}” is not a role of this program</source>
        <translation>«{value}» — не роль этой программы</translation>
    </message>
    <message>
        <source>only a curator has groups of their own</source>
        <translation>свои группы есть только у куратора</translation>
    </message>
    <message>
        <source>one of the chosen groups no longer exists</source>
        <translation>одной из выбранных групп больше нет</translation>
    </message>
    <message>
        <source>{value} is the last active administrator: make another user an administrator first, or nobody could manage the users</source>
        <translation>{value} — последний активный администратор: сначала сделайте администратором другого пользователя, иначе управлять пользователями будет некому</translation>
    </message>
    <message>
        <source>this database has users already: an administrator adds new ones</source>
        <translation>в этой базе данных уже есть пользователи: новых добавляет администратор</translation>
    </message>
    <message>
        <source>add an active administrator first: with sign-in asked, somebody must be able to manage the users</source>
        <translation>сначала добавьте активного администратора: когда требуется вход, кто-то должен управлять пользователями</translation>
    </message>
    <message>
        <source>a database on a server is shared by several computers and always asks for sign-in</source>
        <translation>базой данных на сервере пользуются несколько компьютеров, поэтому вход требуется всегда</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Классификатор</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Учебные планы</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Дуальное обучение</translation>
    </message>
    <message>
        <source>Demonstration exams</source>
        <translation>Демоэкзамены</translation>
    </message>
    <message>
        <source>NEDB</source>
        <translation>НОБД</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Final grades</source>
        <translation>Итоговые оценки</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Педагогическая нагрузка</translation>
    </message>
</context>
<context>
    <name>NedbImportDialog</name>
    <message>
        <source>Import from NEDB</source>
        <translation>Импорт из НОБД</translation>
    </message>
    <message>
        <source>{file}: {new} new students, {same} the same as here, {conflicts} with differences; {groups} new groups.</source>
        <translation>{file}: новых студентов — {new}, совпадают — {same}, с различиями — {conflicts}; новых групп — {groups}.</translation>
    </message>
    <message>
        <source>Tick a difference to take the file&apos;s value; unticked ones keep ours. Group and status differences are shown only: they change by orders.</source>
        <translation>Отметьте различие, чтобы взять значение из файла; неотмеченные останутся как здесь. Различия в группе и статусе только показываются: они меняются приказами.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>New students:</source>
        <translation>Новые студенты:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Importing from NEDB…</source>
        <translation>Импорт из НОБД…</translation>
    </message>
    <message>
        <source>NEDB files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Файлы НОБД (*.txt *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the NEDB file…</source>
        <translation>Чтение файла НОБД…</translation>
    </message>
</context>
<context>
    <name>NedbPage</name>
    <message>
        <source>NEDB</source>
        <translation>НОБД</translation>
    </message>
    <message>
        <source>The contingent file of the National Education Database: check it, export it for the upload, import the file the system gives. Two rounds a year: September–October and March–April.</source>
        <translation>Файл контингента Национальной образовательной базы данных: проверьте, выгрузите для загрузки, импортируйте файл из системы. Два этапа в год: сентябрь–октябрь и март–апрель.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Export the contingent file…</source>
        <translation>Выгрузить файл контингента…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Import NEDB&apos;s file…</source>
        <translation>Импорт файла НОБД…</translation>
    </message>
    <message>
        <source>Import the demo NEDB file…</source>
        <translation>Импорт демо-файла НОБД…</translation>
    </message>
    <message>
        <source>Before the round: problems to fix (double-click opens the record)</source>
        <translation>Перед этапом: что исправить (двойной щелчок открывает запись)</translation>
    </message>
    <message>
        <source>Find a student, a group or a problem (Ctrl+F)</source>
        <translation>Найти студента, группу или проблему (Ctrl+F)</translation>
    </message>
    <message>
        <source>Submission log</source>
        <translation>Журнал выгрузок</translation>
    </message>
    <message>
        <source>Checking the contingent for NEDB…</source>
        <translation>Проверка контингента для НОБД…</translation>
    </message>
    <message>
        <source>No collection round is open now; the last one was {round}.</source>
        <translation>Сейчас этап сбора не открыт; последний: {round}.</translation>
    </message>
    <message>
        <source>The {round} round is open; the contingent has been exported in it.</source>
        <translation>Этап {round} открыт; контингент в нём выгружен.</translation>
    </message>
    <message>
        <source>The {round} round is open and the contingent has not been exported in it yet.</source>
        <translation>Этап {round} открыт, а контингент в нём ещё не выгружен.</translation>
    </message>
    <message>
        <source>{shown} of {count} problems</source>
        <translation>Проблем: {shown} из {count}</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>Проблем: {count}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>left</source>
        <translation>выбыл</translation>
    </message>
    <message>
        <source>Checked again: {count} problems.</source>
        <translation>Проверено снова: проблем — {count}.</translation>
    </message>
    <message>
        <source>Checked again: no problems found.</source>
        <translation>Проверено снова: проблем не найдено.</translation>
    </message>
    <message>
        <source>Export the contingent file</source>
        <translation>Выгрузка файла контингента</translation>
    </message>
    <message>
        <source>NEDB files (*.txt)</source>
        <translation>Файлы НОБД (*.txt)</translation>
    </message>
    <message>
        <source>The check found {count} problems. Export anyway?</source>
        <translation>Проверка нашла проблем: {count}. Всё равно выгрузить?</translation>
    </message>
    <message>
        <source>Since the last exchange with NEDB (import or export)</source>
        <translation>С последнего обмена с НОБД (импорт или экспорт)</translation>
    </message>
    <message>
        <source>No file has been exchanged with NEDB yet: the file carries {count} students ({active} studying or on leave, {left} who left this academic year), all new to NEDB.</source>
        <translation>Обмена файлами с НОБД ещё не было: в файле студентов — {count} (обучаются или в отпуске — {active}, выбыли в этом учебном году — {left}), все новые для НОБД.</translation>
    </message>
    <message>
        <source>Since the {direction} of {when}: {added} added, {changed} changed, {left} left.</source>
        <translation>С момента обмена ({direction}, {when}): добавлено {added}, изменено {changed}, выбыло {left}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>Writing the NEDB file…</source>
        <translation>Запись файла НОБД…</translation>
    </message>
    <message>
        <source>{count} students written to {file}. The file is readable by you alone: it holds personal data.</source>
        <translation>Студентов записано: {count}, файл {file}. Файл доступен для чтения только вам: в нём персональные данные.</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <source>{count} students written to {file}.</source>
        <translation>Студентов записано: {count}, файл {file}.</translation>
    </message>
</context>
<context>
    <name>NedbWords</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>does not need a place</source>
        <translation>не нуждается в месте</translation>
    </message>
    <message>
        <source>needs a place, not given</source>
        <translation>нуждается, место не предоставлено</translation>
    </message>
    <message>
        <source>lives in the dormitory</source>
        <translation>проживает в общежитии</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>This database is a file on a network share ({where}).

A database file is not made to be shared that way: when several computers write to it at the same time, the file can be damaged and work can be lost. Until the database is moved to a server, let only one computer at a time work with it, and keep backups.

For several workstations, put the college&apos;s database on a PostgreSQL server: the README&apos;s section “A college server (PostgreSQL)” tells the administrator how.</source>
        <translation>Эта база данных — файл в сетевой папке ({where}).

Файл базы данных не предназначен для такой совместной работы: когда в него пишут несколько компьютеров одновременно, файл может повредиться, а работа — потеряться. Пока база данных не перенесена на сервер, работайте с ней только с одного компьютера за раз и делайте резервные копии.

Для нескольких рабочих мест разместите базу данных колледжа на сервере PostgreSQL: как это сделать, администратору объясняет раздел README «A college server (PostgreSQL)».</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>База данных в сетевой папке</translation>
    </message>
</context>
<context>
    <name>NewCurriculumDialog</name>
    <message>
        <source>New curriculum</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 классов</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 классов</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>ТиПО</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>очная</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>заочная</translation>
    </message>
    <message>
        <source>Start empty (without the mandatory subjects and modules)</source>
        <translation>Начать с пустого (без обязательных предметов и модулей)</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>Specialty *</source>
        <translation>Специальность *</translation>
    </message>
    <message>
        <source>Qualifications *</source>
        <translation>Квалификации *</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>База образования</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Study form</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Study years</source>
        <translation>Лет обучения</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Choose the specialty (add it in the classifier first).</source>
        <translation>Выберите специальность (сначала добавьте её в классификатор).</translation>
    </message>
    <message>
        <source>Tick at least one qualification.</source>
        <translation>Отметьте хотя бы одну квалификацию.</translation>
    </message>
</context>
<context>
    <name>NoDatabasePage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Минутку, пожалуйста.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Создать новую базу данных…</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Открыть демо-колледж</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open your college&apos;s database, create a new one, or look at the demo college.</source>
        <translation>Откройте базу данных вашего колледжа, создайте новую или посмотрите демо-колледж.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Movement order</source>
        <translation>Приказ о движении</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Отпуск до</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Apply the order</source>
        <translation>Применить приказ</translation>
    </message>
    <message>
        <source>This movement cannot apply to a student who is {status}.</source>
        <translation>Это движение неприменимо к студенту со статусом «{status}».</translation>
    </message>
    <message>
        <source>The order applies to {count} students.</source>
        <translation>Приказ касается студентов: {count}.</translation>
    </message>
    <message>
        <source>{count} marked in red will be left out.</source>
        <translation>Отмеченные красным ({count}) не войдут в приказ.</translation>
    </message>
    <message>
        <source>None of the students chosen can have this movement: choose another movement, or other students on the list.</source>
        <translation>Ни к одному из выбранных студентов это движение не применимо: выберите другое движение или других студентов в списке.</translation>
    </message>
    <message>
        <source>Order not applied</source>
        <translation>Приказ не применён</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>Отпуск должен закончиться после начала: дата окончания {until}, приказ вступает в силу {on}.</translation>
    </message>
    <message>
        <source>{name} was changed on another computer after the list was read: the order was not applied, nothing was written. The list is read again: check the students and apply the order again.</source>
        <translation>Данные студента {name} изменили на другом компьютере после того, как список был прочитан: приказ не проведён, ничего не записано. Список прочитан заново: проверьте студентов и проведите приказ ещё раз.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Welcome to Zhospar</source>
        <translation>Добро пожаловать в Zhospar</translation>
    </message>
    <message>
        <source>Set up my college</source>
        <translation>Настроить мой колледж</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Открыть демо-колледж</translation>
    </message>
    <message>
        <source>This database is new</source>
        <translation>Это новая база данных</translation>
    </message>
    <message>
        <source>Start by entering your college&apos;s profile: its names, BIN, address and director. Or look around the demo college first; your own database stays as it is.</source>
        <translation>Начните с профиля колледжа: наименования, БИН, адрес и директор. Или сначала осмотрите демо-колледж; ваша база данных останется как есть.</translation>
    </message>
    <message>
        <source>This is the demo college. Its data is invented; change it freely.</source>
        <translation>Это демо-колледж. Его данные вымышлены; меняйте их свободно.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Specialties in the classifier</source>
        <translation>Специальностей в классификаторе</translation>
    </message>
    <message>
        <source>Qualifications in the classifier</source>
        <translation>Квалификаций в классификаторе</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групп</translation>
    </message>
    <message>
        <source>Students studying or on leave</source>
        <translation>Студенты, обучающиеся или в отпуске</translation>
    </message>
    <message>
        <source>Left this academic year (still in the NEDB file)</source>
        <translation>Выбывшие в этом учебном году (ещё в файле НОБД)</translation>
    </message>
    <message>
        <source>Help › User guide (F1): a short guide to a day&apos;s work, from the first curriculum to the report pack.</source>
        <translation>Справка › Руководство пользователя (F1): краткое руководство по рабочему дню, от первого учебного плана до пакета отчётности.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Последняя резервная копия</translation>
    </message>
</context>
<context>
    <name>PackBox</name>
    <message>
        <source>Counting the contingent and the movement…</source>
        <translation>Подсчёт контингента и движения…</translation>
    </message>
    <message>
        <source>Dual training…</source>
        <translation>Дуальное обучение…</translation>
    </message>
    <message>
        <source>Demonstration exams…</source>
        <translation>Демонстрационные экзамены…</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Трудоустройство выпускников…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>Показатели…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>One PDF and one Excel workbook with everything the ministry and the regional department ask for: the indicators against the national targets, the contingent, the movement of students, dual training, demonstration exams and graduates&apos; employment — with the college&apos;s header, the date, charts and signature blocks.</source>
        <translation>Один PDF и одна книга Excel со всем, что запрашивают министерство и управление образования: показатели в сравнении с национальными целевыми значениями, контингент, движение студентов, дуальное обучение, демонстрационные экзамены и трудоустройство выпускников — с реквизитами колледжа, датой, диаграммами и местами для подписей.</translation>
    </message>
    <message>
        <source>Year of the indicators and graduates</source>
        <translation>Год показателей и выпуска</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Период движения</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Make the report pack</source>
        <translation>Сформировать пакет отчётности</translation>
    </message>
    <message>
        <source>Folder for the report pack</source>
        <translation>Папка для пакета отчётности</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Пакет отчётности</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Report pack not made</source>
        <translation>Пакет отчётности не сформирован</translation>
    </message>
    <message>
        <source>Making the report pack…</source>
        <translation>Формирование пакета отчётности…</translation>
    </message>
    <message>
        <source>Made: {pdf} and {xlsx}.</source>
        <translation>Готово: {pdf} и {xlsx}.</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>New password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <source>{name} signs in with this password from now on; tell it to them in person. They can change it themselves afterwards.</source>
        <translation>Теперь {name} входит с этим паролем; сообщите его лично. Потом пароль можно сменить самостоятельно.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>The password is not set</source>
        <translation>Пароль не задан</translation>
    </message>
</context>
<context>
    <name>PaymentColumns</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сумма, ₸</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>no IIN</source>
        <translation>нет ИИН</translation>
    </message>
    <message>
        <source>the IIN {problem}</source>
        <translation>ИИН: {problem}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>нет даты рождения</translation>
    </message>
    <message>
        <source>the academic leave has no end date or reason</source>
        <translation>у академического отпуска нет даты окончания или причины</translation>
    </message>
    <message>
        <source>studies in no group</source>
        <translation>не состоит ни в одной группе</translation>
    </message>
    <message>
        <source>the same person is recorded twice, in the groups {groups}</source>
        <translation>один человек записан дважды, в группах {groups}</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>у группы нет рабочего учебного плана</translation>
    </message>
    <message>
        <source>the group has no qualification</source>
        <translation>у группы нет квалификации</translation>
    </message>
    <message>
        <source>the code {code} is no longer in the classifier for this intake</source>
        <translation>кода {code} больше нет в классификаторе для этого приёма</translation>
    </message>
    <message>
        <source>the {kind} was recorded without an order</source>
        <translation>«{kind}» записано без приказа</translation>
    </message>
</context>
<context>
    <name>PreflightColumns</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print supplements: {group}</source>
        <translation>Печать приложений: {group}</translation>
    </message>
    <message>
        <source>Students (those whose grades are not complete cannot be ticked):</source>
        <translation>Студенты (студентов с неполными оценками отметить нельзя):</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: исправить {count}</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Plain A4 paper</source>
        <translation>Обычная бумага A4</translation>
    </message>
    <message>
        <source>The pre-printed blank</source>
        <translation>Типографский бланк</translation>
    </message>
    <message>
        <source>the printer&apos;s name, as the system calls it</source>
        <translation>имя принтера, как его называет система</translation>
    </message>
    <message>
        <source>Positive moves the print right</source>
        <translation>Положительное значение сдвигает печать вправо</translation>
    </message>
    <message>
        <source>Positive moves the print down</source>
        <translation>Положительное значение сдвигает печать вниз</translation>
    </message>
    <message>
        <source>across</source>
        <translation>по горизонтали</translation>
    </message>
    <message>
        <source>down</source>
        <translation>по вертикали</translation>
    </message>
    <message>
        <source>Print a calibration page…</source>
        <translation>Печать страницы калибровки…</translation>
    </message>
    <message>
        <source>Print it onto a blank, measure how far the marks are from the blank&apos;s fields, and type the offsets here.</source>
        <translation>Напечатайте её на бланке, измерьте, насколько метки отстоят от полей бланка, и введите смещения здесь.</translation>
    </message>
    <message>
        <source>One file per language, in the order the blanks are loaded</source>
        <translation>Один файл на язык, в порядке загрузки бланков</translation>
    </message>
    <message>
        <source>Otherwise each graduate&apos;s supplement is a file of its own.</source>
        <translation>Иначе приложение каждого выпускника — отдельный файл.</translation>
    </message>
    <message>
        <source>Supplements {group}</source>
        <translation>Приложения {group}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Calibration, mm</source>
        <translation>Калибровка, мм</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Папка для файлов PDF</translation>
    </message>
    <message>
        <source>Write the PDFs</source>
        <translation>Записать PDF</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Страница калибровки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration page written: {file}. Print it onto a blank at 100% scale.</source>
        <translation>Страница калибровки записана: {file}. Напечатайте её на бланке в масштабе 100%.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>No student is ticked. Those whose grades are not complete cannot be printed: fix what the grade check lists first.</source>
        <translation>Не отмечен ни один студент. Студентов с неполными оценками печатать нельзя: сначала исправьте то, что перечислено в проверке оценок.</translation>
    </message>
    <message>
        <source>Tick the students whose supplements to print.</source>
        <translation>Отметьте студентов, чьи приложения нужно напечатать.</translation>
    </message>
    <message>
        <source>Print the others?</source>
        <translation>Напечатать остальных?</translation>
    </message>
    <message>
        <source>{count} students cannot be printed until their grades agree with the curriculum:
{names}

Print the other {ready}?</source>
        <translation>Пока оценки не соответствуют учебному плану, нельзя напечатать студентов: {count}
{names}

Напечатать остальных ({ready})?</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Выберите папку для файлов.</translation>
    </message>
    <message>
        <source>Writing the supplements…</source>
        <translation>Запись приложений…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Printing cancelled: no file of it was kept.</source>
        <translation>Печать отменена: ни один её файл не сохранён.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>The files cannot be written to {folder}: {reason}</source>
        <translation>Не удаётся записать файлы в {folder}: {reason}</translation>
    </message>
    <message>
        <source>{count} PDF files written to {folder}</source>
        <translation>В {folder} записано PDF-файлов: {count}</translation>
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
        <translation>Щёлкните строку, чтобы перейти к её ячейке в таблице.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>В группе нет студентов для оценивания.</translation>
    </message>
    <message>
        <source>Ready to print: {ready} of {total} students. To fix before printing:</source>
        <translation>Готовы к печати: {ready} из {total} студентов. Исправить перед печатью:</translation>
    </message>
    <message>
        <source>Every student&apos;s grades agree with the curriculum: {total} ready to print.</source>
        <translation>Оценки всех студентов соответствуют учебному плану: готовы к печати — {total}.</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: исправить {count}</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what</source>
        <translation>Кто, когда и что изменял в этой записи</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Сначала выберите строку в списке.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>The college: {value}; target: {target}.</source>
        <translation>Колледж: {value}; целевое значение: {target}.</translation>
    </message>
    <message>
        <source>Counted from the records as they are today.</source>
        <translation>Посчитано по записям на сегодня.</translation>
    </message>
    <message>
        <source>Double-click a student to open the card.</source>
        <translation>Дважды щёлкните студента, чтобы открыть карточку.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Name, IIN, series, number or registration number (Ctrl+F)</source>
        <translation>ФИО, ИИН, серия, номер или регистрационный номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Issued and spoiled</source>
        <translation>Выданные и испорченные</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Issue a blank…</source>
        <translation>Выдать бланк…</translation>
    </message>
    <message>
        <source>Spoil a blank…</source>
        <translation>Списать испорченный бланк…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>No blank is in the register yet: Issue a blank… records one.</source>
        <translation>В книге регистрации ещё нет бланков: «Выдать бланк…» записывает бланк.</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replacement of {teacher}</source>
        <translation>Замена: {teacher}</translation>
    </message>
    <message>
        <source>Hours another teacher taught instead of {teacher}. They count towards the class, which stays done, and towards the one who taught them. 0 hours removes the replacement.</source>
        <translation>Часы, которые другой преподаватель провёл вместо {teacher}. Они засчитываются занятию (оно остаётся выполненным) и проведшему их. 0 часов удаляет замену.</translation>
    </message>
    <message>
        <source>{line}, semester {semester}</source>
        <translation>{line}, {semester}-й семестр</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Занятие:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>Taught by:</source>
        <translation>Кто провёл:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reports are made from the records as they are now. Printed documents are in Kazakh or Russian.</source>
        <translation>Отчёты строятся по записям в их текущем виде. Печатные документы — на казахском или русском.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Пакет отчётности</translation>
    </message>
    <message>
        <source>Contingent and movement</source>
        <translation>Контингент и движение</translation>
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
        <translation>Заместитель директора по учебной работе</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>Dual-training coordinator</source>
        <translation>Координатор дуального обучения</translation>
    </message>
    <message>
        <source>Exam organiser</source>
        <translation>Организатор экзамена</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The only user of this computer</source>
        <translation>Единственный пользователь этого компьютера</translation>
    </message>
    <message>
        <source>the college&apos;s profile</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>the classifier</source>
        <translation>Классификатор</translation>
    </message>
    <message>
        <source>curricula</source>
        <translation>Учебные планы</translation>
    </message>
    <message>
        <source>teachers and the teacher load</source>
        <translation>Педагогическая нагрузка</translation>
    </message>
    <message>
        <source>groups and students</source>
        <translation>Контингент</translation>
    </message>
    <message>
        <source>final grades and diplomas</source>
        <translation>Итоговые оценки</translation>
    </message>
    <message>
        <source>graduates&apos; employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <source>dual training</source>
        <translation>Дуальное обучение</translation>
    </message>
    <message>
        <source>demonstration exams</source>
        <translation>Демоэкзамены</translation>
    </message>
    <message>
        <source>the state reports&apos; records</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>the change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}.</source>
        <translation>Вашей роли ({role}) не разрешено изменять раздел «{area}».</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>autumn {year} (September–October)</source>
        <translation>осень {year} (сентябрь–октябрь)</translation>
    </message>
    <message>
        <source>spring {year} (March–April)</source>
        <translation>весна {year} (март–апрель)</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>practical work</source>
        <translation>практическая работа</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>демонстрационный экзамен</translation>
    </message>
    <message>
        <source>Row {code}</source>
        <translation>Строка {code}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(recognised by its name)</source>
        <translation>(определяется по названию)</translation>
    </message>
    <message>
        <source>(not a qualification exam)</source>
        <translation>(не квалификационный экзамен)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>General-education subject</source>
        <translation>Общеобразовательный предмет</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Номер базового модуля</translation>
    </message>
    <message>
        <source>Merged into the module</source>
        <translation>Объединён с модулем</translation>
    </message>
    <message>
        <source>Justification (extra basic module)</source>
        <translation>Обоснование (дополнительный базовый модуль)</translation>
    </message>
    <message>
        <source>Qualification exam form</source>
        <translation>Форма квалификационного экзамена</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Grading scale</source>
        <translation>Шкала оценивания</translation>
    </message>
    <message>
        <source>Where a grade band begins is the college&apos;s choice (the national scale is the default). Each whole percent from 0 to 100 must fall in exactly one band.</source>
        <translation>Где начинается диапазон оценки, выбирает колледж (по умолчанию — национальная шкала). Каждый целый процент от 0 до 100 должен попадать ровно в один диапазон.</translation>
    </message>
    <message>
        <source>From, %</source>
        <translation>От, %</translation>
    </message>
    <message>
        <source>To, %</source>
        <translation>До, %</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Традиционная оценка</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Добавить диапазон</translation>
    </message>
    <message>
        <source>Remove the band</source>
        <translation>Удалить диапазон</translation>
    </message>
    <message>
        <source>Reset to the national scale</source>
        <translation>Вернуть национальную шкалу</translation>
    </message>
    <message>
        <source>Select the band to remove first.</source>
        <translation>Сначала выберите диапазон, который нужно удалить.</translation>
    </message>
    <message>
        <source>The national scale&apos;s bands: Save keeps them.</source>
        <translation>Диапазоны национальной шкалы: «Сохранить» сохранит их.</translation>
    </message>
    <message>
        <source>The national grading scale is used.</source>
        <translation>Используется национальная шкала оценивания.</translation>
    </message>
    <message>
        <source>The college&apos;s grading scale is saved: the grid&apos;s letters follow it.</source>
        <translation>Шкала оценивания колледжа сохранена: буквы в таблице следуют ей.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>T — theory</source>
        <translation>T — теоретическое обучение</translation>
    </message>
    <message>
        <source>A — intermediate attestation</source>
        <translation>A — промежуточная аттестация</translation>
    </message>
    <message>
        <source>P — practice or production training</source>
        <translation>P — практика или производственное обучение</translation>
    </message>
    <message>
        <source>H — holidays</source>
        <translation>H — каникулы</translation>
    </message>
    <message>
        <source>F — final attestation</source>
        <translation>F — итоговая аттестация</translation>
    </message>
    <message>
        <source>- — no study</source>
        <translation>- — нет занятий</translation>
    </message>
    <message>
        <source>Process schedule</source>
        <translation>График учебного процесса</translation>
    </message>
    <message>
        <source>Select weeks and type a letter: </source>
        <translation>Выделите недели и введите букву: </translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year} курс</translation>
    </message>
    <message>
        <source>Propose from the curriculum</source>
        <translation>Предложить по плану</translation>
    </message>
    <message>
        <source>The schedule has every part the rules ask for.</source>
        <translation>В графике есть все части, которых требуют правила.</translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message>
        <source>Scores of the session № {id}</source>
        <translation>Баллы сессии № {id}</translation>
    </message>
    <message>
        <source>Type a mark and press Enter (down) or Tab (right); Delete clears; Ctrl+Z undoes. A judged aspect takes each of the three judges&apos; whole 0 to 3.</source>
        <translation>Введите балл и нажмите Enter (вниз) или Tab (вправо); Delete очищает; Ctrl+Z отменяет. В судейском аспекте каждый из трёх судей ставит целое от 0 до 3.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Пересдача</translation>
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
        <translation>Итого</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Not a mark</source>
        <translation>Не балл</translation>
    </message>
    <message>
        <source>{candidate}, {cell}: “{value}” is not allowed. Allowed: {allowed}.</source>
        <translation>{candidate}, {cell}: «{value}» не допускается. Допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>a whole 0, 1, 2 or 3</source>
        <translation>целое 0, 1, 2 или 3</translation>
    </message>
    <message>
        <source>0 to {max}, at most two decimals</source>
        <translation>от 0 до {max}, не более двух знаков после запятой</translation>
    </message>
    <message>
        <source>aspect {aspect}</source>
        <translation>аспект {aspect}</translation>
    </message>
    <message>
        <source>aspect {aspect}, judge {n}</source>
        <translation>аспект {aspect}, судья {n}</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>неявка</translation>
    </message>
    <message>
        <source>unfinished: every aspect needs its marks</source>
        <translation>не закончено: у каждого аспекта должны быть баллы</translation>
    </message>
    <message>
        <source>Scores not saved</source>
        <translation>Баллы не сохранены</translation>
    </message>
    <message>
        <source>{candidate}: marks</source>
        <translation>{candidate}: баллы</translation>
    </message>
    <message>
        <source>{candidate}: absent</source>
        <translation>{candidate}: неявка</translation>
    </message>
    <message>
        <source>{candidate}: retake</source>
        <translation>{candidate}: пересдача</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Qual.</source>
        <translation>Квал.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation>Канд.</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Номер сессии</translation>
    </message>
    <message>
        <source>First day of the session</source>
        <translation>Первый день сессии</translation>
    </message>
    <message>
        <source>Kind of attestation</source>
        <translation>Вид аттестации</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Форма экзамена</translation>
    </message>
    <message>
        <source>Qualification (code)</source>
        <translation>Квалификация (код)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import students from Excel</source>
        <translation>Импорт студентов из Excel</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} rows. Say which column holds each field; the guesses come from the header.</source>
        <translation>Лист «{sheet}»: строк — {rows}. Укажите, в каком столбце каждое поле; предположения взяты из заголовка.</translation>
    </message>
    <message>
        <source>(not in the sheet)</source>
        <translation>(нет на листе)</translation>
    </message>
    <message>
        <source>admission order number (may be added later)</source>
        <translation>номер приказа о зачислении (можно добавить позже)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Importing students…</source>
        <translation>Импорт студентов…</translation>
    </message>
</context>
<context>
    <name>SheetPickerDialog</name>
    <message>
        <source>Import curricula from the workbook</source>
        <translation>Загрузка учебных планов из книги</translation>
    </message>
    <message>
        <source>Each sheet holds its own curriculum. Tick the sheets to import; each becomes a draft.</source>
        <translation>На каждом листе свой учебный план. Отметьте листы для загрузки; каждый станет проектом.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <source>Why the sheet cannot be imported</source>
        <translation>Почему лист нельзя загрузить</translation>
    </message>
    <message>
        <source>Intake year (not written on the sheet or in the file name):</source>
        <translation>Год приёма (не указан ни на листе, ни в имени файла):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>{sheet}: cannot be imported</source>
        <translation>{sheet}: нельзя загрузить</translation>
    </message>
    <message>
        <source>{sheet}: {specialty} {qualifications}, intake {year}, {years} years, {rows} rows</source>
        <translation>{sheet}: {specialty} {qualifications}, приём {year}, лет обучения: {years}, строк: {rows}</translation>
    </message>
    <message>
        <source>This sheet can be imported.</source>
        <translation>Этот лист можно загрузить.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>At least {count} characters</source>
        <translation>Не менее {count} символов</translation>
    </message>
    <message>
        <source>Sign in to Zhospar</source>
        <translation>Вход в Zhospar</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the college&apos;s administrator to switch it on.</source>
        <translation>Эта учётная запись отключена. Попросите администратора колледжа включить её.</translation>
    </message>
    <message>
        <source>The login or the password is not right. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Логин или пароль неверен. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <source>Spoil a blank</source>
        <translation>Списание испорченного бланка</translation>
    </message>
    <message>
        <source>A spoiled blank keeps its number in the register for ever: the number is never given again.</source>
        <translation>Номер испорченного бланка навсегда остаётся в книге регистрации: этот номер больше не выдаётся.</translation>
    </message>
    <message>
        <source>The blank chosen in the register, issued to {student}.</source>
        <translation>Бланк, выбранный в книге регистрации; выдан выпускнику: {student}.</translation>
    </message>
    <message>
        <source>e.g. a misprint in the name</source>
        <translation>например, опечатка в ФИО</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Серия *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Номер *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Причина *</translation>
    </message>
    <message>
        <source>Spoil…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Write why the blank is spoiled: the reason is kept in the register.</source>
        <translation>Напишите, почему бланк испорчен: причина сохраняется в книге регистрации.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as spoiled ({reason})?

This cannot be undone: the number stays used.</source>
        <translation>Записать {kind} {series} № {number} как испорченный ({reason})?

Это нельзя отменить: номер остаётся использованным.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} spoiled.</source>
        <translation>Записано: {kind} {series} № {number} испорчен.</translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <source>Last upgrade</source>
        <translation>Повышение квалификации</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Teaching staff</source>
        <translation>Педагогический состав</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Поиск по ФИО (Ctrl+F)</translation>
    </message>
    <message>
        <source>New teacher…</source>
        <translation>Новый преподаватель…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Цикловые комиссии…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все комиссии</translation>
    </message>
    <message>
        <source>Without a department</source>
        <translation>Без комиссии</translation>
    </message>
    <message>
        <source>{shown} of {count} teachers</source>
        <translation>{shown} из {count} преподавателей</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Сначала выберите преподавателя в списке.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>Удалить преподавателя {name}?</translation>
    </message>
    <message>
        <source>The teacher was not deleted</source>
        <translation>Преподаватель не удалён</translation>
    </message>
</context>
<context>
    <name>StudentColumns</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student card</source>
        <translation>Карточка студента</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Новый студент</translation>
    </message>
    <message>
        <source>{status}, group {group}</source>
        <translation>{status}, группа {group}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <source>New dual contract…</source>
        <translation>Новый договор о дуальном обучении…</translation>
    </message>
    <message>
        <source>Academic leave until {until}, reason: {reason}</source>
        <translation>Академический отпуск до {until}, причина: {reason}</translation>
    </message>
    <message>
        <source>NEDB needs the end date and the reason</source>
        <translation>НОБД нужны дата окончания и причина</translation>
    </message>
    <message>
        <source>Enter the leave&apos;s end and reason…</source>
        <translation>Указать окончание и причину отпуска…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>e.g. 105-к (may be added later)</source>
        <translation>например, 105-к (можно добавить позже)</translation>
    </message>
    <message>
        <source>Categories and support</source>
        <translation>Категории и поддержка</translation>
    </message>
    <message>
        <source>needs a dormitory place</source>
        <translation>нуждается в общежитии</translation>
    </message>
    <message>
        <source>dormitory place given</source>
        <translation>место в общежитии предоставлено</translation>
    </message>
    <message>
        <source>receives a scholarship</source>
        <translation>получает стипендию</translation>
    </message>
    <message>
        <source>NEDB ids: {ei} / {id}</source>
        <translation>Идентификаторы НОБД: {ei} / {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>без приказа</translation>
    </message>
    <message>
        <source>Double-click to enter the order it was made under.</source>
        <translation>Дважды щёлкните, чтобы указать приказ, по которому проведено это движение.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>Дата присвоения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>e.g. qualification exam protocol No. 3</source>
        <translation>например, протокол квалификационного экзамена № 3</translation>
    </message>
    <message>
        <source>Record the qualification</source>
        <translation>Записать квалификацию</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верен</translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation>Студент не сохранён</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The saved card is shown with your changes on it: check them and save.</source>
        <translation>Показана сохранённая карточка с вашими правками: проверьте их и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>Qualification not recorded</source>
        <translation>Квалификация не записана</translation>
    </message>
</context>
<context>
    <name>SubmissionColumns</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студентов</translation>
    </message>
    <message>
        <source>Added / changed / left</source>
        <translation>Добавлено / изменено / выбыло</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
</context>
<context>
    <name>TeacherForm</name>
    <message>
        <source>Teacher: {name}</source>
        <translation>Преподаватель: {name}</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Новый преподаватель</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>Person and post</source>
        <translation>Сотрудник и должность</translation>
    </message>
    <message>
        <source>12 digits, optional</source>
        <translation>12 цифр, необязательно</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>например, преподаватель специальных дисциплин</translation>
    </message>
    <message>
        <source>1, 0,5 or 1,5</source>
        <translation>1, 0,5 или 1,5</translation>
    </message>
    <message>
        <source>The rate held: 1 is a full rate, 0,5 a half, 1,5 one and a half.</source>
        <translation>Занимаемая ставка: 1 — полная, 0,5 — половина, 1,5 — полторы ставки.</translation>
    </message>
    <message>
        <source>Education and qualification</source>
        <translation>Образование и квалификация</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>без категории</translation>
    </message>
    <message>
        <source>Teaching experience</source>
        <translation>Педагогический стаж</translation>
    </message>
    <message>
        <source>The start date counts: enter it, and the years grow by themselves.</source>
        <translation>Считается от даты начала: введите её, и стаж будет расти сам.</translation>
    </message>
    <message>
        <source>The start date counts: {years} full years today; they grow by themselves.</source>
        <translation>Считается от даты начала: сегодня {years} полных лет; стаж растёт сам.</translation>
    </message>
    <message>
        <source>The years entered count: {years}. They do not grow by themselves: enter the start date when it is known.</source>
        <translation>Считаются введённые годы: {years}. Сами они не растут: введите дату начала, когда она известна.</translation>
    </message>
    <message>
        <source>The teacher was not saved</source>
        <translation>Преподаватель не сохранён</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Предметно-цикловая комиссия</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Осень</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Весна</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Against the norm</source>
        <translation>К норме</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
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
        <translation>Дисциплина или модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Вид часов</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Find a teacher (Ctrl+F)</source>
        <translation>Найти преподавателя (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Teacher&apos;s card…</source>
        <translation>Карточка преподавателя…</translation>
    </message>
    <message>
        <source>Print the load card…</source>
        <translation>Печать карточки нагрузки…</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Сначала выберите преподавателя в списке.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Select a teacher to see the groups and subjects they teach.</source>
        <translation>Выберите преподавателя, чтобы увидеть его группы и дисциплины.</translation>
    </message>
    <message>
        <source>{name}: {total} h in the year, norm {norm} h for the rate {rate} — {status}</source>
        <translation>{name}: {total} ч. за год, норма {norm} ч. на ставку {rate} — {status}</translation>
    </message>
    <message>
        <source>whole group</source>
        <translation>вся группа</translation>
    </message>
</context>
<context>
    <name>TeachersDialog</name>
    <message>
        <source>Teachers and their qualification upgrades</source>
        <translation>Педагоги и повышение их квалификации</translation>
    </message>
    <message>
        <source>An upgrade more than 3 years ago (or none recorded) counts against the indicator.</source>
        <translation>Повышение квалификации более 3 лет назад (или не записанное) учитывается против показателя.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>Удалить педагога {name}?</translation>
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
        <translation>Дисциплина или модуль</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Вид часов</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Subgroup 1</source>
        <translation>Подгруппа 1</translation>
    </message>
    <message>
        <source>Subgroup 2</source>
        <translation>Подгруппа 2</translation>
    </message>
    <message>
        <source>by subgroups</source>
        <translation>по подгруппам</translation>
    </message>
    <message>
        <source>The whole group. Type a teacher&apos;s name; Delete takes the hours back.</source>
        <translation>Вся группа. Введите имя преподавателя; Delete снимает часы.</translation>
    </message>
    <message>
        <source>A subgroup: each subgroup&apos;s teacher gets the unit&apos;s hours in full. Typing here splits the class.</source>
        <translation>Подгруппа: преподаватель каждой подгруппы получает все часы занятия. Ввод здесь делит занятие на подгруппы.</translation>
    </message>
    <message>
        <source>The curriculum&apos;s semester</source>
        <translation>Семестр учебного плана</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no, switched off</source>
        <translation>нет, отключён</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Пользователь {login}</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
    <message>
        <source>The curator&apos;s groups (a curator sees only these):</source>
        <translation>Группы куратора (куратор видит только их):</translation>
    </message>
    <message>
        <source>Find a group by its code</source>
        <translation>Найти группу по шифру</translation>
    </message>
    <message>
        <source>Only a curator has groups of their own; the other roles see every group.</source>
        <translation>Свои группы есть только у куратора; остальные роли видят все группы.</translation>
    </message>
    <message>
        <source>The user is not saved</source>
        <translation>Пользователь не сохранён</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Everyone signs in with their own login; their role decides what they may change. A user who leaves is switched off, not deleted: the change log keeps their name.</source>
        <translation>Каждый входит под своим логином; что он может изменять, решает его роль. Уволившегося пользователя не удаляют, а отключают: журнал изменений сохраняет его имя.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Требовать вход по логину и паролю в этой базе данных</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Сначала выберите пользователя в списке.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>A database on a server is shared by several computers: it always asks everyone to sign in.</source>
        <translation>Базой данных на сервере пользуются несколько компьютеров: вход в ней требуется от всех всегда.</translation>
    </message>
    <message>
        <source>Only an administrator changes this.</source>
        <translation>Это меняет только администратор.</translation>
    </message>
    <message>
        <source>On: everyone opening this file signs in with a login and password. Off: whoever opens the file may do everything.</source>
        <translation>Включено: каждый, кто открывает этот файл, входит по логину и паролю. Выключено: любой, кто открыл файл, может делать всё.</translation>
    </message>
    <message>
        <source>Sign-in is not changed</source>
        <translation>Вход не изменён</translation>
    </message>
    <message>
        <source>Switch off {name} ({login})? They will no longer be able to sign in; what they did stays in the change log under their name.</source>
        <translation>Отключить пользователя {name} ({login})? Он больше не сможет войти; сделанное им останется в журнале изменений под его именем.</translation>
    </message>
    <message>
        <source>Switch on {name} ({login})? They will be able to sign in again with their password.</source>
        <translation>Включить пользователя {name} ({login})? Он снова сможет входить со своим паролем.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
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
        <translation>На другом компьютере изменили записи: страницы уже показывают изменения.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>П&amp;ользователи</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>Пользователи и &amp;роли…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: there is no password of yours to change.</source>
        <translation>Эта база данных не требует входа: своего пароля, который можно было бы сменить, у вас нет.</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>&amp;Войти как другой пользователь…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: turn it on in Users and roles…</source>
        <translation>Эта база данных не требует входа: вход включается в окне «Пользователи и роли…»</translation>
    </message>
</context>
</TS>
