"""The English source texts of the teacher and teacher-load services' message codes, field names and load components.

The window's catalogues (desktop/views/messages.py and views/*/texts.py) take them from here once this file is
listed among them (as services/grade_texts.py is); their Kazakh and Russian translations come from the .ts files.
The norms' own codes (load.norms_*, load.bad_figure...) are domain.load_norms.LOAD_NORM_MESSAGES.
"""
from desktop.domain.problems import QT_TRANSLATE_NOOP

MESSAGES = {
    "teacher.bad_category": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a teacher's category: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь or педагог-мастер"),
    "teacher.category_date_without_category": QT_TRANSLATE_NOOP("Messages", "a category's date is given but no category"),
    "teacher.bad_education": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a level of education"),
    "teacher.bad_rate": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a rate: a positive number such as 1, 0,5 or 1,5 is expected"),
    "teacher.bad_experience": QT_TRANSLATE_NOOP("Messages", "{value} years of teaching experience cannot be right"),
    "teacher.date_in_future": QT_TRANSLATE_NOOP("Messages", "{value} is a date still to come"),
    "teacher.no_department": QT_TRANSLATE_NOOP("Messages", "there is no such department"),
    "teacher.has_load": QT_TRANSLATE_NOOP("Messages", "{name} holds {count} lines of teaching load or hours taught: give them to another teacher first"),
    "load.bad_subgroup": QT_TRANSLATE_NOOP("Messages", "subgroup {value} does not exist: a class is taught whole or in subgroups 1 and 2"),
    "load.no_teacher": QT_TRANSLATE_NOOP("Messages", "there is no such teacher"),
    "load.no_such_unit": QT_TRANSLATE_NOOP("Messages", "the group's curriculum has no {component} hours of {row} in semester {semester} this year"),
    "load.whole_and_subgroups": QT_TRANSLATE_NOOP("Messages", "{row}, semester {semester}: the class is given both to the whole group and to a subgroup; it would count twice"),
    "load.month_outside_year": QT_TRANSLATE_NOOP("Messages", "{value} is not a month of the academic year {year}"),
    "load.bad_hours": QT_TRANSLATE_NOOP("Messages", "{value} hours in a month cannot be right"),
    "load.replaces_self": QT_TRANSLATE_NOOP("Messages", "a teacher cannot replace themselves"),
    "load.month_outside_semester": QT_TRANSLATE_NOOP("Messages", "{value} is not a month of semester {semester}: its hours go in {first} to {last}"),
    # A value's own problem put after the cell it is in: "Row 3 (26ПО-11к ЖБП 01), October 2026: ..."
    "load.cell": QT_TRANSLATE_NOOP("Messages", "{cell}: {problem}"),
    "load.cell_hours": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number of hours: a whole number from 0 to {limit} is expected"),
}

FIELDS = {
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject or cycle"),
    "education": QT_TRANSLATE_NOOP("Fields", "Education"),
    "diploma_number": QT_TRANSLATE_NOOP("Fields", "Diploma number"),
    "diploma_on": QT_TRANSLATE_NOOP("Fields", "Diploma date"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "category_on": QT_TRANSLATE_NOOP("Fields", "Category awarded on"),
    "experience_since": QT_TRANSLATE_NOOP("Fields", "Teaching since"),
    "experience_years": QT_TRANSLATE_NOOP("Fields", "Teaching experience, years"),
    "rate": QT_TRANSLATE_NOOP("Fields", "Rate"),
    "department_id": QT_TRANSLATE_NOOP("Fields", "Department"),
    "teacher": QT_TRANSLATE_NOOP("Fields", "Teacher"),
    "subgroup": QT_TRANSLATE_NOOP("Fields", "Subgroup"),
    "row_key": QT_TRANSLATE_NOOP("Fields", "Curriculum row"),
    "month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "replaced_id": QT_TRANSLATE_NOOP("Fields", "Taught instead of"),
    "name_kk": QT_TRANSLATE_NOOP("Fields", "Name in Kazakh"),
    "figures": QT_TRANSLATE_NOOP("Fields", "Load norms"),  # the norms file's problems (domain.load_norms)
    "categories": QT_TRANSLATE_NOOP("Fields", "Categories"),
    "group": QT_TRANSLATE_NOOP("Fields", "Group"),
    "component": QT_TRANSLATE_NOOP("Fields", "Kind of load"),
    "semester": QT_TRANSLATE_NOOP("Fields", "Semester"),
    "head": QT_TRANSLATE_NOOP("Fields", "Chair of the department"),
}

# domain.teacher_load.COMPONENTS as the views name them.
COMPONENTS = {
    "theory": QT_TRANSLATE_NOOP("LoadComponents", "Theory"),
    "practice": QT_TRANSLATE_NOOP("LoadComponents", "Practical and laboratory"),
    "course_project": QT_TRANSLATE_NOOP("LoadComponents", "Course project"),
    "production": QT_TRANSLATE_NOOP("LoadComponents", "Production training"),
    "consultations": QT_TRANSLATE_NOOP("LoadComponents", "Consultations"),
    "exams": QT_TRANSLATE_NOOP("LoadComponents", "Exams and attestation"),
    "supervision": QT_TRANSLATE_NOOP("LoadComponents", "Practice supervision"),
}
