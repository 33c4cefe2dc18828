-- A post has at most one open hiring plan. A signed contract opens its plans from an asynchronous
-- listener; when someone (or the demo) opened a plan for the same post meanwhile, the plan picker
-- showed two alike (鹏城银行福田支行 · 大门岗). open_post_id holds the post while the plan is open and
-- is NULL once it closes, so a plain unique index (NULLs never clash, on H2 and PostgreSQL alike)
-- keeps one open plan per site and post. Of open duplicates already there, the oldest keeps the key.
ALTER TABLE ppl_hiring_plan ADD COLUMN open_post_id BIGINT;
UPDATE ppl_hiring_plan p SET open_post_id = p.post_id
 WHERE p.open = TRUE AND p.post_id IS NOT NULL
   AND p.id = (SELECT MIN(o.id) FROM ppl_hiring_plan o
                WHERE o.open = TRUE AND o.site_id = p.site_id AND o.post_id = p.post_id);
CREATE UNIQUE INDEX ppl_hiring_plan_one_open_per_post ON ppl_hiring_plan (site_id, open_post_id);
