"""Several workstations on one database: a version on every record two people could edit at once, users with
roles, the audit log, holds on records being edited, and the database's own settings.

Revision ID: 0016
Revises: 0015
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

VERSIONED = ('study_group', 'student', 'curriculum', 'dual_contract', 'exam_session', 'exam_candidate',
             'graduate_employment', 'teacher')


def upgrade() -> None:
    # Stored records start at version 1, as new ones do ("row_version": a curriculum's "version" is its edition).
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('row_version', sa.Integer(), server_default='1', nullable=False))
    op.create_table(
        'app_user',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=60), nullable=False),
        sa.Column('full_name', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=30), nullable=False),
        sa.Column('password_hash', sa.String(length=300), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
        sa.UniqueConstraint('login', name=op.f('uq_app_user_login')),
    )
    op.create_table(
        'user_group',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['study_group.id'], name=op.f('fk_user_group_group_id_study_group'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_group_user_id_app_user'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'group_id', name=op.f('pk_user_group')),
    )
    op.create_table(
        'audit_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_login', sa.String(length=60), nullable=False),
        sa.Column('user_name', sa.String(length=200), nullable=False),
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.Column('origin', sa.String(length=40), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('record_kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('record_label', sa.String(length=300), nullable=False),
        sa.Column('operation', sa.String(length=60), nullable=False),
        sa.Column('changes', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    )
    op.create_index('ix_audit_entry_record', 'audit_entry', ['record_kind', 'record_id'])
    op.create_index(op.f('ix_audit_entry_at'), 'audit_entry', ['at'])
    op.create_index(op.f('ix_audit_entry_user_login'), 'audit_entry', ['user_login'])
    op.create_table(
        'record_hold',
        sa.Column('record_kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('user_login', sa.String(length=60), nullable=False),
        sa.Column('user_name', sa.String(length=200), nullable=False),
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.Column('origin', sa.String(length=40), nullable=False),
        sa.Column('since', sa.DateTime(), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('record_kind', 'record_id', name=op.f('pk_record_hold')),
    )
    op.create_table(
        'database_setting',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_database_setting')),
    )


def downgrade() -> None:
    op.drop_table('database_setting')
    op.drop_table('record_hold')
    op.drop_index(op.f('ix_audit_entry_user_login'), table_name='audit_entry')
    op.drop_index(op.f('ix_audit_entry_at'), table_name='audit_entry')
    op.drop_index('ix_audit_entry_record', table_name='audit_entry')
    op.drop_table('audit_entry')
    op.drop_table('user_group')
    op.drop_table('app_user')
    for table in reversed(VERSIONED):
        # A plain DROP COLUMN (SQLite 3.35+; the column has no constraint): a batch copy of study_group or
        # student would drop the table under the foreign keys of the others while they are enforced.
        op.drop_column(table, 'row_version')
