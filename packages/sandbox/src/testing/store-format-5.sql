-- A file of record format 5, written by the sandbox before format 6 (its schema and rows as
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
     data TEXT NOT NULL,
     f_credit_code
   );
CREATE INDEX buyers_partner ON buyers (partner, seq);
CREATE INDEX buyers_by_credit_code ON buyers (partner, f_credit_code);
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
     data TEXT NOT NULL,
     f_kind,
     f_owner
   );
CREATE INDEX accounts_partner ON accounts (partner, seq);
CREATE INDEX accounts_by_kind_owner ON accounts (partner, f_kind, f_owner);
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
     data TEXT NOT NULL,
     f_account,
     f_created,
     f_type
   );
CREATE INDEX postings_partner ON postings (partner, seq);
CREATE INDEX postings_by_account ON postings (partner, f_account);
CREATE INDEX postings_by_account_created ON postings (partner, f_account, f_created);
CREATE INDEX postings_by_type ON postings (partner, f_type);
CREATE INDEX postings_by_created ON postings (partner, f_created);
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
     data TEXT NOT NULL,
     f_buyer,
     f_status
   );
CREATE INDEX checkout_sessions_partner ON checkout_sessions (partner, seq);
CREATE INDEX checkout_sessions_by_buyer_status ON checkout_sessions (partner, f_buyer, f_status);
CREATE INDEX checkout_sessions_by_status ON checkout_sessions (partner, f_status);
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
     data TEXT NOT NULL,
     f_buyer,
     f_supplier
   );
CREATE INDEX payments_partner ON payments (partner, seq);
CREATE INDEX payments_by_buyer ON payments (partner, f_buyer);
CREATE INDEX payments_by_supplier ON payments (partner, f_supplier);
CREATE TABLE refunds (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_payment
   );
CREATE INDEX refunds_partner ON refunds (partner, seq);
CREATE INDEX refunds_by_payment ON refunds (partner, f_payment);
CREATE TABLE consents (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer,
     f_type,
     f_status
   );
CREATE INDEX consents_partner ON consents (partner, seq);
CREATE INDEX consents_by_buyer_type_status ON consents (partner, f_buyer, f_type, f_status);
CREATE INDEX consents_by_type ON consents (partner, f_type);
CREATE TABLE credit_applications (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer
   );
CREATE INDEX credit_applications_partner ON credit_applications (partner, seq);
CREATE INDEX credit_applications_by_buyer ON credit_applications (partner, f_buyer);
CREATE TABLE credit_lines (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer
   );
CREATE INDEX credit_lines_partner ON credit_lines (partner, seq);
CREATE INDEX credit_lines_by_buyer ON credit_lines (partner, f_buyer);
CREATE TABLE loans (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer,
     f_status,
     f_payment,
     f_checkout_session,
     f_credit_line
   );
CREATE INDEX loans_partner ON loans (partner, seq);
CREATE INDEX loans_by_buyer_status ON loans (partner, f_buyer, f_status);
CREATE INDEX loans_by_status ON loans (partner, f_status);
CREATE INDEX loans_by_payment ON loans (partner, f_payment);
CREATE INDEX loans_by_checkout_session ON loans (partner, f_checkout_session);
CREATE INDEX loans_by_credit_line ON loans (partner, f_credit_line);
CREATE TABLE repayments (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_loan
   );
CREATE INDEX repayments_partner ON repayments (partner, seq);
CREATE INDEX repayments_by_loan ON repayments (partner, f_loan);
CREATE TABLE trade_reports (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer
   );
CREATE INDEX trade_reports_partner ON trade_reports (partner, seq);
CREATE INDEX trade_reports_by_buyer ON trade_reports (partner, f_buyer);
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
     data TEXT NOT NULL,
     f_type
   );
CREATE INDEX events_partner ON events (partner, seq);
CREATE INDEX events_by_type ON events (partner, f_type);
CREATE TABLE idempotency_keys (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_state
   );
CREATE INDEX idempotency_keys_partner ON idempotency_keys (partner, seq);
CREATE INDEX idempotency_keys_by_state ON idempotency_keys (f_state) WHERE f_state <> 'done';
CREATE TABLE timers (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_due_at,
     f_ref,
     f_kind
   );
CREATE INDEX timers_partner ON timers (partner, seq);
CREATE INDEX timers_by_due_at ON timers (partner, f_due_at);
CREATE INDEX timers_by_ref ON timers (partner, f_ref);
CREATE INDEX timers_by_kind_ref ON timers (partner, f_kind, f_ref);
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
     data TEXT NOT NULL,
     f_webhook_endpoint,
     f_event,
     f_status
   );
CREATE INDEX webhook_deliveries_partner ON webhook_deliveries (partner, seq);
CREATE INDEX webhook_deliveries_by_webhook_endpoint_event ON webhook_deliveries (partner, f_webhook_endpoint, f_event);
CREATE INDEX webhook_deliveries_by_status ON webhook_deliveries (partner, f_status);
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (partner, f_event);
CREATE TABLE request_log (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_status,
     f_status_class,
     f_path
   );
CREATE INDEX request_log_partner ON request_log (partner, seq);
CREATE INDEX request_log_by_status ON request_log (partner, f_status);
CREATE INDEX request_log_by_status_class ON request_log (partner, f_status_class);
CREATE INDEX request_log_by_path ON request_log (partner, f_path);
CREATE TABLE pre_approvals (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_buyer,
     f_status,
     f_supplier,
     f_batch
   );
CREATE INDEX pre_approvals_partner ON pre_approvals (partner, seq);
CREATE INDEX pre_approvals_by_buyer_status ON pre_approvals (partner, f_buyer, f_status);
CREATE INDEX pre_approvals_by_status ON pre_approvals (partner, f_status);
CREATE INDEX pre_approvals_by_supplier ON pre_approvals (partner, f_supplier);
CREATE INDEX pre_approvals_by_batch ON pre_approvals (partner, f_batch);
CREATE TABLE notices (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL,
     f_loan,
     f_buyer,
     f_kind
   );
CREATE INDEX notices_partner ON notices (partner, seq);
CREATE INDEX notices_by_loan ON notices (partner, f_loan);
CREATE INDEX notices_by_buyer ON notices (partner, f_buyer);
CREATE INDEX notices_by_kind ON notices (partner, f_kind);
INSERT INTO partners (seq, id, partner, data) VALUES (1, 'ptn_fixture00001', NULL, '{"id":"ptn_fixture00001","name":"Fixture"}');
INSERT INTO buyers (seq, id, partner, data, f_credit_code) VALUES (1, 'buy_fixture00001', 'ptn_fixture00001', '{"id":"buy_fixture00001","partner":"ptn_fixture00001","name":"Shop","credit_code":"91310000MA1K000001"}', '91310000MA1K000001');
INSERT INTO accounts (seq, id, partner, data, f_kind, f_owner) VALUES (1, 'wal_fixture00001', 'ptn_fixture00001', '{"id":"wal_fixture00001","partner":"ptn_fixture00001","kind":"wallet","owner":"buy_fixture00001","balance":4000}', 'wallet', 'buy_fixture00001');
INSERT INTO accounts (seq, id, partner, data, f_kind, f_owner) VALUES (2, 'acc_fixture00002', 'ptn_fixture00001', '{"id":"acc_fixture00002","partner":"ptn_fixture00001","kind":"loan","owner":"loan_fixture0001","balance":1000}', 'loan', 'loan_fixture0001');
INSERT INTO journal_entries (seq, id, partner, data) VALUES (1, 'jrn_fixture00001', 'ptn_fixture00001', '{"id":"jrn_fixture00001","partner":"ptn_fixture00001","created":1001}');
INSERT INTO postings (seq, id, partner, data, f_account, f_created, f_type) VALUES (1, 'txn_fixture00001', 'ptn_fixture00001', '{"id":"txn_fixture00001","partner":"ptn_fixture00001","account":"wal_fixture00001","type":"top_up","created":1001,"amount":5000}', 'wal_fixture00001', 1001, 'top_up');
INSERT INTO postings (seq, id, partner, data, f_account, f_created, f_type) VALUES (2, 'txn_fixture00002', 'ptn_fixture00001', '{"id":"txn_fixture00002","partner":"ptn_fixture00001","account":"wal_fixture00001","type":"payment","created":1002,"amount":-1000}', 'wal_fixture00001', 1002, 'payment');
INSERT INTO wallet_transactions (seq, id, partner, data) VALUES (1, 'wtx_fixture00001', 'ptn_fixture00001', '{"id":"wtx_fixture00001","partner":"ptn_fixture00001","amount":5000}');
INSERT INTO checkout_sessions (seq, id, partner, data, f_buyer, f_status) VALUES (1, 'cs_fixture00001', 'ptn_fixture00001', '{"id":"cs_fixture00001","partner":"ptn_fixture00001","buyer":"buy_fixture00001","status":"complete"}', 'buy_fixture00001', 'complete');
INSERT INTO code_budgets (seq, id, partner, data) VALUES (1, 'cbd_fixture00001', 'ptn_fixture00001', '{"id":"cbd_fixture00001","partner":"ptn_fixture00001","sent":1}');
INSERT INTO payments (seq, id, partner, data, f_buyer, f_supplier) VALUES (1, 'pay_fixture00001', 'ptn_fixture00001', '{"id":"pay_fixture00001","partner":"ptn_fixture00001","buyer":"buy_fixture00001","supplier":"sup_fixture00001","amount":1000}', 'buy_fixture00001', 'sup_fixture00001');
INSERT INTO refunds (seq, id, partner, data, f_payment) VALUES (1, 're_fixture000001', 'ptn_fixture00001', '{"id":"re_fixture000001","partner":"ptn_fixture00001","payment":"pay_fixture00001","amount":100}', 'pay_fixture00001');
INSERT INTO credit_lines (seq, id, partner, data, f_buyer) VALUES (1, 'cl_fixture000001', 'ptn_fixture00001', '{"id":"cl_fixture000001","partner":"ptn_fixture00001","buyer":"buy_fixture00001","status":"active"}', 'buy_fixture00001');
INSERT INTO loans (seq, id, partner, data, f_buyer, f_status, f_payment, f_checkout_session, f_credit_line) VALUES (1, 'loan_fixture0001', 'ptn_fixture00001', '{"id":"loan_fixture0001","partner":"ptn_fixture00001","buyer":"buy_fixture00001","status":"active","payment":"pay_fixture00001","checkout_session":"cs_fixture00001","credit_line":"cl_fixture000001","account":"acc_fixture00002","principal":1000,"paid":[{"principal":0,"interest":0}],"penalty_from":"2026-01-01","penalty_carried":0}', 'buy_fixture00001', 'active', 'pay_fixture00001', 'cs_fixture00001', 'cl_fixture000001');
INSERT INTO repayments (seq, id, partner, data, f_loan) VALUES (1, 'rp_fixture000001', 'ptn_fixture00001', '{"id":"rp_fixture000001","partner":"ptn_fixture00001","loan":"loan_fixture0001","amount":0}', 'loan_fixture0001');
INSERT INTO limit_reviews (seq, id, partner, data) VALUES (1, 'lr_fixture000001', 'ptn_fixture00001', '{"id":"lr_fixture000001","partner":"ptn_fixture00001","buyer":"buy_fixture00001"}');
INSERT INTO wallet_sessions (seq, id, partner, data) VALUES (1, 'ws_fixture000001', 'ptn_fixture00001', '{"id":"ws_fixture000001","partner":"ptn_fixture00001","buyer":"buy_fixture00001"}');
INSERT INTO events (seq, id, partner, data, f_type) VALUES (1, 'evt_fixture00001', 'ptn_fixture00001', '{"id":"evt_fixture00001","partner":"ptn_fixture00001","type":"payment.succeeded","created":1002,"live":false}', 'payment.succeeded');
INSERT INTO idempotency_keys (seq, id, partner, data, f_state) VALUES (1, 'idk_fixture00001', 'ptn_fixture00001', '{"id":"idk_fixture00001","partner":"ptn_fixture00001","state":"done","created":1000}', 'done');
INSERT INTO idempotency_keys (seq, id, partner, data, f_state) VALUES (2, 'idk_fixture00002', 'ptn_fixture00001', '{"id":"idk_fixture00002","partner":"ptn_fixture00001","state":"in_progress","created":1001}', 'in_progress');
INSERT INTO timers (seq, id, partner, data, f_due_at, f_ref, f_kind) VALUES (1, 'tmr_fixture00001', 'ptn_fixture00001', '{"id":"tmr_fixture00001","partner":"ptn_fixture00001","kind":"expire","ref":"cs_fixture00001","due_at":2000}', 2000, 'cs_fixture00001', 'expire');
PRAGMA user_version = 5;
