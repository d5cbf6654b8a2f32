"""College profile and the classifier of specialties and qualifications.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "college_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_kk", sa.String(300), nullable=False),
        sa.Column("name_ru", sa.String(300), nullable=False),
        sa.Column("bin", sa.String(12), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("address", sa.String(400), nullable=False),
        sa.Column("director", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("has_ramps", sa.Boolean(), nullable=False),
        sa.Column("has_light_signals", sa.Boolean(), nullable=False),
        sa.Column("has_call_button", sa.Boolean(), nullable=False),
        sa.Column("has_sanitary_unit", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_college_profile")),
    )
    op.create_table(
        "specialty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("name_kk", sa.String(300), nullable=False),
        sa.Column("name_ru", sa.String(300), nullable=False),
        sa.Column("name_en", sa.String(300), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specialty")),
        sa.UniqueConstraint("code", name=op.f("uq_specialty_code")),
    )
    op.create_table(
        "qualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("specialty_id", sa.Integer(), nullable=False),
        sa.Column("name_kk", sa.String(300), nullable=False),
        sa.Column("name_ru", sa.String(300), nullable=False),
        sa.Column("name_en", sa.String(300), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["specialty_id"], ["specialty.id"], ondelete="RESTRICT",
                                name=op.f("fk_qualification_specialty_id_specialty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification")),
        sa.UniqueConstraint("code", name=op.f("uq_qualification_code")),
    )
    op.create_index(op.f("ix_qualification_specialty_id"), "qualification", ["specialty_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_qualification_specialty_id"), table_name="qualification")
    op.drop_table("qualification")
    op.drop_table("specialty")
    op.drop_table("college_profile")
