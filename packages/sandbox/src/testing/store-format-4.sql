-- A file of record format 4, written by the sandbox before format 5 (its schema and rows as
-- that version left them): sqlite-store.test.ts opens it with this version.
CREATE TABLE partners (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX partners_partner ON partners (partner, seq);
CREATE TABLE api_keys (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX api_keys_partner ON api_keys (partner, seq);
CREATE TABLE buyers (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_credit_code GENERATED ALWAYS AS (json_extract(data, '$.credit_code')) VIRTUAL);
CREATE INDEX buyers_partner ON buyers (partner, seq);
CREATE TABLE suppliers (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX suppliers_partner ON suppliers (partner, seq);
CREATE TABLE accounts (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_kind GENERATED ALWAYS AS (json_extract(data, '$.kind')) VIRTUAL, f_owner GENERATED ALWAYS AS (json_extract(data, '$.owner')) VIRTUAL);
CREATE INDEX accounts_partner ON accounts (partner, seq);
CREATE TABLE journal_entries (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX journal_entries_partner ON journal_entries (partner, seq);
CREATE TABLE postings (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_account GENERATED ALWAYS AS (json_extract(data, '$.account')) VIRTUAL, f_created GENERATED ALWAYS AS (json_extract(data, '$.created')) VIRTUAL, f_type GENERATED ALWAYS AS (json_extract(data, '$.type')) VIRTUAL);
CREATE INDEX postings_partner ON postings (partner, seq);
CREATE TABLE wallet_transactions (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX wallet_transactions_partner ON wallet_transactions (partner, seq);
CREATE TABLE checkout_sessions (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL);
CREATE INDEX checkout_sessions_partner ON checkout_sessions (partner, seq);
CREATE TABLE verification_codes (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX verification_codes_partner ON verification_codes (partner, seq);
CREATE TABLE code_budgets (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX code_budgets_partner ON code_budgets (partner, seq);
CREATE TABLE payments (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_supplier GENERATED ALWAYS AS (json_extract(data, '$.supplier')) VIRTUAL);
CREATE INDEX payments_partner ON payments (partner, seq);
CREATE TABLE refunds (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_payment GENERATED ALWAYS AS (json_extract(data, '$.payment')) VIRTUAL);
CREATE INDEX refunds_partner ON refunds (partner, seq);
CREATE TABLE consents (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_type GENERATED ALWAYS AS (json_extract(data, '$.type')) VIRTUAL, f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL);
CREATE INDEX consents_partner ON consents (partner, seq);
CREATE TABLE credit_applications (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL);
CREATE INDEX credit_applications_partner ON credit_applications (partner, seq);
CREATE TABLE credit_lines (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL);
CREATE INDEX credit_lines_partner ON credit_lines (partner, seq);
CREATE TABLE loans (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL, f_payment GENERATED ALWAYS AS (json_extract(data, '$.payment')) VIRTUAL, f_checkout_session GENERATED ALWAYS AS (json_extract(data, '$.checkout_session')) VIRTUAL, f_credit_line GENERATED ALWAYS AS (json_extract(data, '$.credit_line')) VIRTUAL);
CREATE INDEX loans_partner ON loans (partner, seq);
CREATE TABLE repayments (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_loan GENERATED ALWAYS AS (json_extract(data, '$.loan')) VIRTUAL);
CREATE INDEX repayments_partner ON repayments (partner, seq);
CREATE TABLE trade_reports (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL);
CREATE INDEX trade_reports_partner ON trade_reports (partner, seq);
CREATE TABLE limit_reviews (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX limit_reviews_partner ON limit_reviews (partner, seq);
CREATE TABLE wallet_sessions (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX wallet_sessions_partner ON wallet_sessions (partner, seq);
CREATE TABLE events (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_type GENERATED ALWAYS AS (json_extract(data, '$.type')) VIRTUAL);
CREATE INDEX events_partner ON events (partner, seq);
CREATE TABLE idempotency_keys (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_state GENERATED ALWAYS AS (json_extract(data, '$.state')) VIRTUAL);
CREATE INDEX idempotency_keys_partner ON idempotency_keys (partner, seq);
CREATE TABLE timers (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_due_at GENERATED ALWAYS AS (json_extract(data, '$.due_at')) VIRTUAL, f_ref GENERATED ALWAYS AS (json_extract(data, '$.ref')) VIRTUAL, f_kind GENERATED ALWAYS AS (json_extract(data, '$.kind')) VIRTUAL);
CREATE INDEX timers_partner ON timers (partner, seq);
CREATE TABLE webhook_endpoints (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
CREATE INDEX webhook_endpoints_partner ON webhook_endpoints (partner, seq);
CREATE TABLE webhook_deliveries (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_webhook_endpoint GENERATED ALWAYS AS (json_extract(data, '$.webhook_endpoint')) VIRTUAL, f_event GENERATED ALWAYS AS (json_extract(data, '$.event')) VIRTUAL, f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL);
CREATE INDEX webhook_deliveries_partner ON webhook_deliveries (partner, seq);
CREATE TABLE request_log (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL, f_status_class GENERATED ALWAYS AS (json_extract(data, '$.status_class')) VIRTUAL, f_path GENERATED ALWAYS AS (json_extract(data, '$.path')) VIRTUAL);
CREATE INDEX request_log_partner ON request_log (partner, seq);
CREATE TABLE pre_approvals (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_status GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL, f_supplier GENERATED ALWAYS AS (json_extract(data, '$.supplier')) VIRTUAL, f_batch GENERATED ALWAYS AS (json_extract(data, '$.batch')) VIRTUAL);
CREATE INDEX pre_approvals_partner ON pre_approvals (partner, seq);
CREATE TABLE notices (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         , f_loan GENERATED ALWAYS AS (json_extract(data, '$.loan')) VIRTUAL, f_buyer GENERATED ALWAYS AS (json_extract(data, '$.buyer')) VIRTUAL, f_kind GENERATED ALWAYS AS (json_extract(data, '$.kind')) VIRTUAL);
CREATE INDEX notices_partner ON notices (partner, seq);
CREATE INDEX buyers_by_credit_code ON buyers (partner, f_credit_code);
CREATE INDEX accounts_by_kind_owner ON accounts (partner, f_kind, f_owner);
CREATE INDEX postings_by_account ON postings (partner, f_account);
CREATE INDEX postings_by_account_created ON postings (partner, f_account, f_created);
CREATE INDEX postings_by_type ON postings (partner, f_type);
CREATE INDEX postings_by_created ON postings (partner, f_created);
CREATE INDEX checkout_sessions_by_buyer_status ON checkout_sessions (partner, f_buyer, f_status);
CREATE INDEX checkout_sessions_by_status ON checkout_sessions (partner, f_status);
CREATE INDEX payments_by_buyer ON payments (partner, f_buyer);
CREATE INDEX payments_by_supplier ON payments (partner, f_supplier);
CREATE INDEX refunds_by_payment ON refunds (partner, f_payment);
CREATE INDEX consents_by_buyer_type_status ON consents (partner, f_buyer, f_type, f_status);
CREATE INDEX consents_by_type ON consents (partner, f_type);
CREATE INDEX credit_applications_by_buyer ON credit_applications (partner, f_buyer);
CREATE INDEX credit_lines_by_buyer ON credit_lines (partner, f_buyer);
CREATE INDEX loans_by_buyer_status ON loans (partner, f_buyer, f_status);
CREATE INDEX loans_by_status ON loans (partner, f_status);
CREATE INDEX loans_by_payment ON loans (partner, f_payment);
CREATE INDEX loans_by_checkout_session ON loans (partner, f_checkout_session);
CREATE INDEX loans_by_credit_line ON loans (partner, f_credit_line);
CREATE INDEX repayments_by_loan ON repayments (partner, f_loan);
CREATE INDEX trade_reports_by_buyer ON trade_reports (partner, f_buyer);
CREATE INDEX events_by_type ON events (partner, f_type);
CREATE INDEX idempotency_keys_by_state ON idempotency_keys (partner, f_state);
CREATE INDEX timers_by_due_at ON timers (partner, f_due_at);
CREATE INDEX timers_by_ref ON timers (partner, f_ref);
CREATE INDEX timers_by_kind_ref ON timers (partner, f_kind, f_ref);
CREATE INDEX webhook_deliveries_by_webhook_endpoint_event ON webhook_deliveries (partner, f_webhook_endpoint, f_event);
CREATE INDEX webhook_deliveries_by_status ON webhook_deliveries (partner, f_status);
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (partner, f_event);
CREATE INDEX request_log_by_status ON request_log (partner, f_status);
CREATE INDEX request_log_by_status_class ON request_log (partner, f_status_class);
CREATE INDEX request_log_by_path ON request_log (partner, f_path);
CREATE INDEX pre_approvals_by_buyer_status ON pre_approvals (partner, f_buyer, f_status);
CREATE INDEX pre_approvals_by_status ON pre_approvals (partner, f_status);
CREATE INDEX pre_approvals_by_supplier ON pre_approvals (partner, f_supplier);
CREATE INDEX pre_approvals_by_batch ON pre_approvals (partner, f_batch);
CREATE INDEX notices_by_loan ON notices (partner, f_loan);
CREATE INDEX notices_by_buyer ON notices (partner, f_buyer);
CREATE INDEX notices_by_kind ON notices (partner, f_kind);
INSERT INTO partners (seq, id, partner, data) VALUES (1, 'ptn_fixture00001', NULL, '{"id":"ptn_fixture00001","name":"Fixture"}');
INSERT INTO buyers (seq, id, partner, data) VALUES (1, 'buy_fixture00001', 'ptn_fixture00001', '{"id":"buy_fixture00001","partner":"ptn_fixture00001","name":"Shop","credit_code":"91310000MA1K000001"}');
INSERT INTO accounts (seq, id, partner, data) VALUES (1, 'wal_fixture00001', 'ptn_fixture00001', '{"id":"wal_fixture00001","partner":"ptn_fixture00001","kind":"wallet","owner":"buy_fixture00001","balance":5000}');
INSERT INTO accounts (seq, id, partner, data) VALUES (2, 'acc_fixture00002', 'ptn_fixture00001', '{"id":"acc_fixture00002","partner":"ptn_fixture00001","kind":"settlement","owner":"sup_fixture00001","balance":0}');
INSERT INTO postings (seq, id, partner, data) VALUES (1, 'txn_fixture00001', 'ptn_fixture00001', '{"id":"txn_fixture00001","partner":"ptn_fixture00001","account":"wal_fixture00001","type":"top_up","created":1001,"amount":100}');
INSERT INTO postings (seq, id, partner, data) VALUES (3, 'txn_fixture00003', 'ptn_fixture00001', '{"id":"txn_fixture00003","partner":"ptn_fixture00001","account":"wal_fixture00001","type":"top_up","created":1003,"amount":300}');
INSERT INTO events (seq, id, partner, data) VALUES (1, 'evt_fixture00001', 'ptn_fixture00001', '{"id":"evt_fixture00001","partner":"ptn_fixture00001","type":"payment.succeeded","created":1002,"live":false}');
INSERT INTO idempotency_keys (seq, id, partner, data) VALUES (1, 'idk_fixture00001', 'ptn_fixture00001', '{"id":"idk_fixture00001","partner":"ptn_fixture00001","state":"done","created":1000}');
INSERT INTO idempotency_keys (seq, id, partner, data) VALUES (2, 'idk_fixture00002', 'ptn_fixture00001', '{"id":"idk_fixture00002","partner":"ptn_fixture00001","state":"in_progress","created":1001}');
INSERT INTO timers (seq, id, partner, data) VALUES (1, 'tmr_fixture00001', 'ptn_fixture00001', '{"id":"tmr_fixture00001","partner":"ptn_fixture00001","kind":"expire","ref":"cs_fixture00001","due_at":2000}');
PRAGMA user_version = 4;
