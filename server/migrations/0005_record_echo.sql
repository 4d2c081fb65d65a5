-- Whether a record's version is exactly what the device that wrote it (changed_by) computed
-- when it ran the op on its own copy: true only when every input the op read on the server
-- (the case and its documents, the office profile, the accounts) was the device's own view,
-- see server/sync/echo.ts. Pull leaves such a version out for that device: it has it already.
ALTER TABLE records ADD COLUMN echo boolean NOT NULL DEFAULT false;
