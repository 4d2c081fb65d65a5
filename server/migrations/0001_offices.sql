-- Offices: every other table carries office_id and starts its primary key with it, so the
-- schema distributes by office (Citus, or partitions by office) when one database is not
-- enough (server/README.md).
CREATE TABLE offices (
  office_id text PRIMARY KEY CHECK (office_id ~ '^[a-z][a-z0-9-]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
