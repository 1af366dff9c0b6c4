-- PostgreSQL only. A name search ("sd 185", "247") is read either in the list's order, filtering
-- names until a page and the count are found, or through the trigram index and then sorted. The
-- planner picks by how many names it expects to match, which it guesses from a sample of the
-- name's statistics: with the default 100 values it guessed 2 % for "247" (1,899 of 300,000 match,
-- 0.6 %) and walked half the order's index (87 ms, up to a second under load) where the trigrams
-- take 16 ms. With 10,000 values each text of the national benchmark gets the right plan (2-16 ms;
-- common texts like "smp" still read in order, 10 ms). ANALYZE then samples up to 3 M rows of the
-- table, a few seconds at the national scale.
alter index community_province_name_trigram alter column 2 set statistics 10000;
analyze community;
