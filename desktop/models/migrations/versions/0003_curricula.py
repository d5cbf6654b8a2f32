"""Working curricula: the curriculum, its rows and its process schedule.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('curriculum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('specialty_code', sa.String(length=8), nullable=False),
    sa.Column('qualifications', sa.String(length=200), nullable=False),
    sa.Column('entry_base', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('study_form', sa.String(length=20), nullable=False),
    sa.Column('intake_year', sa.Integer(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('military', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('rule_set', sa.String(length=100), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['previous_id'], ['curriculum.id'], name=op.f('fk_curriculum_previous_id_curriculum'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curriculum'))
    )
    op.create_table('curriculum_row',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('curriculum_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=40), nullable=False),
    sa.Column('section', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_kk', sa.String(length=600), nullable=False),
    sa.Column('name_ru', sa.String(length=600), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('credits', sa.Double(), nullable=True),
    sa.Column('theory', sa.Integer(), nullable=False),
    sa.Column('practice', sa.Integer(), nullable=False),
    sa.Column('course_project', sa.Integer(), nullable=False),
    sa.Column('production', sa.Integer(), nullable=False),
    sa.Column('distance', sa.Integer(), nullable=False),
    sa.Column('parent_key', sa.String(length=40), nullable=True),
    sa.Column('qualification', sa.String(length=12), nullable=True),
    sa.Column('subject', sa.String(length=60), nullable=True),
    sa.Column('basic_module', sa.Integer(), nullable=True),
    sa.Column('merged_into', sa.String(length=40), nullable=True),
    sa.Column('justification', sa.String(length=600), nullable=False),
    sa.Column('exam_form', sa.String(length=30), nullable=True),
    sa.Column('semesters', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_id'], ['curriculum.id'], name=op.f('fk_curriculum_row_curriculum_id_curriculum'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curriculum_row')),
    sa.UniqueConstraint('curriculum_id', 'row_key', name=op.f('uq_curriculum_row_curriculum_id'))
    )
    with op.batch_alter_table('curriculum_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_curriculum_row_curriculum_id'), ['curriculum_id'], unique=False)

    op.create_table('schedule_year',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('curriculum_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('weeks', sa.String(length=60), nullable=False),
    sa.Column('theory_hours_per_week', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_id'], ['curriculum.id'], name=op.f('fk_schedule_year_curriculum_id_curriculum'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_year')),
    sa.UniqueConstraint('curriculum_id', 'year', name=op.f('uq_schedule_year_curriculum_id'))
    )
    with op.batch_alter_table('schedule_year', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_year_curriculum_id'), ['curriculum_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('schedule_year', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_year_curriculum_id'))

    op.drop_table('schedule_year')
    with op.batch_alter_table('curriculum_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_curriculum_row_curriculum_id'))

    op.drop_table('curriculum_row')
    op.drop_table('curriculum')
