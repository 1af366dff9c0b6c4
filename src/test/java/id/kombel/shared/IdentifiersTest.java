package id.kombel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kombel.shared.validation.Identifiers;
import id.kombel.shared.validation.Phones;

class IdentifiersTest {

	@Test
	void npsnIsEightCapitalLettersOrDigits() {
		assertThat(Identifiers.checkNpsn("10211001")).isEmpty();
		assertThat(Identifiers.checkNpsn("P9963311")).isEmpty();
		assertThat(Identifiers.checkNpsn("1021100")).contains("validation.npsn");
		assertThat(Identifiers.checkNpsn("p9963311")).contains("validation.npsn");
		assertThat(Identifiers.checkNpsn("102110011")).contains("validation.npsn");
	}

	@Test
	void nuptkIsSixteenDigits() {
		assertThat(Identifiers.checkNuptk("1234567890123456")).isEmpty();
		assertThat(Identifiers.checkNuptk("123456789012345")).contains("validation.nuptk");
		assertThat(Identifiers.checkNuptk("12345678901234567")).contains("validation.nuptk");
		assertThat(Identifiers.checkNuptk("123456789012345a")).contains("validation.nuptk");
	}

	@Test
	void nipHasARealBirthDateStartMonthAndSexDigit() {
		assertThat(Identifiers.checkNip("198503172009022003")).isEmpty();
		assertThat(Identifiers.checkNip("196805121994031002")).isEmpty();
		assertThat(Identifiers.checkNip("19850317200902200")).contains("validation.nip.format");
		assertThat(Identifiers.checkNip("198502302009022003")).contains("validation.nip.birth");
		assertThat(Identifiers.checkNip("198513172009022003")).contains("validation.nip.birth");
		assertThat(Identifiers.checkNip("198503172009132003")).contains("validation.nip.start");
		assertThat(Identifiers.checkNip("198503171980022003")).contains("validation.nip.start");
		assertThat(Identifiers.checkNip("198503172009023003")).contains("validation.nip.sex");
	}

	@Test
	void regionCodesNestByTwoDigitParts() {
		assertThat(Identifiers.checkRegionCode("12")).isEmpty();
		assertThat(Identifiers.checkRegionCode("12.11")).isEmpty();
		assertThat(Identifiers.checkRegionCode("12.11.05")).isEmpty();
		assertThat(Identifiers.checkRegionCode("1211")).isPresent();
		assertThat(Identifiers.checkRegionCode("12.1")).isPresent();
	}

	@Test
	void emails() {
		assertThat(Identifiers.checkEmail("guru@belajar.id")).isEmpty();
		assertThat(Identifiers.checkEmail("guru@belajar")).isPresent();
		assertThat(Identifiers.checkEmail("guru belajar.id")).isPresent();
	}

	@Test
	void phonesBecomeInternational() {
		assertThat(Phones.normalise("0812-3456-7890")).contains("+6281234567890");
		assertThat(Phones.normalise("62 812 3456 7890")).contains("+6281234567890");
		assertThat(Phones.normalise("+62 (812) 3456.7890")).contains("+6281234567890");
		assertThat(Phones.normalise("812 3456 7890")).contains("+6281234567890");
		assertThat(Phones.normalise("12345")).isEmpty();
		assertThat(Phones.normalise("abc")).isEmpty();
	}

}
