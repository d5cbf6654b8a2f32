"""Orders that move students: one order (number and date) applied to many students at once.

All or nothing: when the movement is not allowed for any one student (a transfer of someone already
expelled, a return of someone not on leave), nothing is written and every such student is named.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.domain import contingent as dc
from desktop.domain.problems import FieldProblem
from desktop.models import Movement, MovementOrder, Student, StudyGroup
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord, stale


@dataclass(frozen=True)
class OrderInput:
    number: str
    signed_on: date | None
    kind: str
    on: date | None  # when the movement takes effect
    to_group_id: int | None = None
    reason: str = ""  # an expulsion's (free text) or a leave's (a LeaveReason)
    note: str = ""
    until: date | None = None  # a leave's end


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    signed_on: date
    kind: str
    students: int
    note: str


def _moves(student: Student) -> list[dc.Move]:
    return [dc.Move(dc.MovementKind(m.kind), m.on, m.to_group_id, m.id, m.reason, m.until)
            for m in student.movements]


def store_state(student: Student, state: dc.State) -> None:
    """The cached status and group, always written from the fold of the movements."""
    student.status = state.status.value
    student.group_id = state.group
    student.left_on = state.left_on
    student.leaving_reason = state.leaving_reason
    student.leave_until = state.leave_until
    student.leave_reason = state.leave_reason


def _order_problems(order: OrderInput) -> list[FieldProblem]:
    problems = []
    if not order.number.strip():
        problems.append(FieldProblem("order_number", "field.required"))
    if order.signed_on is None:
        problems.append(FieldProblem("order_date", "field.required"))
    if order.on is None:
        problems.append(FieldProblem("effective_date", "field.required"))
    kind = dc.MovementKind(order.kind)
    if kind in dc.NEEDS_GROUP and order.to_group_id is None:
        problems.append(FieldProblem("to_group", "field.required"))
    if kind in dc.NEEDS_REASON and not order.reason.strip():
        problems.append(FieldProblem("reason", "field.required"))
    if kind == dc.MovementKind.LEAVE:
        problems += [FieldProblem(name, code) for name, code in dc.leave_problems(order.on, order.until, order.reason)]
    return problems


def order_label(order: OrderInput) -> str:
    """An order as the change log names it: "№ 231-к, 01.09.2026"."""
    signed = order.signed_on.strftime("%d.%m.%Y") if order.signed_on else ""
    return f"№ {order.number.strip()}, {signed}".strip(", ")


def apply_order(db: Database, order: OrderInput, student_ids: list[int],
                versions: dict[int, int] | None = None) -> int:
    """Record the order and one movement per student; returns the order's id. `versions` (student id -> the
    version the list showed): when any of them was changed since, the whole order is refused (StaleRecord,
    nothing written) — an order must move the students the user saw. Over several students the order is one
    entry of the change log, with its counts."""
    problems = _order_problems(order)
    if not student_ids:
        problems.append(FieldProblem("students", "movement.no_students"))
    if problems:
        raise ValidationFailed(problems)
    kind = dc.MovementKind(order.kind)
    until = order.until if kind == dc.MovementKind.LEAVE else None
    with db.session() as session:
        if order.to_group_id is not None and session.get(StudyGroup, order.to_group_id) is None:
            raise ValidationFailed([FieldProblem("to_group", "field.required")])
        students = session.scalars(select(Student).where(Student.id.in_(student_ids))).all()
        for student in students:
            expected = (versions or {}).get(student.id)
            if expected is not None and student.row_version != expected:
                raise stale(session, student)
        gone = set(versions or {}) & set(student_ids) - {student.id for student in students}
        if gone:  # deleted since the list was read (an undone new student): not the students the user saw
            raise StaleRecord("student", min(gone))
        new_states, refused = {}, []
        for student in students:
            move = dc.Move(kind, order.on, order.to_group_id, 1 << 62, order.reason.strip(), until)
            try:
                new_states[student.id] = dc.fold([*_moves(student), move])
            except dc.MovementNotAllowed as exc:
                refused.append(FieldProblem("students", "movement.not_allowed", {
                    "name": f"{student.surname} {student.given_name}", "status": exc.status.value}))
            if kind == dc.MovementKind.TRANSFER and student.group_id == order.to_group_id:
                refused.append(FieldProblem("students", "movement.same_group",
                                            {"name": f"{student.surname} {student.given_name}"}))
        if refused:
            raise ValidationFailed(refused)
        if len(students) > 1:
            with journal.bulk(session, "movement_order", order_label(order), kind=kind.value,
                              students=len(students)):
                return _write_order(session, order, kind, until, students, new_states)
        return _write_order(session, order, kind, until, students, new_states)


def _write_order(session, order: OrderInput, kind: dc.MovementKind, until, students, new_states) -> int:
    record = MovementOrder(number=order.number.strip(), signed_on=order.signed_on, kind=kind.value,
                           note=order.note.strip())
    session.add(record)
    for student in students:
        session.add(Movement(student=student, order=record, kind=kind.value, on=order.on,
                             from_group_id=student.group_id,
                             to_group_id=order.to_group_id if kind in dc.NEEDS_GROUP or order.to_group_id else None,
                             reason=order.reason.strip(), until=until))
        store_state(student, new_states[student.id])
    session.flush()
    return record.id


def attach_order(db: Database, movement_ids: list[int], number: str, signed_on: date) -> None:
    """Give movements recorded without an order (e.g. imported) the order they were made under."""
    if not number.strip():
        raise ValidationFailed([FieldProblem("order_number", "field.required")])
    with db.session() as session:
        movements = session.scalars(select(Movement).where(Movement.id.in_(movement_ids))).all()
        kinds = {m.kind for m in movements}
        record = MovementOrder(number=number.strip(), signed_on=signed_on, kind=kinds.pop() if len(kinds) == 1 else "",
                               note="")
        session.add(record)
        for movement in movements:
            movement.order = record


def list_orders(db: Database) -> list[OrderRow]:
    query = (select(MovementOrder, func.count(Movement.id)).outerjoin(Movement)
             .group_by(MovementOrder.id).order_by(MovementOrder.signed_on.desc(), MovementOrder.id.desc()))
    with db.session() as session:
        return [OrderRow(o.id, o.number, o.signed_on, o.kind, n, o.note) for o, n in session.execute(query)]


def revoke_order(db: Database, order_id: int) -> None:
    """Take back an order just applied (the undo of the movement wizard): its movements go and each student's
    state is folded again from what remains. Refused when a later movement of a student builds on it, or
    for an admission (that is the removal of a wrongly entered student)."""
    with db.session() as session:
        order = session.get(MovementOrder, order_id)
        if order is None:
            return
        problems = []
        for movement in order.movements:
            student = movement.student
            later = [m for m in student.movements if (m.on, m.id) > (movement.on, movement.id)]
            if later or movement.kind == dc.MovementKind.ADMISSION.value:
                problems.append(FieldProblem("students", "movement.not_last",
                                             {"name": f"{student.surname} {student.given_name}"}))
        if problems:
            raise ValidationFailed(problems)
        students = [m.student for m in order.movements]
        for movement in list(order.movements):
            session.delete(movement)
        session.flush()
        for student in students:
            session.refresh(student)
            store_state(student, dc.fold(_moves(student)))
        session.delete(order)


@dataclass(frozen=True)
class LeaveDetails:
    until: date | None
    reason: str  # a domain.contingent.LeaveReason, or "" when not recorded
    since: date | None = None  # the day the leave took effect


def leave_details(db: Database, student_id: int) -> LeaveDetails | None:
    """The end and reason of a student's academic leave; None when the student is not on leave."""
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None or student.status != dc.Status.ACADEMIC_LEAVE.value:
            return None
        leaves = [m.on for m in student.movements if m.kind == dc.MovementKind.LEAVE.value]
        return LeaveDetails(student.leave_until, student.leave_reason, max(leaves) if leaves else None)


def complete_leave(db: Database, student_id: int, until: date | None, reason: str) -> None:
    """Give the current leave the end and reason it was recorded without (read from NEDB's file, or entered before
    they were asked for). Only the missing details are written: the status and the order stay as they were."""
    problems = [FieldProblem("leave_until", "field.required")] if until is None else []
    if not reason:
        problems.append(FieldProblem("leave_reason", "field.required"))
    with db.session() as session:
        student = session.get(Student, student_id)
        leave = max(student.movements, key=lambda m: (m.on, m.id)) if student is not None and student.movements \
            else None
        if leave is None or student.status != dc.Status.ACADEMIC_LEAVE.value or leave.kind != dc.MovementKind.LEAVE.value:
            raise ValidationFailed([FieldProblem("students", "movement.not_allowed", {
                "name": f"{student.surname} {student.given_name}" if student else "", "status":
                student.status if student else ""})])
        problems += [FieldProblem(name, code) for name, code in dc.leave_problems(leave.on, until, reason)]
        if problems:
            raise ValidationFailed(problems)
        leave.until, leave.reason = until, reason
        session.flush()
        store_state(student, dc.fold(_moves(student)))
