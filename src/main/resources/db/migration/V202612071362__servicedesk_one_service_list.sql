-- The services had two lists (contracts' ServiceKind and the surveys' own ServiceLine) and three names for pest
-- control. Surveys now use the contracts' list: its codes for plant care and pest control, and seed 003's names
-- (卫生保洁、绿植养护、虫控消杀、日常用电巡检及维护) in the shipped survey templates and complaint type.
UPDATE sd_survey_template SET service = 'PLANT_CARE' WHERE service = 'PLANTS';
UPDATE sd_survey_template SET service = 'PEST_CONTROL' WHERE service = 'PEST';
UPDATE sd_survey SET service = 'PLANT_CARE' WHERE service = 'PLANTS';
UPDATE sd_survey SET service = 'PEST_CONTROL' WHERE service = 'PEST';

UPDATE sd_survey_template SET name = '卫生保洁满意度调查' WHERE name = '保洁服务满意度调查';
UPDATE sd_survey_template SET name = '虫控消杀满意度调查' WHERE name = '虫害防治满意度调查';
UPDATE sd_survey_template SET name = '日常用电巡检及维护满意度调查' WHERE name = '电气巡检维修满意度调查';
UPDATE sd_survey_question SET text = '虫控消杀效果' WHERE text = '虫害防治效果';
UPDATE sd_complaint_type SET name_zh = '卫生保洁' WHERE code = 'CLEANING' AND name_zh = '保洁卫生';
