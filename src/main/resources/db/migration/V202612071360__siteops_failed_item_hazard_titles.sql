-- A hazard opened by a failed inspection item was titled with the item's pass wording ("消防通道畅通"), which
-- reads as if nothing were wrong. New ones are titled "未达标：<item>"; the ones already open follow.
UPDATE so_hazard
   SET title = SUBSTRING('未达标：' || title FROM 1 FOR 300)
 WHERE inspection_id IS NOT NULL
   AND title NOT LIKE '未达标：%';
