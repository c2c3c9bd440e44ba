-- A contact-centre platform's call export (calls.csv) -> Outward `contact` events.
--   ./outward import examples/contact-centre/calls.csv --map examples/contact-centre/calls.sql --source contact-centre
-- Two rows are bad on purpose (a broken timestamp, a missing account): they land in the quarantine with reasons.
SELECT call_id                          AS id,
       started_at                       AS time,
       account                          AS customer,
       'contact'                        AS type,
       'phone'                          AS channel,
       system                           AS service,
       topic                            AS reason,
       json_object('direction', direction,
                   'wait_s', wait_seconds,
                   'handle_s', talk_seconds,
                   'transfers', transfers,
                   'resolved', CASE outcome WHEN 'resolved' THEN true WHEN 'unresolved' THEN false END,
                   'abandoned', abandoned = 'yes',
                   'queue', queue) AS attrs
FROM source
