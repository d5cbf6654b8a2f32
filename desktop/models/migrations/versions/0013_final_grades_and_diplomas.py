"""Final grades per student and curriculum row, the college's grading scale, and the register of issued diplomas
and supplements (a series and number used once, spoiled or not).

Revision ID: 0013
Revises: 0012
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: a stored database has no grades yet and keeps the national scale until one is edited.
    op.create_table('grading_scale',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grading_scale'))
    )
    op.create_table('final_grade',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('curriculum_id', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=40), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['curriculum_id'], ['curriculum.id'], name=op.f('fk_final_grade_curriculum_id_curriculum'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_final_grade_student_id_student'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_final_grade')),
    sa.UniqueConstraint('student_id', 'row_key', name=op.f('uq_final_grade_student_id'))
    )
    with op.batch_alter_table('final_grade', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_final_grade_curriculum_id'), ['curriculum_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_final_grade_student_id'), ['student_id'], unique=False)

    op.create_table('issued_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=True),
    sa.Column('registration_number', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('received_by', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('spoiled_reason', sa.String(length=300), nullable=False),
    sa.Column('with_honours', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_issued_document_student_id_student'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document')),
    sa.UniqueConstraint('kind', 'series', 'number', name=op.f('uq_issued_document_kind'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_student_id'), ['student_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_student_id'))
    op.drop_table('issued_document')
    with op.batch_alter_table('final_grade', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_final_grade_student_id'))
        batch_op.drop_index(batch_op.f('ix_final_grade_curriculum_id'))
    op.drop_table('final_grade')
    op.drop_table('grading_scale')
