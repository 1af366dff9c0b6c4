package id.kombel.programmes.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * The programme page's form for local events: their date, in every regency or the chosen
 * ones.
 */
record NewEvents(@NotNull(message = "{validation.required}") LocalDate date, List<String> regencyCodes) {
}
