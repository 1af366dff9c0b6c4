package id.kombel.accounts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * An account an administrator creates. The password may be left out for accounts that
 * sign in only through the OpenID Connect provider.
 */
public record NewAccount(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.too-long}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String displayName,
		@Size(min = 8, max = 200, message = "{validation.password}") String password, Long educatorId,
		@NotEmpty(message = "{validation.required}") List<@Valid Grant> grants) {
}
