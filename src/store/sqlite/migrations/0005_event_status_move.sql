-- A status change records its move as data (status_from, status_to) so that
-- each reader sees it in their own language; `description` keeps only the
-- officer's note. Earlier rows wrote the move into the text as
-- "from → to" or "from → to: note"; they are split here.
ALTER TABLE events ADD COLUMN status_from TEXT;
ALTER TABLE events ADD COLUMN status_to TEXT;

UPDATE events
   SET status_from = substr(description, 1, instr(description, ' → ') - 1),
       status_to = CASE
         WHEN instr(substr(description, instr(description, ' → ') + 3), ': ') > 0
           THEN substr(substr(description, instr(description, ' → ') + 3), 1,
                       instr(substr(description, instr(description, ' → ') + 3), ': ') - 1)
         ELSE substr(description, instr(description, ' → ') + 3)
       END,
       description = CASE
         WHEN instr(substr(description, instr(description, ' → ') + 3), ': ') > 0
           THEN substr(substr(description, instr(description, ' → ') + 3),
                       instr(substr(description, instr(description, ' → ') + 3), ': ') + 2)
         ELSE ''
       END
 WHERE kind = 'status_change' AND instr(description, ' → ') > 0;
