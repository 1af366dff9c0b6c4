-- Accounts whose xAPI statements may have changed since they were last sent: a push rebuilds only these.
create table portfolio_xapi_due (
    account_id  bigint primary key,
    due_at      timestamp with time zone not null
);
create index portfolio_xapi_due_at on portfolio_xapi_due (due_at);

-- When every account was last marked due (for what no event announces).
create table portfolio_xapi_sweep (
    name      varchar(40) primary key,
    swept_at  timestamp with time zone not null
);
