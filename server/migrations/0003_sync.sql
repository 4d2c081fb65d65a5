-- Sync: the ops devices pushed, the records the server keeps from them (what pull sends),
-- the letter-number registry, the conflicts a supervisor reviews, and the office's keys.

-- How far each device got: the last op sequence stored, and the pull position it confirmed
-- (the cursor it sent), which tells whether it could have seen a record before changing it.
ALTER TABLE devices
  ADD COLUMN last_seq bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
  ADD COLUMN pulled_xid xid8,
  ADD COLUMN pulled_seq bigint,
  ADD COLUMN last_seen_at timestamptz;

-- One row per op ever stored, applied or rejected (a rejection is final and answered again on a
-- replay). Ops the server could not decide yet (out of order, a later schema) are not stored.
CREATE TABLE ops (
  office_id text NOT NULL REFERENCES offices (office_id),
  op_id uuid NOT NULL,
  device_id uuid NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  schema_version integer NOT NULL,
  user_id text NOT NULL,
  payload jsonb NOT NULL,
  client_time timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL CHECK (outcome IN ('applied', 'rejected')),
  -- {code, message, errors} when rejected.
  rejection jsonb,
  PRIMARY KEY (office_id, op_id),
  FOREIGN KEY (office_id, device_id) REFERENCES devices (office_id, device_id),
  UNIQUE (office_id, device_id, seq),
  CHECK ((outcome = 'rejected') = (rejection IS NOT NULL))
);

-- The server's copy of every record (case, person, document, letter, user, office profile,
-- keyring, office key), as the shared commands wrote it. Pull reads it in commit order:
-- changed_xid is the writing transaction's id and changed_seq a sequence value taken in it; a
-- reader only returns rows whose transaction ended before every transaction still running
-- (xid below its snapshot's xmin), ordered by (xid, seq), so a write that commits late can
-- never land behind a cursor that was already handed out.
CREATE SEQUENCE record_change_seq;

CREATE TABLE records (
  office_id text NOT NULL REFERENCES offices (office_id),
  kind text NOT NULL CHECK (
    kind IN ('case', 'person', 'document', 'letter', 'user', 'officeProfile', 'keyring', 'officeKey')
  ),
  record_id text NOT NULL CHECK (length(record_id) BETWEEN 1 AND 200),
  case_id uuid,
  body jsonb NOT NULL,
  changed_xid xid8 NOT NULL,
  changed_seq bigint NOT NULL,
  -- The device whose op wrote it last; NULL when the server did (an admin command).
  changed_by uuid,
  changed_by_op uuid,
  PRIMARY KEY (office_id, kind, record_id)
);
CREATE INDEX records_in_commit_order ON records (office_id, changed_xid, changed_seq);
CREATE INDEX records_of_case ON records (office_id, case_id) WHERE case_id IS NOT NULL;

-- Every letter number issued, once per office: the registry the server owns. The signed parts
-- answer GET /v1/verify/:code.
CREATE TABLE letter_numbers (
  office_id text NOT NULL REFERENCES offices (office_id),
  number text NOT NULL,
  letter_id uuid NOT NULL,
  case_id uuid NOT NULL,
  code text NOT NULL,
  issued_on date NOT NULL,
  -- {claim, signature, code, qrText}
  signed jsonb NOT NULL,
  subject_name text NOT NULL,
  op_id uuid NOT NULL,
  PRIMARY KEY (office_id, number),
  UNIQUE (office_id, letter_id)
);
CREATE INDEX letter_numbers_by_code ON letter_numbers (code);

-- Number blocks handed to devices, so counters can number letters offline without overlap.
CREATE TABLE number_blocks (
  office_id text NOT NULL REFERENCES offices (office_id),
  year integer NOT NULL,
  start_number integer NOT NULL CHECK (start_number >= 1),
  end_number integer NOT NULL CHECK (end_number >= start_number),
  device_id uuid NOT NULL,
  reserved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, year, start_number),
  FOREIGN KEY (office_id, device_id) REFERENCES devices (office_id, device_id)
);

-- A value that lost: another device's write it overwrote unseen, or a device's value for a
-- field the server owns. Kept for a supervisor; the record holds the winner.
CREATE TABLE conflicts (
  office_id text NOT NULL REFERENCES offices (office_id),
  conflict_id bigint GENERATED ALWAYS AS IDENTITY,
  kind text NOT NULL,
  record_id text NOT NULL,
  case_id uuid,
  field text NOT NULL,
  kept jsonb,
  lost jsonb,
  lost_device uuid,
  lost_op uuid,
  kept_op uuid,
  rule text NOT NULL CHECK (rule IN ('later-arrival', 'server-owned')),
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by text,
  PRIMARY KEY (office_id, conflict_id)
);
CREATE INDEX conflicts_open ON conflicts (office_id, detected_at) WHERE resolved_at IS NULL;

-- The office's signing keys: the current one is handed to its devices by pull; rotated-out
-- keys stay in the keyring so older letters keep verifying.
CREATE TABLE office_keys (
  office_id text NOT NULL REFERENCES offices (office_id),
  key_id text NOT NULL,
  public_key text NOT NULL,
  secret_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (office_id, key_id)
);
CREATE UNIQUE INDEX office_keys_current ON office_keys (office_id) WHERE retired_at IS NULL;
