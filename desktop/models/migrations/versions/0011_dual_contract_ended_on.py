"""The day a dual-training contract ended (the End step), kept like the other steps' dates.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Contracts ended before have no date: lists and prints show it blank rather than guess one.
    with op.batch_alter_table('dual_contract') as batch_op:
        batch_op.add_column(sa.Column('ended_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dual_contract') as batch_op:
        batch_op.drop_column('ended_on')
