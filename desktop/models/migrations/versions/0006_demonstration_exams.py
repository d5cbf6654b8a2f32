"""Demonstration exams: marking schemes and their aspects, sessions with experts and candidates; a qualification
earned names the session that is its evidence.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('marking_scheme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competence', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marking_scheme'))
    )
    op.create_table('exam_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('qualification_code', sa.String(length=12), nullable=False),
    sa.Column('competence', sa.String(length=200), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('venue_type', sa.String(length=30), nullable=False),
    sa.Column('venue_name', sa.String(length=300), nullable=False),
    sa.Column('infrastructure', sa.Text(), nullable=False),
    sa.Column('cost_consumables', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('cost_venue', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('cost_experts', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('tasks', sa.JSON(), nullable=False),
    sa.Column('drawn_task', sa.String(length=300), nullable=False),
    sa.Column('drawn_at', sa.DateTime(), nullable=True),
    sa.Column('pass_mark', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['scheme_id'], ['marking_scheme.id'], name=op.f('fk_exam_session_scheme_id_marking_scheme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_session'))
    )
    op.create_table('scheme_aspect',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('max_mark', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['scheme_id'], ['marking_scheme.id'], name=op.f('fk_scheme_aspect_scheme_id_marking_scheme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scheme_aspect')),
    sa.UniqueConstraint('scheme_id', 'code', name=op.f('uq_scheme_aspect_scheme_id'))
    )
    with op.batch_alter_table('scheme_aspect', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scheme_aspect_scheme_id'), ['scheme_id'], unique=False)

    op.create_table('exam_expert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('certificate', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['exam_session.id'], name=op.f('fk_exam_expert_session_id_exam_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_expert'))
    )
    with op.batch_alter_table('exam_expert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exam_expert_session_id'), ['session_id'], unique=False)

    op.create_table('exam_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('absent', sa.Boolean(), nullable=False),
    sa.Column('retake', sa.Boolean(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('total', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('letter', sa.String(length=3), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['exam_session.id'], name=op.f('fk_exam_candidate_session_id_exam_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_exam_candidate_student_id_student'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_candidate')),
    sa.UniqueConstraint('session_id', 'student_id', name=op.f('uq_exam_candidate_session_id'))
    )
    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exam_candidate_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exam_candidate_student_id'), ['student_id'], unique=False)

    with op.batch_alter_table('student_qualification', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exam_session_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_student_qualification_exam_session_id_exam_session'), 'exam_session', ['exam_session_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('student_qualification', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_student_qualification_exam_session_id_exam_session'), type_='foreignkey')
        batch_op.drop_column('exam_session_id')

    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exam_candidate_student_id'))
        batch_op.drop_index(batch_op.f('ix_exam_candidate_session_id'))

    op.drop_table('exam_candidate')
    with op.batch_alter_table('exam_expert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exam_expert_session_id'))

    op.drop_table('exam_expert')
    with op.batch_alter_table('scheme_aspect', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scheme_aspect_scheme_id'))

    op.drop_table('scheme_aspect')
    op.drop_table('exam_session')
    op.drop_table('marking_scheme')
