"""Teacher load: the tarification fields of a teacher, the departments (cycle commissions), the distribution of
the curriculum's hours over the teachers, the units each group's distribution started from, and the hours actually
taught.

Revision ID: 0014
Revises: 0013
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department'))
    )
    # Stored teachers keep their name, IIN and upgrade date; the new fields start empty and the rate at one.
    with op.batch_alter_table('teacher', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('subject', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('education', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('diploma_number', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('diploma_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('category', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('category_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('experience_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('experience_years', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rate', sa.Numeric(precision=4, scale=2), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('department_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_teacher_department_id'), ['department_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_teacher_department_id_department'), 'department',
                                    ['department_id'], ['id'], ondelete='SET NULL')

    op.create_table('load_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=40), nullable=False),
    sa.Column('semester', sa.Integer(), nullable=False),
    sa.Column('component', sa.String(length=20), nullable=False),
    sa.Column('subgroup', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['study_group.id'], name=op.f('fk_load_assignment_group_id_study_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_load_assignment_teacher_id_teacher'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_load_assignment')),
    sa.UniqueConstraint('year', 'group_id', 'row_key', 'semester', 'component', 'subgroup', name=op.f('uq_load_assignment_year'))
    )
    with op.batch_alter_table('load_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_load_assignment_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_load_assignment_teacher_id'), ['teacher_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_load_assignment_year'), ['year'], unique=False)

    op.create_table('load_actual',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=40), nullable=False),
    sa.Column('semester', sa.Integer(), nullable=False),
    sa.Column('component', sa.String(length=20), nullable=False),
    sa.Column('subgroup', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=False),
    sa.Column('replaced_id', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['study_group.id'], name=op.f('fk_load_actual_group_id_study_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_id'], ['teacher.id'], name=op.f('fk_load_actual_replaced_id_teacher'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_load_actual_teacher_id_teacher'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_load_actual')),
    sa.UniqueConstraint('year', 'month', 'group_id', 'row_key', 'semester', 'component', 'subgroup', 'teacher_id', name=op.f('uq_load_actual_year'))
    )
    with op.batch_alter_table('load_actual', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_load_actual_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_load_actual_teacher_id'), ['teacher_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_load_actual_year'), ['year'], unique=False)

    op.create_table('load_unit_seen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=40), nullable=False),
    sa.Column('semester', sa.Integer(), nullable=False),
    sa.Column('component', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['study_group.id'], name=op.f('fk_load_unit_seen_group_id_study_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_load_unit_seen')),
    sa.UniqueConstraint('year', 'group_id', 'row_key', 'semester', 'component', name=op.f('uq_load_unit_seen_year'))
    )
    with op.batch_alter_table('load_unit_seen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_load_unit_seen_group_id'), ['group_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('load_unit_seen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_load_unit_seen_group_id'))
    op.drop_table('load_unit_seen')
    with op.batch_alter_table('load_actual', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_load_actual_year'))
        batch_op.drop_index(batch_op.f('ix_load_actual_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_load_actual_group_id'))
    op.drop_table('load_actual')
    with op.batch_alter_table('load_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_load_assignment_year'))
        batch_op.drop_index(batch_op.f('ix_load_assignment_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_load_assignment_group_id'))
    op.drop_table('load_assignment')
    with op.batch_alter_table('teacher', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_teacher_department_id_department'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_teacher_department_id'))
        for column in ('department_id', 'rate', 'experience_years', 'experience_since', 'category_on', 'category',
                       'diploma_on', 'diploma_number', 'education', 'subject', 'position'):
            batch_op.drop_column(column)
    op.drop_table('department')
