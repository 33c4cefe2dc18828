package org.garrison.facilities.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of garbage-sorting spot checks and quality checks. */
final class CheckForms {

    /** The item rows a quality-check page offers; empty rows are left out. */
    static final int ITEM_ROWS = 6;

    private CheckForms() {
    }

    /** A spot check on a day (empty: today): bins checked and how many of them sorted right. */
    @Schema(example = "{\"siteId\": 11, \"day\": \"2026-12-05\", \"binsChecked\": 12, \"binsCorrect\": 11, \"note\": \"1 桶厨余混入塑料\"}")
    record SortingForm(@NotNull @Nullable Long siteId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @NotNull @Min(1) @Nullable Integer binsChecked, @NotNull @Min(0) @Nullable Integer binsCorrect,
            @Size(max = 500) @Nullable String note) {

        static SortingForm blank(@Nullable Long siteId) {
            return new SortingForm(siteId, null, null, null, "");
        }

    }

    /** One item of a quality check; a row without a name is no item. */
    record ItemForm(@Size(max = 200) @Nullable String name, @Nullable CheckMethod method, @Nullable Boolean passed,
            @Size(max = 300) @Nullable String note) {

        boolean isFilled() {
            return name != null && !name.isBlank();
        }

    }

    /** A quality check (empty day: today); the score is given only by a third party, otherwise computed from the items. */
    @Schema(example = "{\"siteId\": 11, \"service\": \"CLEANING\", \"kind\": \"SELF\", \"day\": \"2026-12-05\", \"checker\": \"保洁主管 李娜\", "
            + "\"items\": [{\"name\": \"营业厅地面\", \"method\": \"WHITE_GLOVE\", \"passed\": true}]}")
    record QualityForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ServiceKind service,
            @NotNull @Nullable QualityCheckKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @NotBlank @Size(max = 100) String checker, @Valid @Nullable List<ItemForm> items,
            @Min(0) @Max(100) @Nullable Integer score, @Size(max = 500) @Nullable String externalReport,
            @Size(max = 1000) @Nullable String notes) {

        static QualityForm blank(@Nullable Long siteId) {
            var rows = new ArrayList<ItemForm>();
            for (int i = 0; i < ITEM_ROWS; i++) {
                rows.add(new ItemForm("", CheckMethod.VISUAL, true, ""));
            }
            return new QualityForm(siteId, ServiceKind.CLEANING, QualityCheckKind.SELF, null, "", rows, null, "", "");
        }

        /** The filled rows as items (a row without a method is checked by eye, without a result it failed). */
        List<QualityCheckItem> filledItems() {
            if (items == null) {
                return List.of();
            }
            return items.stream()
                .filter(ItemForm::isFilled)
                .map(i -> new QualityCheckItem(String.valueOf(i.name()), i.method() == null ? CheckMethod.VISUAL : i.method(),
                        Boolean.TRUE.equals(i.passed()), i.note()))
                .toList();
        }

    }

}
