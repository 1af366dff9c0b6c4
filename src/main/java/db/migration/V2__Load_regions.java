package db.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the Kemendagri regions from the CSV files shipped in {@code wilayah/} (ODbL,
 * attribution beside them), so the data has one copy and the schema stays Flyway's.
 */
public class V2__Load_regions extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			load(insert, "provinces.csv", "PROVINCE", null);
			load(insert, "regencies.csv", "REGENCY", "province_code");
			load(insert, "districts.csv", "DISTRICT", "regency_code");
		}
	}

	private void load(PreparedStatement insert, String file, String level, String parentColumn) throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/wilayah/" + file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(reader)) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("name"));
				insert.setString(3, level);
				insert.setString(4, parentColumn == null ? null : row.get(parentColumn));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
