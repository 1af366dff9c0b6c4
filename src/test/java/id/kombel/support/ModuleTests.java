package id.kombel.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;

/**
 * What the {@code @ApplicationModuleTest}s share. They run on the test database
 * ({@link TestDatabase#register}) without the demo dataset, so each makes the little data
 * it needs; their data directory is their own, apart from the black-box suite's.
 */
public final class ModuleTests {

	/**
	 * The properties of every module test: no demo data, a data directory of their own.
	 */
	public static final String DATA_DIR = "kombel.data-dir=target/module-test-data";

	private static final AtomicLong ACCOUNTS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

	private ModuleTests() {
	}

	/**
	 * A teacher nobody else uses: membership keeps account ids without an account table
	 * behind them.
	 */
	public static KombelUser someTeacher() {
		long id = ACCOUNTS.incrementAndGet();
		return new KombelUser(id, "guru." + id + "@example.id", "Guru " + id, Set.of(Role.TEACHER), Scope.NOTHING,
				null);
	}

	/**
	 * Balai staff of province 12 nobody else uses: the module tests have no schools, so a
	 * community there is started by an account whose scope reaches the province.
	 */
	public static KombelUser someBalaiStaff() {
		long id = ACCOUNTS.incrementAndGet();
		return new KombelUser(id, "balai." + id + "@example.id", "Balai " + id, Set.of(Role.BALAI),
				new Scope(false, List.of(Area.all("12")), Set.of(), null), null);
	}

}
