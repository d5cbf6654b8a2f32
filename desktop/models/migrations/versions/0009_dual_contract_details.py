"""Dual-training contract as the model form prints it: the enterprise's signatory and bank details, the
college's place of signing and bank details, the legal representative's IIN, the termination date, module
and the mentor's position in Russian.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

ENTERPRISE = (('signatory', 200), ('signatory_position_kk', 200), ('signatory_position_ru', 200),
              ('bank_account', 34), ('bank_bik', 11), ('bank_name', 200))
COLLEGE = (('locality_kk', 100), ('locality_ru', 100), ('bank_account', 34), ('bank_bik', 11), ('bank_name', 200))


def upgrade() -> None:
    # Stored rows get empty details: the contract prints blanks to fill by hand until they are entered.
    with op.batch_alter_table('enterprise') as batch_op:
        for name, length in ENTERPRISE:
            batch_op.add_column(sa.Column(name, sa.String(length=length), server_default='', nullable=False))
    with op.batch_alter_table('college_profile') as batch_op:
        for name, length in COLLEGE:
            batch_op.add_column(sa.Column(name, sa.String(length=length), server_default='', nullable=False))
    with op.batch_alter_table('dual_contract') as batch_op:
        batch_op.add_column(sa.Column('representative_iin', sa.String(length=12), server_default='', nullable=False))
        # Contracts terminated before have no recorded date: they print the termination with a blank date.
        batch_op.add_column(sa.Column('terminated_on', sa.Date(), nullable=True))
    with op.batch_alter_table('contract_module') as batch_op:
        batch_op.add_column(sa.Column('name_ru', sa.String(length=300), server_default='', nullable=False))
    with op.batch_alter_table('mentor') as batch_op:
        batch_op.add_column(sa.Column('position_ru', sa.String(length=200), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('mentor') as batch_op:
        batch_op.drop_column('position_ru')
    with op.batch_alter_table('contract_module') as batch_op:
        batch_op.drop_column('name_ru')
    with op.batch_alter_table('dual_contract') as batch_op:
        batch_op.drop_column('terminated_on')
        batch_op.drop_column('representative_iin')
    with op.batch_alter_table('college_profile') as batch_op:
        for name, _ in reversed(COLLEGE):
            batch_op.drop_column(name)
    with op.batch_alter_table('enterprise') as batch_op:
        for name, _ in reversed(ENTERPRISE):
            batch_op.drop_column(name)
