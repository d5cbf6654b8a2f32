<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActualGrid</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Subgr.</source>
        <translation>Subgr.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Taught</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Row {row} ({line}), {month}</source>
        <translation>Row {row} ({line}), {month}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Semester {semester}&apos;s hours go in {first} to {last}</source>
        <translation>Semester {semester}&apos;s hours go in {first} to {last}</translation>
    </message>
    <message>
        <source>{who} taught {hours} h instead</source>
        <translation>{who} taught {hours} h instead</translation>
    </message>
    <message>
        <source>not done: {hours} h</source>
        <translation>not done: {hours} h</translation>
    </message>
    <message>
        <source>over plan: {hours} h</source>
        <translation>over plan: {hours} h</translation>
    </message>
    <message>
        <source>taught instead of {who}</source>
        <translation>taught instead of {who}</translation>
    </message>
    <message>
        <source>Taught less the plan: below 0 not done yet, above 0 over plan</source>
        <translation>Taught less the plan: below 0 not done yet, above 0 over plan</translation>
    </message>
    <message>
        <source>Hours taught on the line, by the teacher and by those who replaced them</source>
        <translation>Hours taught on the line, by the teacher and by those who replaced them</translation>
    </message>
</context>
<context>
    <name>ActualImport</name>
    <message>
        <source>Import hours taught</source>
        <translation>Import hours taught</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Hours taught not imported</translation>
    </message>
    <message>
        <source>Reading the hours taught…</source>
        <translation>Reading the hours taught…</translation>
    </message>
</context>
<context>
    <name>ActualTab</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Autumn semester</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Spring semester</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Taught by</source>
        <translation>Taught by</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>Instead of</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Taught</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Over plan</translation>
    </message>
    <message>
        <source>Taught by others</source>
        <translation>Taught by others</translation>
    </message>
    <message>
        <source>Taught for others</source>
        <translation>Taught for others</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Teacher:</translation>
    </message>
    <message>
        <source>Replacement…</source>
        <translation>Replacement…</translation>
    </message>
    <message>
        <source>Import hours taught…</source>
        <translation>Import hours taught…</translation>
    </message>
    <message>
        <source>Save a blank sheet…</source>
        <translation>Save a blank sheet…</translation>
    </message>
    <message>
        <source>For the chosen teacher…</source>
        <translation>For the chosen teacher…</translation>
    </message>
    <message>
        <source>For all teachers…</source>
        <translation>For all teachers…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Replacements</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Type the hours taught in a month and press Enter (down) or Tab (right); Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes. Each change is saved at once; a value that is not a whole number of hours is refused, naming its cell, and nothing of its block is saved. «+6»: another teacher taught 6 hours of the class that month.</source>
        <translation>Type the hours taught in a month and press Enter (down) or Tab (right); Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes. Each change is saved at once; a value that is not a whole number of hours is refused, naming its cell, and nothing of its block is saved. «+6»: another teacher taught 6 hours of the class that month.</translation>
    </message>
    <message>
        <source>Who taught this teacher&apos;s classes, and whose classes this teacher taught.</source>
        <translation>Who taught this teacher&apos;s classes, and whose classes this teacher taught.</translation>
    </message>
    <message>
        <source>Remove the replacement</source>
        <translation>Remove the replacement</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>All teachers: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h.</source>
        <translation>All teachers: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h.</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Add the teachers first: Staff…</translation>
    </message>
    <message>
        <source>The teacher has no classes this year: give them classes on the By group tab.</source>
        <translation>The teacher has no classes this year: give them classes on the By group tab.</translation>
    </message>
    <message>
        <source>Recorded from {file}: hours: {hours}, teachers: {teachers}.</source>
        <translation>Recorded from {file}: hours: {hours}, teachers: {teachers}.</translation>
    </message>
    <message>
        <source>{teacher} has no classes in the academic year {year}.</source>
        <translation>{teacher} has no classes in the academic year {year}.</translation>
    </message>
    <message>
        <source>{period}: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h; others taught {replaced} h of theirs, they taught {replacing} h for others.</source>
        <translation>{period}: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h; others taught {replaced} h of theirs, they taught {replacing} h for others.</translation>
    </message>
    <message>
        <source>Choose a teacher first.</source>
        <translation>Choose a teacher first.</translation>
    </message>
    <message>
        <source>Select the replacements to remove first.</source>
        <translation>Select the replacements to remove first.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Hours not saved</translation>
    </message>
    <message>
        <source>Replacement: {who} for {teacher}</source>
        <translation>Replacement: {who} for {teacher}</translation>
    </message>
    <message>
        <source>Remove {count} replacements</source>
        <translation>Remove {count} replacements</translation>
    </message>
    <message>
        <source>Recording the hours taught…</source>
        <translation>Recording the hours taught…</translation>
    </message>
    <message>
        <source>Hours taught not imported</source>
        <translation>Hours taught not imported</translation>
    </message>
    <message>
        <source>Import hours taught from {file}</source>
        <translation>Import hours taught from {file}</translation>
    </message>
    <message>
        <source>hours-taught</source>
        <translation>hours-taught</translation>
    </message>
    <message>
        <source>Save a blank sheet of hours taught</source>
        <translation>Save a blank sheet of hours taught</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the blank sheet…</source>
        <translation>Writing the blank sheet…</translation>
    </message>
    <message>
        <source>Blank sheet not saved</source>
        <translation>Blank sheet not saved</translation>
    </message>
    <message>
        <source>Blank sheet of {count} lines saved to {file}.</source>
        <translation>Blank sheet of {count} lines saved to {file}.</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AppendixDialog</name>
    <message>
        <source>Appendix to contract № {number}</source>
        <translation>Appendix to contract № {number}</translation>
    </message>
    <message>
        <source>The enterprise fills the appendix; once it is handed to the student it no longer changes. The modules come from the student&apos;s curriculum.</source>
        <translation>The enterprise fills the appendix; once it is handed to the student it no longer changes. The modules come from the student&apos;s curriculum.</translation>
    </message>
    <message>
        <source>The student&apos;s group has no working curriculum: the modules cannot be picked.</source>
        <translation>The student&apos;s group has no working curriculum: the modules cannot be picked.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Add a period</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Remove the period</translation>
    </message>
    <message>
        <source>Click a period of the table first: the one to remove.</source>
        <translation>Click a period of the table first: the one to remove.</translation>
    </message>
    <message>
        <source>Save the appendix?</source>
        <translation>Save the appendix?</translation>
    </message>
    <message>
        <source>Check these lines:
{lines}

Save the appendix as it is?</source>
        <translation>Check these lines:
{lines}

Save the appendix as it is?</translation>
    </message>
    <message>
        <source>Appendix not saved</source>
        <translation>Appendix not saved</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the curriculum</source>
        <translation>Approve the curriculum</translation>
    </message>
    <message>
        <source>The college director approves the curriculum “{title}”.</source>
        <translation>The college director approves the curriculum “{title}”.</translation>
    </message>
    <message>
        <source>Who approves (the college director):</source>
        <translation>Who approves (the college director):</translation>
    </message>
    <message>
        <source>Surname First name Patronymic</source>
        <translation>Surname First name Patronymic</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>College profile</source>
        <translation>College profile</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Curriculum row</translation>
    </message>
    <message>
        <source>Year of the study schedule</source>
        <translation>Year of the study schedule</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Teacher load</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Hours taught</translation>
    </message>
    <message>
        <source>Load row seen</source>
        <translation>Load row seen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Qualification awarded</source>
        <translation>Qualification awarded</translation>
    </message>
    <message>
        <source>NEDB exchange</source>
        <translation>NEDB exchange</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Grading scale</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Final grade</translation>
    </message>
    <message>
        <source>Diploma or supplement</source>
        <translation>Diploma or supplement</translation>
    </message>
    <message>
        <source>Graduate&apos;s employment</source>
        <translation>Graduate&apos;s employment</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Dual training contract</source>
        <translation>Dual training contract</translation>
    </message>
    <message>
        <source>Module of a contract</source>
        <translation>Module of a contract</translation>
    </message>
    <message>
        <source>Period of a contract</source>
        <translation>Period of a contract</translation>
    </message>
    <message>
        <source>Payment to a mentor</source>
        <translation>Payment to a mentor</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Reimbursement</translation>
    </message>
    <message>
        <source>Enterprise&apos;s request</source>
        <translation>Enterprise&apos;s request</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <source>Aspect of a marking scheme</source>
        <translation>Aspect of a marking scheme</translation>
    </message>
    <message>
        <source>Exam session</source>
        <translation>Exam session</translation>
    </message>
    <message>
        <source>Exam expert</source>
        <translation>Exam expert</translation>
    </message>
    <message>
        <source>Exam candidate</source>
        <translation>Exam candidate</translation>
    </message>
    <message>
        <source>Library count</source>
        <translation>Library count</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Curator&apos;s group</source>
        <translation>Curator&apos;s group</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Database setting</translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation>Change log entry</translation>
    </message>
    <message>
        <source>Record held for editing</source>
        <translation>Record held for editing</translation>
    </message>
    <message>
        <source>Demo college filled in</source>
        <translation>Demo college filled in</translation>
    </message>
    <message>
        <source>Classifier shipped with the program</source>
        <translation>Classifier shipped with the program</translation>
    </message>
    <message>
        <source>Classifier import</source>
        <translation>Classifier import</translation>
    </message>
    <message>
        <source>NEDB import</source>
        <translation>NEDB import</translation>
    </message>
    <message>
        <source>Students import</source>
        <translation>Students import</translation>
    </message>
    <message>
        <source>Grades import</source>
        <translation>Grades import</translation>
    </message>
    <message>
        <source>Teacher load import</source>
        <translation>Teacher load import</translation>
    </message>
    <message>
        <source>Curriculum import</source>
        <translation>Curriculum import</translation>
    </message>
    <message>
        <source>Changes of the curricula taken into the load</source>
        <translation>Changes of the curricula taken into the load</translation>
    </message>
    <message>
        <source>Load copied from last year</source>
        <translation>Load copied from last year</translation>
    </message>
    <message>
        <source>Load of the year cleared</source>
        <translation>Load of the year cleared</translation>
    </message>
    <message>
        <source>Hours taught entered</source>
        <translation>Hours taught entered</translation>
    </message>
    <message>
        <source>Hours taught import</source>
        <translation>Hours taught import</translation>
    </message>
    <message>
        <source>Employment import</source>
        <translation>Employment import</translation>
    </message>
    <message>
        <source>Exam scores import</source>
        <translation>Exam scores import</translation>
    </message>
    <message>
        <source>Candidates added to an exam session</source>
        <translation>Candidates added to an exam session</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Import or order</source>
        <translation>Import or order</translation>
    </message>
    <message>
        <source>{kind}: {count} created</source>
        <translation>{kind}: {count} created</translation>
    </message>
    <message>
        <source>{kind}: {count} changed</source>
        <translation>{kind}: {count} changed</translation>
    </message>
    <message>
        <source>{kind}: {count} deleted</source>
        <translation>{kind}: {count} deleted</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{field}: was «{old}», became «{new}»</source>
        <translation>{field}: was «{old}», became «{new}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Ask for sign-in on this database</translation>
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
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>№ {id}</source>
        <translation>№ {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Became</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>{when} — {who}, computer {computer}</source>
        <translation>{when} — {who}, computer {computer}</translation>
    </message>
    <message>
        <source>{action}: {kind} «{record}»</source>
        <translation>{action}: {kind} «{record}»</translation>
    </message>
    <message>
        <source>No values were written down.</source>
        <translation>No values were written down.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the change log.</source>
        <translation>Your role ({role}) may not read the change log.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the changes of {area}.</source>
        <translation>Your role ({role}) may not read the changes of {area}.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>History: {label}</source>
        <translation>History: {label}</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Choose an entry to read what it changed.</source>
        <translation>Choose an entry to read what it changed.</translation>
    </message>
    <message>
        <source>Record, IIN or value (Ctrl+F)</source>
        <translation>Record, IIN or value (Ctrl+F)</translation>
    </message>
    <message>
        <source>Who made the changes</source>
        <translation>Who made the changes</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Language of the file</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the entries found to an Excel workbook or a CSV file; IINs are masked in it</source>
        <translation>Save the entries found to an Excel workbook or a CSV file; IINs are masked in it</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All kinds of records</source>
        <translation>All kinds of records</translation>
    </message>
    <message>
        <source>The newest {count} entries; narrow the search to reach older ones</source>
        <translation>The newest {count} entries; narrow the search to reach older ones</translation>
    </message>
    <message>
        <source>No change of this record was written down one by one; records made by an import or an order are in its entry of the change log</source>
        <translation>No change of this record was written down one by one; records made by an import or an order are in its entry of the change log</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>No entries match</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <source>change-log</source>
        <translation>change-log</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Export the change log</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>The change log was not exported</source>
        <translation>The change log was not exported</translation>
    </message>
    <message>
        <source>Exporting the change log…</source>
        <translation>Exporting the change log…</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}</source>
        <translation>{count} entries exported to {path}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Signed in as {name} ({login}).</source>
        <translation>Signed in as {name} ({login}).</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>The password is not changed</source>
        <translation>The password is not changed</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you sign in.</source>
        <translation>Your password is changed. Use the new one the next time you sign in.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>full-time</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>part-time</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 grades</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 grades</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>TVET</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>state order (republican budget)</source>
        <translation>state order (republican budget)</translation>
    </message>
    <message>
        <source>state order (local budget)</source>
        <translation>state order (local budget)</translation>
    </message>
    <message>
        <source>enterprise order</source>
        <translation>enterprise order</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>urban</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>general admission</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation>reinstatement</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>studying</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>on academic leave</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>expelled</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>graduated</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>admission</translation>
    </message>
    <message>
        <source>academic leave</source>
        <translation>academic leave</translation>
    </message>
    <message>
        <source>return from leave</source>
        <translation>return from leave</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>expulsion</translation>
    </message>
    <message>
        <source>graduation</source>
        <translation>graduation</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orphan</translation>
    </message>
    <message>
        <source>without parental care</source>
        <translation>without parental care</translation>
    </message>
    <message>
        <source>with a disability</source>
        <translation>with a disability</translation>
    </message>
    <message>
        <source>from a large family</source>
        <translation>from a large family</translation>
    </message>
    <message>
        <source>from a low-income family</source>
        <translation>from a low-income family</translation>
    </message>
    <message>
        <source>special educational needs</source>
        <translation>special educational needs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>hearing impairment</source>
        <translation>hearing impairment</translation>
    </message>
    <message>
        <source>visual impairment</source>
        <translation>visual impairment</translation>
    </message>
    <message>
        <source>speech impairment</source>
        <translation>speech impairment</translation>
    </message>
    <message>
        <source>musculoskeletal disorder</source>
        <translation>musculoskeletal disorder</translation>
    </message>
    <message>
        <source>intellectual disability</source>
        <translation>intellectual disability</translation>
    </message>
    <message>
        <source>delayed mental development</source>
        <translation>delayed mental development</translation>
    </message>
    <message>
        <source>autism spectrum</source>
        <translation>autism spectrum</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>special curriculum</source>
        <translation>special curriculum</translation>
    </message>
    <message>
        <source>individual curriculum</source>
        <translation>individual curriculum</translation>
    </message>
    <message>
        <source>at own request</source>
        <translation>at own request</translation>
    </message>
    <message>
        <source>academic failure</source>
        <translation>academic failure</translation>
    </message>
    <message>
        <source>transfer to another college</source>
        <translation>transfer to another college</translation>
    </message>
    <message>
        <source>breach of the college rules</source>
        <translation>breach of the college rules</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>military service</translation>
    </message>
    <message>
        <source>death</source>
        <translation>death</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>childcare</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Worker qualification</source>
        <translation>Worker qualification</translation>
    </message>
    <message>
        <source>Mid-level specialist</source>
        <translation>Mid-level specialist</translation>
    </message>
    <message>
        <source>Applied bachelor</source>
        <translation>Applied bachelor</translation>
    </message>
</context>
<context>
    <name>ClassifierColumns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>In force today</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ClassifierPage</name>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Classifier of specialties and qualifications</source>
        <translation>Classifier of specialties and qualifications</translation>
    </message>
    <message>
        <source>Specialty codes have 8 digits; qualification codes start with the level and W (worker), S (mid-level specialist) or AB (applied bachelor).</source>
        <translation>Specialty codes have 8 digits; qualification codes start with the level and W (worker), S (mid-level specialist) or AB (applied bachelor).</translation>
    </message>
    <message>
        <source>A new database holds only a starting set of the classifier. Import the state classifier (ministry order No. 500 of 2018 with its amendments) from Excel with Import from Excel… (Ctrl+I): one sheet with the columns code, name in Kazakh and name in Russian.</source>
        <translation>A new database holds only a starting set of the classifier. Import the state classifier (ministry order No. 500 of 2018 with its amendments) from Excel with Import from Excel… (Ctrl+I): one sheet with the columns code, name in Kazakh and name in Russian.</translation>
    </message>
    <message>
        <source>Search by code or name (Ctrl+F)</source>
        <translation>Search by code or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>New specialty…</source>
        <translation>New specialty…</translation>
    </message>
    <message>
        <source>New qualification…</source>
        <translation>New qualification…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Select an entry in the list first.</translation>
    </message>
    <message>
        <source>Change {code}</source>
        <translation>Change {code}</translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>Add {code}</translation>
    </message>
    <message>
        <source>Delete {code} “{name}” from the classifier?</source>
        <translation>Delete {code} “{name}” from the classifier?</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>Delete {code}</translation>
    </message>
    <message>
        <source>Import the classifier</source>
        <translation>Import the classifier</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing the classifier…</source>
        <translation>Importing the classifier…</translation>
    </message>
    <message>
        <source>The classifier was not imported</source>
        <translation>The classifier was not imported</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{added} entries added, {updated} updated.</source>
        <translation>{added} entries added, {updated} updated.</translation>
    </message>
    <message>
        <source>Export the classifier</source>
        <translation>Export the classifier</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>{count} entries written to {path}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>demo database: {path}</source>
        <translation>demo database: {path}</translation>
    </message>
    <message>
        <source>up to date: {name}</source>
        <translation>up to date: {name}</translation>
    </message>
    <message>
        <source>backup written: {path}</source>
        <translation>backup written: {path}</translation>
    </message>
    <message>
        <source>Replace {name} with {path}? A copy of the current data is kept. [y/N] </source>
        <translation>Replace {name} with {path}? A copy of the current data is kept. [y/N] </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>restored {name} from {path}</source>
        <translation>restored {name} from {path}</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} entries written to {path}</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated</source>
        <translation>imported: {added} added, {updated} updated</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>nothing was imported</translation>
    </message>
    <message>
        <source>nothing was imported: correct the cells above</source>
        <translation>nothing was imported: correct the cells above</translation>
    </message>
    <message>
        <source>the workbook was not checked: correct the cells above</source>
        <translation>the workbook was not checked: correct the cells above</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings; rule set {rule_set}</source>
        <translation>{errors} errors, {warnings} warnings; rule set {rule_set}</translation>
    </message>
    <message>
        <source># sheet {sheet}</source>
        <translation># sheet {sheet}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum: passed over</source>
        <translation>the sheet “{sheet}” holds no curriculum: passed over</translation>
    </message>
    <message>
        <source>give --id N (see --list)</source>
        <translation>give --id N (see --list)</translation>
    </message>
    <message>
        <source>no curriculum {id} (see --list)</source>
        <translation>no curriculum {id} (see --list)</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>written: {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>unexpected error; details in {path}</source>
        <translation>unexpected error; details in {path}</translation>
    </message>
    <message>
        <source>{total} students written to {path} (round {round}, sha256 {sha256}…)</source>
        <translation>{total} students written to {path} (round {round}, sha256 {sha256}…)</translation>
    </message>
    <message>
        <source>changes: {added} added, {changed} changed, {left} left</source>
        <translation>changes: {added} added, {changed} changed, {left} left</translation>
    </message>
    <message>
        <source>changes since the export of {at}: {added} added, {changed} changed, {left} left</source>
        <translation>changes since the export of {at}: {added} added, {changed} changed, {left} left</translation>
    </message>
    <message>
        <source>line {line} {name}: {field}: ours «{ours}», file «{theirs}»</source>
        <translation>line {line} {name}: {field}: ours «{ours}», file «{theirs}»</translation>
    </message>
    <message>
        <source>{new} new, {same} the same, {conflicts} with differences, {groups} new groups</source>
        <translation>{new} new, {same} the same, {conflicts} with differences, {groups} new groups</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>dry run: nothing was written</translation>
    </message>
    <message>
        <source>imported: {added} added, {updated} updated from the file, {kept} kept as ours, {groups} groups added</source>
        <translation>imported: {added} added, {updated} updated from the file, {kept} kept as ours, {groups} groups added</translation>
    </message>
    <message>
        <source>when	round	direction	who	file	students	added/changed/left	SHA-256</source>
        <translation>when	round	direction	who	file	students	added/changed/left	SHA-256</translation>
    </message>
    <message>
        <source>{count} problems before the NEDB round</source>
        <translation>{count} problems before the NEDB round</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date; write it as YYYY-MM-DD</source>
        <translation>{option}: “{value}” is not a date; write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>the period ends before it starts</translation>
    </message>
    <message>
        <source>privileges granted to {role} on {name}</source>
        <translation>privileges granted to {role} on {name}</translation>
    </message>
    <message>
        <source>there is no role {role} on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>there is no role {role} on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>grant is for a PostgreSQL database (--db postgresql+psycopg://owner@server/database)</source>
        <translation>grant is for a PostgreSQL database (--db postgresql+psycopg://owner@server/database)</translation>
    </message>
    <message>
        <source>{student}: ready to print ({graded} grades)</source>
        <translation>{student}: ready to print ({graded} grades)</translation>
    </message>
    <message>
        <source>{student}: {count} to fix before printing</source>
        <translation>{student}: {count} to fix before printing</translation>
    </message>
    <message>
        <source>{group}: {ready} of {total} students ready to print</source>
        <translation>{group}: {ready} of {total} students ready to print</translation>
    </message>
    <message>
        <source>{count} files written to {folder}</source>
        <translation>{count} files written to {folder}</translation>
    </message>
    <message>
        <source>there is no group {group}</source>
        <translation>there is no group {group}</translation>
    </message>
</context>
<context>
    <name>CognateBox</name>
    <message>
        <source>Cognate qualification</source>
        <translation>Cognate qualification</translation>
    </message>
    <message>
        <source>Tick when the students admitted already hold a TVET qualification of the same profile (Kazakh «мәндес біліктілік»). Only then is a mid-level programme on the TVET base held to 60 credits (recommendations 2022-2023, lines 258-260); for another profile its total is not checked. Other levels and bases do not use it.</source>
        <translation>Tick when the students admitted already hold a TVET qualification of the same profile (Kazakh «мәндес біліктілік»). Only then is a mid-level programme on the TVET base held to 60 credits (recommendations 2022-2023, lines 258-260); for another profile its total is not checked. Other levels and bases do not use it.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <source>College profile</source>
        <translation>College profile</translation>
    </message>
    <message>
        <source>The college&apos;s names and details appear on every printed document and report.</source>
        <translation>The college&apos;s names and details appear on every printed document and report.</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Deputy director for academic work</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Bank, in Kazakh</source>
        <translation>Bank, in Kazakh</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Bank, in Russian</translation>
    </message>
    <message>
        <source>Signs the working curriculum as its compiler</source>
        <translation>Signs the working curriculum as its compiler</translation>
    </message>
    <message>
        <source>Signs the teachers&apos; tarification list</source>
        <translation>Signs the teachers&apos; tarification list</translation>
    </message>
    <message>
        <source>Leave empty when the name reads the same in Russian</source>
        <translation>Leave empty when the name reads the same in Russian</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Conditions for inclusive education</translation>
    </message>
    <message>
        <source>Entrance ramps</source>
        <translation>Entrance ramps</translation>
    </message>
    <message>
        <source>Light signals</source>
        <translation>Light signals</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Call button</translation>
    </message>
    <message>
        <source>Adapted sanitary unit</source>
        <translation>Adapted sanitary unit</translation>
    </message>
    <message>
        <source>For the indicators</source>
        <translation>For the indicators</translation>
    </message>
    <message>
        <source>Library textbook counts…</source>
        <translation>Library textbook counts…</translation>
    </message>
    <message>
        <source>Teachers and their qualification upgrades…</source>
        <translation>Teachers and their qualification upgrades…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Discard the changes since the last save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Save the profile (Ctrl+S)</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The college profile has unsaved changes. Save them?</source>
        <translation>The college profile has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>BIN {problem}</source>
        <translation>BIN {problem}</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>BIN is valid</translation>
    </message>
    <message>
        <source>All four conditions are met: the college counts towards the inclusive-education indicator.</source>
        <translation>All four conditions are met: the college counts towards the inclusive-education indicator.</translation>
    </message>
    <message>
        <source>Not all four conditions are met: the college does not count towards the inclusive-education indicator.</source>
        <translation>Not all four conditions are met: the college does not count towards the inclusive-education indicator.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}. Nothing was saved.</source>
        <translation>Your role ({role}) may not change {area}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Your account was switched off by the administrator after you signed in. Nothing was saved.</source>
        <translation>Your account was switched off by the administrator after you signed in. Nothing was saved.</translation>
    </message>
    <message>
        <source>The administrator gave you another role ({role}) after you signed in; it may not change {area}. Nothing was saved. Sign in again (Users menu) to work with your new role.</source>
        <translation>The administrator gave you another role ({role}) after you signed in; it may not change {area}. Nothing was saved. Sign in again (Users menu) to work with your new role.</translation>
    </message>
    <message>
        <source>{who} saved this record at {time} on {day} ({computer}) after you opened it. Nothing of yours was saved.</source>
        <translation>{who} saved this record at {time} on {day} ({computer}) after you opened it. Nothing of yours was saved.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved.</source>
        <translation>Someone else saved this record after you opened it. Nothing of yours was saved.</translation>
    </message>
    <message>
        <source>{field}: saved «{theirs}», yours «{mine}»</source>
        <translation>{field}: saved «{theirs}», yours «{mine}»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Reload the saved record</source>
        <translation>Reload the saved record</translation>
    </message>
    <message>
        <source>Keep my values on screen</source>
        <translation>Keep my values on screen</translation>
    </message>
    <message>
        <source>Take theirs and put my changes back on it</source>
        <translation>Take theirs and put my changes back on it</translation>
    </message>
</context>
<context>
    <name>ContingentPage</name>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Students and groups. A student&apos;s group and status change only by orders (Movement order…); the history is kept.</source>
        <translation>Students and groups. A student&apos;s group and status change only by orders (Movement order…); the history is kept.</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <source>Card…</source>
        <translation>Card…</translation>
    </message>
    <message>
        <source>Movement order…</source>
        <translation>Movement order…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Import from NEDB…</source>
        <translation>Import from NEDB…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Search by name, IIN or group (Ctrl+F)</source>
        <translation>Search by name, IIN or group (Ctrl+F)</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>all groups</translation>
    </message>
    <message>
        <source>all courses</source>
        <translation>all courses</translation>
    </message>
    <message>
        <source>all specialties</source>
        <translation>all specialties</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>all languages</translation>
    </message>
    <message>
        <source>any funding</source>
        <translation>any funding</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>any category</translation>
    </message>
    <message>
        <source>studying or on leave</source>
        <translation>studying or on leave</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show every student studying or on leave: the search and the filters cleared</source>
        <translation>Show every student studying or on leave: the search and the filters cleared</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Show its students</source>
        <translation>Show its students</translation>
    </message>
    <message>
        <source>No student is shown: change the search or the filters (Clear).</source>
        <translation>No student is shown: change the search or the filters (Clear).</translation>
    </message>
    <message>
        <source>Select a student in the list first.</source>
        <translation>Select a student in the list first.</translation>
    </message>
    <message>
        <source>There are no groups yet: create one (New group…).</source>
        <translation>There are no groups yet: create one (New group…).</translation>
    </message>
    <message>
        <source>Select a group in the list first.</source>
        <translation>Select a group in the list first.</translation>
    </message>
    <message>
        <source>No search or filter is set: all students studying or on leave are shown.</source>
        <translation>No search or filter is set: all students studying or on leave are shown.</translation>
    </message>
    <message>
        <source>Read again: {total} students in {groups} groups.</source>
        <translation>Read again: {total} students in {groups} groups.</translation>
    </message>
    <message>
        <source>{count} students match: the first is selected. Press Enter to open a card, or type more in the search.</source>
        <translation>{count} students match: the first is selected. Press Enter to open a card, or type more in the search.</translation>
    </message>
    <message>
        <source>No student matches “{text}” with these filters; {count} match among all students (any group or status): choose the filters, or Clear.</source>
        <translation>No student matches “{text}” with these filters; {count} match among all students (any group or status): choose the filters, or Clear.</translation>
    </message>
    <message>
        <source>No student matches “{text}”: search by surname, name, IIN or group.</source>
        <translation>No student matches “{text}”: search by surname, name, IIN or group.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>Create a group first (Groups tab).</source>
        <translation>Create a group first (Groups tab).</translation>
    </message>
    <message>
        <source>Movement order</source>
        <translation>Movement order</translation>
    </message>
    <message>
        <source>Select the students the order moves (Ctrl+click or Shift+click for many).</source>
        <translation>Select the students the order moves (Ctrl+click or Shift+click for many).</translation>
    </message>
    <message>
        <source>Order {number} applied: {kind} for {count} students.</source>
        <translation>Order {number} applied: {kind} for {count} students.</translation>
    </message>
    <message>
        <source>Import students from Excel</source>
        <translation>Import students from Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>{added} students added; {skipped} already here were skipped.</source>
        <translation>{added} students added; {skipped} already here were skipped.</translation>
    </message>
    <message>
        <source>Import from NEDB</source>
        <translation>Import from NEDB</translation>
    </message>
    <message>
        <source>{added} students added, {updated} updated from the file, {kept} kept as they were here, {groups} groups created.</source>
        <translation>{added} students added, {updated} updated from the file, {kept} kept as they were here, {groups} groups created.</translation>
    </message>
    <message>
        <source>Delete the group {code}?</source>
        <translation>Delete the group {code}?</translation>
    </message>
    <message>
        <source>Imported from NEDB: {added} added, {updated} updated, {unchanged} the same, {kept} kept as here.</source>
        <translation>Imported from NEDB: {added} added, {updated} updated, {unchanged} the same, {kept} kept as here.</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{shown} of {total} students</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>New student {name}</source>
        <translation>New student {name}</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Order {number}</translation>
    </message>
</context>
<context>
    <name>ContingentReportBox</name>
    <message>
        <source>Contingent by specialty, course, language, funding and form of study; the movement of students for a period with its orders; students with special educational needs and social categories.</source>
        <translation>Contingent by specialty, course, language, funding and form of study; the movement of students for a period with its orders; students with special educational needs and social categories.</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Movement period</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
</context>
<context>
    <name>ContractColumns</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Hours at the enterprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New dual-training contract</source>
        <translation>New dual-training contract</translation>
    </message>
    <message>
        <source>Dual-training contract</source>
        <translation>Dual-training contract</translation>
    </message>
    <message>
        <source>{name}, group {group}</source>
        <translation>{name}, group {group}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Modules and learning outcomes of the curriculum delivered at the enterprise:</source>
        <translation>Modules and learning outcomes of the curriculum delivered at the enterprise:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Hours at the enterprise</source>
        <translation>Hours at the enterprise</translation>
    </message>
    <message>
        <source>Add from the curriculum</source>
        <translation>Add from the curriculum</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Click a row of the table first: the one to remove.</source>
        <translation>Click a row of the table first: the one to remove.</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>the group has no working curriculum</translation>
    </message>
    <message>
        <source>{code} {name} ({hours} h, practical training {practical} h)</source>
        <translation>{code} {name} ({hours} h, practical training {practical} h)</translation>
    </message>
    <message>
        <source>Module {code} is already in the contract (selected): change its hours there.</source>
        <translation>Module {code} is already in the contract (selected): change its hours there.</translation>
    </message>
    <message>
        <source>The student is under 18: the legal representative signs too.</source>
        <translation>The student is under 18: the legal representative signs too.</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Contract not saved</translation>
    </message>
</context>
<context>
    <name>ContractFilters</name>
    <message>
        <source>Search: number, student, mentor…</source>
        <translation>Search: number, student, mentor…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message>
        <source>signed on {date}</source>
        <translation>signed on {date}</translation>
    </message>
    <message>
        <source>appendix handed over on {date}</source>
        <translation>appendix handed over on {date}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>ended on {date}</translation>
    </message>
    <message>
        <source>terminated on {date}</source>
        <translation>terminated on {date}</translation>
    </message>
</context>
<context>
    <name>ContractSteps</name>
    <message>
        <source>Sign contract № {number} ({student})?</source>
        <translation>Sign contract № {number} ({student})?</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Hand the appendix of contract № {number} ({student}) over to the student? It is not changed after that.</source>
        <translation>Hand the appendix of contract № {number} ({student}) over to the student? It is not changed after that.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <source>End contract № {number} ({student})? It is kept as the record of the training.</source>
        <translation>End contract № {number} ({student})? It is kept as the record of the training.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Terminate contract № {number} ({student}) before its end?</source>
        <translation>Terminate contract № {number} ({student}) before its end?</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Terminated on</translation>
    </message>
    <message>
        <source>Sign № {number}</source>
        <translation>Sign № {number}</translation>
    </message>
    <message>
        <source>Hand over the appendix of № {number}</source>
        <translation>Hand over the appendix of № {number}</translation>
    </message>
    <message>
        <source>End № {number}</source>
        <translation>End № {number}</translation>
    </message>
    <message>
        <source>Terminate № {number}</source>
        <translation>Terminate № {number}</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>Contract № {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>CoverageColumns</name>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>State order: covered</source>
        <translation>State order: covered</translation>
    </message>
    <message>
        <source>State order, %</source>
        <translation>State order, %</translation>
    </message>
    <message>
        <source>All students, %</source>
        <translation>All students, %</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>Working curricula</source>
        <translation>Working curricula</translation>
    </message>
    <message>
        <source>Every rule of the credit-modular system is checked as you edit. Open a curriculum with Enter or a double click.</source>
        <translation>Every rule of the credit-modular system is checked as you edit. Open a curriculum with Enter or a double click.</translation>
    </message>
    <message>
        <source>New curriculum…</source>
        <translation>New curriculum…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Search by title, specialty or qualification (Ctrl+F)</source>
        <translation>Search by title, specialty or qualification (Ctrl+F)</translation>
    </message>
    <message>
        <source>No curricula yet</source>
        <translation>No curricula yet</translation>
    </message>
    <message>
        <source>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</source>
        <translation>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</translation>
    </message>
    <message>
        <source>There are no curricula yet: create one (New curriculum…) or import one from Excel.</source>
        <translation>There are no curricula yet: create one (New curriculum…) or import one from Excel.</translation>
    </message>
    <message>
        <source>No curriculum matches the search: clear the search box.</source>
        <translation>No curriculum matches the search: clear the search box.</translation>
    </message>
    <message>
        <source>Select a curriculum in the list first.</source>
        <translation>Select a curriculum in the list first.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; an approved curriculum is archived from its editor (Curriculum menu).</source>
        <translation>Only a draft can be deleted; an approved curriculum is archived from its editor (Curriculum menu).</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer}: it cannot be deleted now.</source>
        <translation>{who} is editing it on {computer}: it cannot be deleted now.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Title of the copy:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Copied as a draft: {title}</source>
        <translation>Copied as a draft: {title}</translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>Delete the draft “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted: {title}</source>
        <translation>Deleted: {title}</translation>
    </message>
    <message>
        <source>Import a curriculum</source>
        <translation>Import a curriculum</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <source>Saving the curricula…</source>
        <translation>Saving the curricula…</translation>
    </message>
    <message>
        <source>{count} curricula imported as drafts: {titles}</source>
        <translation>{count} curricula imported as drafts: {titles}</translation>
    </message>
    <message>
        <source>The curriculum was not imported</source>
        <translation>The curriculum was not imported</translation>
    </message>
</context>
<context>
    <name>CurriculumColumns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Lab./practical</source>
        <translation>Lab./practical</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Course project</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Production training</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>GT</translation>
    </message>
    <message>
        <source>No Kazakh name: the plan is in Kazakh</source>
        <translation>No Kazakh name: the plan is in Kazakh</translation>
    </message>
    <message>
        <source>No Russian name: the plan is in Russian</source>
        <translation>No Russian name: the plan is in Russian</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>S{number}</translation>
    </message>
</context>
<context>
    <name>CurriculumEditor</name>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Row properties…</source>
        <translation>Row properties…</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Paste rows</translation>
    </message>
    <message>
        <source>Process schedule…</source>
        <translation>Process schedule…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Version {version} of “{title}” was made as a draft; it opens now. The approved version stays as it was.</source>
        <translation>Version {version} of “{title}” was made as a draft; it opens now. The approved version stays as it was.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Language of the names shown and edited</source>
        <translation>Language of the names shown and edited</translation>
    </message>
    <message>
        <source>Names in Kazakh</source>
        <translation>Names in Kazakh</translation>
    </message>
    <message>
        <source>Names in Russian</source>
        <translation>Names in Russian</translation>
    </message>
    <message>
        <source>Change the cognate qualification</source>
        <translation>Change the cognate qualification</translation>
    </message>
    <message>
        <source>An approved curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>An approved curriculum is not changed: make a new version of it (Curriculum menu).</translation>
    </message>
    <message>
        <source>An archived curriculum is not changed: make a new version of it (Curriculum menu).</source>
        <translation>An archived curriculum is not changed: make a new version of it (Curriculum menu).</translation>
    </message>
    <message>
        <source>Select the rows first (a click; Ctrl+click or Shift+click for more).</source>
        <translation>Select the rows first (a click; Ctrl+click or Shift+click for more).</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <source>Select one row to move.</source>
        <translation>Select one row to move.</translation>
    </message>
    <message>
        <source>{code} is already the first of its rows.</source>
        <translation>{code} is already the first of its rows.</translation>
    </message>
    <message>
        <source>{code} is already the last of its rows.</source>
        <translation>{code} is already the last of its rows.</translation>
    </message>
    <message>
        <source>Nothing copied yet: select rows and copy them (Ctrl+C).</source>
        <translation>Nothing copied yet: select rows and copy them (Ctrl+C).</translation>
    </message>
    <message>
        <source>This curriculum is already approved.</source>
        <translation>This curriculum is already approved.</translation>
    </message>
    <message>
        <source>A draft is changed as it is: a new version is made of an approved curriculum.</source>
        <translation>A draft is changed as it is: a new version is made of an approved curriculum.</translation>
    </message>
    <message>
        <source>Only an approved curriculum is archived; a draft can be deleted from the list.</source>
        <translation>Only an approved curriculum is archived; a draft can be deleted from the list.</translation>
    </message>
    <message>
        <source>This curriculum is already in the archive.</source>
        <translation>This curriculum is already in the archive.</translation>
    </message>
    <message>
        <source>Approved by {who} on {date}: it is read-only.</source>
        <translation>Approved by {who} on {date}: it is read-only.</translation>
    </message>
    <message>
        <source>Approved: it is read-only.</source>
        <translation>Approved: it is read-only.</translation>
    </message>
    <message>
        <source>In the archive: it is read-only.</source>
        <translation>In the archive: it is read-only.</translation>
    </message>
    <message>
        <source>To change it, make a new version (Curriculum menu).</source>
        <translation>To change it, make a new version (Curriculum menu).</translation>
    </message>
    <message>
        <source>The curriculum is read-only now</source>
        <translation>The curriculum is read-only now</translation>
    </message>
    <message>
        <source>The curriculum was closed on the other computer: it can be edited here now.</source>
        <translation>The curriculum was closed on the other computer: it can be edited here now.</translation>
    </message>
    <message>
        <source>The saved curriculum is shown: {title}</source>
        <translation>The saved curriculum is shown: {title}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings — rule set {rules}</source>
        <translation>{errors} errors, {warnings} warnings — rule set {rules}</translation>
    </message>
    <message>
        <source>Every rule is met: no errors, no warnings — rule set {rules}</source>
        <translation>Every rule is met: no errors, no warnings — rule set {rules}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Credits per year</source>
        <translation>Credits per year</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Delete the module {code} “{name}” with its {count} learning outcomes?</source>
        <translation>Delete the module {code} “{name}” with its {count} learning outcomes?</translation>
    </message>
    <message>
        <source>Delete {count} rows (learning outcomes included)?</source>
        <translation>Delete {count} rows (learning outcomes included)?</translation>
    </message>
    <message>
        <source>Delete the row {code} “{name}”?</source>
        <translation>Delete the row {code} “{name}”?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back until the curriculum is closed.</source>
        <translation>Undo (Ctrl+Z) brings it back until the curriculum is closed.</translation>
    </message>
    <message>
        <source>{count} rows deleted.</source>
        <translation>{count} rows deleted.</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>Move {code}</translation>
    </message>
    <message>
        <source>{count} rows copied: paste them here (Ctrl+V) or in a spreadsheet.</source>
        <translation>{count} rows copied: paste them here (Ctrl+V) or in a spreadsheet.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The curriculum is read-only now: your changes cannot be saved. Close and lose them?</source>
        <translation>The curriculum is read-only now: your changes cannot be saved. Close and lose them?</translation>
    </message>
    <message>
        <source>The curriculum has unsaved changes. Save them?</source>
        <translation>The curriculum has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>The curriculum was not saved</source>
        <translation>The curriculum was not saved</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Saved: {title}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Intake year</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Approved by {who}: {title}</source>
        <translation>Approved by {who}: {title}</translation>
    </message>
    <message>
        <source>The curriculum is not approved: the rule check finds errors. Nothing was changed.</source>
        <translation>The curriculum is not approved: the rule check finds errors. Nothing was changed.</translation>
    </message>
    <message>
        <source>Move this approved curriculum to the archive? It stays readable and printable.</source>
        <translation>Move this approved curriculum to the archive? It stays readable and printable.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>Moved to the archive: {title}</source>
        <translation>Moved to the archive: {title}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>The document is printed from the saved curriculum. Save the changes first?</source>
        <translation>The document is printed from the saved curriculum. Save the changes first?</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Language of the document:</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Change the process schedule</source>
        <translation>Change the process schedule</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Edit {code}</translation>
    </message>
    <message>
        <source>a number of credits, 0 or more: 4 or 5,5</source>
        <translation>a number of credits, 0 or more: 4 or 5,5</translation>
    </message>
    <message>
        <source>the hours, then the control letter if there is one: 72, 72 {exam}, 72 {graded}</source>
        <translation>the hours, then the control letter if there is one: 72, 72 {exam}, 72 {graded}</translation>
    </message>
    <message>
        <source>a whole number of hours, 0 or more</source>
        <translation>a whole number of hours, 0 or more</translation>
    </message>
    <message>
        <source>{row}, {column}: “{text}” is not taken; type {expected}.</source>
        <translation>{row}, {column}: “{text}” is not taken; type {expected}.</translation>
    </message>
</context>
<context>
    <name>CurriculumHold</name>
    <message>
        <source>{who} is editing this curriculum on {computer}: it is open read-only here.</source>
        <translation>{who} is editing this curriculum on {computer}: it is open read-only here.</translation>
    </message>
    <message>
        <source>This computer no longer holds the curriculum: it is read-only here.</source>
        <translation>This computer no longer holds the curriculum: it is read-only here.</translation>
    </message>
    <message>
        <source>It is opened read-only.</source>
        <translation>It is opened read-only.</translation>
    </message>
    <message>
        <source>You are editing this curriculum in another window (computer {computer}) since {time}: it is open read-only here.</source>
        <translation>You are editing this curriculum in another window (computer {computer}) since {time}: it is open read-only here.</translation>
    </message>
    <message>
        <source>Being edited by {who} on {computer} since {time} — opened read-only.</source>
        <translation>Being edited by {who} on {computer} since {time} — opened read-only.</translation>
    </message>
    <message>
        <source>What is on screen stays: export it to Excel or copy its rows to keep your changes.</source>
        <translation>What is on screen stays: export it to Excel or copy its rows to keep your changes.</translation>
    </message>
    <message>
        <source>{who} on {computer} took this curriculum over at {time}, after this computer had not answered for a while: it is read-only here now.</source>
        <translation>{who} on {computer} took this curriculum over at {time}, after this computer had not answered for a while: it is read-only here now.</translation>
    </message>
    <message>
        <source>This computer lost its hold on the curriculum after it had not answered for a while: it is read-only here now.</source>
        <translation>This computer lost its hold on the curriculum after it had not answered for a while: it is read-only here now.</translation>
    </message>
</context>
<context>
    <name>CurriculumList</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CurriculumSections</name>
    <message>
        <source>General-education subjects</source>
        <translation>General-education subjects</translation>
    </message>
    <message>
        <source>Basic modules</source>
        <translation>Basic modules</translation>
    </message>
    <message>
        <source>Professional modules</source>
        <translation>Professional modules</translation>
    </message>
    <message>
        <source>Professional practice and production training</source>
        <translation>Professional practice and production training</translation>
    </message>
    <message>
        <source>Intermediate attestation</source>
        <translation>Intermediate attestation</translation>
    </message>
    <message>
        <source>Final attestation</source>
        <translation>Final attestation</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Electives</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Preparing the demo college…</source>
        <translation>Preparing the demo college…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite *.db);;All files (*)</source>
        <translation>Zhospar databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Zhospar databases (*.sqlite)</source>
        <translation>Zhospar databases (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File › Open.</source>
        <translation>{path} already exists. Choose another name, or open it with File › Open.</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Creating the database…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A shared server database is backed up by its server&apos;s administrator, not by Zhospar.</source>
        <translation>A shared server database is backed up by its server&apos;s administrator, not by Zhospar.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>The backup was written to:
{path}</source>
        <translation>The backup was written to:
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>A shared server database is restored by its server&apos;s administrator, not by Zhospar.</source>
        <translation>A shared server database is restored by its server&apos;s administrator, not by Zhospar.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.db);;All files (*)</source>
        <translation>Backups (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace everything in the open database with the backup
{backup}?

A copy of the current data is saved first, so this can be undone by restoring that copy.</source>
        <translation>Replace everything in the open database with the backup
{backup}?

A copy of the current data is saved first, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Other computers changed this database in the last half hour: {who}. What anyone did after the backup was made is lost: ask them to close Zhospar first.</source>
        <translation>Other computers changed this database in the last half hour: {who}. What anyone did after the backup was made is lost: ask them to close Zhospar first.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The database was restored from the backup.</source>
        <translation>The database was restored from the backup.</translation>
    </message>
</context>
<context>
    <name>DepartmentColumns</name>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Departments (cycle commissions)</source>
        <translation>Departments (cycle commissions)</translation>
    </message>
    <message>
        <source>Each teacher belongs to one department; the load documents group the teachers by department, in this order.</source>
        <translation>Each teacher belongs to one department; the load documents group the teachers by department, in this order.</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>New department…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Select a department in the list first.</translation>
    </message>
    <message>
        <source>The department is first already.</source>
        <translation>The department is first already.</translation>
    </message>
    <message>
        <source>The department is last already.</source>
        <translation>The department is last already.</translation>
    </message>
    <message>
        <source>Chair (signs the load cards and the summary)</source>
        <translation>Chair (signs the load cards and the summary)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Delete the department “{name}”? Its teachers ({count}) stay, without a department.</source>
        <translation>Delete the department “{name}”? Its teachers ({count}) stay, without a department.</translation>
    </message>
    <message>
        <source>Delete the department “{name}”?</source>
        <translation>Delete the department “{name}”?</translation>
    </message>
</context>
<context>
    <name>DepartmentTab</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Spring</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Over the norm</source>
        <translation>Over the norm</translation>
    </message>
    <message>
        <source>Under the norm</source>
        <translation>Under the norm</translation>
    </message>
    <message>
        <source>Show its teachers</source>
        <translation>Show its teachers</translation>
    </message>
    <message>
        <source>Print the department&apos;s summary…</source>
        <translation>Print the department&apos;s summary…</translation>
    </message>
    <message>
        <source>Select a department in the list first.</source>
        <translation>Select a department in the list first.</translation>
    </message>
    <message>
        <source>The teachers of no department have no summary: give them a department (Staff…).</source>
        <translation>The teachers of no department have no summary: give them a department (Staff…).</translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <source>row added</source>
        <translation>row added</translation>
    </message>
    <message>
        <source>row removed</source>
        <translation>row removed</translation>
    </message>
    <message>
        <source>hours changed</source>
        <translation>hours changed</translation>
    </message>
    <message>
        <source>The curricula changed after the load was distributed. Accepting a line: a row whose hours changed keeps its teacher at the new hours; a removed row is taken from its teacher; an added row joins the group&apos;s rows without a teacher. Ctrl+Z takes an acceptance back. A new version of a curriculum counts once its groups are moved onto it: Contingent, Groups, Edit…</source>
        <translation>The curricula changed after the load was distributed. Accepting a line: a row whose hours changed keeps its teacher at the new hours; a removed row is taken from its teacher; an added row joins the group&apos;s rows without a teacher. Ctrl+Z takes an acceptance back. A new version of a curriculum counts once its groups are moved onto it: Contingent, Groups, Edit…</translation>
    </message>
    <message>
        <source>Accept the selected</source>
        <translation>Accept the selected</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Show in the group</source>
        <translation>Show in the group</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Subject or module</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>Hours now</source>
        <translation>Hours now</translation>
    </message>
    <message>
        <source>Nothing changed in the curricula since the load was distributed.</source>
        <translation>Nothing changed in the curricula since the load was distributed.</translation>
    </message>
    <message>
        <source>Select the lines to accept first.</source>
        <translation>Select the lines to accept first.</translation>
    </message>
    <message>
        <source>Select one line to see it in its group.</source>
        <translation>Select one line to see it in its group.</translation>
    </message>
    <message>
        <source>Accept {count} curriculum changes</source>
        <translation>Accept {count} curriculum changes</translation>
    </message>
    <message>
        <source>{count} changes accepted.</source>
        <translation>{count} changes accepted.</translation>
    </message>
</context>
<context>
    <name>DualChoices</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>appendix handed over</source>
        <translation>appendix handed over</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminated</translation>
    </message>
    <message>
        <source>small</source>
        <translation>small</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>large</source>
        <translation>large</translation>
    </message>
    <message>
        <source>production training</source>
        <translation>production training</translation>
    </message>
    <message>
        <source>introductory practice</source>
        <translation>introductory practice</translation>
    </message>
    <message>
        <source>educational practice</source>
        <translation>educational practice</translation>
    </message>
    <message>
        <source>technological practice</source>
        <translation>technological practice</translation>
    </message>
    <message>
        <source>production practice</source>
        <translation>production practice</translation>
    </message>
    <message>
        <source>pre-diploma practice</source>
        <translation>pre-diploma practice</translation>
    </message>
    <message>
        <source>subject and principles</source>
        <translation>subject and principles</translation>
    </message>
    <message>
        <source>implementation</source>
        <translation>implementation</translation>
    </message>
    <message>
        <source>obligations of the parties</source>
        <translation>obligations of the parties</translation>
    </message>
    <message>
        <source>validity period</source>
        <translation>validity period</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>responsibility</translation>
    </message>
    <message>
        <source>seats on the board of trustees and the industrial council</source>
        <translation>seats on the board of trustees and the industrial council</translation>
    </message>
    <message>
        <source>student practice</source>
        <translation>student practice</translation>
    </message>
    <message>
        <source>equipping workshops and laboratories</source>
        <translation>equipping workshops and laboratories</translation>
    </message>
    <message>
        <source>updating the educational programmes</source>
        <translation>updating the educational programmes</translation>
    </message>
    <message>
        <source>teacher internships</source>
        <translation>teacher internships</translation>
    </message>
    <message>
        <source>graduate employment</source>
        <translation>graduate employment</translation>
    </message>
    <message>
        <source>mentor&apos;s service contract</source>
        <translation>mentor&apos;s service contract</translation>
    </message>
    <message>
        <source>reimbursement to the enterprise</source>
        <translation>reimbursement to the enterprise</translation>
    </message>
    <message>
        <source>training on enterprise request</source>
        <translation>training on enterprise request</translation>
    </message>
    <message>
        <source>patronage memorandum</source>
        <translation>patronage memorandum</translation>
    </message>
</context>
<context>
    <name>DualIssueColumns</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DualIssues</name>
    <message>
        <source>{share}% of the practical training at the enterprise ({hours} of {practical} h), under {threshold}%</source>
        <translation>{share}% of the practical training at the enterprise ({hours} of {practical} h), under {threshold}%</translation>
    </message>
    <message>
        <source>the contract ends on {date}</source>
        <translation>the contract ends on {date}</translation>
    </message>
    <message>
        <source>ended without the appendix handed to the student</source>
        <translation>ended without the appendix handed to the student</translation>
    </message>
    <message>
        <source>in the dual group {group} without a contract in force</source>
        <translation>in the dual group {group} without a contract in force</translation>
    </message>
</context>
<context>
    <name>DualPage</name>
    <message>
        <source>Dual training</source>
        <translation>Dual training</translation>
    </message>
    <message>
        <source>Contracts between the college, the enterprise and the student, with the appendix of periods at the enterprise; enterprises, mentors, payments and memoranda.</source>
        <translation>Contracts between the college, the enterprise and the student, with the appendix of periods at the enterprise; enterprises, mentors, payments and memoranda.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Enterprises and mentors</source>
        <translation>Enterprises and mentors</translation>
    </message>
    <message>
        <source>Partnerships and payments</source>
        <translation>Partnerships and payments</translation>
    </message>
    <message>
        <source>Checks and coverage</source>
        <translation>Checks and coverage</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Appendix…</source>
        <translation>Appendix…</translation>
    </message>
    <message>
        <source>Hand over the appendix</source>
        <translation>Hand over the appendix</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Print the contract…</source>
        <translation>Print the contract…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>New enterprise…</translation>
    </message>
    <message>
        <source>Edit the enterprise…</source>
        <translation>Edit the enterprise…</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>New mentor…</translation>
    </message>
    <message>
        <source>Edit the mentor…</source>
        <translation>Edit the mentor…</translation>
    </message>
    <message>
        <source>Training on request…</source>
        <translation>Training on request…</translation>
    </message>
    <message>
        <source>Memorandum…</source>
        <translation>Memorandum…</translation>
    </message>
    <message>
        <source>Mentor payment…</source>
        <translation>Mentor payment…</translation>
    </message>
    <message>
        <source>Reimbursement…</source>
        <translation>Reimbursement…</translation>
    </message>
    <message>
        <source>Dual-training report (PDF)…</source>
        <translation>Dual-training report (PDF)…</translation>
    </message>
    <message>
        <source>Dual-training report (Excel)…</source>
        <translation>Dual-training report (Excel)…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet (Excel)…</source>
        <translation>NEDB monitoring sheet (Excel)…</translation>
    </message>
    <message>
        <source>This academic year: mentors {mentors} ₸, reimbursements {paid} ₸, in all {total} ₸.</source>
        <translation>This academic year: mentors {mentors} ₸, reimbursements {paid} ₸, in all {total} ₸.</translation>
    </message>
    <message>
        <source>Covered by dual training: {state}% of state-order students ({covered} of {total}) — the ministry&apos;s indicator; {all}% of all students.</source>
        <translation>Covered by dual training: {state}% of state-order students ({covered} of {total}) — the ministry&apos;s indicator; {all}% of all students.</translation>
    </message>
    <message>
        <source>Select a contract in the list first.</source>
        <translation>Select a contract in the list first.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Every studying student of a dual-training group already has a draft or a contract in force.</source>
        <translation>Every studying student of a dual-training group already has a draft or a contract in force.</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>Add the enterprise first.</source>
        <translation>Add the enterprise first.</translation>
    </message>
    <message>
        <source>Contract № {number}</source>
        <translation>Contract № {number}</translation>
    </message>
    <message>
        <source>An ended or terminated contract is kept as it was.</source>
        <translation>An ended or terminated contract is kept as it was.</translation>
    </message>
    <message>
        <source>Delete the draft contract № {number}?</source>
        <translation>Delete the draft contract № {number}?</translation>
    </message>
    <message>
        <source>Print the contract</source>
        <translation>Print the contract</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>Select an enterprise in the list first.</source>
        <translation>Select an enterprise in the list first.</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Agro-industrial</source>
        <translation>Agro-industrial</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Signs contracts (full name)</source>
        <translation>Signs contracts (full name)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Signatory&apos;s position in Kazakh</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Signatory&apos;s position in Russian</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Account (IIK, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>Bank BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>New mentor</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Contract № {number}: {status}.</source>
        <translation>Contract № {number}: {status}.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Select a mentor in the list first.</source>
        <translation>Select a mentor in the list first.</translation>
    </message>
    <message>
        <source>Training on enterprise request</source>
        <translation>Training on enterprise request</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Intake year</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Years to work there after graduation</source>
        <translation>Years to work there after graduation</translation>
    </message>
    <message>
        <source>Patronage memorandum</source>
        <translation>Patronage memorandum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sections it contains</source>
        <translation>Sections it contains</translation>
    </message>
    <message>
        <source>Material aid, ₸</source>
        <translation>Material aid, ₸</translation>
    </message>
    <message>
        <source>Mentor&apos;s service contract</source>
        <translation>Mentor&apos;s service contract</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Position in Kazakh</source>
        <translation>Position in Kazakh</translation>
    </message>
    <message>
        <source>Position in Russian</source>
        <translation>Position in Russian</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Amount, ₸</translation>
    </message>
    <message>
        <source>Reimbursement to an enterprise</source>
        <translation>Reimbursement to an enterprise</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dual-training report</source>
        <translation>Dual-training report</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>NEDB monitoring sheet</source>
        <translation>NEDB monitoring sheet</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Graduates of {year}: employment</source>
        <translation>Graduates of {year}: employment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Save the list to Excel…</source>
        <translation>Save the list to Excel…</translation>
    </message>
    <message>
        <source>Read statuses from Excel…</source>
        <translation>Read statuses from Excel…</translation>
    </message>
    <message>
        <source>{count} graduates, {unknown} still unknown.</source>
        <translation>{count} graduates, {unknown} still unknown.</translation>
    </message>
    <message>
        <source>Save the list to Excel</source>
        <translation>Save the list to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Read statuses from Excel</source>
        <translation>Read statuses from Excel</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>{count} read from the file.</source>
        <translation>{count} read from the file.</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <source>Only those still unknown</source>
        <translation>Only those still unknown</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>State order</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EnterpriseColumns</name>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Change {code}</source>
        <translation>Change {code}</translation>
    </message>
    <message>
        <source>New qualification</source>
        <translation>New qualification</translation>
    </message>
    <message>
        <source>New specialty</source>
        <translation>New specialty</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualification: {kind}, level {level}</source>
        <translation>Qualification: {kind}, level {level}</translation>
    </message>
    <message>
        <source>8 digits for a specialty, like 06130100; level, W/S/AB and 8 digits for a qualification, like 3W06130102</source>
        <translation>8 digits for a specialty, like 06130100; level, W/S/AB and 8 digits for a qualification, like 3W06130102</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…and {count} more.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>Nothing was saved. Please correct:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Zhospar met an error it did not expect. Your saved data is safe.

Please send the log file to support:
{path}</source>
        <translation>Zhospar met an error it did not expect. Your saved data is safe.

Please send the log file to support:
{path}</translation>
    </message>
    <message>
        <source>Zhospar closed unexpectedly</source>
        <translation>Zhospar closed unexpectedly</translation>
    </message>
    <message>
        <source>Zhospar closed unexpectedly last time. Your saved data is safe; changes not saved then are lost.

If it happens again, please send the log file to support:
{path}</source>
        <translation>Zhospar closed unexpectedly last time. Your saved data is safe; changes not saved then are lost.

If it happens again, please send the log file to support:
{path}</translation>
    </message>
</context>
<context>
    <name>ExamChoices</name>
    <message>
        <source>intermediate attestation</source>
        <translation>intermediate attestation</translation>
    </message>
    <message>
        <source>final attestation</source>
        <translation>final attestation</translation>
    </message>
    <message>
        <source>qualification exam</source>
        <translation>qualification exam</translation>
    </message>
    <message>
        <source>practical work</source>
        <translation>practical work</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>demonstration exam</translation>
    </message>
    <message>
        <source>college workshop</source>
        <translation>college workshop</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>laboratory</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>training centre</translation>
    </message>
    <message>
        <source>enterprise site</source>
        <translation>enterprise site</translation>
    </message>
    <message>
        <source>competence centre</source>
        <translation>competence centre</translation>
    </message>
    <message>
        <source>chief expert / organiser</source>
        <translation>chief expert / organiser</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>technical expert</source>
        <translation>technical expert</translation>
    </message>
    <message>
        <source>employer representative</source>
        <translation>employer representative</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>judgement</translation>
    </message>
</context>
<context>
    <name>ExamShortChoices</name>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualification</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>practical</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>Demonstration exams</source>
        <translation>Demonstration exams</translation>
    </message>
    <message>
        <source>Plan a session, draw the task, enter the scores of each candidate; a pass records the qualification on the student. The grading scale is data.</source>
        <translation>Plan a session, draw the task, enter the scores of each candidate; a pass records the qualification on the student. The grading scale is data.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Edit the session…</source>
        <translation>Edit the session…</translation>
    </message>
    <message>
        <source>Delete the planned session</source>
        <translation>Delete the planned session</translation>
    </message>
    <message>
        <source>Marking scheme from Excel…</source>
        <translation>Marking scheme from Excel…</translation>
    </message>
    <message>
        <source>Candidates and scores</source>
        <translation>Candidates and scores</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Checks and figures</source>
        <translation>Checks and figures</translation>
    </message>
    <message>
        <source>Candidates from a group…</source>
        <translation>Candidates from a group…</translation>
    </message>
    <message>
        <source>Draw the task</source>
        <translation>Draw the task</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>Scores…</translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation>Import scores…</translation>
    </message>
    <message>
        <source>Finish and award</source>
        <translation>Finish and award</translation>
    </message>
    <message>
        <source>Protocol (PDF)…</source>
        <translation>Protocol (PDF)…</translation>
    </message>
    <message>
        <source>Results (Excel)…</source>
        <translation>Results (Excel)…</translation>
    </message>
    <message>
        <source>Remove the candidate</source>
        <translation>Remove the candidate</translation>
    </message>
    <message>
        <source>Add an expert…</source>
        <translation>Add an expert…</translation>
    </message>
    <message>
        <source>Remove the expert</source>
        <translation>Remove the expert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Whether the college holds demonstration exams, as the ministry&apos;s indicator counts it: a session in the demonstration form that has taken place and assessed at least one candidate. The share counts the students in their last course who sat a demonstration exam and were scored.</source>
        <translation>Whether the college holds demonstration exams, as the ministry&apos;s indicator counts it: a session in the demonstration form that has taken place and assessed at least one candidate. The share counts the students in their last course who sat a demonstration exam and were scored.</translation>
    </message>
    <message>
        <source>QUAL-EXAM: worker qualifications without a qualification exam for the group:</source>
        <translation>QUAL-EXAM: worker qualifications without a qualification exam for the group:</translation>
    </message>
    <message>
        <source>Results by qualification:</source>
        <translation>Results by qualification:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Graduating students assessed by a demonstration exam: {percent}% ({assessed} of {total}). The college holds demonstration exams: {holds}.</source>
        <translation>Graduating students assessed by a demonstration exam: {percent}% ({assessed} of {total}). The college holds demonstration exams: {holds}.</translation>
    </message>
    <message>
        <source>{qualification}: {candidates} candidates, {passed} passed, {absent} absent, mean {mean}</source>
        <translation>{qualification}: {candidates} candidates, {passed} passed, {absent} absent, mean {mean}</translation>
    </message>
    <message>
        <source>Select a session in the list first.</source>
        <translation>Select a session in the list first.</translation>
    </message>
    <message>
        <source>Select an expert on the Panel tab first.</source>
        <translation>Select an expert on the Panel tab first.</translation>
    </message>
    <message>
        <source>Select a candidate in the list first.</source>
        <translation>Select a candidate in the list first.</translation>
    </message>
    <message>
        <source>No session yet: make one with New session…</source>
        <translation>No session yet: make one with New session…</translation>
    </message>
    <message>
        <source>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; task: {task}; pass mark {mark}</source>
        <translation>№ {id}: {kind}, {form}; {qualification}; {start} – {end}; task: {task}; pass mark {mark}</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>New exam session</source>
        <translation>New exam session</translation>
    </message>
    <message>
        <source>Exam session № {id}</source>
        <translation>Exam session № {id}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Competence (WorldSkills skill)</source>
        <translation>Competence (WorldSkills skill)</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Venue name</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Infrastructure list</source>
        <translation>Infrastructure list</translation>
    </message>
    <message>
        <source>Task variants, one a line</source>
        <translation>Task variants, one a line</translation>
    </message>
    <message>
        <source>Consumables, ₸</source>
        <translation>Consumables, ₸</translation>
    </message>
    <message>
        <source>Venue, ₸</source>
        <translation>Venue, ₸</translation>
    </message>
    <message>
        <source>Experts, ₸</source>
        <translation>Experts, ₸</translation>
    </message>
    <message>
        <source>Marking scheme from Excel</source>
        <translation>Marking scheme from Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Title of the scheme:</source>
        <translation>Title of the scheme:</translation>
    </message>
    <message>
        <source>Scheme not imported</source>
        <translation>Scheme not imported</translation>
    </message>
    <message>
        <source>Candidates from a group</source>
        <translation>Candidates from a group</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Candidates not added</source>
        <translation>Candidates not added</translation>
    </message>
    <message>
        <source>Add an expert</source>
        <translation>Add an expert</translation>
    </message>
    <message>
        <source>Remove {name} from the panel of session № {id}?</source>
        <translation>Remove {name} from the panel of session № {id}?</translation>
    </message>
    <message>
        <source>{name} was removed from the panel.</source>
        <translation>{name} was removed from the panel.</translation>
    </message>
    <message>
        <source>Take {name} off the list of session № {id}? Any marks typed for them go too.</source>
        <translation>Take {name} off the list of session № {id}? Any marks typed for them go too.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>{name} was taken off the list of session № {id}.</source>
        <translation>{name} was taken off the list of session № {id}.</translation>
    </message>
    <message>
        <source>Delete the planned session № {id} with its panel and candidate list?</source>
        <translation>Delete the planned session № {id} with its panel and candidate list?</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Not drawn</translation>
    </message>
    <message>
        <source>Drawn: {task}</source>
        <translation>Drawn: {task}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>The session has no candidates yet: add them with Candidates from a group…</source>
        <translation>The session has no candidates yet: add them with Candidates from a group…</translation>
    </message>
    <message>
        <source>The scores of session № {id} cannot be entered yet:</source>
        <translation>The scores of session № {id} cannot be entered yet:</translation>
    </message>
    <message>
        <source>Scores saved: {count} candidates have a total.</source>
        <translation>Scores saved: {count} candidates have a total.</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Scores not imported</translation>
    </message>
    <message>
        <source>Scores imported from {file}.</source>
        <translation>Scores imported from {file}.</translation>
    </message>
    <message>
        <source>Mark the session held and record the qualification on every candidate who passed?</source>
        <translation>Mark the session held and record the qualification on every candidate who passed?</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Session № {id} is held: the qualification was recorded on {count} candidates who passed.</source>
        <translation>Session № {id} is held: the qualification was recorded on {count} candidates who passed.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Subject or cycle</source>
        <translation>Subject or cycle</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Diploma number</source>
        <translation>Diploma number</translation>
    </message>
    <message>
        <source>Diploma date</source>
        <translation>Diploma date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Category awarded on</source>
        <translation>Category awarded on</translation>
    </message>
    <message>
        <source>Teaching since</source>
        <translation>Teaching since</translation>
    </message>
    <message>
        <source>Teaching experience, years</source>
        <translation>Teaching experience, years</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Curriculum row</source>
        <translation>Curriculum row</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Taught instead of</source>
        <translation>Taught instead of</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Load norms</source>
        <translation>Load norms</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Chair of the department</source>
        <translation>Chair of the department</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Dual training</translation>
    </message>
    <message>
        <source>From the group</source>
        <translation>From the group</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Deputy director for academic work</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Bank, in Russian</source>
        <translation>Bank, in Russian</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>Column of the sheet</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Why the blank is spoiled</source>
        <translation>Why the blank is spoiled</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Modules at the enterprise</source>
        <translation>Modules at the enterprise</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Legal representative&apos;s IIN</source>
        <translation>Legal representative&apos;s IIN</translation>
    </message>
    <message>
        <source>Signs for the enterprise (full name)</source>
        <translation>Signs for the enterprise (full name)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Signatory&apos;s position in Kazakh</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Signatory&apos;s position in Russian</translation>
    </message>
    <message>
        <source>Account (IIK, IBAN)</source>
        <translation>Account (IIK, IBAN)</translation>
    </message>
    <message>
        <source>Bank BIC</source>
        <translation>Bank BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Kazakh</source>
        <translation>Place of signing contracts, in Kazakh</translation>
    </message>
    <message>
        <source>Place of signing contracts, in Russian</source>
        <translation>Place of signing contracts, in Russian</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Prior education</translation>
    </message>
    <message>
        <source>Kind of enrolment</source>
        <translation>Kind of enrolment</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Without parental care</source>
        <translation>Without parental care</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>Low-income family</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Special educational needs</translation>
    </message>
    <message>
        <source>Curriculum for special needs</source>
        <translation>Curriculum for special needs</translation>
    </message>
    <message>
        <source>Needs a dormitory place</source>
        <translation>Needs a dormitory place</translation>
    </message>
    <message>
        <source>Dormitory place given</source>
        <translation>Dormitory place given</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Dormitory</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Intake year</translation>
    </message>
    <message>
        <source>Duration of study</source>
        <translation>Duration of study</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <source>Into the group</source>
        <translation>Into the group</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Language of instruction</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Form of study</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Scholarship</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Large family</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Academic leave</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Leave ends on</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>Leave reason</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Leaving reason</translation>
    </message>
    <message>
        <source>NEDB record (EI)</source>
        <translation>NEDB record (EI)</translation>
    </message>
    <message>
        <source>NEDB contingent id</source>
        <translation>NEDB contingent id</translation>
    </message>
    <message>
        <source>Scholarship amount</source>
        <translation>Scholarship amount</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Textbooks in Kazakh</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Laboratory and practical lessons</source>
        <translation>Laboratory and practical lessons</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Course project</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Production training</translation>
    </message>
    <message>
        <source>At a distance</source>
        <translation>At a distance</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Basic module number</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Form of the exam</translation>
    </message>
    <message>
        <source>Years of study</source>
        <translation>Years of study</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Hours in the semester</source>
        <translation>Hours in the semester</translation>
    </message>
    <message>
        <source>Control in the semester</source>
        <translation>Control in the semester</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>Entry base</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rule check</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Grading scale</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Traditional grade</translation>
    </message>
    <message>
        <source>Kind of load</source>
        <translation>Kind of load</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Curator&apos;s groups</source>
        <translation>Curator&apos;s groups</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This database asks everyone to sign in, and it has no users yet. Create its administrator: the administrator adds the other users and gives them their roles. Keep the password safe: nobody can read it back.</source>
        <translation>This database asks everyone to sign in, and it has no users yet. Create its administrator: the administrator adds the other users and gives them their roles. Keep the password safe: nobody can read it back.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>The administrator is not created</source>
        <translation>The administrator is not created</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Close without saving? What was typed in this form is lost.</source>
        <translation>Close without saving? What was typed in this form is lost.</translation>
    </message>
</context>
<context>
    <name>GradeGrid</name>
    <message>
        <source>credits</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>pass/fail: {passed} (+ or -)</source>
        <translation>pass/fail: {passed} (+ or -)</translation>
    </message>
    <message>
        <source>a percent from 0 to 100</source>
        <translation>a percent from 0 to 100</translation>
    </message>
    <message>
        <source>elective: only for the students who took it</source>
        <translation>elective: only for the students who took it</translation>
    </message>
    <message>
        <source>{cell}: no grade yet</source>
        <translation>{cell}: no grade yet</translation>
    </message>
    <message>
        <source>{cell}: {percent}%, {letter}, {points} points, {word}</source>
        <translation>{cell}: {percent}%, {letter}, {points} points, {word}</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
</context>
<context>
    <name>GradeGridEditor</name>
    <message>
        <source>Grade of {cell}</source>
        <translation>Grade of {cell}</translation>
    </message>
    <message>
        <source>Select the grades to clear first.</source>
        <translation>Select the grades to clear first.</translation>
    </message>
    <message>
        <source>The selected cells have no grade to clear.</source>
        <translation>The selected cells have no grade to clear.</translation>
    </message>
    <message>
        <source>Clear {count} grades</source>
        <translation>Clear {count} grades</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block starts first.</source>
        <translation>Click the cell where the pasted block starts first.</translation>
    </message>
    <message>
        <source>The clipboard holds no grades to paste.</source>
        <translation>The clipboard holds no grades to paste.</translation>
    </message>
    <message>
        <source>Paste {count} grades</source>
        <translation>Paste {count} grades</translation>
    </message>
    <message>
        <source>Pasted; {count} values beyond the grid&apos;s last student or row were left out.</source>
        <translation>Pasted; {count} values beyond the grid&apos;s last student or row were left out.</translation>
    </message>
    <message>
        <source>Select the grades to copy first.</source>
        <translation>Select the grades to copy first.</translation>
    </message>
    <message>
        <source>Grades not saved</source>
        <translation>Grades not saved</translation>
    </message>
</context>
<context>
    <name>GradeImport</name>
    <message>
        <source>Import a grade sheet</source>
        <translation>Import a grade sheet</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Grade sheet not read</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Reading the grade sheet…</translation>
    </message>
    <message>
        <source>{count} grades imported from {file}.</source>
        <translation>{count} grades imported from {file}.</translation>
    </message>
</context>
<context>
    <name>GradeRegister</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason spoiled</source>
        <translation>Reason spoiled</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <source>diploma</source>
        <translation>diploma</translation>
    </message>
    <message>
        <source>supplement</source>
        <translation>supplement</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>spoiled</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Final grades</source>
        <translation>Final grades</translation>
    </message>
    <message>
        <source>Grade sheet</source>
        <translation>Grade sheet</translation>
    </message>
    <message>
        <source>Register of diplomas</source>
        <translation>Register of diplomas</translation>
    </message>
    <message>
        <source>Type a percent and press Enter (down) or Tab (right); a pass/fail row takes {passed} (or +, -). Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes, Ctrl+Y redoes. Each change is saved at once; a value that is not a grade is refused, naming its cell, and nothing of its block is saved.</source>
        <translation>Type a percent and press Enter (down) or Tab (right); a pass/fail row takes {passed} (or +, -). Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes, Ctrl+Y redoes. Each change is saved at once; a value that is not a grade is refused, naming its cell, and nothing of its block is saved.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Import a grade sheet…</source>
        <translation>Import a grade sheet…</translation>
    </message>
    <message>
        <source>Grading scale…</source>
        <translation>Grading scale…</translation>
    </message>
    <message>
        <source>Print supplements…</source>
        <translation>Print supplements…</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <source>The group needs its curriculum before its grades are entered.</source>
        <translation>The group needs its curriculum before its grades are entered.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>The group has no students to grade.</translation>
    </message>
    <message>
        <source>graduating</source>
        <translation>graduating</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>graduated</translation>
    </message>
    <message>
        <source>Choose a group with a curriculum to see what its supplements lack.</source>
        <translation>Choose a group with a curriculum to see what its supplements lack.</translation>
    </message>
</context>
<context>
    <name>GroupColumns</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Working curriculum</source>
        <translation>Working curriculum</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>dual training: every student needs a contract with an enterprise</source>
        <translation>dual training: every student needs a contract with an enterprise</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Working curriculum</source>
        <translation>Working curriculum</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{title} — version {version}, {status}</source>
        <translation>{title} — version {version}, {status}</translation>
    </message>
    <message>
        <source>Group not saved</source>
        <translation>Group not saved</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Only groups with open hours</source>
        <translation>Only groups with open hours</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Split by subgroups…</source>
        <translation>Split by subgroups…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Next open row</source>
        <translation>Next open row</translation>
    </message>
    <message>
        <source>No group has a curriculum with semesters in this year: link the groups to their curricula on the Contingent page.</source>
        <translation>No group has a curriculum with semesters in this year: link the groups to their curricula on the Contingent page.</translation>
    </message>
    <message>
        <source>{group}, course {course}: {hours} h to teach, {open} h without a teacher</source>
        <translation>{group}, course {course}: {hours} h to teach, {open} h without a teacher</translation>
    </message>
    <message>
        <source>Select rows of the group&apos;s load first.</source>
        <translation>Select rows of the group&apos;s load first.</translation>
    </message>
    <message>
        <source>Select one row to split it by subgroups.</source>
        <translation>Select one row to split it by subgroups.</translation>
    </message>
    <message>
        <source>Every row of the group has its teacher.</source>
        <translation>Every row of the group has its teacher.</translation>
    </message>
    <message>
        <source>{teacher}: {code} {group}</source>
        <translation>{teacher}: {code} {group}</translation>
    </message>
    <message>
        <source>Take back {code} {group}</source>
        <translation>Take back {code} {group}</translation>
    </message>
    <message>
        <source>No teacher is named “{text}”: choose one from the list (typing part of the name narrows it).</source>
        <translation>No teacher is named “{text}”: choose one from the list (typing part of the name narrows it).</translation>
    </message>
    <message>
        <source>Assign {count} rows to</source>
        <translation>Assign {count} rows to</translation>
    </message>
    <message>
        <source>{teacher}: {count} rows</source>
        <translation>{teacher}: {count} rows</translation>
    </message>
    <message>
        <source>Subgroup 1 of {code}</source>
        <translation>Subgroup 1 of {code}</translation>
    </message>
    <message>
        <source>Subgroup 2 of {code}</source>
        <translation>Subgroup 2 of {code}</translation>
    </message>
    <message>
        <source>Split {code} {group}</source>
        <translation>Split {code} {group}</translation>
    </message>
    <message>
        <source>Each subgroup&apos;s teacher now has the {hours} h in full.</source>
        <translation>Each subgroup&apos;s teacher now has the {hours} h in full.</translation>
    </message>
    <message>
        <source>Take back {count} rows</source>
        <translation>Take back {count} rows</translation>
    </message>
    <message>
        <source>The hours are open again; Ctrl+Z gives them back.</source>
        <translation>The hours are open again; Ctrl+Z gives them back.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <source>Hours of {cell}</source>
        <translation>Hours of {cell}</translation>
    </message>
    <message>
        <source>Select the months&apos; hours to clear first.</source>
        <translation>Select the months&apos; hours to clear first.</translation>
    </message>
    <message>
        <source>The selected cells hold no hours.</source>
        <translation>The selected cells hold no hours.</translation>
    </message>
    <message>
        <source>Clear {count} months&apos; hours</source>
        <translation>Clear {count} months&apos; hours</translation>
    </message>
    <message>
        <source>Click the month&apos;s cell where the pasted block starts first.</source>
        <translation>Click the month&apos;s cell where the pasted block starts first.</translation>
    </message>
    <message>
        <source>Nothing to paste here: the hours go in the months&apos; columns.</source>
        <translation>Nothing to paste here: the hours go in the months&apos; columns.</translation>
    </message>
    <message>
        <source>Paste {count} months&apos; hours</source>
        <translation>Paste {count} months&apos; hours</translation>
    </message>
    <message>
        <source>Pasted; {count} values outside the months&apos; columns were left out.</source>
        <translation>Pasted; {count} values outside the months&apos; columns were left out.</translation>
    </message>
    <message>
        <source>Select the hours to copy first.</source>
        <translation>Select the hours to copy first.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Hours not saved</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a grade sheet: {file}</source>
        <translation>Import a grade sheet: {file}</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Nothing is written yet. {students} students of the sheet are matched to the group; {grades} grades would be written. {errors} problems must be corrected in the workbook first; {notes} things will not be written (listed below).</source>
        <translation>Nothing is written yet. {students} students of the sheet are matched to the group; {grades} grades would be written. {errors} problems must be corrected in the workbook first; {notes} things will not be written (listed below).</translation>
    </message>
    <message>
        <source>Row {line}: {written} is {student}</source>
        <translation>Row {line}: {written} is {student}</translation>
    </message>
    <message>
        <source>Write {count} grades</source>
        <translation>Write {count} grades</translation>
    </message>
    <message>
        <source>Correct the problems marked in red in the workbook and import it again.</source>
        <translation>Correct the problems marked in red in the workbook and import it again.</translation>
    </message>
    <message>
        <source>Grade sheet not read</source>
        <translation>Grade sheet not read</translation>
    </message>
    <message>
        <source>Reading the grade sheet…</source>
        <translation>Reading the grade sheet…</translation>
    </message>
    <message>
        <source>Grades not imported</source>
        <translation>Grades not imported</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import hours taught: {file}</source>
        <translation>Import hours taught: {file}</translation>
    </message>
    <message>
        <source>Nothing is written yet. From the sheet “{sheet}” (rows with hours: {lines}): teachers: {teachers}, monthly entries: {entries}, of them by a replacement: {swaps}, hours: {hours}. What was entered before for the same class, teacher and month is replaced; the whole import is one step to undo.</source>
        <translation>Nothing is written yet. From the sheet “{sheet}” (rows with hours: {lines}): teachers: {teachers}, monthly entries: {entries}, of them by a replacement: {swaps}, hours: {hours}. What was entered before for the same class, teacher and month is replaced; the whole import is one step to undo.</translation>
    </message>
    <message>
        <source>Months: {months}</source>
        <translation>Months: {months}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Record {hours} hours</source>
        <translation>Record {hours} hours</translation>
    </message>
</context>
<context>
    <name>IndicatorDashboard</name>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Graduates&apos; employment…</translation>
    </message>
    <message>
        <source>Teachers…</source>
        <translation>Teachers…</translation>
    </message>
    <message>
        <source>Textbook counts…</source>
        <translation>Textbook counts…</translation>
    </message>
    <message>
        <source>Green: the target of the year is reached; orange: not yet; the dashed line is the target. Double-click a row or click a chart to see the records behind a figure. Coverage, inclusive conditions and teachers are counted only for the current year.</source>
        <translation>Green: the target of the year is reached; orange: not yet; the dashed line is the target. Double-click a row or click a chart to see the records behind a figure. Coverage, inclusive conditions and teachers are counted only for the current year.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target {year}</source>
        <translation>Target {year}</translation>
    </message>
    <message>
        <source>Not kept by year: counted only for the current year</source>
        <translation>Not kept by year: counted only for the current year</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>State-order graduates employed in the first year</source>
        <translation>State-order graduates employed in the first year</translation>
    </message>
    <message>
        <source>State-order students covered by dual training</source>
        <translation>State-order students covered by dual training</translation>
    </message>
    <message>
        <source>The college holds demonstration exams</source>
        <translation>The college holds demonstration exams</translation>
    </message>
    <message>
        <source>Conditions for inclusive education</source>
        <translation>Conditions for inclusive education</translation>
    </message>
    <message>
        <source>Provision with Kazakh-language textbooks</source>
        <translation>Provision with Kazakh-language textbooks</translation>
    </message>
    <message>
        <source>Teachers whose last upgrade is over 3 years old</source>
        <translation>Teachers whose last upgrade is over 3 years old</translation>
    </message>
    <message>
        <source>employed in the specialty</source>
        <translation>employed in the specialty</translation>
    </message>
    <message>
        <source>employed outside the specialty</source>
        <translation>employed outside the specialty</translation>
    </message>
    <message>
        <source>further study</source>
        <translation>further study</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>military service</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>parental leave</translation>
    </message>
    <message>
        <source>not employed</source>
        <translation>not employed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>confirmed by records</source>
        <translation>confirmed by records</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>self-reported</translation>
    </message>
    <message>
        <source>ramps</source>
        <translation>ramps</translation>
    </message>
    <message>
        <source>light signals</source>
        <translation>light signals</translation>
    </message>
    <message>
        <source>call button</source>
        <translation>call button</translation>
    </message>
    <message>
        <source>adapted sanitary unit</source>
        <translation>adapted sanitary unit</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>State order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Under a dual contract</source>
        <translation>Under a dual contract</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Textbooks</source>
        <translation>Textbooks</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>In Kazakh</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Last qualification upgrade</source>
        <translation>Last qualification upgrade</translation>
    </message>
    <message>
        <source>Over 3 years ago</source>
        <translation>Over 3 years ago</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Counted as employed</source>
        <translation>Counted as employed</translation>
    </message>
    <message>
        <source>Continuing / not available for work</source>
        <translation>Continuing / not available for work</translation>
    </message>
    <message>
        <source>Candidates assessed</source>
        <translation>Candidates assessed</translation>
    </message>
    <message>
        <source>Counted as held</source>
        <translation>Counted as held</translation>
    </message>
    <message>
        <source>The employment indicator counts graduates employed in the first year after graduation, of all state-order graduates; further study, military service and parental leave are shown apart.</source>
        <translation>The employment indicator counts graduates employed in the first year after graduation, of all state-order graduates; further study, military service and parental leave are shown apart.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>continuing / not available for work: {count} ({share})</source>
        <translation>continuing / not available for work: {count} ({share})</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a blank</source>
        <translation>Issue a blank</translation>
    </message>
    <message>
        <source>as printed on the blank, e.g. JB</source>
        <translation>as printed on the blank, e.g. JB</translation>
    </message>
    <message>
        <source>The next free number of the series is suggested; type the blank&apos;s own.</source>
        <translation>The next free number of the series is suggested; type the blank&apos;s own.</translation>
    </message>
    <message>
        <source>With honours (distinction)</source>
        <translation>With honours (distinction)</translation>
    </message>
    <message>
        <source>The rule that decides a diploma with distinction could not be confirmed from the legal acts: Zhospar does not compute it. The registrar sets this flag.</source>
        <translation>The rule that decides a diploma with distinction could not be confirmed from the legal acts: Zhospar does not compute it. The registrar sets this flag.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Graduate *</source>
        <translation>Graduate *</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Language of the copy</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Series *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Number *</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date of issue *</source>
        <translation>Date of issue *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>the graduate</source>
        <translation>the graduate</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Choose the graduate the blank is issued to: the group chosen has no graduates.</source>
        <translation>Choose the graduate the blank is issued to: the group chosen has no graduates.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as issued to {student} on {date}?

A number entered in the register is never used again.</source>
        <translation>Record the {kind} {series} № {number} as issued to {student} on {date}?

A number entered in the register is never used again.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} issued to {student}.</source>
        <translation>Recorded: {kind} {series} № {number} issued to {student}.</translation>
    </message>
</context>
<context>
    <name>LeaveDetailsDialog</name>
    <message>
        <source>Academic leave</source>
        <translation>Academic leave</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Leave ends on</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library textbook counts</source>
        <translation>Library textbook counts</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All textbooks</source>
        <translation>All textbooks</translation>
    </message>
    <message>
        <source>Textbooks in Kazakh</source>
        <translation>Textbooks in Kazakh</translation>
    </message>
    <message>
        <source>Textbook count</source>
        <translation>Textbook count</translation>
    </message>
    <message>
        <source>Delete the count of {year}?</source>
        <translation>Delete the count of {year}?</translation>
    </message>
</context>
<context>
    <name>LoadComponents</name>
    <message>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Practical and laboratory</source>
        <translation>Practical and laboratory</translation>
    </message>
    <message>
        <source>Course project</source>
        <translation>Course project</translation>
    </message>
    <message>
        <source>Production training</source>
        <translation>Production training</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Exams and attestation</source>
        <translation>Exams and attestation</translation>
    </message>
    <message>
        <source>Practice supervision</source>
        <translation>Practice supervision</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Teacher load</source>
        <translation>Teacher load</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Copy last year&apos;s assignment</source>
        <translation>Copy last year&apos;s assignment</translation>
    </message>
    <message>
        <source>Each open row gets the teacher who had it last year: the same group a year on, or the group now in that course of the same curriculum. Rows already given stay as they are.</source>
        <translation>Each open row gets the teacher who had it last year: the same group a year on, or the group now in that course of the same curriculum. Rows already given stay as they are.</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <source>The teachers, their tarification details and departments</source>
        <translation>The teachers, their tarification details and departments</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The tarification list, the load cards, the department&apos;s summary and the fulfilment report, in Kazakh or Russian</source>
        <translation>The tarification list, the load cards, the department&apos;s summary and the fulfilment report, in Kazakh or Russian</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>By group</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>By teacher</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>Curriculum changes</source>
        <translation>Curriculum changes</translation>
    </message>
    <message>
        <source>Hours taught</source>
        <translation>Hours taught</translation>
    </message>
    <message>
        <source>Norm of one rate: {annual} h a year ({weekly} h a week). Rates from {least} to {most}.</source>
        <translation>Norm of one rate: {annual} h a year ({weekly} h a week). Rates from {least} to {most}.</translation>
    </message>
    <message>
        <source>These figures are not confirmed by the text of an act: check them against your college&apos;s order before the tarification (Help explains).</source>
        <translation>These figures are not confirmed by the text of an act: check them against your college&apos;s order before the tarification (Help explains).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>{total} of {norm} h</source>
        <translation>{total} of {norm} h</translation>
    </message>
    <message>
        <source>Add the teachers first: Staff…</source>
        <translation>Add the teachers first: Staff…</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Teacher:</translation>
    </message>
    <message>
        <source>Copying last year&apos;s assignment…</source>
        <translation>Copying last year&apos;s assignment…</translation>
    </message>
    <message>
        <source>Nothing to copy: last year ({year}) has no assignment for the rows still open.</source>
        <translation>Nothing to copy: last year ({year}) has no assignment for the rows still open.</translation>
    </message>
    <message>
        <source>{count} assignments copied from {year}; Ctrl+Z takes them back.</source>
        <translation>{count} assignments copied from {year}; Ctrl+Z takes them back.</translation>
    </message>
</context>
<context>
    <name>LoadPrintDialog</name>
    <message>
        <source>Print the teacher-load documents, {year}</source>
        <translation>Print the teacher-load documents, {year}</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>One file: choose its folder and name; several: their folder.</source>
        <translation>One file: choose its folder and name; several: their folder.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Write the files</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Tarification list</source>
        <translation>Tarification list</translation>
    </message>
    <message>
        <source>Individual load cards</source>
        <translation>Individual load cards</translation>
    </message>
    <message>
        <source>Department summary</source>
        <translation>Department summary</translation>
    </message>
    <message>
        <source>Load fulfilment report</source>
        <translation>Load fulfilment report</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Draft (marked on every page)</source>
        <translation>Draft (marked on every page)</translation>
    </message>
    <message>
        <source>For checking before the director approves the list.</source>
        <translation>For checking before the director approves the list.</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>The year</translation>
    </message>
    <message>
        <source>Autumn semester</source>
        <translation>Autumn semester</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>Spring semester</translation>
    </message>
    <message>
        <source>Only the department chosen above</source>
        <translation>Only the department chosen above</translation>
    </message>
    <message>
        <source>All teachers with load: {count}</source>
        <translation>All teachers with load: {count}</translation>
    </message>
    <message>
        <source>Only the teachers ticked below</source>
        <translation>Only the teachers ticked below</translation>
    </message>
    <message>
        <source>No teacher has load in {year} yet: distribute the hours first.</source>
        <translation>No teacher has load in {year} yet: distribute the hours first.</translation>
    </message>
    <message>
        <source>No department (cycle commission) is set up: add one under Staff…, Departments… first.</source>
        <translation>No department (cycle commission) is set up: add one under Staff…, Departments… first.</translation>
    </message>
    <message>
        <source>Choose the document to print.</source>
        <translation>Choose the document to print.</translation>
    </message>
    <message>
        <source>Tick PDF or Excel workbook.</source>
        <translation>Tick PDF or Excel workbook.</translation>
    </message>
    <message>
        <source>Tick the teachers whose cards to print.</source>
        <translation>Tick the teachers whose cards to print.</translation>
    </message>
    <message>
        <source>The department {name} has no teachers.</source>
        <translation>The department {name} has no teachers.</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Choose the folder for the files.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Folder for the documents</translation>
    </message>
    <message>
        <source>reading the load</source>
        <translation>reading the load</translation>
    </message>
    <message>
        <source>writing the files</source>
        <translation>writing the files</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Writing the documents…</source>
        <translation>Writing the documents…</translation>
    </message>
    <message>
        <source>Documents written</source>
        <translation>Documents written</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Written to {folder}:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>over the norm by {hours} h</source>
        <translation>over the norm by {hours} h</translation>
    </message>
    <message>
        <source>under the norm by {hours} h</source>
        <translation>under the norm by {hours} h</translation>
    </message>
    <message>
        <source>at the norm</source>
        <translation>at the norm</translation>
    </message>
    <message>
        <source>more than {rates} rates</source>
        <translation>more than {rates} rates</translation>
    </message>
    <message>
        <source>less than {rates} rate</source>
        <translation>less than {rates} rate</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open the &amp;demo college</source>
        <translation>Open the &amp;demo college</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;About Zhospar</source>
        <translation>&amp;About Zhospar</translation>
    </message>
    <message>
        <source>Demo college ({path})</source>
        <translation>Demo college ({path})</translation>
    </message>
    <message>
        <source>new database</source>
        <translation>new database</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>NEDB round {round} is open: the contingent is not exported yet</source>
        <translation>NEDB round {round} is open: the contingent is not exported yet</translation>
    </message>
    <message>
        <source>The college profile was saved.</source>
        <translation>The college profile was saved.</translation>
    </message>
    <message>
        <source>The demo college is open: a made-up college to try everything on.</source>
        <translation>The demo college is open: a made-up college to try everything on.</translation>
    </message>
    <message>
        <source>Opened: {name}</source>
        <translation>Opened: {name}</translation>
    </message>
    <message>
        <source>The database used last was not found ({path}). {opened}</source>
        <translation>The database used last was not found ({path}). {opened}</translation>
    </message>
    <message>
        <source>About Zhospar</source>
        <translation>About Zhospar</translation>
    </message>
    <message>
        <source>Zhospar {version}

Working curricula, contingent and NEDB, dual training, demonstration exams and state reports for Kazakhstan&apos;s technical and vocational colleges.

Log file: {log}</source>
        <translation>Zhospar {version}

Working curricula, contingent and NEDB, dual training, demonstration exams and state reports for Kazakhstan&apos;s technical and vocational colleges.

Log file: {log}</translation>
    </message>
</context>
<context>
    <name>MentorColumns</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database is busy: another program or another Zhospar window is writing to it. Wait a moment and try again.</source>
        <translation>The database is busy: another program or another Zhospar window is writing to it. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The database file is read-only. Copy it to a folder where you may write, or ask the administrator to allow writing.</source>
        <translation>The database file is read-only. Copy it to a folder where you may write, or ask the administrator to allow writing.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>This file is not a Zhospar database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>This file is not a Zhospar database, or it is damaged. Choose another file or restore a backup.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>The database cannot be opened. Check that the file exists and that you may read it.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk or the network folder.</source>
        <translation>The disk reported an error while reading or writing the database. Check the disk or the network folder.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Zhospar. Update the application to open it.</source>
        <translation>This database was saved by a newer version of Zhospar. Update the application to open it.</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to Zhospar.</source>
        <translation>This database belongs to another program, not to Zhospar.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address, the password and the network.</source>
        <translation>The database server cannot be reached. Check the address, the password and the network.</translation>
    </message>
    <message>
        <source>The database server refused this to Zhospar&apos;s account: the database needs an upgrade that its administrator runs (zhospar-cli migrate, then zhospar-cli grant), or the account lacks a privilege. Ask the administrator of the database server.</source>
        <translation>The database server refused this to Zhospar&apos;s account: the database needs an upgrade that its administrator runs (zhospar-cli migrate, then zhospar-cli grant), or the account lacks a privilege. Ask the administrator of the database server.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>must be exactly 12 digits</source>
        <translation>must be exactly 12 digits</translation>
    </message>
    <message>
        <source>has digits of another script (full-width, as some programs copy them): type the 12 digits again with the keyboard</source>
        <translation>has digits of another script (full-width, as some programs copy them): type the 12 digits again with the keyboard</translation>
    </message>
    <message>
        <source>has a wrong check digit (the last digit): check for a typo</source>
        <translation>has a wrong check digit (the last digit): check for a typo</translation>
    </message>
    <message>
        <source>cannot exist: no check digit fits its first 11 digits</source>
        <translation>cannot exist: no check digit fits its first 11 digits</translation>
    </message>
    <message>
        <source>does not start with a real date</source>
        <translation>does not start with a real date</translation>
    </message>
    <message>
        <source>has a 7th digit that is not 1-6 (century and sex)</source>
        <translation>has a 7th digit that is not 1-6 (century and sex)</translation>
    </message>
    <message>
        <source>has a 5th digit that is not 4, 5 or 6 (kind of organisation)</source>
        <translation>has a 5th digit that is not 4, 5 or 6 (kind of organisation)</translation>
    </message>
    <message>
        <source>does not agree with the birth date</source>
        <translation>does not agree with the birth date</translation>
    </message>
    <message>
        <source>does not agree with the sex</source>
        <translation>does not agree with the sex</translation>
    </message>
    <message>
        <source>“{code}” is not a specialty code: 8 digits are expected, like 06130100</source>
        <translation>“{code}” is not a specialty code: 8 digits are expected, like 06130100</translation>
    </message>
    <message>
        <source>“{code}” is not a qualification code: level, W, S or AB and 8 digits are expected, like 3W06130102</source>
        <translation>“{code}” is not a qualification code: level, W, S or AB and 8 digits are expected, like 3W06130102</translation>
    </message>
    <message>
        <source>“{code}” is neither a specialty code (06130100) nor a qualification code (4S06130103)</source>
        <translation>“{code}” is neither a specialty code (06130100) nor a qualification code (4S06130103)</translation>
    </message>
    <message>
        <source>“{code}” does not start with the specialty&apos;s first 6 digits</source>
        <translation>“{code}” does not start with the specialty&apos;s first 6 digits</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <source>“{code}”: there is no specialty with the same first 6 digits; add the specialty first</source>
        <translation>“{code}”: there is no specialty with the same first 6 digits; add the specialty first</translation>
    </message>
    <message>
        <source>“{code}” is already in the classifier</source>
        <translation>“{code}” is already in the classifier</translation>
    </message>
    <message>
        <source>“{code}”: a specialty cannot become a qualification, nor the other way round</source>
        <translation>“{code}”: a specialty cannot become a qualification, nor the other way round</translation>
    </message>
    <message>
        <source>“{code}” has {count} qualifications; delete them first</source>
        <translation>“{code}” has {count} qualifications; delete them first</translation>
    </message>
    <message>
        <source>“{code}” is used by {count} groups and cannot be deleted</source>
        <translation>“{code}” is used by {count} groups and cannot be deleted</translation>
    </message>
    <message>
        <source>“{code}” is already on row {row}</source>
        <translation>“{code}” is already on row {row}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>“{value}” is not an e-mail address</translation>
    </message>
    <message>
        <source>no header row was found in the first rows; the sheet needs the columns {columns}</source>
        <translation>no header row was found in the first rows; the sheet needs the columns {columns}</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2025-07-15 or 15.07.2025</source>
        <translation>“{value}” is not a date: write it as 2025-07-15 or 15.07.2025</translation>
    </message>
    <message>
        <source>the file cannot be read as an Excel workbook (.xlsx): {detail}</source>
        <translation>the file cannot be read as an Excel workbook (.xlsx): {detail}</translation>
    </message>
    <message>
        <source>the file cannot be written ({detail}); choose another folder or close the file in the other program</source>
        <translation>the file cannot be written ({detail}); choose another folder or close the file in the other program</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows</source>
        <translation>the sheet has a header but no rows</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>sheet {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>a group “{code}” already exists</source>
        <translation>a group “{code}” already exists</translation>
    </message>
    <message>
        <source>“{code}” is not in the classifier</source>
        <translation>“{code}” is not in the classifier</translation>
    </message>
    <message>
        <source>“{value}” is not a year of intake</source>
        <translation>“{value}” is not a year of intake</translation>
    </message>
    <message>
        <source>{value} months is not a duration of study (1 to 60)</source>
        <translation>{value} months is not a duration of study (1 to 60)</translation>
    </message>
    <message>
        <source>the group has {count} students or movements and cannot be deleted</source>
        <translation>the group has {count} students or movements and cannot be deleted</translation>
    </message>
    <message>
        <source>{value} is not a possible birth date</source>
        <translation>{value} is not a possible birth date</translation>
    </message>
    <message>
        <source>“{value}” is not a two-letter country code (KZ, RU, UZ…)</source>
        <translation>“{value}” is not a two-letter country code (KZ, RU, UZ…)</translation>
    </message>
    <message>
        <source>choose the category of special needs first</source>
        <translation>choose the category of special needs first</translation>
    </message>
    <message>
        <source>a place can be given only to a student who needs one</source>
        <translation>a place can be given only to a student who needs one</translation>
    </message>
    <message>
        <source>{value} is already the IIN of {name}</source>
        <translation>{value} is already the IIN of {name}</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}” is not one of the choices</translation>
    </message>
    <message>
        <source>choose at least one student</source>
        <translation>choose at least one student</translation>
    </message>
    <message>
        <source>{name} cannot be moved so: the student is {status}</source>
        <translation>{name} cannot be moved so: the student is {status}</translation>
    </message>
    <message>
        <source>{name} is already in that group</source>
        <translation>{name} is already in that group</translation>
    </message>
    <message>
        <source>{name} has movements or records that build on it; make a new order instead</source>
        <translation>{name} has movements or records that build on it; make a new order instead</translation>
    </message>
    <message>
        <source>this is not NEDB&apos;s contingent file: a UTF-16 text file with a byte-order mark is expected</source>
        <translation>this is not NEDB&apos;s contingent file: a UTF-16 text file with a byte-order mark is expected</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text (it breaks at byte {detail}): export it from NEDB again</source>
        <translation>the file is not UTF-16 text (it breaks at byte {detail}): export it from NEDB again</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>the file has no header line</translation>
    </message>
    <message>
        <source>the file has a header but no students: it was cut short or exported empty; export it from NEDB again</source>
        <translation>the file has a header but no students: it was cut short or exported empty; export it from NEDB again</translation>
    </message>
    <message>
        <source>the line has a different number of cells than the header (in the line / in the header: {detail})</source>
        <translation>the line has a different number of cells than the header (in the line / in the header: {detail})</translation>
    </message>
    <message>
        <source>the file lacks the columns {columns}</source>
        <translation>the file lacks the columns {columns}</translation>
    </message>
    <message>
        <source>“{value}” is not understood; expected one of: {expected}</source>
        <translation>“{value}” is not understood; expected one of: {expected}</translation>
    </message>
    <message>
        <source>the student left on {left_on} but has no enrolment date</source>
        <translation>the student left on {left_on} but has no enrolment date</translation>
    </message>
    <message>
        <source>the leaving date {value} is before the enrolment date {enrolled_on}</source>
        <translation>the leaving date {value} is before the enrolment date {enrolled_on}</translation>
    </message>
    <message>
        <source>the enrolment, leave and leaving dates do not follow one another (the student would be {status})</source>
        <translation>the enrolment, leave and leaving dates do not follow one another (the student would be {status})</translation>
    </message>
    <message>
        <source>“{value}” is outside {first} – {last}</source>
        <translation>“{value}” is outside {first} – {last}</translation>
    </message>
    <message>
        <source>holds an invisible control or direction-changing character ({character}); type it again</source>
        <translation>holds an invisible control or direction-changing character ({character}); type it again</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: digits, spaces, +, - and brackets are expected, at least 10 digits, like +7 701 234 56 78 or 8 (7172) 12-34-56</source>
        <translation>“{value}” is not a phone number: digits, spaces, +, - and brackets are expected, at least 10 digits, like +7 701 234 56 78 or 8 (7172) 12-34-56</translation>
    </message>
    <message>
        <source>the database changed while the file was being read (another import at the same time?); nothing was imported: read the file again</source>
        <translation>the database changed while the file was being read (another import at the same time?); nothing was imported: read the file again</translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation>the file {path} does not exist</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
        <source>you may not read {path}: copy the file or ask the administrator for access</source>
        <translation>you may not read {path}: copy the file or ask the administrator for access</translation>
    </message>
    <message>
        <source>the folder {path} does not exist: create it or choose another</source>
        <translation>the folder {path} does not exist: create it or choose another</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx and try again</source>
        <translation>the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx and try again</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read: open it in Excel, save it again and try again</source>
        <translation>the workbook is damaged and cannot be read: open it in Excel, save it again and try again</translation>
    </message>
    <message>
        <source>the workbook is too large to read (at most {limit} MB unpacked and {rows} rows): delete the unused rows and columns</source>
        <translation>the workbook is too large to read (at most {limit} MB unpacked and {rows} rows): delete the unused rows and columns</translation>
    </message>
    <message>
        <source>the workbook has no sheet with cells (a chart sheet cannot be read)</source>
        <translation>the workbook has no sheet with cells (a chart sheet cannot be read)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” is not a number</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}” is not a whole number</translation>
    </message>
    <message>
        <source>“{value}” is out of range: a number from {low} to {high} is expected</source>
        <translation>“{value}” is out of range: a number from {low} to {high} is expected</translation>
    </message>
    <message>
        <source>has {length} characters, more than the {limit} that fit</source>
        <translation>has {length} characters, more than the {limit} that fit</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: write 96, or hours and credits as 96с-4к (at most {limit} hours)</source>
        <translation>“{value}” is not a number of hours: write 96, or hours and credits as 96с-4к (at most {limit} hours)</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>“{value}” is not one of: {allowed}</translation>
    </message>
    <message>
        <source>the section of “{value}” is not known: fill in the section column or start the code with ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К or Ф</source>
        <translation>the section of “{value}” is not known: fill in the section column or start the code with ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К or Ф</translation>
    </message>
    <message>
        <source>no header row of a curriculum (with the columns code and hours) was found</source>
        <translation>no header row of a curriculum (with the columns code and hours) was found</translation>
    </message>
    <message>
        <source>the subtotal “{name}” says {written} hours but its rows add up to {sum}: correct the subtotal or the rows above it</source>
        <translation>the subtotal “{name}” says {written} hours but its rows add up to {sum}: correct the subtotal or the rows above it</translation>
    </message>
    <message>
        <source>“{value}” has no hours: write them in the hours column or in its semesters</source>
        <translation>“{value}” has no hours: write them in the hours column or in its semesters</translation>
    </message>
    <message>
        <source>the header of a curriculum is on row {header}, but no row under it has a subject, module or outcome with hours</source>
        <translation>the header of a curriculum is on row {header}, but no row under it has a subject, module or outcome with hours</translation>
    </message>
    <message>
        <source>the control “{value}” falls in semester {semester}, where the row has no hours: write the semester in which the row is taught</source>
        <translation>the control “{value}” falls in semester {semester}, where the row has no hours: write the semester in which the row is taught</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds no curriculum that can be read: a header row naming the index (code), name and hours columns over a row for each subject, module or outcome was expected, or a summary sheet with a column for each subject over a row of hours (96 or 96с-4к)</source>
        <translation>the sheet “{sheet}” holds no curriculum that can be read: a header row naming the index (code), name and hours columns over a row for each subject, module or outcome was expected, or a summary sheet with a column for each subject over a row of hours (96 or 96с-4к)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {sheets}</source>
        <translation>the workbook has no sheet “{sheet}”; its sheets are: {sheets}</translation>
    </message>
    <message>
        <source>the semester columns hold hours a week, but the weeks of each semester are not written under them: write the weeks under each semester (17 апта / 17 нед.) or the semester&apos;s hours instead</source>
        <translation>the semester columns hold hours a week, but the weeks of each semester are not written under them: write the weeks under each semester (17 апта / 17 нед.) or the semester&apos;s hours instead</translation>
    </message>
    <message>
        <source>the intake year of the sheet “{sheet}” is written neither on the sheet nor in the file name: give it (a year from {low} to {high})</source>
        <translation>the intake year of the sheet “{sheet}” is written neither on the sheet nor in the file name: give it (a year from {low} to {high})</translation>
    </message>
    <message>
        <source>the key {row} is used by more than one row</source>
        <translation>the key {row} is used by more than one row</translation>
    </message>
    <message>
        <source>row {row} belongs to {parent}, which is not in the curriculum</source>
        <translation>row {row} belongs to {parent}, which is not in the curriculum</translation>
    </message>
    <message>
        <source>row {row} has fewer than 0 hours</source>
        <translation>row {row} has fewer than 0 hours</translation>
    </message>
    <message>
        <source>{value} is already on line {row}</source>
        <translation>{value} is already on line {row}</translation>
    </message>
    <message>
        <source>“{value}” is not in the classifier; add it there first</source>
        <translation>“{value}” is not in the classifier; add it there first</translation>
    </message>
    <message>
        <source>the group {value} is new: its course and duration of study are needed to create it</source>
        <translation>the group {value} is new: its course and duration of study are needed to create it</translation>
    </message>
    <message>
        <source>“{value}” is not a sex: write М/Ж, M/F or Ер/Әйел</source>
        <translation>“{value}” is not a sex: write М/Ж, M/F or Ер/Әйел</translation>
    </message>
    <message>
        <source>choose the column that holds it</source>
        <translation>choose the column that holds it</translation>
    </message>
    <message>
        <source>{name} has not graduated: employment is recorded for graduates</source>
        <translation>{name} has not graduated: employment is recorded for graduates</translation>
    </message>
    <message>
        <source>{kazakh} Kazakh-language textbooks cannot be more than all {total}</source>
        <translation>{kazakh} Kazakh-language textbooks cannot be more than all {total}</translation>
    </message>
    <message>
        <source>is before the graduation on {date}</source>
        <translation>is before the graduation on {date}</translation>
    </message>
    <message>
        <source>is after {date}: the indicator counts the first year after graduation</source>
        <translation>is after {date}: the indicator counts the first year after graduation</translation>
    </message>
    <message>
        <source>{iin} is not the IIN of a graduate of {year}</source>
        <translation>{iin} is not the IIN of a graduate of {year}</translation>
    </message>
    <message>
        <source>{iin} is on the sheet twice</source>
        <translation>{iin} is on the sheet twice</translation>
    </message>
    <message>
        <source>the count of {year} was just saved elsewhere; open the list again</source>
        <translation>the count of {year} was just saved elsewhere; open the list again</translation>
    </message>
    <message>
        <source>there is no group “{value}”; create it on the Groups tab first</source>
        <translation>there is no group “{value}”; create it on the Groups tab first</translation>
    </message>
    <message>
        <source>an enterprise with BIN {value} is already recorded</source>
        <translation>an enterprise with BIN {value} is already recorded</translation>
    </message>
    <message>
        <source>the mentor works at another enterprise</source>
        <translation>the mentor works at another enterprise</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number of hours</source>
        <translation>{code}: {value} is not a number of hours</translation>
    </message>
    <message>
        <source>not possible for a contract that is {status}</source>
        <translation>not possible for a contract that is {status}</translation>
    </message>
    <message>
        <source>the student is under 18: the legal representative signs too</source>
        <translation>the student is under 18: the legal representative signs too</translation>
    </message>
    <message>
        <source>the appendix has no periods yet</source>
        <translation>the appendix has no periods yet</translation>
    </message>
    <message>
        <source>the appendix was handed to the student and is not changed any more</source>
        <translation>the appendix was handed to the student and is not changed any more</translation>
    </message>
    <message>
        <source>the student already has contract № {number}; end or terminate it first</source>
        <translation>the student already has contract № {number}; end or terminate it first</translation>
    </message>
    <message>
        <source>№ {number} is already another contract&apos;s number; give this one its own</source>
        <translation>№ {number} is already another contract&apos;s number; give this one its own</translation>
    </message>
    <message>
        <source>module {code} is listed twice: keep one line with all its hours</source>
        <translation>module {code} is listed twice: keep one line with all its hours</translation>
    </message>
    <message>
        <source>{hours} hours are more than {days} days allow ({most} at 8 hours a day; a plausibility check, not a legal limit)</source>
        <translation>{hours} hours are more than {days} days allow ({most} at 8 hours a day; a plausibility check, not a legal limit)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} is not an amount</translation>
    </message>
    <message>
        <source>{name} cannot order training: a medium or large enterprise outside the agro-industrial sector is required</source>
        <translation>{name} cannot order training: a medium or large enterprise outside the agro-industrial sector is required</translation>
    </message>
    <message>
        <source>{value} is not a number of places</source>
        <translation>{value} is not a number of places</translation>
    </message>
    <message>
        <source>{name} is not a large enterprise: memoranda are made with large ones</source>
        <translation>{name} is not a large enterprise: memoranda are made with large ones</translation>
    </message>
    <message>
        <source>“{value}” is not an account number (IBAN): KZ and 18 characters with the right check digits</source>
        <translation>“{value}” is not an account number (IBAN): KZ and 18 characters with the right check digits</translation>
    </message>
    <message>
        <source>“{value}” is not a bank BIC: 8 or 11 Latin letters and digits</source>
        <translation>“{value}” is not a bank BIC: 8 or 11 Latin letters and digits</translation>
    </message>
    <message>
        <source>aspect {aspect} is listed twice</source>
        <translation>aspect {aspect} is listed twice</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is not a maximum mark</source>
        <translation>aspect {aspect}: {value} is not a maximum mark</translation>
    </message>
    <message>
        <source>the maximum marks sum to {value}, not 100</source>
        <translation>the maximum marks sum to {value}, not 100</translation>
    </message>
    <message>
        <source>aspect {aspect} is measured: one score is expected</source>
        <translation>aspect {aspect} is measured: one score is expected</translation>
    </message>
    <message>
        <source>aspect {aspect}: {value} is more than its maximum or below 0</source>
        <translation>aspect {aspect}: {value} is more than its maximum or below 0</translation>
    </message>
    <message>
        <source>aspect {aspect} is judged: three judges&apos; scores are expected</source>
        <translation>aspect {aspect} is judged: three judges&apos; scores are expected</translation>
    </message>
    <message>
        <source>aspect {aspect}: each judge gives a whole 0, 1, 2 or 3 ({value})</source>
        <translation>aspect {aspect}: each judge gives a whole 0, 1, 2 or 3 ({value})</translation>
    </message>
    <message>
        <source>there is no aspect {aspect} in the marking scheme</source>
        <translation>there is no aspect {aspect} in the marking scheme</translation>
    </message>
    <message>
        <source>aspects {aspects} have no marks yet: type 0 where the candidate did not do the task, or clear the whole row to leave it not scored</source>
        <translation>aspects {aspects} have no marks yet: type 0 where the candidate did not do the task, or clear the whole row to leave it not scored</translation>
    </message>
    <message>
        <source>{value} is not a pass mark (above 0, at most 100)</source>
        <translation>{value} is not a pass mark (above 0, at most 100)</translation>
    </message>
    <message>
        <source>the session has no tasks to draw from</source>
        <translation>the session has no tasks to draw from</translation>
    </message>
    <message>
        <source>the session has no marking scheme</source>
        <translation>the session has no marking scheme</translation>
    </message>
    <message>
        <source>{value} is not a candidate of this session</source>
        <translation>{value} is not a candidate of this session</translation>
    </message>
    <message>
        <source>{count} candidates present have no scores yet</source>
        <translation>{count} candidates present have no scores yet</translation>
    </message>
    <message>
        <source>the session has no expert panel: add the experts on the Panel tab first (they sign the protocol)</source>
        <translation>the session has no expert panel: add the experts on the Panel tab first (they sign the protocol)</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of aspect: write M (measurement) or J (judgement)</source>
        <translation>“{value}” is not a kind of aspect: write M (measurement) or J (judgement)</translation>
    </message>
    <message>
        <source>the session has results: it is kept as the record of the exam</source>
        <translation>the session has results: it is kept as the record of the exam</translation>
    </message>
    <message>
        <source>{value} is outside the grading scale</source>
        <translation>{value} is outside the grading scale</translation>
    </message>
    <message>
        <source>the session is on {date}: scores are entered on or after that day</source>
        <translation>the session is on {date}: scores are entered on or after that day</translation>
    </message>
    <message>
        <source>draw the task first: the candidates are marked on the task drawn by lot</source>
        <translation>draw the task first: the candidates are marked on the task drawn by lot</translation>
    </message>
    <message>
        <source>errors remain ({count}); correct them in the list under the plan, then approve</source>
        <translation>errors remain ({count}); correct them in the list under the plan, then approve</translation>
    </message>
    <message>
        <source>only a draft can be changed or approved; make a new version to change it</source>
        <translation>only a draft can be changed or approved; make a new version to change it</translation>
    </message>
    <message>
        <source>only an approved curriculum can be archived</source>
        <translation>only an approved curriculum can be archived</translation>
    </message>
    <message>
        <source>final grades ({count}) were given against this curriculum&apos;s rows: it cannot be deleted</source>
        <translation>final grades ({count}) were given against this curriculum&apos;s rows: it cannot be deleted</translation>
    </message>
    <message>
        <source>{who} is editing it on {computer} (since {since}): it cannot be deleted while it is open there</source>
        <translation>{who} is editing it on {computer} (since {since}): it cannot be deleted while it is open there</translation>
    </message>
    <message>
        <source>this curriculum is still a draft: change it directly, no new version is needed</source>
        <translation>this curriculum is still a draft: change it directly, no new version is needed</translation>
    </message>
    <message>
        <source>the grading scale has no bands</source>
        <translation>the grading scale has no bands</translation>
    </message>
    <message>
        <source>band {index} of the grading scale needs from, to (whole percents), a letter, points and a traditional grade</source>
        <translation>band {index} of the grading scale needs from, to (whole percents), a letter, points and a traditional grade</translation>
    </message>
    <message>
        <source>the band {letter} starts at {low}% but ends at {high}%</source>
        <translation>the band {letter} starts at {low}% but ends at {high}%</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) goes outside 0-100%</source>
        <translation>the band {letter} ({low}-{high}%) goes outside 0-100%</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in no band of the grading scale</source>
        <translation>the percents {low}-{high} fall in no band of the grading scale</translation>
    </message>
    <message>
        <source>the percents {low}-{high} fall in both bands {first} and {second}</source>
        <translation>the percents {low}-{high} fall in both bands {first} and {second}</translation>
    </message>
    <message>
        <source>the letter {letter} is given to more than one band</source>
        <translation>the letter {letter} is given to more than one band</translation>
    </message>
    <message>
        <source>the band {letter} has {points} points: 0 to 4 are expected</source>
        <translation>the band {letter} has {points} points: 0 to 4 are expected</translation>
    </message>
    <message>
        <source>the band {letter} ({low}-{high}%) has more points ({points}) than the band {above} above it ({above_points})</source>
        <translation>the band {letter} ({low}-{high}%) has more points ({points}) than the band {above} above it ({above_points})</translation>
    </message>
    <message>
        <source>the band {letter} gives the traditional grade “{traditional}”, which is not one of: {known}</source>
        <translation>the band {letter} gives the traditional grade “{traditional}”, which is not one of: {known}</translation>
    </message>
    <message>
        <source>the band {letter} gives a better traditional grade than the band {above} above it</source>
        <translation>the band {letter} gives a better traditional grade than the band {above} above it</translation>
    </message>
    <message>
        <source>the traditional grade “{traditional}” needs its words in Kazakh, Russian and English</source>
        <translation>the traditional grade “{traditional}” needs its words in Kazakh, Russian and English</translation>
    </message>
    <message>
        <source>“{value}” is not a percent: a number from 0 to 100 is expected</source>
        <translation>“{value}” is not a percent: a number from 0 to 100 is expected</translation>
    </message>
    <message>
        <source>{value} is not a percent from 0 to 100</source>
        <translation>{value} is not a percent from 0 to 100</translation>
    </message>
    <message>
        <source>“{value}” is not a percent of “{item}”: a number from 0 to 100 is expected, or сынақ / зачтено for a pass</source>
        <translation>“{value}” is not a percent of “{item}”: a number from 0 to 100 is expected, or сынақ / зачтено for a pass</translation>
    </message>
    <message>
        <source>{value} is not a percent of “{item}”: a number from 0 to 100 is expected</source>
        <translation>{value} is not a percent of “{item}”: a number from 0 to 100 is expected</translation>
    </message>
    <message>
        <source>“{item}” has “{value}” but no percent: write the percent (0-100), from which the letter, points and traditional grade follow</source>
        <translation>“{item}” has “{value}” but no percent: write the percent (0-100), from which the letter, points and traditional grade follow</translation>
    </message>
    <message>
        <source>the letter {letter} of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>the letter {letter} of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</translation>
    </message>
    <message>
        <source>{points} points of “{item}” do not agree with {percent}%: {expected} are expected by the grading scale</source>
        <translation>{points} points of “{item}” do not agree with {percent}%: {expected} are expected by the grading scale</translation>
    </message>
    <message>
        <source>“{value}” is not the points of “{item}”: a number from 0 to 4 is expected</source>
        <translation>“{value}” is not the points of “{item}”: a number from 0 to 4 is expected</translation>
    </message>
    <message>
        <source>“{traditional}” of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</source>
        <translation>“{traditional}” of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale</translation>
    </message>
    <message>
        <source>“{value}” of “{item}” is not a traditional grade: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (or 5, 4, 3, 2, or the Russian words), or сынақ / зачтено is expected</source>
        <translation>“{value}” of “{item}” is not a traditional grade: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (or 5, 4, 3, 2, or the Russian words), or сынақ / зачтено is expected</translation>
    </message>
    <message>
        <source>the formula of “{item}” gives the error {value}: correct the formula or type the grade</source>
        <translation>the formula of “{item}” gives the error {value}: correct the formula or type the grade</translation>
    </message>
    <message>
        <source>the grades of the sheet “{sheet}” are all 5 or less: they look like traditional marks (5, 4, 3, 2), but the percent (0-100) of each grade is expected, from which the letter, points and traditional grade follow</source>
        <translation>the grades of the sheet “{sheet}” are all 5 or less: they look like traditional marks (5, 4, 3, 2), but the percent (0-100) of each grade is expected, from which the letter, points and traditional grade follow</translation>
    </message>
    <message>
        <source>the row has grades but no student&apos;s name: write the full name in column {column}</source>
        <translation>the row has grades but no student&apos;s name: write the full name in column {column}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is not a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>the sheet “{sheet}” is not a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</translation>
    </message>
    <message>
        <source>no sheet of the workbook is a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</source>
        <translation>no sheet of the workbook is a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected</translation>
    </message>
    <message>
        <source>the group {group} has no curriculum: choose its curriculum on the Groups tab first</source>
        <translation>the group {group} has no curriculum: choose its curriculum on the Groups tab first</translation>
    </message>
    <message>
        <source>{student} is not a student of the group {group}</source>
        <translation>{student} is not a student of the group {group}</translation>
    </message>
    <message>
        <source>{student}, {row}: this row of the curriculum takes no grade</source>
        <translation>{student}, {row}: this row of the curriculum takes no grade</translation>
    </message>
    <message>
        <source>“{value}” is not a pass or a fail: this row is graded сынақ / зачтено or not</source>
        <translation>“{value}” is not a pass or a fail: this row is graded сынақ / зачтено or not</translation>
    </message>
    <message>
        <source>{student}: no grade for {row}</source>
        <translation>{student}: no grade for {row}</translation>
    </message>
    <message>
        <source>{student}: a grade for {row}, which is not a graded row of the group&apos;s curriculum</source>
        <translation>{student}: a grade for {row}, which is not a graded row of the group&apos;s curriculum</translation>
    </message>
    <message>
        <source>{student}: a failing grade ({value}) for {row}</source>
        <translation>{student}: a failing grade ({value}) for {row}</translation>
    </message>
    <message>
        <source>{student}, {row}: a percent is kept for a row the curriculum grades сынақ / зачтено</source>
        <translation>{student}, {row}: a percent is kept for a row the curriculum grades сынақ / зачтено</translation>
    </message>
    <message>
        <source>{student}, {row}: a pass or fail is kept for a row the curriculum grades by percent</source>
        <translation>{student}, {row}: a pass or fail is kept for a row the curriculum grades by percent</translation>
    </message>
    <message>
        <source>{student}, {row}: the curriculum gives this row no hours</source>
        <translation>{student}, {row}: the curriculum gives this row no hours</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) is not a student of the group {group}</source>
        <translation>{student} (row {line} of the sheet) is not a student of the group {group}</translation>
    </message>
    <message>
        <source>{student} (row {line} of the sheet) matches more than one student of the group</source>
        <translation>{student} (row {line} of the sheet) matches more than one student of the group</translation>
    </message>
    <message>
        <source>{student} is on the sheet twice (rows {first} and {line})</source>
        <translation>{student} is on the sheet twice (rows {first} and {line})</translation>
    </message>
    <message>
        <source>the sheet&apos;s column “{item}” matches no row of the group&apos;s curriculum</source>
        <translation>the sheet&apos;s column “{item}” matches no row of the group&apos;s curriculum</translation>
    </message>
    <message>
        <source>no column of the sheet grades {row}</source>
        <translation>no column of the sheet grades {row}</translation>
    </message>
    <message>
        <source>{student} of the group is not on the sheet</source>
        <translation>{student} of the group is not on the sheet</translation>
    </message>
    <message>
        <source>“{value}” is neither a diploma nor a supplement</source>
        <translation>“{value}” is neither a diploma nor a supplement</translation>
    </message>
    <message>
        <source>a supplement&apos;s copy is in Kazakh or Russian, not “{value}”</source>
        <translation>a supplement&apos;s copy is in Kazakh or Russian, not “{value}”</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is issued already: a number is never used twice</source>
        <translation>the blank {series} № {number} is issued already: a number is never used twice</translation>
    </message>
    <message>
        <source>the blank {series} № {number} was spoiled: its number is never used again</source>
        <translation>the blank {series} № {number} was spoiled: its number is never used again</translation>
    </message>
    <message>
        <source>“{value}” is not a blank number: digits are expected</source>
        <translation>“{value}” is not a blank number: digits are expected</translation>
    </message>
    <message>
        <source>the registration number {value} is already given to {series} № {number}</source>
        <translation>the registration number {value} is already given to {series} № {number}</translation>
    </message>
    <message>
        <source>the blank {series} № {number} is spoiled already</source>
        <translation>the blank {series} № {number} is spoiled already</translation>
    </message>
    <message>
        <source>there is no such student</source>
        <translation>there is no such student</translation>
    </message>
    <message>
        <source>{student}: the supplement cannot print while {count} problems of the grades remain (see the grade check)</source>
        <translation>{student}: the supplement cannot print while {count} problems of the grades remain (see the grade check)</translation>
    </message>
    <message>
        <source>{student}, {row}: {problem}</source>
        <translation>{student}, {row}: {problem}</translation>
    </message>
    <message>
        <source>the load norms file holds no norms</source>
        <translation>the load norms file holds no norms</translation>
    </message>
    <message>
        <source>the load norms have no figure “{figure}”</source>
        <translation>the load norms have no figure “{figure}”</translation>
    </message>
    <message>
        <source>the load norm “{figure}” needs a positive value, a source and whether it is confirmed</source>
        <translation>the load norm “{figure}” needs a positive value, a source and whether it is confirmed</translation>
    </message>
    <message>
        <source>the smallest load ({low} rate) is above the largest ({high} rates)</source>
        <translation>the smallest load ({low} rate) is above the largest ({high} rates)</translation>
    </message>
    <message>
        <source>{annual} hours a year is not {weekly} hours a week × {weeks} weeks</source>
        <translation>{annual} hours a year is not {weekly} hours a week × {weeks} weeks</translation>
    </message>
    <message>
        <source>the category “{category}” needs its names in Kazakh and Russian, a surcharge from 0 to 100 % and a source</source>
        <translation>the category “{category}” needs its names in Kazakh and Russian, a surcharge from 0 to 100 % and a source</translation>
    </message>
    <message>
        <source>the load norms have no category “{category}”</source>
        <translation>the load norms have no category “{category}”</translation>
    </message>
    <message>
        <source>the category “{category}” has a smaller surcharge than the category below it</source>
        <translation>the category “{category}” has a smaller surcharge than the category below it</translation>
    </message>
    <message>
        <source>“{value}” is not a teacher&apos;s category: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь or педагог-мастер</source>
        <translation>“{value}” is not a teacher&apos;s category: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь or педагог-мастер</translation>
    </message>
    <message>
        <source>a category&apos;s date is given but no category</source>
        <translation>a category&apos;s date is given but no category</translation>
    </message>
    <message>
        <source>“{value}” is not a level of education</source>
        <translation>“{value}” is not a level of education</translation>
    </message>
    <message>
        <source>“{value}” is not a rate: a positive number such as 1, 0,5 or 1,5 is expected</source>
        <translation>“{value}” is not a rate: a positive number such as 1, 0,5 or 1,5 is expected</translation>
    </message>
    <message>
        <source>{value} years of teaching experience cannot be right</source>
        <translation>{value} years of teaching experience cannot be right</translation>
    </message>
    <message>
        <source>{value} is a date still to come</source>
        <translation>{value} is a date still to come</translation>
    </message>
    <message>
        <source>there is no such department</source>
        <translation>there is no such department</translation>
    </message>
    <message>
        <source>{name} holds {count} lines of teaching load or hours taught: give them to another teacher first</source>
        <translation>{name} holds {count} lines of teaching load or hours taught: give them to another teacher first</translation>
    </message>
    <message>
        <source>subgroup {value} does not exist: a class is taught whole or in subgroups 1 and 2</source>
        <translation>subgroup {value} does not exist: a class is taught whole or in subgroups 1 and 2</translation>
    </message>
    <message>
        <source>there is no such teacher</source>
        <translation>there is no such teacher</translation>
    </message>
    <message>
        <source>the group&apos;s curriculum has no {component} hours of {row} in semester {semester} this year</source>
        <translation>the group&apos;s curriculum has no {component} hours of {row} in semester {semester} this year</translation>
    </message>
    <message>
        <source>{row}, semester {semester}: the class is given both to the whole group and to a subgroup; it would count twice</source>
        <translation>{row}, semester {semester}: the class is given both to the whole group and to a subgroup; it would count twice</translation>
    </message>
    <message>
        <source>{value} is not a month of the academic year {year}</source>
        <translation>{value} is not a month of the academic year {year}</translation>
    </message>
    <message>
        <source>{value} hours in a month cannot be right</source>
        <translation>{value} hours in a month cannot be right</translation>
    </message>
    <message>
        <source>a teacher cannot replace themselves</source>
        <translation>a teacher cannot replace themselves</translation>
    </message>
    <message>
        <source>{value} is not a month of semester {semester}: its hours go in {first} to {last}</source>
        <translation>{value} is not a month of semester {semester}: its hours go in {first} to {last}</translation>
    </message>
    <message>
        <source>no column of the header is a month: write the months as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>no column of the header is a month: write the months as 09.2026 or by name (қыркүйек, сентябрь)</translation>
    </message>
    <message>
        <source>the month {value} has a column already ({first})</source>
        <translation>the month {value} has a column already ({first})</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of load: {allowed}</source>
        <translation>“{value}” is not a kind of load: {allowed}</translation>
    </message>
    <message>
        <source>“{value}”: there is no teacher of this name; add the teacher or correct the name</source>
        <translation>“{value}”: there is no teacher of this name; add the teacher or correct the name</translation>
    </message>
    <message>
        <source>“{value}”: {count} teachers have this name; tell them apart in the staff list first</source>
        <translation>“{value}”: {count} teachers have this name; tell them apart in the staff list first</translation>
    </message>
    <message>
        <source>“{value}”: there is no group of this code with a curriculum in the academic year {year}</source>
        <translation>“{value}”: there is no group of this code with a curriculum in the academic year {year}</translation>
    </message>
    <message>
        <source>the curriculum of {group} has no {component} hours of “{value}” in the academic year {year}</source>
        <translation>the curriculum of {group} has no {component} hours of “{value}” in the academic year {year}</translation>
    </message>
    <message>
        <source>{group}, {value}: subgroup {subgroup} has no teacher in the distribution; it is taught as {held} (0 is the whole group)</source>
        <translation>{group}, {value}: subgroup {subgroup} has no teacher in the distribution; it is taught as {held} (0 is the whole group)</translation>
    </message>
    <message>
        <source>the same class, subgroup, teacher and month are on row {first} already</source>
        <translation>the same class, subgroup, teacher and month are on row {first} already</translation>
    </message>
    <message>
        <source>the column “{value}” has hours but its header is not a month: write the month as 09.2026 or by name (қыркүйек, сентябрь)</source>
        <translation>the column “{value}” has hours but its header is not a month: write the month as 09.2026 or by name (қыркүйек, сентябрь)</translation>
    </message>
    <message>
        <source>the sheet has no hours to import: fill in the month columns</source>
        <translation>the sheet has no hours to import: fill in the month columns</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: a whole number from 0 to {limit} is expected</source>
        <translation>“{value}” is not a number of hours: a whole number from 0 to {limit} is expected</translation>
    </message>
    <message>
        <source>“{value}” cannot be a login: 3 to 60 letters, digits, dots, hyphens or underscores, without spaces</source>
        <translation>“{value}” cannot be a login: 3 to 60 letters, digits, dots, hyphens or underscores, without spaces</translation>
    </message>
    <message>
        <source>“{value}” is already another user&apos;s login</source>
        <translation>“{value}” is already another user&apos;s login</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>is longer than {count} characters</translation>
    </message>
    <message>
        <source>must be at least {count} characters long</source>
        <translation>must be at least {count} characters long</translation>
    </message>
    <message>
        <source>must not be the same as the login</source>
        <translation>must not be the same as the login</translation>
    </message>
    <message>
        <source>is the same as the current password</source>
        <translation>is the same as the current password</translation>
    </message>
    <message>
        <source>the two passwords typed differ: type the same password twice</source>
        <translation>the two passwords typed differ: type the same password twice</translation>
    </message>
    <message>
        <source>is not right</source>
        <translation>is not right</translation>
    </message>
    <message>
        <source>you work without signing in, so there is no password of yours to change</source>
        <translation>you work without signing in, so there is no password of yours to change</translation>
    </message>
    <message>
        <source>“{value}” is not a role of this program</source>
        <translation>“{value}” is not a role of this program</translation>
    </message>
    <message>
        <source>only a curator has groups of their own</source>
        <translation>only a curator has groups of their own</translation>
    </message>
    <message>
        <source>one of the chosen groups no longer exists</source>
        <translation>one of the chosen groups no longer exists</translation>
    </message>
    <message>
        <source>{value} is the last active administrator: make another user an administrator first, or nobody could manage the users</source>
        <translation>{value} is the last active administrator: make another user an administrator first, or nobody could manage the users</translation>
    </message>
    <message>
        <source>this database has users already: an administrator adds new ones</source>
        <translation>this database has users already: an administrator adds new ones</translation>
    </message>
    <message>
        <source>add an active administrator first: with sign-in asked, somebody must be able to manage the users</source>
        <translation>add an active administrator first: with sign-in asked, somebody must be able to manage the users</translation>
    </message>
    <message>
        <source>a database on a server is shared by several computers and always asks for sign-in</source>
        <translation>a database on a server is shared by several computers and always asks for sign-in</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Classifier</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Dual training</source>
        <translation>Dual training</translation>
    </message>
    <message>
        <source>Demonstration exams</source>
        <translation>Demonstration exams</translation>
    </message>
    <message>
        <source>NEDB</source>
        <translation>NEDB</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Final grades</source>
        <translation>Final grades</translation>
    </message>
    <message>
        <source>Teacher load</source>
        <translation>Teacher load</translation>
    </message>
</context>
<context>
    <name>NedbImportDialog</name>
    <message>
        <source>Import from NEDB</source>
        <translation>Import from NEDB</translation>
    </message>
    <message>
        <source>{file}: {new} new students, {same} the same as here, {conflicts} with differences; {groups} new groups.</source>
        <translation>{file}: {new} new students, {same} the same as here, {conflicts} with differences; {groups} new groups.</translation>
    </message>
    <message>
        <source>Tick a difference to take the file&apos;s value; unticked ones keep ours. Group and status differences are shown only: they change by orders.</source>
        <translation>Tick a difference to take the file&apos;s value; unticked ones keep ours. Group and status differences are shown only: they change by orders.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>New students:</source>
        <translation>New students:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Importing from NEDB…</source>
        <translation>Importing from NEDB…</translation>
    </message>
    <message>
        <source>NEDB files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>NEDB files (*.txt *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the NEDB file…</source>
        <translation>Reading the NEDB file…</translation>
    </message>
</context>
<context>
    <name>NedbPage</name>
    <message>
        <source>NEDB</source>
        <translation>NEDB</translation>
    </message>
    <message>
        <source>The contingent file of the National Education Database: check it, export it for the upload, import the file the system gives. Two rounds a year: September–October and March–April.</source>
        <translation>The contingent file of the National Education Database: check it, export it for the upload, import the file the system gives. Two rounds a year: September–October and March–April.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Export the contingent file…</source>
        <translation>Export the contingent file…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <source>Import NEDB&apos;s file…</source>
        <translation>Import NEDB&apos;s file…</translation>
    </message>
    <message>
        <source>Import the demo NEDB file…</source>
        <translation>Import the demo NEDB file…</translation>
    </message>
    <message>
        <source>Before the round: problems to fix (double-click opens the record)</source>
        <translation>Before the round: problems to fix (double-click opens the record)</translation>
    </message>
    <message>
        <source>Find a student, a group or a problem (Ctrl+F)</source>
        <translation>Find a student, a group or a problem (Ctrl+F)</translation>
    </message>
    <message>
        <source>Submission log</source>
        <translation>Submission log</translation>
    </message>
    <message>
        <source>Checking the contingent for NEDB…</source>
        <translation>Checking the contingent for NEDB…</translation>
    </message>
    <message>
        <source>No collection round is open now; the last one was {round}.</source>
        <translation>No collection round is open now; the last one was {round}.</translation>
    </message>
    <message>
        <source>The {round} round is open; the contingent has been exported in it.</source>
        <translation>The {round} round is open; the contingent has been exported in it.</translation>
    </message>
    <message>
        <source>The {round} round is open and the contingent has not been exported in it yet.</source>
        <translation>The {round} round is open and the contingent has not been exported in it yet.</translation>
    </message>
    <message>
        <source>{shown} of {count} problems</source>
        <translation>{shown} of {count} problems</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problems</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>Checked again: {count} problems.</source>
        <translation>Checked again: {count} problems.</translation>
    </message>
    <message>
        <source>Checked again: no problems found.</source>
        <translation>Checked again: no problems found.</translation>
    </message>
    <message>
        <source>Export the contingent file</source>
        <translation>Export the contingent file</translation>
    </message>
    <message>
        <source>NEDB files (*.txt)</source>
        <translation>NEDB files (*.txt)</translation>
    </message>
    <message>
        <source>The check found {count} problems. Export anyway?</source>
        <translation>The check found {count} problems. Export anyway?</translation>
    </message>
    <message>
        <source>Since the last exchange with NEDB (import or export)</source>
        <translation>Since the last exchange with NEDB (import or export)</translation>
    </message>
    <message>
        <source>No file has been exchanged with NEDB yet: the file carries {count} students ({active} studying or on leave, {left} who left this academic year), all new to NEDB.</source>
        <translation>No file has been exchanged with NEDB yet: the file carries {count} students ({active} studying or on leave, {left} who left this academic year), all new to NEDB.</translation>
    </message>
    <message>
        <source>Since the {direction} of {when}: {added} added, {changed} changed, {left} left.</source>
        <translation>Since the {direction} of {when}: {added} added, {changed} changed, {left} left.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Writing the NEDB file…</source>
        <translation>Writing the NEDB file…</translation>
    </message>
    <message>
        <source>{count} students written to {file}. The file is readable by you alone: it holds personal data.</source>
        <translation>{count} students written to {file}. The file is readable by you alone: it holds personal data.</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Export as Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>{count} students written to {file}.</source>
        <translation>{count} students written to {file}.</translation>
    </message>
</context>
<context>
    <name>NedbWords</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>does not need a place</source>
        <translation>does not need a place</translation>
    </message>
    <message>
        <source>needs a place, not given</source>
        <translation>needs a place, not given</translation>
    </message>
    <message>
        <source>lives in the dormitory</source>
        <translation>lives in the dormitory</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>This database is a file on a network share ({where}).

A database file is not made to be shared that way: when several computers write to it at the same time, the file can be damaged and work can be lost. Until the database is moved to a server, let only one computer at a time work with it, and keep backups.

For several workstations, put the college&apos;s database on a PostgreSQL server: the README&apos;s section “A college server (PostgreSQL)” tells the administrator how.</source>
        <translation>This database is a file on a network share ({where}).

A database file is not made to be shared that way: when several computers write to it at the same time, the file can be damaged and work can be lost. Until the database is moved to a server, let only one computer at a time work with it, and keep backups.

For several workstations, put the college&apos;s database on a PostgreSQL server: the README&apos;s section “A college server (PostgreSQL)” tells the administrator how.</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Database on a network share</translation>
    </message>
</context>
<context>
    <name>NewCurriculumDialog</name>
    <message>
        <source>New curriculum</source>
        <translation>New curriculum</translation>
    </message>
    <message>
        <source>9 grades</source>
        <translation>9 grades</translation>
    </message>
    <message>
        <source>11 grades</source>
        <translation>11 grades</translation>
    </message>
    <message>
        <source>TVET</source>
        <translation>TVET</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>full-time</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>part-time</translation>
    </message>
    <message>
        <source>Start empty (without the mandatory subjects and modules)</source>
        <translation>Start empty (without the mandatory subjects and modules)</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Specialty *</source>
        <translation>Specialty *</translation>
    </message>
    <message>
        <source>Qualifications *</source>
        <translation>Qualifications *</translation>
    </message>
    <message>
        <source>Entry base</source>
        <translation>Entry base</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Language of instruction</translation>
    </message>
    <message>
        <source>Study form</source>
        <translation>Study form</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Intake year</translation>
    </message>
    <message>
        <source>Study years</source>
        <translation>Study years</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Enter the title.</translation>
    </message>
    <message>
        <source>Choose the specialty (add it in the classifier first).</source>
        <translation>Choose the specialty (add it in the classifier first).</translation>
    </message>
    <message>
        <source>Tick at least one qualification.</source>
        <translation>Tick at least one qualification.</translation>
    </message>
</context>
<context>
    <name>NoDatabasePage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>One moment, please.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Open a database…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Open the demo college</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>Open your college&apos;s database, create a new one, or look at the demo college.</source>
        <translation>Open your college&apos;s database, create a new one, or look at the demo college.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Movement order</source>
        <translation>Movement order</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Leave ends on</source>
        <translation>Leave ends on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Apply the order</source>
        <translation>Apply the order</translation>
    </message>
    <message>
        <source>This movement cannot apply to a student who is {status}.</source>
        <translation>This movement cannot apply to a student who is {status}.</translation>
    </message>
    <message>
        <source>The order applies to {count} students.</source>
        <translation>The order applies to {count} students.</translation>
    </message>
    <message>
        <source>{count} marked in red will be left out.</source>
        <translation>{count} marked in red will be left out.</translation>
    </message>
    <message>
        <source>None of the students chosen can have this movement: choose another movement, or other students on the list.</source>
        <translation>None of the students chosen can have this movement: choose another movement, or other students on the list.</translation>
    </message>
    <message>
        <source>Order not applied</source>
        <translation>Order not applied</translation>
    </message>
    <message>
        <source>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</source>
        <translation>The leave must end after it starts: the end date is {until}, the order takes effect on {on}.</translation>
    </message>
    <message>
        <source>{name} was changed on another computer after the list was read: the order was not applied, nothing was written. The list is read again: check the students and apply the order again.</source>
        <translation>{name} was changed on another computer after the list was read: the order was not applied, nothing was written. The list is read again: check the students and apply the order again.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Welcome to Zhospar</source>
        <translation>Welcome to Zhospar</translation>
    </message>
    <message>
        <source>Set up my college</source>
        <translation>Set up my college</translation>
    </message>
    <message>
        <source>Open the demo college</source>
        <translation>Open the demo college</translation>
    </message>
    <message>
        <source>This database is new</source>
        <translation>This database is new</translation>
    </message>
    <message>
        <source>Start by entering your college&apos;s profile: its names, BIN, address and director. Or look around the demo college first; your own database stays as it is.</source>
        <translation>Start by entering your college&apos;s profile: its names, BIN, address and director. Or look around the demo college first; your own database stays as it is.</translation>
    </message>
    <message>
        <source>This is the demo college. Its data is invented; change it freely.</source>
        <translation>This is the demo college. Its data is invented; change it freely.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Specialties in the classifier</source>
        <translation>Specialties in the classifier</translation>
    </message>
    <message>
        <source>Qualifications in the classifier</source>
        <translation>Qualifications in the classifier</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Students studying or on leave</source>
        <translation>Students studying or on leave</translation>
    </message>
    <message>
        <source>Left this academic year (still in the NEDB file)</source>
        <translation>Left this academic year (still in the NEDB file)</translation>
    </message>
    <message>
        <source>Help › User guide (F1): a short guide to a day&apos;s work, from the first curriculum to the report pack.</source>
        <translation>Help › User guide (F1): a short guide to a day&apos;s work, from the first curriculum to the report pack.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
</context>
<context>
    <name>PackBox</name>
    <message>
        <source>Counting the contingent and the movement…</source>
        <translation>Counting the contingent and the movement…</translation>
    </message>
    <message>
        <source>Dual training…</source>
        <translation>Dual training…</translation>
    </message>
    <message>
        <source>Demonstration exams…</source>
        <translation>Demonstration exams…</translation>
    </message>
    <message>
        <source>Graduates&apos; employment…</source>
        <translation>Graduates&apos; employment…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>Indicators…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>One PDF and one Excel workbook with everything the ministry and the regional department ask for: the indicators against the national targets, the contingent, the movement of students, dual training, demonstration exams and graduates&apos; employment — with the college&apos;s header, the date, charts and signature blocks.</source>
        <translation>One PDF and one Excel workbook with everything the ministry and the regional department ask for: the indicators against the national targets, the contingent, the movement of students, dual training, demonstration exams and graduates&apos; employment — with the college&apos;s header, the date, charts and signature blocks.</translation>
    </message>
    <message>
        <source>Year of the indicators and graduates</source>
        <translation>Year of the indicators and graduates</translation>
    </message>
    <message>
        <source>Movement period</source>
        <translation>Movement period</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Make the report pack</source>
        <translation>Make the report pack</translation>
    </message>
    <message>
        <source>Folder for the report pack</source>
        <translation>Folder for the report pack</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Report pack</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Report pack not made</source>
        <translation>Report pack not made</translation>
    </message>
    <message>
        <source>Making the report pack…</source>
        <translation>Making the report pack…</translation>
    </message>
    <message>
        <source>Made: {pdf} and {xlsx}.</source>
        <translation>Made: {pdf} and {xlsx}.</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>New password for {login}</source>
        <translation>New password for {login}</translation>
    </message>
    <message>
        <source>{name} signs in with this password from now on; tell it to them in person. They can change it themselves afterwards.</source>
        <translation>{name} signs in with this password from now on; tell it to them in person. They can change it themselves afterwards.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>The password is not set</source>
        <translation>The password is not set</translation>
    </message>
</context>
<context>
    <name>PaymentColumns</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Amount, ₸</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>no IIN</source>
        <translation>no IIN</translation>
    </message>
    <message>
        <source>the IIN {problem}</source>
        <translation>the IIN {problem}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>no birth date</translation>
    </message>
    <message>
        <source>the academic leave has no end date or reason</source>
        <translation>the academic leave has no end date or reason</translation>
    </message>
    <message>
        <source>studies in no group</source>
        <translation>studies in no group</translation>
    </message>
    <message>
        <source>the same person is recorded twice, in the groups {groups}</source>
        <translation>the same person is recorded twice, in the groups {groups}</translation>
    </message>
    <message>
        <source>the group has no working curriculum</source>
        <translation>the group has no working curriculum</translation>
    </message>
    <message>
        <source>the group has no qualification</source>
        <translation>the group has no qualification</translation>
    </message>
    <message>
        <source>the code {code} is no longer in the classifier for this intake</source>
        <translation>the code {code} is no longer in the classifier for this intake</translation>
    </message>
    <message>
        <source>the {kind} was recorded without an order</source>
        <translation>the {kind} was recorded without an order</translation>
    </message>
</context>
<context>
    <name>PreflightColumns</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print supplements: {group}</source>
        <translation>Print supplements: {group}</translation>
    </message>
    <message>
        <source>Students (those whose grades are not complete cannot be ticked):</source>
        <translation>Students (those whose grades are not complete cannot be ticked):</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: {count} to fix</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Kazakh and Russian</translation>
    </message>
    <message>
        <source>Plain A4 paper</source>
        <translation>Plain A4 paper</translation>
    </message>
    <message>
        <source>The pre-printed blank</source>
        <translation>The pre-printed blank</translation>
    </message>
    <message>
        <source>the printer&apos;s name, as the system calls it</source>
        <translation>the printer&apos;s name, as the system calls it</translation>
    </message>
    <message>
        <source>Positive moves the print right</source>
        <translation>Positive moves the print right</translation>
    </message>
    <message>
        <source>Positive moves the print down</source>
        <translation>Positive moves the print down</translation>
    </message>
    <message>
        <source>across</source>
        <translation>across</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>Print a calibration page…</source>
        <translation>Print a calibration page…</translation>
    </message>
    <message>
        <source>Print it onto a blank, measure how far the marks are from the blank&apos;s fields, and type the offsets here.</source>
        <translation>Print it onto a blank, measure how far the marks are from the blank&apos;s fields, and type the offsets here.</translation>
    </message>
    <message>
        <source>One file per language, in the order the blanks are loaded</source>
        <translation>One file per language, in the order the blanks are loaded</translation>
    </message>
    <message>
        <source>Otherwise each graduate&apos;s supplement is a file of its own.</source>
        <translation>Otherwise each graduate&apos;s supplement is a file of its own.</translation>
    </message>
    <message>
        <source>Supplements {group}</source>
        <translation>Supplements {group}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Calibration, mm</source>
        <translation>Calibration, mm</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Write the PDFs</source>
        <translation>Write the PDFs</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Calibration page</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration page written: {file}. Print it onto a blank at 100% scale.</source>
        <translation>Calibration page written: {file}. Print it onto a blank at 100% scale.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>No student is ticked. Those whose grades are not complete cannot be printed: fix what the grade check lists first.</source>
        <translation>No student is ticked. Those whose grades are not complete cannot be printed: fix what the grade check lists first.</translation>
    </message>
    <message>
        <source>Tick the students whose supplements to print.</source>
        <translation>Tick the students whose supplements to print.</translation>
    </message>
    <message>
        <source>Print the others?</source>
        <translation>Print the others?</translation>
    </message>
    <message>
        <source>{count} students cannot be printed until their grades agree with the curriculum:
{names}

Print the other {ready}?</source>
        <translation>{count} students cannot be printed until their grades agree with the curriculum:
{names}

Print the other {ready}?</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Choose the folder for the files.</translation>
    </message>
    <message>
        <source>Writing the supplements…</source>
        <translation>Writing the supplements…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Printing cancelled: no file of it was kept.</source>
        <translation>Printing cancelled: no file of it was kept.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The files cannot be written to {folder}: {reason}</source>
        <translation>The files cannot be written to {folder}: {reason}</translation>
    </message>
    <message>
        <source>{count} PDF files written to {folder}</source>
        <translation>{count} PDF files written to {folder}</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>ReconcilePanel</name>
    <message>
        <source>Click a line to go to its cell in the grid.</source>
        <translation>Click a line to go to its cell in the grid.</translation>
    </message>
    <message>
        <source>The group has no students to grade.</source>
        <translation>The group has no students to grade.</translation>
    </message>
    <message>
        <source>Ready to print: {ready} of {total} students. To fix before printing:</source>
        <translation>Ready to print: {ready} of {total} students. To fix before printing:</translation>
    </message>
    <message>
        <source>Every student&apos;s grades agree with the curriculum: {total} ready to print.</source>
        <translation>Every student&apos;s grades agree with the curriculum: {total} ready to print.</translation>
    </message>
    <message>
        <source>{student}: {count} to fix</source>
        <translation>{student}: {count} to fix</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what</source>
        <translation>Who changed this record, when, and what</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Select a row in the list first.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>The college: {value}; target: {target}.</source>
        <translation>The college: {value}; target: {target}.</translation>
    </message>
    <message>
        <source>Counted from the records as they are today.</source>
        <translation>Counted from the records as they are today.</translation>
    </message>
    <message>
        <source>Double-click a student to open the card.</source>
        <translation>Double-click a student to open the card.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Name, IIN, series, number or registration number (Ctrl+F)</source>
        <translation>Name, IIN, series, number or registration number (Ctrl+F)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Issued and spoiled</source>
        <translation>Issued and spoiled</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Issue a blank…</source>
        <translation>Issue a blank…</translation>
    </message>
    <message>
        <source>Spoil a blank…</source>
        <translation>Spoil a blank…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>No blank is in the register yet: Issue a blank… records one.</source>
        <translation>No blank is in the register yet: Issue a blank… records one.</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replacement of {teacher}</source>
        <translation>Replacement of {teacher}</translation>
    </message>
    <message>
        <source>Hours another teacher taught instead of {teacher}. They count towards the class, which stays done, and towards the one who taught them. 0 hours removes the replacement.</source>
        <translation>Hours another teacher taught instead of {teacher}. They count towards the class, which stays done, and towards the one who taught them. 0 hours removes the replacement.</translation>
    </message>
    <message>
        <source>{line}, semester {semester}</source>
        <translation>{line}, semester {semester}</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Taught by:</source>
        <translation>Taught by:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports are made from the records as they are now. Printed documents are in Kazakh or Russian.</source>
        <translation>Reports are made from the records as they are now. Printed documents are in Kazakh or Russian.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Report pack</translation>
    </message>
    <message>
        <source>Contingent and movement</source>
        <translation>Contingent and movement</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Deputy director for academic work</source>
        <translation>Deputy director for academic work</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Dual-training coordinator</source>
        <translation>Dual-training coordinator</translation>
    </message>
    <message>
        <source>Exam organiser</source>
        <translation>Exam organiser</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The only user of this computer</source>
        <translation>The only user of this computer</translation>
    </message>
    <message>
        <source>the college&apos;s profile</source>
        <translation>the college&apos;s profile</translation>
    </message>
    <message>
        <source>the classifier</source>
        <translation>the classifier</translation>
    </message>
    <message>
        <source>curricula</source>
        <translation>curricula</translation>
    </message>
    <message>
        <source>teachers and the teacher load</source>
        <translation>teachers and the teacher load</translation>
    </message>
    <message>
        <source>groups and students</source>
        <translation>groups and students</translation>
    </message>
    <message>
        <source>final grades and diplomas</source>
        <translation>final grades and diplomas</translation>
    </message>
    <message>
        <source>graduates&apos; employment</source>
        <translation>graduates&apos; employment</translation>
    </message>
    <message>
        <source>dual training</source>
        <translation>dual training</translation>
    </message>
    <message>
        <source>demonstration exams</source>
        <translation>demonstration exams</translation>
    </message>
    <message>
        <source>the state reports&apos; records</source>
        <translation>the state reports&apos; records</translation>
    </message>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>the change log</source>
        <translation>the change log</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change {area}.</source>
        <translation>Your role ({role}) may not change {area}.</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>autumn {year} (September–October)</source>
        <translation>autumn {year} (September–October)</translation>
    </message>
    <message>
        <source>spring {year} (March–April)</source>
        <translation>spring {year} (March–April)</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>practical work</source>
        <translation>practical work</translation>
    </message>
    <message>
        <source>demonstration exam</source>
        <translation>demonstration exam</translation>
    </message>
    <message>
        <source>Row {code}</source>
        <translation>Row {code}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(recognised by its name)</source>
        <translation>(recognised by its name)</translation>
    </message>
    <message>
        <source>(not a qualification exam)</source>
        <translation>(not a qualification exam)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>General-education subject</source>
        <translation>General-education subject</translation>
    </message>
    <message>
        <source>Basic module number</source>
        <translation>Basic module number</translation>
    </message>
    <message>
        <source>Merged into the module</source>
        <translation>Merged into the module</translation>
    </message>
    <message>
        <source>Justification (extra basic module)</source>
        <translation>Justification (extra basic module)</translation>
    </message>
    <message>
        <source>Qualification exam form</source>
        <translation>Qualification exam form</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Grading scale</source>
        <translation>Grading scale</translation>
    </message>
    <message>
        <source>Where a grade band begins is the college&apos;s choice (the national scale is the default). Each whole percent from 0 to 100 must fall in exactly one band.</source>
        <translation>Where a grade band begins is the college&apos;s choice (the national scale is the default). Each whole percent from 0 to 100 must fall in exactly one band.</translation>
    </message>
    <message>
        <source>From, %</source>
        <translation>From, %</translation>
    </message>
    <message>
        <source>To, %</source>
        <translation>To, %</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Traditional grade</source>
        <translation>Traditional grade</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Add a band</translation>
    </message>
    <message>
        <source>Remove the band</source>
        <translation>Remove the band</translation>
    </message>
    <message>
        <source>Reset to the national scale</source>
        <translation>Reset to the national scale</translation>
    </message>
    <message>
        <source>Select the band to remove first.</source>
        <translation>Select the band to remove first.</translation>
    </message>
    <message>
        <source>The national scale&apos;s bands: Save keeps them.</source>
        <translation>The national scale&apos;s bands: Save keeps them.</translation>
    </message>
    <message>
        <source>The national grading scale is used.</source>
        <translation>The national grading scale is used.</translation>
    </message>
    <message>
        <source>The college&apos;s grading scale is saved: the grid&apos;s letters follow it.</source>
        <translation>The college&apos;s grading scale is saved: the grid&apos;s letters follow it.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>T — theory</source>
        <translation>T — theory</translation>
    </message>
    <message>
        <source>A — intermediate attestation</source>
        <translation>A — intermediate attestation</translation>
    </message>
    <message>
        <source>P — practice or production training</source>
        <translation>P — practice or production training</translation>
    </message>
    <message>
        <source>H — holidays</source>
        <translation>H — holidays</translation>
    </message>
    <message>
        <source>F — final attestation</source>
        <translation>F — final attestation</translation>
    </message>
    <message>
        <source>- — no study</source>
        <translation>- — no study</translation>
    </message>
    <message>
        <source>Process schedule</source>
        <translation>Process schedule</translation>
    </message>
    <message>
        <source>Select weeks and type a letter: </source>
        <translation>Select weeks and type a letter: </translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Propose from the curriculum</source>
        <translation>Propose from the curriculum</translation>
    </message>
    <message>
        <source>The schedule has every part the rules ask for.</source>
        <translation>The schedule has every part the rules ask for.</translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message>
        <source>Scores of the session № {id}</source>
        <translation>Scores of the session № {id}</translation>
    </message>
    <message>
        <source>Type a mark and press Enter (down) or Tab (right); Delete clears; Ctrl+Z undoes. A judged aspect takes each of the three judges&apos; whole 0 to 3.</source>
        <translation>Type a mark and press Enter (down) or Tab (right); Delete clears; Ctrl+Z undoes. A judged aspect takes each of the three judges&apos; whole 0 to 3.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Retake</translation>
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
        <translation>{aspect} judge {n}
0–3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Not a mark</source>
        <translation>Not a mark</translation>
    </message>
    <message>
        <source>{candidate}, {cell}: “{value}” is not allowed. Allowed: {allowed}.</source>
        <translation>{candidate}, {cell}: “{value}” is not allowed. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>a whole 0, 1, 2 or 3</source>
        <translation>a whole 0, 1, 2 or 3</translation>
    </message>
    <message>
        <source>0 to {max}, at most two decimals</source>
        <translation>0 to {max}, at most two decimals</translation>
    </message>
    <message>
        <source>aspect {aspect}</source>
        <translation>aspect {aspect}</translation>
    </message>
    <message>
        <source>aspect {aspect}, judge {n}</source>
        <translation>aspect {aspect}, judge {n}</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>unfinished: every aspect needs its marks</source>
        <translation>unfinished: every aspect needs its marks</translation>
    </message>
    <message>
        <source>Scores not saved</source>
        <translation>Scores not saved</translation>
    </message>
    <message>
        <source>{candidate}: marks</source>
        <translation>{candidate}: marks</translation>
    </message>
    <message>
        <source>{candidate}: absent</source>
        <translation>{candidate}: absent</translation>
    </message>
    <message>
        <source>{candidate}: retake</source>
        <translation>{candidate}: retake</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Qual.</source>
        <translation>Qual.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cand.</source>
        <translation>Cand.</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Session number</translation>
    </message>
    <message>
        <source>First day of the session</source>
        <translation>First day of the session</translation>
    </message>
    <message>
        <source>Kind of attestation</source>
        <translation>Kind of attestation</translation>
    </message>
    <message>
        <source>Form of the exam</source>
        <translation>Form of the exam</translation>
    </message>
    <message>
        <source>Qualification (code)</source>
        <translation>Qualification (code)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import students from Excel</source>
        <translation>Import students from Excel</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {rows} rows. Say which column holds each field; the guesses come from the header.</source>
        <translation>Sheet “{sheet}”: {rows} rows. Say which column holds each field; the guesses come from the header.</translation>
    </message>
    <message>
        <source>(not in the sheet)</source>
        <translation>(not in the sheet)</translation>
    </message>
    <message>
        <source>admission order number (may be added later)</source>
        <translation>admission order number (may be added later)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Importing students…</source>
        <translation>Importing students…</translation>
    </message>
</context>
<context>
    <name>SheetPickerDialog</name>
    <message>
        <source>Import curricula from the workbook</source>
        <translation>Import curricula from the workbook</translation>
    </message>
    <message>
        <source>Each sheet holds its own curriculum. Tick the sheets to import; each becomes a draft.</source>
        <translation>Each sheet holds its own curriculum. Tick the sheets to import; each becomes a draft.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>Why the sheet cannot be imported</source>
        <translation>Why the sheet cannot be imported</translation>
    </message>
    <message>
        <source>Intake year (not written on the sheet or in the file name):</source>
        <translation>Intake year (not written on the sheet or in the file name):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{sheet}: cannot be imported</source>
        <translation>{sheet}: cannot be imported</translation>
    </message>
    <message>
        <source>{sheet}: {specialty} {qualifications}, intake {year}, {years} years, {rows} rows</source>
        <translation>{sheet}: {specialty} {qualifications}, intake {year}, {years} years, {rows} rows</translation>
    </message>
    <message>
        <source>This sheet can be imported.</source>
        <translation>This sheet can be imported.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>At least {count} characters</source>
        <translation>At least {count} characters</translation>
    </message>
    <message>
        <source>Sign in to Zhospar</source>
        <translation>Sign in to Zhospar</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the college&apos;s administrator to switch it on.</source>
        <translation>This account is switched off. Ask the college&apos;s administrator to switch it on.</translation>
    </message>
    <message>
        <source>The login or the password is not right. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>The login or the password is not right. Check the keyboard layout and Caps Lock, and try again.</translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <source>Spoil a blank</source>
        <translation>Spoil a blank</translation>
    </message>
    <message>
        <source>A spoiled blank keeps its number in the register for ever: the number is never given again.</source>
        <translation>A spoiled blank keeps its number in the register for ever: the number is never given again.</translation>
    </message>
    <message>
        <source>The blank chosen in the register, issued to {student}.</source>
        <translation>The blank chosen in the register, issued to {student}.</translation>
    </message>
    <message>
        <source>e.g. a misprint in the name</source>
        <translation>e.g. a misprint in the name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Series *</source>
        <translation>Series *</translation>
    </message>
    <message>
        <source>Number *</source>
        <translation>Number *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Spoil…</source>
        <translation>Spoil…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Write why the blank is spoiled: the reason is kept in the register.</source>
        <translation>Write why the blank is spoiled: the reason is kept in the register.</translation>
    </message>
    <message>
        <source>Record the {kind} {series} № {number} as spoiled ({reason})?

This cannot be undone: the number stays used.</source>
        <translation>Record the {kind} {series} № {number} as spoiled ({reason})?

This cannot be undone: the number stays used.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {series} № {number} spoiled.</source>
        <translation>Recorded: {kind} {series} № {number} spoiled.</translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Experience, years</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Last upgrade</source>
        <translation>Last upgrade</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Teaching staff</source>
        <translation>Teaching staff</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Search by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>New teacher…</source>
        <translation>New teacher…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Departments…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Without a department</source>
        <translation>Without a department</translation>
    </message>
    <message>
        <source>{shown} of {count} teachers</source>
        <translation>{shown} of {count} teachers</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Select a teacher in the list first.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>Delete the teacher {name}?</translation>
    </message>
    <message>
        <source>The teacher was not deleted</source>
        <translation>The teacher was not deleted</translation>
    </message>
</context>
<context>
    <name>StudentColumns</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student card</source>
        <translation>Student card</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>{status}, group {group}</source>
        <translation>{status}, group {group}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>New dual contract…</source>
        <translation>New dual contract…</translation>
    </message>
    <message>
        <source>Academic leave until {until}, reason: {reason}</source>
        <translation>Academic leave until {until}, reason: {reason}</translation>
    </message>
    <message>
        <source>NEDB needs the end date and the reason</source>
        <translation>NEDB needs the end date and the reason</translation>
    </message>
    <message>
        <source>Enter the leave&apos;s end and reason…</source>
        <translation>Enter the leave&apos;s end and reason…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>e.g. 105-к (may be added later)</source>
        <translation>e.g. 105-к (may be added later)</translation>
    </message>
    <message>
        <source>Categories and support</source>
        <translation>Categories and support</translation>
    </message>
    <message>
        <source>needs a dormitory place</source>
        <translation>needs a dormitory place</translation>
    </message>
    <message>
        <source>dormitory place given</source>
        <translation>dormitory place given</translation>
    </message>
    <message>
        <source>receives a scholarship</source>
        <translation>receives a scholarship</translation>
    </message>
    <message>
        <source>NEDB ids: {ei} / {id}</source>
        <translation>NEDB ids: {ei} / {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>no order</translation>
    </message>
    <message>
        <source>Double-click to enter the order it was made under.</source>
        <translation>Double-click to enter the order it was made under.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>Awarded on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>e.g. qualification exam protocol No. 3</source>
        <translation>e.g. qualification exam protocol No. 3</translation>
    </message>
    <message>
        <source>Record the qualification</source>
        <translation>Record the qualification</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation>Student not saved</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The saved card is shown with your changes on it: check them and save.</source>
        <translation>The saved card is shown with your changes on it: check them and save.</translation>
    </message>
    <message>
        <source>Qualification not recorded</source>
        <translation>Qualification not recorded</translation>
    </message>
</context>
<context>
    <name>SubmissionColumns</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Added / changed / left</source>
        <translation>Added / changed / left</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
</context>
<context>
    <name>TeacherForm</name>
    <message>
        <source>Teacher: {name}</source>
        <translation>Teacher: {name}</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Person and post</source>
        <translation>Person and post</translation>
    </message>
    <message>
        <source>12 digits, optional</source>
        <translation>12 digits, optional</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>e.g. teacher of special subjects</translation>
    </message>
    <message>
        <source>1, 0,5 or 1,5</source>
        <translation>1, 0,5 or 1,5</translation>
    </message>
    <message>
        <source>The rate held: 1 is a full rate, 0,5 a half, 1,5 one and a half.</source>
        <translation>The rate held: 1 is a full rate, 0,5 a half, 1,5 one and a half.</translation>
    </message>
    <message>
        <source>Education and qualification</source>
        <translation>Education and qualification</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>Teaching experience</source>
        <translation>Teaching experience</translation>
    </message>
    <message>
        <source>The start date counts: enter it, and the years grow by themselves.</source>
        <translation>The start date counts: enter it, and the years grow by themselves.</translation>
    </message>
    <message>
        <source>The start date counts: {years} full years today; they grow by themselves.</source>
        <translation>The start date counts: {years} full years today; they grow by themselves.</translation>
    </message>
    <message>
        <source>The years entered count: {years}. They do not grow by themselves: enter the start date when it is known.</source>
        <translation>The years entered count: {years}. They do not grow by themselves: enter the start date when it is known.</translation>
    </message>
    <message>
        <source>The teacher was not saved</source>
        <translation>The teacher was not saved</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Spring</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Against the norm</source>
        <translation>Against the norm</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Subject or module</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Find a teacher (Ctrl+F)</source>
        <translation>Find a teacher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Teacher&apos;s card…</source>
        <translation>Teacher&apos;s card…</translation>
    </message>
    <message>
        <source>Print the load card…</source>
        <translation>Print the load card…</translation>
    </message>
    <message>
        <source>Select a teacher in the list first.</source>
        <translation>Select a teacher in the list first.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Select a teacher to see the groups and subjects they teach.</source>
        <translation>Select a teacher to see the groups and subjects they teach.</translation>
    </message>
    <message>
        <source>{name}: {total} h in the year, norm {norm} h for the rate {rate} — {status}</source>
        <translation>{name}: {total} h in the year, norm {norm} h for the rate {rate} — {status}</translation>
    </message>
    <message>
        <source>whole group</source>
        <translation>whole group</translation>
    </message>
</context>
<context>
    <name>TeachersDialog</name>
    <message>
        <source>Teachers and their qualification upgrades</source>
        <translation>Teachers and their qualification upgrades</translation>
    </message>
    <message>
        <source>An upgrade more than 3 years ago (or none recorded) counts against the indicator.</source>
        <translation>An upgrade more than 3 years ago (or none recorded) counts against the indicator.</translation>
    </message>
    <message>
        <source>Delete the teacher {name}?</source>
        <translation>Delete the teacher {name}?</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <source>Sem.</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Subject or module</source>
        <translation>Subject or module</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Subgroup 1</source>
        <translation>Subgroup 1</translation>
    </message>
    <message>
        <source>Subgroup 2</source>
        <translation>Subgroup 2</translation>
    </message>
    <message>
        <source>by subgroups</source>
        <translation>by subgroups</translation>
    </message>
    <message>
        <source>The whole group. Type a teacher&apos;s name; Delete takes the hours back.</source>
        <translation>The whole group. Type a teacher&apos;s name; Delete takes the hours back.</translation>
    </message>
    <message>
        <source>A subgroup: each subgroup&apos;s teacher gets the unit&apos;s hours in full. Typing here splits the class.</source>
        <translation>A subgroup: each subgroup&apos;s teacher gets the unit&apos;s hours in full. Typing here splits the class.</translation>
    </message>
    <message>
        <source>The curriculum&apos;s semester</source>
        <translation>The curriculum&apos;s semester</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no, switched off</source>
        <translation>no, switched off</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>User {login}</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <source>The curator&apos;s groups (a curator sees only these):</source>
        <translation>The curator&apos;s groups (a curator sees only these):</translation>
    </message>
    <message>
        <source>Find a group by its code</source>
        <translation>Find a group by its code</translation>
    </message>
    <message>
        <source>Only a curator has groups of their own; the other roles see every group.</source>
        <translation>Only a curator has groups of their own; the other roles see every group.</translation>
    </message>
    <message>
        <source>The user is not saved</source>
        <translation>The user is not saved</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Everyone signs in with their own login; their role decides what they may change. A user who leaves is switched off, not deleted: the change log keeps their name.</source>
        <translation>Everyone signs in with their own login; their role decides what they may change. A user who leaves is switched off, not deleted: the change log keeps their name.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Ask for sign-in on this database</source>
        <translation>Ask for sign-in on this database</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Select a user in the list first.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <source>A database on a server is shared by several computers: it always asks everyone to sign in.</source>
        <translation>A database on a server is shared by several computers: it always asks everyone to sign in.</translation>
    </message>
    <message>
        <source>Only an administrator changes this.</source>
        <translation>Only an administrator changes this.</translation>
    </message>
    <message>
        <source>On: everyone opening this file signs in with a login and password. Off: whoever opens the file may do everything.</source>
        <translation>On: everyone opening this file signs in with a login and password. Off: whoever opens the file may do everything.</translation>
    </message>
    <message>
        <source>Sign-in is not changed</source>
        <translation>Sign-in is not changed</translation>
    </message>
    <message>
        <source>Switch off {name} ({login})? They will no longer be able to sign in; what they did stays in the change log under their name.</source>
        <translation>Switch off {name} ({login})? They will no longer be able to sign in; what they did stays in the change log under their name.</translation>
    </message>
    <message>
        <source>Switch on {name} ({login})? They will be able to sign in again with their password.</source>
        <translation>Switch on {name} ({login})? They will be able to sign in again with their password.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
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
        <translation>Records were changed on another computer: the pages show them now.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>&amp;Change log…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: there is no password of yours to change.</source>
        <translation>This database asks for no sign-in: there is no password of yours to change.</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>&amp;Sign in as another user…</translation>
    </message>
    <message>
        <source>This database asks for no sign-in: turn it on in Users and roles…</source>
        <translation>This database asks for no sign-in: turn it on in Users and roles…</translation>
    </message>
</context>
</TS>
