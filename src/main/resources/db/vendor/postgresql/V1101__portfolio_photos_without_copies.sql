-- PostgreSQL only (db/vendor/{vendor}): the photos the background job still has to make print copies
-- for (uploaded before V1020), found without reading every evidence row; the index empties as it works.
create index portfolio_evidence_without_copies on portfolio_evidence (id)
    where print_copies is null and content_type in ('image/jpeg', 'image/png');
