"""State reports: graduates' employment, teachers' last qualification upgrade, library textbook counts.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('textbooks', sa.Integer(), nullable=False),
    sa.Column('kazakh_textbooks', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_count')),
    sa.UniqueConstraint('year', name=op.f('uq_library_count_year'))
    )
    op.create_table('teacher',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.Column('last_upgrade_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teacher')),
    sa.UniqueConstraint('iin', name=op.f('uq_teacher_iin'))
    )
    op.create_table('graduate_employment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('employer', sa.String(length=300), nullable=False),
    sa.Column('evidence', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_graduate_employment_student_id_student'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graduate_employment')),
    sa.UniqueConstraint('student_id', name=op.f('uq_graduate_employment_student_id'))
    )


def downgrade() -> None:
    op.drop_table('graduate_employment')
    op.drop_table('teacher')
    op.drop_table('library_count')
