package id.kombel.shared.warmup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the warm-up stops: the JIT idle and the requests no faster than a second ago. */
class SettlingTest {

	private static final long MS = 1_000_000;

	@Test
	void notBeforeTwoWindowsOfSamples() {
		Settling settling = new Settling(1000 * MS, 0.05);
		for (int t = 0; t < 2000; t += 200) {
			assertThat(settling.settled(new Settling.Sample(t * MS, 0, t))).as("at %d ms", t).isFalse();
		}
		assertThat(settling.settled(new Settling.Sample(2000 * MS, 0, 2000))).isTrue();
	}

	@Test
	void notWhileTheJitCompiles() {
		Settling settling = new Settling(1000 * MS, 0.05);
		// 100 ms of compiling a second: above 5 %
		for (int t = 0; t <= 5000; t += 200) {
			assertThat(settling.settled(new Settling.Sample(t * MS, t / 10, t))).as("at %d ms", t).isFalse();
		}
		// then idle: settled once the last window compiled for less than 50 ms
		assertThat(settling.settled(new Settling.Sample(5400 * MS, 540, 5400))).isFalse();
		assertThat(settling.settled(new Settling.Sample(6000 * MS, 560, 6000))).isFalse();
		assertThat(settling.settled(new Settling.Sample(6400 * MS, 561, 6400))).isTrue();
	}

	@Test
	void notWhileTheRequestsGetFaster() {
		Settling settling = new Settling(1000 * MS, 0.05);
		long requests = 0;
		for (int t = 0; t <= 6000; t += 200) {
			// 20 % more requests every second, the JIT idle
			requests += (long) (100 * Math.pow(1.2, t / 1000.0));
			assertThat(settling.settled(new Settling.Sample(t * MS, 0, requests))).as("at %d ms", t).isFalse();
		}
	}

	@Test
	void notWhenNothingIsAnswered() {
		Settling settling = new Settling(1000 * MS, 0.05);
		for (int t = 0; t <= 4000; t += 200) {
			assertThat(settling.settled(new Settling.Sample(t * MS, 0, 0))).isFalse();
		}
	}

}
