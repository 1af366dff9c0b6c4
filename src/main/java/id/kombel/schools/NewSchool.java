package id.kombel.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.Level;
import id.kombel.shared.validation.ValidNpsn;
import id.kombel.shared.validation.ValidRegionCode;

/** A school to create or update (by NPSN). */
public record NewSchool(@NotBlank(message = "{validation.required}") @ValidNpsn String npsn,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
		@NotNull(message = "{validation.required}") Level level,
		@NotNull(message = "{validation.required}") SchoolStatus status,
		@NotBlank(message = "{validation.required}") @ValidRegionCode String districtCode,
		@Size(max = 300, message = "{validation.too-long}") String address) {
}
