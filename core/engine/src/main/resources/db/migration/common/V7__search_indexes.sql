-- Search joins a prefecture's photographers to their plans of a category.
CREATE INDEX ix_plan_photographer_category ON plan (photographer_id, category_id);
