package org.garrison.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.Company;

/** The company's name in both languages. */
record CompanyForm(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn) {

    static CompanyForm of(Company company) {
        return new CompanyForm(company.getNameZh(), company.getNameEn());
    }

}
