"""Dual training and employer partnerships: enterprises, mentors, contracts with their modules and appendix,
mentor payments, reimbursements, training on enterprise request, memoranda; groups marked dual.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('enterprise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bin', sa.String(length=12), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('size', sa.String(length=10), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=False),
    sa.Column('agro_industrial', sa.Boolean(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('contacts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprise')),
    sa.UniqueConstraint('bin', name=op.f('uq_enterprise_bin'))
    )
    op.create_table('enterprise_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('specialty_code', sa.String(length=8), nullable=False),
    sa.Column('intake_year', sa.Integer(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('employment_years', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_enterprise_request_enterprise_id_enterprise'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprise_request'))
    )
    with op.batch_alter_table('enterprise_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enterprise_request_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('memorandum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=False),
    sa.Column('sections', sa.String(length=400), nullable=False),
    sa.Column('material_aid', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_memorandum_enterprise_id_enterprise'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memorandum'))
    )
    with op.batch_alter_table('memorandum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memorandum_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('mentor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('qualification', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_mentor_enterprise_id_enterprise'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor'))
    )
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentor_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('reimbursement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_reimbursement_enterprise_id_enterprise'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reimbursement'))
    )
    with op.batch_alter_table('reimbursement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reimbursement_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('mentor_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_mentor_payment_mentor_id_mentor'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_payment'))
    )
    with op.batch_alter_table('mentor_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentor_payment_mentor_id'), ['mentor_id'], unique=False)

    op.create_table('dual_contract',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('representative', sa.String(length=200), nullable=False),
    sa.Column('specialty_code', sa.String(length=8), nullable=False),
    sa.Column('qualification_code', sa.String(length=12), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('termination_reason', sa.String(length=300), nullable=False),
    sa.Column('appendix_issued_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_dual_contract_enterprise_id_enterprise'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_dual_contract_mentor_id_mentor'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_dual_contract_student_id_student'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dual_contract'))
    )
    with op.batch_alter_table('dual_contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dual_contract_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dual_contract_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_dual_contract_student_id'), ['student_id'], unique=False)

    op.create_table('contract_module',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['dual_contract.id'], name=op.f('fk_contract_module_contract_id_dual_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_module'))
    )
    with op.batch_alter_table('contract_module', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_module_contract_id'), ['contract_id'], unique=False)

    op.create_table('contract_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('modules', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['dual_contract.id'], name=op.f('fk_contract_period_contract_id_dual_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_period'))
    )
    with op.batch_alter_table('contract_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_period_contract_id'), ['contract_id'], unique=False)

    with op.batch_alter_table('study_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dual', sa.Boolean(), nullable=False, server_default=sa.false()))



def downgrade() -> None:
    with op.batch_alter_table('study_group', schema=None) as batch_op:
        batch_op.drop_column('dual')

    with op.batch_alter_table('contract_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_period_contract_id'))

    op.drop_table('contract_period')
    with op.batch_alter_table('contract_module', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_module_contract_id'))

    op.drop_table('contract_module')
    with op.batch_alter_table('dual_contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dual_contract_student_id'))
        batch_op.drop_index(batch_op.f('ix_dual_contract_status'))
        batch_op.drop_index(batch_op.f('ix_dual_contract_enterprise_id'))

    op.drop_table('dual_contract')
    with op.batch_alter_table('mentor_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentor_payment_mentor_id'))

    op.drop_table('mentor_payment')
    with op.batch_alter_table('reimbursement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reimbursement_enterprise_id'))

    op.drop_table('reimbursement')
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentor_enterprise_id'))

    op.drop_table('mentor')
    with op.batch_alter_table('memorandum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memorandum_enterprise_id'))

    op.drop_table('memorandum')
    with op.batch_alter_table('enterprise_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enterprise_request_enterprise_id'))

    op.drop_table('enterprise_request')
    op.drop_table('enterprise')
