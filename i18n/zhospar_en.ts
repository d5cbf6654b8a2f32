<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Areas</name>
    <message>
        <source>Dual training</source>
        <translation>Dual training</translation>
    </message>
    <message>
        <source>Enterprises, dual-training contracts with their appendix, mentors, payments and partnership memoranda.</source>
        <translation>Enterprises, dual-training contracts with their appendix, mentors, payments and partnership memoranda.</translation>
    </message>
    <message>
        <source>Demonstration exams</source>
        <translation>Demonstration exams</translation>
    </message>
    <message>
        <source>Exam sessions, experts, marking schemes, scores, awarded qualifications and protocols.</source>
        <translation>Exam sessions, experts, marking schemes, scores, awarded qualifications and protocols.</translation>
    </message>
    <message>
        <source>NEDB</source>
        <translation>NEDB</translation>
    </message>
    <message>
        <source>The contingent file of the National Education Database in and out, the pre-flight check and the submission log.</source>
        <translation>The contingent file of the National Education Database in and out, the pre-flight check and the submission log.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>State reports, graduate employment and the indicator dashboard against the national targets.</source>
        <translation>State reports, graduate employment and the indicator dashboard against the national targets.</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <source>This area is not part of this version of Zhospar yet.</source>
        <translation>This area is not part of this version of Zhospar yet.</translation>
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
    <name>ContingentPage</name>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>No groups or students yet</source>
        <translation>No groups or students yet</translation>
    </message>
    <message>
        <source>Groups and students arrive with the contingent module: import from NEDB or Excel, or enter them by hand. It is not part of this version yet.</source>
        <translation>Groups and students arrive with the contingent module: import from NEDB or Excel, or enter them by hand. It is not part of this version yet.</translation>
    </message>
    <message>
        <source>Choose a group to see its students; search finds a student by name or IIN.</source>
        <translation>Choose a group to see its students; search finds a student by name or IIN.</translation>
    </message>
    <message>
        <source>Search by name or IIN (Ctrl+F)</source>
        <translation>Search by name or IIN (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{shown} of {total} students</translation>
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
        <source>No curricula yet</source>
        <translation>No curricula yet</translation>
    </message>
    <message>
        <source>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</source>
        <translation>Create the first one from the template for its base and level; the mandatory subjects and modules come filled in.</translation>
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
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>Delete the draft “{title}”? This cannot be undone.</translation>
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
        <source>Language of the names shown and edited</source>
        <translation>Language of the names shown and edited</translation>
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
        <source>Delete {count} rows (learning outcomes included)?</source>
        <translation>Delete {count} rows (learning outcomes included)?</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>Move {code}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
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
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>A draft copy was made (number {id}); it opens now.</source>
        <translation>A draft copy was made (number {id}); it opens now.</translation>
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
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The database was restored from the backup.</source>
        <translation>The database was restored from the backup.</translation>
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
</context>
<context>
    <name>Fields</name>
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
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <source>The college profile was saved.</source>
        <translation>The college profile was saved.</translation>
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
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>must be exactly 12 digits</source>
        <translation>must be exactly 12 digits</translation>
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
        <source>Students</source>
        <translation>Students</translation>
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
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
</TS>
