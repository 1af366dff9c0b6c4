package id.kombel.monitoring.model;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

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

	private final JdbcClient jdbc;

	private final boolean postgres;

	BulkLoad(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
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
