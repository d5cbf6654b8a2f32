from alembic import context

from desktop.models import Base

# migrate.upgrade() hands over a connection already inside the one transaction of the whole upgrade
# (on SQLite through the migration engine, whose DDL is transactional too); Alembic runs inside it.
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
