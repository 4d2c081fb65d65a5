-- Blobs: scans and letter PDFs, named by the lower-case hex sha256 of their bytes and kept per
-- office, and the uploads still in progress (resumable, chunk by chunk).
CREATE TABLE blobs (
  office_id text NOT NULL REFERENCES offices (office_id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size BETWEEN 1 AND 20000000),
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, sha256),
  CHECK (octet_length(data) = size)
);
-- Scans and PDFs are compressed already: store them out of line without trying again.
ALTER TABLE blobs ALTER COLUMN data SET STORAGE EXTERNAL;

-- The bytes received so far of a blob not complete yet, and the total its first chunk declared.
-- The chunk that completes a blob goes straight into `blobs`, so `received` is always short.
CREATE TABLE blob_uploads (
  office_id text NOT NULL REFERENCES offices (office_id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  total integer NOT NULL CHECK (total BETWEEN 1 AND 20000000),
  received bytea NOT NULL,
  -- The device that sent the first chunk.
  device_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, sha256),
  FOREIGN KEY (office_id, device_id) REFERENCES devices (office_id, device_id),
  CHECK (octet_length(received) BETWEEN 1 AND total - 1)
);
ALTER TABLE blob_uploads ALTER COLUMN received SET STORAGE EXTERNAL;
