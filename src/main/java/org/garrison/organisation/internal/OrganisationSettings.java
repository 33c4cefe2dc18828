package org.garrison.organisation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param companyNameZh the company's Chinese name, used when a new installation creates its company
 * @param companyNameEn the company's English name, likewise
 */
@ConfigurationProperties("garrison.organisation")
public record OrganisationSettings(@DefaultValue("保安服务有限公司") String companyNameZh,
        @DefaultValue("Security Services Co., Ltd.") String companyNameEn) {
}
