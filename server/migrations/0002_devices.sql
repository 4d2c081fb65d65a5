-- Enrolment codes (one-time, expiring, stored as SHA-256) and the devices they enrolled, each
-- with its token stored as SHA-256 and bound to one office.
CREATE TABLE enrolment_codes (
  office_id text NOT NULL REFERENCES offices (office_id),
  code_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id uuid,
  PRIMARY KEY (office_id, code_hash)
);
CREATE UNIQUE INDEX enrolment_codes_by_hash ON enrolment_codes (code_hash);

CREATE TABLE devices (
  office_id text NOT NULL REFERENCES offices (office_id),
  device_id uuid NOT NULL,
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  token_hash bytea NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (office_id, device_id)
);
CREATE UNIQUE INDEX devices_by_token ON devices (token_hash);
