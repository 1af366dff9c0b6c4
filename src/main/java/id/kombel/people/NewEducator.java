package id.kombel.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.validation.ValidNip;
import id.kombel.shared.validation.ValidNuptk;

/**
 * An educator to create, or to update when one with the same NUPTK (else NIP, else
 * e-mail) exists. Names keep their academic titles as written.
 */
public record NewEducator(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
		@ValidNuptk String nuptk, @ValidNip String nip,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}") String email,
		@Size(max = 30, message = "{validation.too-long}") String phone,
		@NotNull(message = "{validation.required}") Position position,
		@Size(max = 100, message = "{validation.too-long}") String subject, Long schoolId) {
}
