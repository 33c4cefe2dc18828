-- Seed 002 names a third background fact beside criminal record and administrative penalty:
-- 未被劳教或收容教育. Unknown (NULL) until the background check establishes it, like the other two.
ALTER TABLE ppl_applicant ADD COLUMN re_education BOOLEAN;

-- 通过多种渠道发布招聘信息 (seed 000 §四.2): where each applicant came from, for counts per channel.
-- Applicants registered before this was recorded read as OTHER.
ALTER TABLE ppl_applicant ADD COLUMN channel VARCHAR(20) DEFAULT 'OTHER' NOT NULL;

-- The certificate kinds an applicant showed at screening, comma-separated (an employee's are in
-- ppl_certificate with number and dates).
ALTER TABLE ppl_applicant ADD COLUMN certificate_kinds VARCHAR(300) DEFAULT '' NOT NULL;

-- Seed 002: "在限定岗位上会操作电脑", "根据甲方要求可以提供司机". A post (by organisation's post id) may
-- require certificate kinds, comma-separated; the eligibility rules and the on-duty gate check them.
CREATE TABLE ppl_post_requirement (
  post_id           BIGINT PRIMARY KEY,
  certificate_kinds VARCHAR(300) NOT NULL,
  version           BIGINT NOT NULL
);
