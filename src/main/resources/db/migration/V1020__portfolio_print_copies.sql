-- The ready-made copies of an evidence photo for the merged PDF, largest first: "edge:bytes,edge:bytes,...";
-- null for PDFs and for photos uploaded before (those are made smaller when a PDF is made).
alter table portfolio_evidence add column print_copies varchar(400);
