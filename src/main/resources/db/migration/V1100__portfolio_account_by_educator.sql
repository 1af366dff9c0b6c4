-- A principal opens an educator's portfolio by the educator's id, and the record is kept by account:
-- finding the account linked to the educator read every account row (150,000 in a province) on each
-- such request, which made the principal's view three times the cost of the educator's own page.
create index if not exists portfolio_account_educator on account (educator_id);
