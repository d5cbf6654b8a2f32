"""Study groups and students (the core of the contingent).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "study_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(30), nullable=False),
        sa.Column("specialty_id", sa.Integer(), nullable=False),
        sa.Column("qualification_id", sa.Integer(), nullable=True),
        sa.Column("intake_year", sa.Integer(), nullable=False),
        sa.Column("entry_base", sa.String(10), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("study_form", sa.String(20), nullable=False),
        sa.Column("duration_months", sa.Integer(), nullable=False),
        sa.Column("curator", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["specialty_id"], ["specialty.id"], ondelete="RESTRICT",
                                name=op.f("fk_study_group_specialty_id_specialty")),
        sa.ForeignKeyConstraint(["qualification_id"], ["qualification.id"], ondelete="RESTRICT",
                                name=op.f("fk_study_group_qualification_id_qualification")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_study_group")),
        sa.UniqueConstraint("code", name=op.f("uq_study_group_code")),
    )
    op.create_index(op.f("ix_study_group_specialty_id"), "study_group", ["specialty_id"])
    op.create_index(op.f("ix_study_group_qualification_id"), "study_group", ["qualification_id"])
    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("iin", sa.String(12), nullable=False),
        sa.Column("surname", sa.String(100), nullable=False),
        sa.Column("given_name", sa.String(100), nullable=False),
        sa.Column("patronymic", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("funding", sa.String(20), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["study_group.id"], ondelete="RESTRICT",
                                name=op.f("fk_student_group_id_study_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
        sa.UniqueConstraint("iin", name=op.f("uq_student_iin")),
    )
    op.create_index(op.f("ix_student_group_id"), "student", ["group_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_student_group_id"), table_name="student")
    op.drop_table("student")
    op.drop_index(op.f("ix_study_group_qualification_id"), table_name="study_group")
    op.drop_index(op.f("ix_study_group_specialty_id"), table_name="study_group")
    op.drop_table("study_group")
