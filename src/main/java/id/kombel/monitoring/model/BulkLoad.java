package id.kombel.monitoring.model;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Filling a large read-model table whole. On PostgreSQL its secondary indexes are dropped
 * before and made again after, inside the rebuild's transaction (DDL is transactional
 * there): building an index by sorting is many times faster than inserting millions of
 * rows into each of them (4.5 M members into seven indexes took minutes), and the tables
 * get fresh statistics. The price: readers of the table wait for the rebuild to commit.
 * The definitions are read from the catalogue, so they cannot drift from the migrations.
 * H2 (one node, small data) keeps its indexes: DDL would commit the transaction there.
 */
@Component
class BulkLoad {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkLoad.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final boolean postgres;

	BulkLoad(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.postgres = isPostgres(dataSource);
	}

	/**
	 * On PostgreSQL, once the rebuild has committed: the table vacuumed, so the rows just
	 * written are marked all-visible and the dashboards' counts read their indexes alone
	 * at once, not after autovacuum comes by. VACUUM runs on a connection of its own,
	 * outside any transaction, in the background: the rebuild's caller does not wait.
	 */
	void vacuumAfterCommit(String table) {
		if (!postgres || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Thread.ofVirtual().name("vacuum-" + table).start(() -> {
					try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
						s.execute("vacuum (analyze) " + table);
					}
					catch (SQLException ex) {
						log.warn("Could not vacuum {} after the rebuild: {}", table, ex.getMessage());
					}
				});
			}
		});
	}

	/** Runs {@code fill} with the table's secondary indexes out of the way. */
	void fill(String table, Runnable fill) {
		if (!postgres) {
			fill.run();
			return;
		}
		List<Index> indexes = jdbc
			.sql("select i.indexname, i.indexdef from pg_indexes i where i.schemaname = current_schema()"
					+ " and i.tablename = :table and not exists (select 1 from pg_constraint k"
					+ " where k.conname = i.indexname)")
			.param("table", table)
			.query((rs, n) -> new Index(rs.getString(1), rs.getString(2)))
			.list();
		indexes.forEach(i -> jdbc.sql("drop index " + i.name()).update());
		fill.run();
		indexes.forEach(i -> jdbc.sql(i.definition()).update());
		jdbc.sql("analyze " + table).update();
		vacuumAfterCommit(table);
	}

	private record Index(String name, String definition) {
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					java.sql.DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (org.springframework.jdbc.support.MetaDataAccessException e) {
			return false;
		}
	}

}
