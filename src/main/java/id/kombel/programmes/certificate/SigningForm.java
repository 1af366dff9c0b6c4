package id.kombel.programmes.certificate;

import jakarta.validation.constraints.Size;

import id.kombel.shared.validation.ValidNip;

/**
 * Who issues certificates, as staff set it on a programme (for all its events) or on one
 * event: the organiser on the letterhead, the place of issue, and the signatory's name,
 * position and NIP. A blank field is not set (the programme's, then a default applies).
 * The NIP may be typed with spaces or dots, as it is printed ("19700101 199501 1 001").
 */
public record SigningForm(@Size(max = 200, message = "{validation.too-long}") String organiser,
		@Size(max = 100, message = "{validation.too-long}") String place,
		@Size(max = 200, message = "{validation.too-long}") String signatoryName,
		@Size(max = 200, message = "{validation.too-long}") String signatoryPosition,
		@Size(max = 30, message = "{validation.nip.format}") @ValidNip String signatoryNip) {

	public SigningForm {
		organiser = blankToNull(organiser);
		place = blankToNull(place);
		signatoryName = blankToNull(signatoryName);
		signatoryPosition = blankToNull(signatoryPosition);
		signatoryNip = blankToNull(signatoryNip == null ? null : signatoryNip.replaceAll("[\\s.]", ""));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
	}

}
