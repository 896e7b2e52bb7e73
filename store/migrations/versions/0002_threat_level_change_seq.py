"""Threat level changes numbered per scope, so a level that comes back is a change of its own

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 06:00:00

Until now a change was unique by (scope, level, since): once SEVERE since 30 April had been
recorded, going back to it after a mistaken CRITICAL could never be recorded again, so the people
alerted to CRITICAL were never told. Each scope's changes now carry a number (0, 1, 2…), unique
per scope; the rows already there are numbered in the order they were recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

changes = sa.table("threat_level_changes", sa.column("id", sa.Integer()),
                   sa.column("scope", sa.String()), sa.column("seq", sa.Integer()))


def upgrade() -> None:
    with op.batch_alter_table("threat_level_changes") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    # Number the existing rows per scope in the order they were recorded (their ids).
    earlier = sa.alias(changes, "earlier")
    position = (sa.select(sa.func.count()).select_from(earlier)
                .where(earlier.c.scope == changes.c.scope, earlier.c.id < changes.c.id)
                .scalar_subquery())
    op.execute(changes.update().values(seq=position))
    with op.batch_alter_table("threat_level_changes") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.drop_constraint("uq_threat_level_changes_scope_level_since", type_="unique")
        batch.create_unique_constraint("uq_threat_level_changes_scope_seq", ["scope", "seq"])


def downgrade() -> None:
    # Going back keeps only the first record of each (scope, level, since), as 0001 required.
    table = sa.table("threat_level_changes", sa.column("id", sa.Integer()), sa.column("scope", sa.String()),
                     sa.column("level", sa.String()), sa.column("since", sa.Date()))
    first = sa.alias(table, "first")
    op.execute(table.delete().where(sa.exists(
        sa.select(first.c.id).where(first.c.scope == table.c.scope, first.c.level == table.c.level,
                                    first.c.since == table.c.since, first.c.id < table.c.id))))
    with op.batch_alter_table("threat_level_changes") as batch:
        batch.drop_constraint("uq_threat_level_changes_scope_seq", type_="unique")
        batch.create_unique_constraint("uq_threat_level_changes_scope_level_since",
                                       ["scope", "level", "since"])
        batch.drop_column("seq")
