"""The college's deputy director for academic work (who compiles the working curriculum and signs it as such)
and the bank's name in Russian beside the Kazakh one, for documents printed in both languages.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Stored profiles get empty fields: the curriculum prints a blank line for the deputy, and Russian documents
    # print the one bank name kept so far (bank_name) until the Russian one is entered.
    with op.batch_alter_table('college_profile') as batch_op:
        batch_op.add_column(sa.Column('deputy_director', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('bank_name_ru', sa.String(length=200), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('college_profile') as batch_op:
        batch_op.drop_column('bank_name_ru')
        batch_op.drop_column('deputy_director')
