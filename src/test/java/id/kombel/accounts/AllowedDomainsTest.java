package id.kombel.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An allowed domain lets in its subdomains (teachers' addresses), not look-alikes. */
class AllowedDomainsTest {

	@Test
	void aDomainAllowsItsSubdomains() {
		List<String> allowed = List.of("belajar.id");
		assertThat(KombelOidcUserService.allowed("sri@belajar.id", allowed)).isTrue();
		assertThat(KombelOidcUserService.allowed("sri@guru.sd.belajar.id", allowed)).isTrue();
		assertThat(KombelOidcUserService.allowed("budi@guru.smp.belajar.id", allowed)).isTrue();
		assertThat(KombelOidcUserService.allowed("Sri@GURU.SD.Belajar.ID", allowed)).isTrue();
		assertThat(KombelOidcUserService.allowed("x@notbelajar.id", allowed)).isFalse();
		assertThat(KombelOidcUserService.allowed("x@belajar.id.example.com", allowed)).isFalse();
		assertThat(KombelOidcUserService.allowed("x@gmail.com", allowed)).isFalse();
	}

}
