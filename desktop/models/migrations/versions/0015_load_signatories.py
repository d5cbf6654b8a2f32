"""The people who sign the teacher-load documents: the college's chief accountant (the tarification list) and each
department's chair (its teachers' load cards and its summary).

Revision ID: 0015
Revises: 0014
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Stored colleges and departments get empty names: the documents print a line to sign on until they are entered.
    with op.batch_alter_table('college_profile') as batch_op:
        batch_op.add_column(sa.Column('chief_accountant', sa.String(length=200), server_default='', nullable=False))
    with op.batch_alter_table('department') as batch_op:
        batch_op.add_column(sa.Column('head', sa.String(length=200), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('department') as batch_op:
        batch_op.drop_column('head')
    with op.batch_alter_table('college_profile') as batch_op:
        batch_op.drop_column('chief_accountant')
