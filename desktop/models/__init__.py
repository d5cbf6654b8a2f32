"""SQLAlchemy 2 models, the engine with its pragmas, migrations and backups."""
from desktop.models.access import AppUser, AuditEntry, DatabaseSetting, RecordHold, UserGroup
from desktop.models.base import Base
from desktop.models.classifier import Qualification, Specialty
from desktop.models.college import CollegeProfile
from desktop.models.contingent import Movement, MovementOrder, NedbSubmission, Student, StudentQualification, StudyGroup
from desktop.models.dual import (ContractModule, ContractPeriod, DualContract, Enterprise, EnterpriseRequest,
                                 Memorandum, Mentor, MentorPayment, Reimbursement)
from desktop.models.exams import ExamCandidate, ExamExpert, ExamSession, MarkingScheme, SchemeAspect
from desktop.models.grades import FinalGrade, GradingScaleRecord, IssuedDocument
from desktop.models.load import Department, LoadActual, LoadAssignment, LoadUnitSeen
from desktop.models.reporting import GraduateEmployment, LibraryCount, Teacher
from desktop.models.curriculum import CurriculumRecord, CurriculumRowRecord, ScheduleYearRecord

__all__ = ["AppUser", "AuditEntry", "DatabaseSetting", "RecordHold", "UserGroup", "Base", "CollegeProfile", "CurriculumRecord", "CurriculumRowRecord", "Qualification", "ScheduleYearRecord",
           "Specialty", "Student", "StudyGroup", "Movement", "MovementOrder", "NedbSubmission",
           "StudentQualification", "ContractModule", "ContractPeriod", "DualContract", "Enterprise", "EnterpriseRequest",
           "Memorandum", "Mentor", "MentorPayment", "Reimbursement", "ExamCandidate", "ExamExpert", "ExamSession",
           "MarkingScheme", "SchemeAspect", "GraduateEmployment", "LibraryCount", "Teacher", "FinalGrade",
           "GradingScaleRecord", "IssuedDocument", "Department", "LoadActual", "LoadAssignment",
           "LoadUnitSeen"]
