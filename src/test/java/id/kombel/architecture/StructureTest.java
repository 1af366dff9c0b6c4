package id.kombel.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer sees the features from the file list: no package of the application holds
 * more than 25 files, and no source file is longer than 300 lines (one that grows past it
 * is split along a seam, not wrapped).
 */
class StructureTest {

	private static final Path MAIN = Path.of("src/main/java");

	@Test
	void noPackageOverTwentyFiveFiles() throws IOException {
		Map<Path, Integer> perPackage = new TreeMap<>();
		for (Path file : sources()) {
			perPackage.merge(MAIN.relativize(file.getParent()), 1, Integer::sum);
		}
		assertThat(perPackage).isNotEmpty();
		assertThat(perPackage).allSatisfy((pkg, count) -> assertThat(count).as(pkg.toString()).isLessThanOrEqualTo(25));
	}

	@Test
	void noSourceFileOverThreeHundredLines() throws IOException {
		Map<Path, Integer> tooLong = new TreeMap<>();
		for (Path file : sources()) {
			int lines = Files.readAllLines(file).size();
			if (lines > 300) {
				tooLong.put(MAIN.relativize(file), lines);
			}
		}
		assertThat(tooLong).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java")).toList();
		}
	}

}
