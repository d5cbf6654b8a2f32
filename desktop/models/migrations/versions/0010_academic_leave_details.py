"""Academic leave as NEDB needs it: the leave's end date and its reason, on the leave's movement and cached on
the student with the rest of the state.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Leaves recorded before have no end date or reason: the NEDB check lists those students to complete.
    with op.batch_alter_table('movement') as batch_op:
        batch_op.add_column(sa.Column('until', sa.Date(), nullable=True))
    with op.batch_alter_table('student') as batch_op:
        batch_op.add_column(sa.Column('leave_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('leave_reason', sa.String(length=20), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('student') as batch_op:
        batch_op.drop_column('leave_reason')
        batch_op.drop_column('leave_until')
    with op.batch_alter_table('movement') as batch_op:
        batch_op.drop_column('until')
