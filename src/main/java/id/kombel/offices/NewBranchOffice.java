package id.kombel.offices;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.validation.ValidRegionCode;

/**
 * A Cabang Dinas Wilayah to create: its province, number, name and the regencies it
 * covers.
 */
public record NewBranchOffice(@NotBlank(message = "{validation.required}") @ValidRegionCode String provinceCode,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}") @Max(value = 99,
				message = "{validation.max}") Integer number,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
		@Size(max = 300, message = "{validation.too-long}") String address,
		@NotEmpty(message = "{validation.required}") List<@NotBlank @ValidRegionCode String> regencyCodes) {
}
