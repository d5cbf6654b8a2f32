"""Curricula: whether the intake holds a cognate TVET qualification (MR l.258-260, TOTAL-RANGE).

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Stored plans were checked as if every TVET-base intake were cognate; they start as not cognate, which
    # at worst turns a 60-credit refusal into a reminder until the college ticks the box.
    with op.batch_alter_table('curriculum') as batch_op:
        batch_op.add_column(sa.Column('cognate', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('curriculum') as batch_op:
        batch_op.drop_column('cognate')
