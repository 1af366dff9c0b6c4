package id.kombel.activities.reflection;

import jakarta.validation.constraints.Size;

/** What I learnt, what I will try in class, what I need. */
public record ReflectionForm(@Size(max = 2000, message = "{validation.too-long}") String learnt,
		@Size(max = 2000, message = "{validation.too-long}") String willTry,
		@Size(max = 2000, message = "{validation.too-long}") String need) {
}
