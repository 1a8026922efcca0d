-- Fresh statistics for the search listing the previous migration filled: without them the
-- planner guesses one row and filters instead of using the (category, prefecture, price) index.
ANALYZE search_listing;
