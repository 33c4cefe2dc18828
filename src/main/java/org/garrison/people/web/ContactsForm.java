package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.Employee;
import org.garrison.people.internal.Views.Contacts;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** An employee's contacts and family contact card (亲情联系卡). */
record ContactsForm(@Schema(example = "13900001111") @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String phone,
        @Schema(example = "深圳市福田区福华路 88 号宿舍") @Nullable @Size(max = 200) String address,
        @Schema(example = "李梅") @Nullable @Size(max = 60) String familyContactName,
        @Schema(example = "配偶") @Nullable @Size(max = 30) String familyContactRelation,
        @Schema(example = "13900002222") @Nullable @Pattern(regexp = "|[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String familyContactPhone) {

    static ContactsForm of(Employee employee) {
        return new ContactsForm(employee.getPhone(), employee.getAddress(), employee.getFamilyContactName(),
                employee.getFamilyContactRelation(), employee.getFamilyContactPhone());
    }

    Contacts contacts() {
        return new Contacts(phone, Texts.blankToNull(address), Texts.blankToNull(familyContactName),
                Texts.blankToNull(familyContactRelation), Texts.blankToNull(familyContactPhone));
    }

}
