package id.kombel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kombel.shared.access.Area;
import id.kombel.shared.access.Scope;

class ScopeTest {

	@Test
	void aRegencyOfficeSeesItsRegencyAndNotItsProvinceOrNeighbour() {
		Scope dinas = new Scope(false, List.of(Area.all("12.11")), Set.of(), null);
		assertThat(dinas.coversRegion("12.11")).isTrue();
		assertThat(dinas.coversRegion("12.11.05")).isTrue();
		assertThat(dinas.coversRegion("12")).isFalse();
		assertThat(dinas.coversRegion("12.1")).isFalse();
		assertThat(dinas.coversRegion("12.12")).isFalse();
		assertThat(dinas.coversSchool(1, "12.11.01", Level.SD)).isTrue();
		assertThat(dinas.coversSchool(1, "12.12.01", Level.SD)).isFalse();
	}

	@Test
	void aBranchOfficeSeesOnlyUpperSecondaryLevels() {
		Scope cabdin = new Scope(false, List.of(new Area("12.11", Level.PROVINCIAL)), Set.of(), null);
		assertThat(cabdin.coversSchool(1, "12.11.01", Level.SMA)).isTrue();
		assertThat(cabdin.coversSchool(1, "12.11.01", Level.SLB)).isTrue();
		assertThat(cabdin.coversSchool(1, "12.11.01", Level.SD)).isFalse();
		assertThat(cabdin.coversRegion("12.11")).isFalse();
		assertThat(cabdin.coversRegion("12.11", Level.SMK)).isTrue();
	}

	@Test
	void aPrincipalSeesTheirSchoolAndATeacherOnlyThemself() {
		Scope kepsek = new Scope(false, List.of(), Set.of(7L), 70L);
		assertThat(kepsek.coversSchool(7, "12.11.01", Level.SD)).isTrue();
		assertThat(kepsek.coversSchool(8, "12.11.01", Level.SD)).isFalse();
		assertThat(kepsek.coversEducator(71, 7L, "12.11.01", Level.SD)).isTrue();

		Scope guru = new Scope(false, List.of(), Set.of(), 71L);
		assertThat(guru.coversEducator(71, 7L, "12.11.01", Level.SD)).isTrue();
		assertThat(guru.coversEducator(72, 7L, "12.11.01", Level.SD)).isFalse();
		assertThat(guru.coversSchool(7, "12.11.01", Level.SD)).isFalse();
		assertThat(Scope.NOTHING.coversRegion("12")).isFalse();
	}

	@Test
	void anAdministratorSeesEverything() {
		Scope admin = new Scope(true, List.of(), Set.of(), null);
		assertThat(admin.coversRegion("31.71")).isTrue();
		assertThat(admin.coversSchool(1, "31.71.01", Level.SMK)).isTrue();
	}

}
