"""The full contingent: student details, movements under orders, qualifications earned, NEDB submissions.

Students already stored get an admission movement (without an order, which the pre-flight check
then asks for) on their enrolment date, so their state can be derived from movements like everyone's.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FLAGS = ("orphan", "no_parental_care", "disability", "large_family", "low_income", "dormitory_needed",
          "dormitory_given", "scholarship")
_TEXTS = (("citizenship", 2, "KZ"), ("locality", 10, "urban"), ("prior_education", 10, "9"),
          ("enrolment_kind", 20, "general"), ("sen_category", 30, ""), ("sen_curriculum", 20, ""),
          ("phone", 30, ""), ("status", 20, "studying"), ("leaving_reason", 200, ""), ("nedb_ei", 40, ""),
          ("nedb_id", 40, ""))


def upgrade() -> None:
    with op.batch_alter_table("study_group") as batch:
        batch.add_column(sa.Column("curriculum_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("funding", sa.String(20), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_study_group_curriculum_id"), ["curriculum_id"])
        batch.create_foreign_key(batch.f("fk_study_group_curriculum_id_curriculum"), "curriculum",
                                 ["curriculum_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("student") as batch:
        batch.alter_column("iin", existing_type=sa.String(12), nullable=True)
        batch.alter_column("birth_date", existing_type=sa.Date(), nullable=True)
        for name, length, default in _TEXTS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=default))
        for name in _FLAGS:
            batch.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("left_on", sa.Date(), nullable=True))
        batch.create_index(batch.f("ix_student_status"), ["status"])
    op.create_table(
        "movement_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_order")),
    )
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("from_group_id", sa.Integer(), nullable=True),
        sa.Column("to_group_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="CASCADE",
                                name=op.f("fk_movement_student_id_student")),
        sa.ForeignKeyConstraint(["order_id"], ["movement_order.id"], ondelete="RESTRICT",
                                name=op.f("fk_movement_order_id_movement_order")),
        sa.ForeignKeyConstraint(["from_group_id"], ["study_group.id"], ondelete="RESTRICT",
                                name=op.f("fk_movement_from_group_id_study_group")),
        sa.ForeignKeyConstraint(["to_group_id"], ["study_group.id"], ondelete="RESTRICT",
                                name=op.f("fk_movement_to_group_id_study_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
    )
    op.create_index(op.f("ix_movement_student_id"), "movement", ["student_id"])
    op.create_index(op.f("ix_movement_order_id"), "movement", ["order_id"])
    op.create_table(
        "student_qualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("qualification_id", sa.Integer(), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=False),
        sa.Column("evidence", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="CASCADE",
                                name=op.f("fk_student_qualification_student_id_student")),
        sa.ForeignKeyConstraint(["qualification_id"], ["qualification.id"], ondelete="RESTRICT",
                                name=op.f("fk_student_qualification_qualification_id_qualification")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_qualification")),
    )
    op.create_index(op.f("ix_student_qualification_student_id"), "student_qualification", ["student_id"])
    op.create_table(
        "nedb_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(20), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("left", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nedb_submission")),
    )
    op.execute('INSERT INTO movement (student_id, order_id, kind, "on", from_group_id, to_group_id, reason) '
               "SELECT id, NULL, 'admission', enrolled_on, NULL, group_id, '' FROM student")


def downgrade() -> None:
    op.drop_table("nedb_submission")
    op.drop_index(op.f("ix_student_qualification_student_id"), table_name="student_qualification")
    op.drop_table("student_qualification")
    op.drop_index(op.f("ix_movement_order_id"), table_name="movement")
    op.drop_index(op.f("ix_movement_student_id"), table_name="movement")
    op.drop_table("movement")
    op.drop_table("movement_order")
    with op.batch_alter_table("student") as batch:
        batch.drop_index(batch.f("ix_student_status"))
        for name in (*(t[0] for t in _TEXTS), *_FLAGS, "left_on"):
            batch.drop_column(name)
        batch.alter_column("birth_date", existing_type=sa.Date(), nullable=False)
        batch.alter_column("iin", existing_type=sa.String(12), nullable=False)
    with op.batch_alter_table("study_group") as batch:
        batch.drop_constraint(batch.f("fk_study_group_curriculum_id_curriculum"), type_="foreignkey")
        batch.drop_index(batch.f("ix_study_group_curriculum_id"))
        batch.drop_column("funding")
        batch.drop_column("curriculum_id")
