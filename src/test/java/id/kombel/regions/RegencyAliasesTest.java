package id.kombel.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The regency names committees write that are not the official ones. */
class RegencyAliasesTest {

	@Test
	void theNamesCommitteesWriteInSumateraUtaraAreKnown() {
		assertThat(RegencyAliases.code("Humbahas")).contains("12.16");
		assertThat(RegencyAliases.code("Kab. Toba Samosir")).contains("12.12");
		assertThat(RegencyAliases.code("Kota Padang Sidempuan")).contains("12.77");
		assertThat(RegencyAliases.code("MADINA")).contains("12.13");
		assertThat(RegencyAliases.code("Antah Berantah")).isEmpty();
	}

	@Test
	void everyLineNamesARegencyByItsCodeAndOfficialNameAndEveryProvinceHasSome() throws IOException {
		Map<String, String> official = new HashMap<>();
		new ClassPathResource("wilayah/regencies.csv").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.map(l -> l.split(","))
			.forEach(c -> official.put(c[0], c[2]));
		String aliases = new ClassPathResource("wilayah/regency-aliases.csv")
			.getContentAsString(StandardCharsets.UTF_8);
		aliases.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
			String[] c = line.split(",");
			assertThat(c).as(line).hasSize(3);
			assertThat(official.get(c[1])).as(line).isEqualTo(c[2]);
		});
		Set<String> provinces = RegencyAliases.all()
			.values()
			.stream()
			.map(code -> code.substring(0, 2))
			.collect(Collectors.toSet());
		Set<String> all = official.keySet().stream().map(code -> code.substring(0, 2)).collect(Collectors.toSet());
		assertThat(provinces).as("every province has its aliases").isEqualTo(all);
	}

}
